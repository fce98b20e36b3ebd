import { memo, useId, useState } from 'react';
import { ordinal } from '../../lib/explain';
import { COUNTER_PERCENTILES } from '../../model/offerPackage';
import {
  DEFAULT_VEST_YEARS,
  MAX_OFFER_USD,
  MAX_VEST_YEARS,
  MIN_VEST_YEARS,
  type View,
} from '../../state/url';
import { useScenarioActions, useView } from '../../state/useScenario';

function OfferField({
  label,
  value,
  onChange,
  hint,
  perYear = true,
  example = 125000,
  notice = '',
}: {
  label: string;
  value: number | null;
  onChange: (v: number | null) => void;
  hint: string;
  /** Dollars a year (base, bonus, stock a year, total) or a one-time sum (a grant, a sign-on). */
  perYear?: boolean;
  example?: number;
  /** A message about the package rather than this field's text, e.g. parts typed without a base. */
  notice?: string;
}) {
  const id = useId();
  // What the person typed, and the offer the field held when they typed it. A draft is shown only
  // while that offer is still the one in force: a reset or a change from elsewhere (Back, a lever)
  // replaces it, so the box never shows "150000x" beside cards that have no offer.
  const [draft, setDraft] = useState<{ text: string; forValue: number | null } | null>(null);
  const current = draft !== null && draft.forValue === value ? draft.text : null;
  const digits = (current ?? '').replace(/[$,\s]/g, '');
  const valid = (d: string) => /^\d+$/.test(d) && Number(d) > 0 && Number(d) <= MAX_OFFER_USD;
  const error =
    current !== null && digits !== '' && !valid(digits)
      ? `Enter whole dollars${perYear ? ' a year' : ''}, for example ${example}.`
      : '';
  const message = error || notice;
  const commit = (text: string) => {
    const d = text.replace(/[$,\s]/g, '');
    if (d === '') {
      setDraft({ text, forValue: null });
      onChange(null);
    } else if (valid(d)) {
      setDraft({ text, forValue: Number(d) });
      onChange(Number(d));
    } else {
      setDraft({ text, forValue: value });
    }
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder={`e.g. ${example}`}
        value={current ?? (value === null ? '' : String(value))}
        aria-invalid={error !== '' || undefined}
        aria-describedby={`${id}-msg`}
        onChange={(e) => commit(e.target.value)}
        onBlur={() => error === '' && setDraft(null)}
      />
      <p id={`${id}-msg`} className={message ? 'hint hint--error' : 'hint'} aria-live="polite">
        {message || hint}
      </p>
    </div>
  );
}

type StockForm = 'grant' | 'yearly';
const STOCK_FORM_LABEL: Record<StockForm, string> = { grant: 'A grant', yearly: 'A value a year' };

/** Stock as a grant over vesting years, or as a value a year: one choice, then its fields. */
function StockFields({ view }: { view: View }) {
  const { changeView } = useScenarioActions();
  const vestId = useId();
  // Which form the person picked; a value in the link decides, so Back and a shared link agree.
  const [picked, setPicked] = useState<StockForm>('grant');
  const form: StockForm =
    view.offerStockGrantUsd !== null ? 'grant' : view.offerStockAnnualUsd !== null ? 'yearly' : picked;
  const choose = (next: StockForm) => {
    setPicked(next);
    // One stock figure at a time: the other form's value goes, as the link keeps only one.
    if (next === 'grant' && view.offerStockAnnualUsd !== null) changeView({ offerStockAnnualUsd: null });
    if (next === 'yearly' && view.offerStockGrantUsd !== null) changeView({ offerStockGrantUsd: null });
  };
  return (
    <fieldset className="offer-stock">
      <legend>Offer: stock, given as</legend>
      <div className="segmented">
        {(['grant', 'yearly'] as const).map((f) => (
          <label key={f} className={f === form ? 'segmented__item segmented__item--on' : 'segmented__item'}>
            <input
              type="radio"
              name="offer-stock-form"
              value={f}
              checked={f === form}
              onChange={() => choose(f)}
            />
            {STOCK_FORM_LABEL[f]}
          </label>
        ))}
      </div>
      {form === 'grant' ? (
        <div className="inline-row offer-stock__grant">
          <OfferField
            label="Offer: stock grant (total)"
            value={view.offerStockGrantUsd}
            onChange={(v) => changeView({ offerStockGrantUsd: v }, 'continuous')}
            perYear={false}
            example={200000}
            hint="US dollars at grant, counted evenly over the vesting years."
          />
          <div className="field">
            <label htmlFor={vestId}>Vesting years</label>
            <select
              id={vestId}
              value={view.offerVestYears}
              onChange={(e) => changeView({ offerVestYears: Number(e.target.value) })}
            >
              {Array.from({ length: MAX_VEST_YEARS - MIN_VEST_YEARS + 1 }, (_, i) => i + MIN_VEST_YEARS).map(
                (y) => (
                  <option key={y} value={y}>
                    {y} {y === 1 ? 'year' : 'years'}
                    {y === DEFAULT_VEST_YEARS ? ' (usual)' : ''}
                  </option>
                ),
              )}
            </select>
          </div>
        </div>
      ) : (
        <OfferField
          label="Offer: stock per year"
          value={view.offerStockAnnualUsd}
          onChange={(v) => changeView({ offerStockAnnualUsd: v }, 'continuous')}
          example={50000}
          hint="US dollars of stock vesting each year."
        />
      )}
    </fieldset>
  );
}

/**
 * An offer to check against the estimates: base, bonus, stock, sign-on, or just a total, and the
 * percentile to work a counter out at. It travels in the link (`offer`, `offerTotal`, `offerBonus`,
 * `offerStock` with `offerVest` or `offerStockYear`, `offerSignOn`, `counter`).
 */
export function OfferFields() {
  return <OfferFieldset view={useView()} />;
}

/**
 * memo: the view keeps its identity while other settings change and when the address bar is written, so
 * those renders skip the offer's dozen inputs (React rewrites an input's attributes when it renders it).
 */
const OfferFieldset = memo(function OfferFieldset({ view }: { view: View }) {
  const { changeView } = useScenarioActions();
  const counterId = useId();
  const partsWithoutBase =
    view.offerAnnualUsd === null &&
    (view.offerBonusAnnualUsd !== null ||
      view.offerStockGrantUsd !== null ||
      view.offerStockAnnualUsd !== null ||
      view.offerSignOnUsd !== null);
  return (
    <fieldset className="offer-fields">
      <legend>Check an offer</legend>
      <OfferField
        label="Offer: base salary"
        value={view.offerAnnualUsd}
        onChange={(v) => changeView({ offerAnnualUsd: v }, 'continuous')}
        hint="US dollars a year. Shown on each card: where it lands in the range."
        notice={
          partsWithoutBase
            ? 'Enter the base salary too: the bonus, stock and sign-on are placed beside it.'
            : ''
        }
      />
      <OfferField
        label="Offer: annual bonus (target)"
        value={view.offerBonusAnnualUsd}
        onChange={(v) => changeView({ offerBonusAnnualUsd: v }, 'continuous')}
        example={15000}
        hint="US dollars a year, the target the offer states."
      />
      <StockFields view={view} />
      <OfferField
        label="Offer: sign-on bonus (one-time)"
        value={view.offerSignOnUsd}
        onChange={(v) => changeView({ offerSignOnUsd: v }, 'continuous')}
        perYear={false}
        example={20000}
        hint="US dollars, paid once: shown apart and added to the first year only."
      />
      <OfferField
        label="Offer: total compensation (optional)"
        value={view.offerTotalAnnualUsd}
        onChange={(v) => changeView({ offerTotalAnnualUsd: v }, 'continuous')}
        example={180000}
        hint="US dollars a year without the sign-on. Leave it empty to add up the parts; a total typed here wins."
      />
      <div className="field">
        <label htmlFor={counterId}>Counter-offer at</label>
        <select
          id={counterId}
          value={view.counterPercentile}
          aria-describedby={`${counterId}-msg`}
          onChange={(e) => changeView({ counterPercentile: Number(e.target.value) })}
        >
          {COUNTER_PERCENTILES.map((p) => (
            <option key={p} value={p}>
              the {ordinal(p)} percentile
            </option>
          ))}
        </select>
        <p id={`${counterId}-msg`} className="hint">
          The base and total that pay more than this share of people like you. The 75th is the card’s high
          figure.
        </p>
      </div>
    </fieldset>
  );
});
