import { useId, useState } from 'react';
import { useScenarioStore } from '../../state/store';
import { MAX_OFFER_USD, type View } from '../../state/url';

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
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState('');
  const commit = (text: string) => {
    setDraft(text);
    const digits = text.replace(/[$,\s]/g, '');
    if (digits === '') {
      setError('');
      onChange(null);
    } else if (/^\d+$/.test(digits) && Number(digits) > 0 && Number(digits) <= MAX_OFFER_USD) {
      setError('');
      onChange(Number(digits));
    } else {
      setError('Enter whole dollars a year, for example 125000.');
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
        value={draft ?? (value === null ? '' : String(value))}
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
export function OfferFields({ view }: { view: View }) {
  const setView = useScenarioStore((s) => s.setView);
  return (
    <fieldset>
      <legend>Check an offer</legend>
      <OfferField
        label="Offer: base salary"
        value={view.offerAnnualUsd}
        onChange={(v) => setView({ offerAnnualUsd: v })}
      />
      <OfferField
        label="Offer: total compensation (optional)"
        value={view.offerTotalAnnualUsd}
        onChange={(v) => setView({ offerTotalAnnualUsd: v })}
      />
    </fieldset>
  );
}
