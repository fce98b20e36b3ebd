import { formatEntered, formatPay, PERIOD_UNIT } from '../../lib/format';
import type { Period } from '../../model/period';
import { ordinal } from '../../lib/explain';
import { OFFER_METHOD } from '../../lib/factorWords';
import type { PayDistribution } from '../../model/distribution';
import { offerPosition } from '../../model/offer';
import type { AnnualUsdRange, RoleEstimate } from '../../model/types';

function Position({
  what,
  offer,
  distribution,
  range,
  period,
  testId,
}: {
  what: string;
  offer: number;
  distribution: PayDistribution;
  range: AnnualUsdRange;
  period: Period;
  testId?: string;
}) {
  const p = offerPosition(offer, distribution, range);
  // A gap too small to show in the chosen period ($1 a year is $0.00 an hour) reads as "at".
  const room = (dollars: number, to: string) => {
    const gap = formatPay(Math.abs(dollars), period);
    if (/^\$0(\.00)?$/.test(gap)) return `at ${to}`;
    return dollars > 0 ? `${gap} below ${to}` : `${gap} above ${to}`;
  };
  return (
    <p data-testid={testId} data-value={p.percentile}>
      An offer of {formatEntered(offer, period)} {PERIOD_UNIT[period]} {what} is{' '}
      <strong>{p.where === 'within' ? 'within' : p.where}</strong> the estimated range, about the{' '}
      <strong>{ordinal(p.percentile)} percentile</strong>: {room(p.toTypicalAnnualUsd, 'the typical figure')},{' '}
      {room(p.toHighAnnualUsd, 'the high end')}.
    </p>
  );
}

/** Where an offer lands in this role's estimated ranges, with the method stated. */
export function OfferCheck({
  offerAnnualUsd,
  offerTotalAnnualUsd,
  estimate,
  period,
}: {
  offerAnnualUsd: number | null;
  offerTotalAnnualUsd: number | null;
  estimate: RoleEstimate;
  period: Period;
}) {
  return (
    <div className="offer-check">
      <p className="figure__label">Your offer</p>
      {offerAnnualUsd !== null && (
        <Position
          what="base"
          offer={offerAnnualUsd}
          distribution={estimate.base}
          range={estimate.baseAnnualUsd}
          period={period}
          testId="offer-position"
        />
      )}
      {offerTotalAnnualUsd !== null && (
        <Position
          what="in total"
          offer={offerTotalAnnualUsd}
          distribution={estimate.total}
          range={estimate.totalAnnualUsd}
          period={period}
          testId="offer-total-position"
        />
      )}
      <details>
        <summary>How the percentile is worked out</summary>
        <p className="hint">{OFFER_METHOD}</p>
      </details>
    </div>
  );
}
