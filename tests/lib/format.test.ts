import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatCount,
  formatDate,
  formatDelta,
  formatEntered,
  formatMultiplier,
  formatPay,
  formatPayRange,
  formatPercent,
  formatSignedPercent,
  formatSmallGain,
  formatUsd,
  formatUsdCompact,
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

// The formatters are written out instead of using Intl (its first use costs a phone a long task while
// the page hydrates): for every number they must write exactly what Intl's en-US formats write.
describe('the same text as Intl, for any number', () => {
  const intl = (options: Intl.NumberFormatOptions) => new Intl.NumberFormat('en-US', options);
  const usd = intl({ style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
  const cents = intl({ style: 'currency', currency: 'USD', minimumFractionDigits: 2 });
  const compact = intl({ style: 'currency', currency: 'USD', notation: 'compact', maximumFractionDigits: 0 });
  const multiplier = intl({ style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' });
  const percent = intl({ style: 'percent', maximumFractionDigits: 0 });
  const signedPercent = intl({ style: 'percent', maximumFractionDigits: 1, signDisplay: 'always' });
  const count = intl({ maximumFractionDigits: 0 });

  // Any finite double, and values on the boundaries where rounding goes one way or the other.
  const ties = fc
    .tuple(
      fc.integer({ min: -2_000_000, max: 2_000_000 }),
      fc.constantFrom(1, 10, 100, 1000, 10_000, 100_000),
    )
    .map(([n, scale]) => (n + 0.5) / scale);
  const anyNumber = fc.oneof(
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    ties,
    fc.constantFrom(-0, 0),
  );
  const cases: [string, (v: number) => string, (v: number) => string][] = [
    ['whole dollars', formatUsd, (v) => usd.format(Math.round(v))],
    ['cents', (v) => formatEntered(v, 'hourly'), (v) => cents.format(inPeriod(v, 'hourly'))],
    ['compact dollars', formatUsdCompact, (v) => compact.format(v)],
    ['a multiplier', (v) => formatMultiplier(v + 1), (v) => multiplier.format(v + 1 - 1)],
    ['a percentage', formatPercent, (v) => percent.format(v)],
    ['a signed percentage', formatSignedPercent, (v) => signedPercent.format(v)],
    ['a count', formatCount, (v) => count.format(v)],
  ];
  it.each(cases)('writes %s as Intl does', (_, ours, theirs) => {
    fc.assert(
      fc.property(anyNumber, (v) => {
        fc.pre(Number.isFinite(inPeriod(v, 'hourly')));
        expect(ours(v)).toBe(theirs(v));
      }),
      { numRuns: 2000 },
    );
  });

  it('writes the examples people see', () => {
    expect(formatUsd(-0.4)).toBe('-$0');
    expect(formatEntered(1.005 * 2080, 'hourly')).toBe('$1.01');
    expect(formatUsdCompact(999_500)).toBe('$1M');
    expect(formatUsdCompact(125_400)).toBe('$125K');
    expect(formatMultiplier(1.12)).toBe('+12%');
    expect(formatMultiplier(1)).toBe('0%');
    expect(formatSignedPercent(-0.085)).toBe('-8.5%');
    expect(formatCount(2080)).toBe('2,080');
  });

  it('writes a date as Intl writes an en-US long date', () => {
    const long = new Intl.DateTimeFormat('en-US', { dateStyle: 'long' });
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01'), max: new Date('2200-12-31'), noInvalidDate: true }),
        (d) => {
          expect(formatDate(d)).toBe(long.format(d));
        },
      ),
    );
  });
});
