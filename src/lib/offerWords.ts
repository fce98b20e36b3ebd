/**
 * The words for an offer check: where each part of an offer lands among people like the scenario, and
 * what a counter at a chosen percentile would ask. "People like you" are the people the distribution
 * describes: this role with the years, location, employer type, education, certifications and skills
 * chosen. Money goes through the formatters in format.ts, in the chosen period.
 */
import type { Counter, OfferCheck, OfferPosition, PartPlace } from '../model/offer';
import type { OfferStock } from '../model/offerPackage';
import type { Period } from '../model/period';
import type { MixPart } from '../model/types';
import { ordinal } from './explain';
import { formatDelta, formatEntered, formatPay, formatSmallGain, formatUsd, PERIOD_UNIT } from './format';

export type OfferPart = 'base' | 'bonus' | 'stock' | 'total';

/** How many in 10 an offer beats or trails, or that it sits in the middle. */
function standing(percentile: number): { side: 'more' | 'less' | 'middle'; count: string } {
  if (percentile >= 45 && percentile <= 55) return { side: 'middle', count: '' };
  const beaten = percentile > 55 ? percentile : 100 - percentile;
  const count = beaten >= 95 ? 'almost all' : `about ${Math.min(9, Math.round(beaten / 10))} in 10`;
  return { side: percentile > 55 ? 'more' : 'less', count };
}

const COMPARE: Record<OfferPart, { more: string; less: string; who: string; middle: string }> = {
  base: {
    more: 'higher than',
    less: 'lower than',
    who: 'people like you are paid',
    middle: 'about the middle: half of people like you are paid more, half less',
  },
  total: {
    more: 'higher than',
    less: 'lower than',
    who: 'people like you are paid in total',
    middle: 'about the middle: half of people like you are paid more in total, half less',
  },
  bonus: {
    more: 'a larger bonus than',
    less: 'a smaller bonus than',
    who: 'people like you get',
    middle: 'about the typical bonus of people like you',
  },
  stock: {
    more: 'more stock a year than',
    less: 'less stock a year than',
    who: 'people like you get',
    middle: 'about the typical stock a year of people like you',
  },
};

/** "higher than about 8 in 10 people like you are paid (the 81st percentile)". */
export function standingText(part: OfferPart, percentile: number): string {
  const s = standing(percentile);
  const words = COMPARE[part];
  const said = s.side === 'middle' ? words.middle : `${words[s.side]} ${s.count} ${words.who}`;
  return `${said} (the ${ordinal(percentile)} percentile)`;
}

/** Where the offer sits against the card's range, with the gaps that still show in this period. */
export function rangeText(p: OfferPosition, period: Period): string {
  // A gap too small to show in the chosen period ($1 a year is $0.00 an hour) reads as "at".
  const room = (dollars: number, to: string) => {
    const gap = formatPay(Math.abs(dollars), period);
    if (/^\$0(\.00)?$/.test(gap)) return `at ${to}`;
    return dollars > 0 ? `${gap} below ${to}` : `${gap} above ${to}`;
  };
  return `${p.where} the estimated range: ${room(p.toTypicalAnnualUsd, 'the typical figure')}, ${room(p.toHighAnnualUsd, 'the high end')}`;
}

const NAME: Record<'bonus' | 'stock', string> = { bonus: 'bonus', stock: 'equity (stock)' };

/** Why a bonus or stock gets no percentile: the share it would rest on is assumed, or there is none. */
export function unplacedText(
  part: 'bonus' | 'stock',
  why: Exclude<PartPlace['kind'], 'placed'>,
  mix: MixPart,
): string {
  if (why === 'absent') return `no percentile: the estimate has no ${NAME[part]} for this role here`;
  const share =
    mix.of === 'base'
      ? `${mix.lowPercent}–${mix.highPercent}% of base`
      : `${mix.lowPercent}–${mix.highPercent}% of total compensation`;
  return `no percentile, as this role’s ${NAME[part]} share (${share}) is an assumption, not a source’s figure`;
}

/** "$200,000 over 4 years" or nothing for a value a year. */
export function grantText(stock: OfferStock): string | null {
  return stock.kind === 'grant'
    ? `${formatUsd(stock.grantUsd)} over ${stock.vestYears} ${stock.vestYears === 1 ? 'year' : 'years'}`
    : null;
}

/** An amount of the offer (as typed, or its parts added up) in the chosen period: "$150,500 a year". */
export const perPeriod = (annualUsd: number, period: Period): string =>
  `${formatEntered(annualUsd, period)} ${PERIOD_UNIT[period]}`;

/** An estimate in the chosen period, rounded as estimates are: "$172,000 a year". */
const estimatePerPeriod = (annualUsd: number, period: Period): string =>
  `${formatPay(annualUsd, period)} ${PERIOD_UNIT[period]}`;

/** How the yearly total was reached. */
export function totalRuleText(check: OfferCheck, period: Period): string {
  const t = check.totals;
  if (t.from === 'parts') return 'base + bonus + stock a year';
  if (t.partsAnnualUsd !== null && t.partsAnnualUsd !== t.yearlyAnnualUsd)
    return `as you typed it; the parts add up to ${perPeriod(t.partsAnnualUsd, period)}`;
  return 'as you typed it';
}

/**
 * The sign-on, paid once: said apart, and added to the first year only. A one-time sum stays in
 * dollars whatever the period: an hourly rate of a single payment means nothing.
 */
export function signOnText(check: OfferCheck): string {
  const firstYear =
    check.totals.firstYearUsd === null
      ? 'It is not part of the yearly total.'
      : `First year with it: ${formatUsd(check.totals.firstYearUsd)}.`;
  return `no percentile (the sources give no sign-on figures). ${firstYear}`;
}

/** "Base $172,000 (+$22,000 on your offer)" or "… ($8,000 below your offer: yours is already above it)". */
function counterPart(what: string, c: Counter, period: Period): string {
  const amount = estimatePerPeriod(c.annualUsd, period);
  if (c.gapAnnualUsd > 0)
    return `${what} ${amount} (${formatDelta(c.gapAnnualUsd, period) ?? formatSmallGain(period)} on your offer)`;
  if (c.gapAnnualUsd === 0) return `${what} ${amount}, which is your offer`;
  return `${what} ${amount} (your offer is already ${formatPay(-c.gapAnnualUsd, period)} above it)`;
}

/** "at the 75th percentile of people like you: base $…, total $…", after the word "Counter". */
export function counterText(counter: NonNullable<OfferCheck['counter']>, period: Period): string {
  const parts = [counterPart('base', counter.base, period)];
  if (counter.total !== null) parts.push(counterPart('total', counter.total, period));
  return `at the ${ordinal(counter.percentile)} percentile of people like you: ${parts.join('; ')}.`;
}

/** Why the counter's percentiles are the ones offered, and what the default stands on. */
export const COUNTER_NOTE =
  'The 75th percentile is the card’s high figure, the top of the band the sources quote; the 90th lies beyond it, a stretch.';

/** How an offer's totals are added up, for the exports. */
export const OFFER_TOTAL_RULE =
  'Yearly total = base + bonus + stock a year (a grant divided evenly by its vesting years), like the estimate’s total compensation; a typed total wins over the parts. The sign-on bonus is paid once: first year = yearly total + sign-on.';

/** What "people like you" means, and how the parts are read. */
export const OFFER_PACKAGE_METHOD =
  'People like you: this role with the years, location, employer type, education, certifications and skills chosen. A bonus or stock is placed in the log-normal whose 25th and 75th percentiles are the card’s low and high bonus or equity figures. The yearly total is base + bonus + stock a year (a grant divided evenly by its vesting years), like the estimate’s total compensation; a sign-on bonus is paid once and counts in the first year only. A total you type wins over the sum of the parts. Where a role’s bonus or equity share is an assumption rather than a source’s figure, no percentile is given for it: it would look firmer than it is.';
