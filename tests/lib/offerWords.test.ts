import { describe, expect, it } from 'vitest';
import { formatPay } from '../../src/lib/format';
import { counterText, standingText } from '../../src/lib/offerWords';

describe('where an offer stands, in words', () => {
  it('says how many in 10 people like you it beats or trails, with the percentile', () => {
    expect(standingText('base', 81)).toBe(
      'higher than about 8 in 10 people like you are paid (the 81st percentile)',
    );
    expect(standingText('base', 30)).toBe(
      'lower than about 7 in 10 people like you are paid (the 30th percentile)',
    );
    expect(standingText('total', 62)).toBe(
      'higher than about 6 in 10 people like you are paid in total (the 62nd percentile)',
    );
    expect(standingText('bonus', 73)).toBe(
      'a larger bonus than about 7 in 10 people like you get (the 73rd percentile)',
    );
    expect(standingText('stock', 21)).toBe(
      'less stock a year than about 8 in 10 people like you get (the 21st percentile)',
    );
  });
  it('calls the middle the middle, and the tails almost all', () => {
    expect(standingText('base', 52)).toBe(
      'about the middle: half of people like you are paid more, half less (the 52nd percentile)',
    );
    expect(standingText('base', 97)).toBe(
      'higher than almost all people like you are paid (the 97th percentile)',
    );
    expect(standingText('base', 2)).toBe(
      'lower than almost all people like you are paid (the 2nd percentile)',
    );
  });
});

describe('a counter in words', () => {
  it('gives the ask and how far it is above the offer, in the chosen period', () => {
    const text = counterText(
      {
        percentile: 75,
        base: { annualUsd: 180000, gapAnnualUsd: 30000 },
        total: { annualUsd: 220000, gapAnnualUsd: -5000 },
      },
      'monthly',
    );
    expect(text).toBe(
      `at the 75th percentile of people like you: base ${formatPay(180000, 'monthly')} a month (+${formatPay(30000, 'monthly')} on your offer); total ${formatPay(220000, 'monthly')} a month (your offer is already ${formatPay(5000, 'monthly')} above it).`,
    );
  });
});
