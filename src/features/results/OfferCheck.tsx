import { formatUsd } from '../../lib/format';
import { OFFER_METHOD } from '../../lib/factorWords';
import {
  COUNTER_NOTE,
  counterText,
  grantText,
  OFFER_PACKAGE_METHOD,
  perPeriod,
  rangeText,
  signOnText,
  standingText,
  totalRuleText,
  unplacedText,
} from '../../lib/offerWords';
import { checkOffer, type PartPlace } from '../../model/offer';
import type { OfferPackage } from '../../model/offerPackage';
import type { Period } from '../../model/period';
import type { MixPart, RoleEstimate } from '../../model/types';

/** A bonus or stock line: its percentile when the share it rests on is sourced, else why not. */
function Part({
  part,
  label,
  annualUsd,
  place,
  mix,
  period,
}: {
  part: 'bonus' | 'stock';
  label: string;
  annualUsd: number;
  place: PartPlace;
  mix: MixPart;
  period: Period;
}) {
  return (
    <li
      data-testid={`offer-${part}-position`}
      data-kind={place.kind}
      data-value={place.kind === 'placed' ? place.percentile : undefined}
    >
      <strong>{label}</strong> {perPeriod(annualUsd, period)}:{' '}
      {place.kind === 'placed' ? standingText(part, place.percentile) : unplacedText(part, place.kind, mix)}.
    </li>
  );
}

interface Placed {
  offer: OfferPackage;
  counterPercentile: number;
  estimate: RoleEstimate;
  period: Period;
}

/**
 * Where an offer and each of its parts land in this role's estimated distributions, and a counter. Part
 * of the card below its figures, so it follows a step of a drag once they have painted (RoleCard).
 */
export function OfferCheck({ offer, counterPercentile, estimate, period }: Placed) {
  const check = checkOffer(offer, estimate, counterPercentile);
  const { base, bonus, stock, total, counter } = check;
  const yearly = check.totals.yearlyAnnualUsd;
  const grant = offer.stock === null ? null : grantText(offer.stock);
  const partsWithoutBase =
    offer.baseAnnualUsd === null &&
    (offer.bonusAnnualUsd !== null || offer.stock !== null || offer.signOnUsd !== null);
  return (
    <div className="offer-check">
      <p className="figure__label">Your offer</p>
      <ul className="offer-lines">
        {base !== null && offer.baseAnnualUsd !== null && (
          <li data-testid="offer-position" data-value={base.percentile}>
            <strong>Base</strong> {perPeriod(offer.baseAnnualUsd, period)}:{' '}
            {standingText('base', base.percentile)}; {rangeText(base, period)}.
          </li>
        )}
        {bonus !== null && (
          <Part
            part="bonus"
            label="Bonus"
            annualUsd={bonus.annualUsd}
            place={bonus.place}
            mix={estimate.compensationMix.bonus}
            period={period}
          />
        )}
        {stock !== null && (
          <Part
            part="stock"
            label={grant === null ? 'Stock' : `Stock (${grant})`}
            annualUsd={stock.annualUsd}
            place={stock.place}
            mix={estimate.compensationMix.equity}
            period={period}
          />
        )}
        {check.signOnUsd !== null && (
          <li data-testid="offer-signon" data-value={check.signOnUsd}>
            <strong>Sign-on</strong> {formatUsd(check.signOnUsd)}, paid once: {signOnText(check)}
          </li>
        )}
        {total !== null && yearly !== null && (
          <li data-testid="offer-total-position" data-value={total.percentile}>
            <strong>Yearly total</strong>{' '}
            <span data-testid="offer-package-total" data-value={yearly}>
              {perPeriod(yearly, period)}
            </span>{' '}
            ({totalRuleText(check, period)}): {standingText('total', total.percentile)};{' '}
            {rangeText(total, period)}.
          </li>
        )}
        {partsWithoutBase && (
          <li className="hint">Add the offer’s base salary to place its bonus, stock and sign-on.</li>
        )}
      </ul>
      {counter !== null && (
        <p
          data-testid="offer-counter"
          data-value={counter.base.annualUsd}
          data-percentile={counter.percentile}
          data-total-value={counter.total?.annualUsd}
        >
          <strong>Counter</strong> {counterText(counter, period)}
        </p>
      )}
      <details>
        <summary>How the percentile is worked out</summary>
        <p className="hint">{OFFER_METHOD}</p>
        <p className="hint">
          {OFFER_PACKAGE_METHOD} {COUNTER_NOTE}
        </p>
      </details>
    </div>
  );
}
