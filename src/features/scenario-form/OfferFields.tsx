import { useId, useState } from 'react';
import { MAX_OFFER_USD } from '../../state/url';
import { useScenario, useScenarioActions } from '../../state/useScenario';

function OfferField({
  label,
  value,
  onChange,
}: {
  label: string;
  value: number | null;
  onChange: (v: number | null) => void;
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
      ? 'Enter whole dollars a year, for example 125000.'
      : '';
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
        placeholder="e.g. 125000"
        value={current ?? (value === null ? '' : String(value))}
        aria-invalid={error !== '' || undefined}
        aria-describedby={`${id}-msg`}
        onChange={(e) => commit(e.target.value)}
        onBlur={() => error === '' && setDraft(null)}
      />
      <p id={`${id}-msg`} className={error ? 'hint hint--error' : 'hint'} aria-live="polite">
        {error || 'US dollars a year. Shown on each card: where it lands in the range.'}
      </p>
    </div>
  );
}

/** An offer to check against the estimates; it travels in the link as `offer` and `offerTotal`. */
export function OfferFields() {
  const { view } = useScenario();
  const { changeView } = useScenarioActions();
  return (
    <fieldset>
      <legend>Check an offer</legend>
      <OfferField
        label="Offer: base salary"
        value={view.offerAnnualUsd}
        onChange={(v) => changeView({ offerAnnualUsd: v }, 'continuous')}
      />
      <OfferField
        label="Offer: total compensation (optional)"
        value={view.offerTotalAnnualUsd}
        onChange={(v) => changeView({ offerTotalAnnualUsd: v }, 'continuous')}
      />
    </fieldset>
  );
}
