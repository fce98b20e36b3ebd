import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatDelta,
  formatEntered,
  formatPay,
  formatPayRange,
  formatSmallGain,
  ROUND_TO,
} from '../../src/lib/format';
import { inPeriod, PERIODS } from '../../src/model/period';

/** "$122,000" → 122000; "−$1,000" → -1000. */
const dollars = (text: string) => Number(text.replace(/[$,+\s]/g, '').replace('−', '-'));

describe('estimates at the precision the sources support', () => {
  it('shows a year to the nearest $1,000, a month to $100 and an hour to $1', () => {
    expect(formatPay(122_273, 'annual')).toBe('$122,000');
    expect(formatPay(122_500, 'annual')).toBe('$123,000');
    expect(formatPay(122_273, 'monthly')).toBe('$10,200');
    expect(formatPay(122_273, 'hourly')).toBe('$59');
    expect(formatPayRange(95_400, 139_600, 'annual')).toBe('$95,000 – $140,000');
  });

  it('never moves a figure by more than half the unit of its period', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 5_000_000, noNaN: true }), fc.constantFrom(...PERIODS), (v, p) => {
        const shown = dollars(formatPay(v, p));
        expect(shown % ROUND_TO[p]).toBe(0);
        expect(Math.abs(shown - inPeriod(v, p))).toBeLessThanOrEqual(ROUND_TO[p] / 2 + 1e-6);
      }),
    );
  });

  it('keeps the order of figures: a higher estimate never shows lower', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 5_000_000, noNaN: true }),
        fc.double({ min: 0, max: 5_000_000, noNaN: true }),
        fc.constantFrom(...PERIODS),
        (a, b, p) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          expect(dollars(formatPay(lo, p))).toBeLessThanOrEqual(dollars(formatPay(hi, p)));
        },
      ),
    );
  });

  it('says a difference that rounds to nothing is none, and signs the rest', () => {
    expect(formatDelta(400, 'annual')).toBeNull();
    expect(formatDelta(-499, 'annual')).toBeNull();
    expect(formatDelta(4_600, 'annual')).toBe('+$5,000');
    expect(formatDelta(-1_200, 'annual')).toBe('−$1,000');
    expect(formatDelta(2_080 * 3.4, 'hourly')).toBe('+$3');
    expect(formatSmallGain('monthly')).toBe('+ under $100');
  });

  it('shows a typed offer as typed, with cents in hourly view', () => {
    expect(formatEntered(150_500, 'annual')).toBe('$150,500');
    expect(formatEntered(150_500, 'hourly')).toBe('$72.36');
  });
});
