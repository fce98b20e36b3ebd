import { useId, useState } from 'react';
import { MAX_YEARS, MIN_YEARS } from '../../model/types';

export function YearsField({ years, onChange }: { years: number; onChange: (years: number) => void }) {
  const id = useId();
  // The number box may hold a half-typed value ("" or "4") while the person types; the scenario only
  // takes whole numbers in range, and says so when the box holds anything else. The typed text is shown
  // only while the years it was typed for are still the ones in force: Back, a lever or a reset replace it.
  const [typed, setTyped] = useState<{ text: string; forYears: number } | null>(null);
  const draft = typed !== null && typed.forYears === years ? typed.text : null;
  const setDraft = (text: string | null) => setTyped(text === null ? null : { text, forYears: years });
  const valid = (text: string) =>
    /^\d{1,2}$/.test(text) && Number(text) >= MIN_YEARS && Number(text) <= MAX_YEARS;
  const commit = (text: string) => {
    if (valid(text)) {
      setTyped({ text, forYears: Number(text) });
      onChange(Number(text));
    } else setDraft(text);
  };
  const invalid = draft !== null && draft !== '' && !valid(draft);
  return (
    <div className="field">
      <label htmlFor={`${id}-range`}>Years of experience</label>
      <div className="years">
        <input
          id={`${id}-range`}
          type="range"
          min={MIN_YEARS}
          max={MAX_YEARS}
          step={1}
          value={years}
          aria-valuetext={`${years} ${years === 1 ? 'year' : 'years'}`}
          onChange={(e) => {
            setDraft(null);
            onChange(Number(e.target.value));
          }}
        />
        <input
          type="number"
          inputMode="numeric"
          min={MIN_YEARS}
          max={MAX_YEARS}
          step={1}
          aria-label="Years of experience"
          aria-invalid={invalid || undefined}
          aria-describedby={`${id}-msg`}
          value={draft ?? String(years)}
          onChange={(e) => commit(e.target.value)}
          onBlur={() => setDraft(null)}
        />
      </div>
      <p id={`${id}-msg`} className={invalid ? 'hint hint--error' : 'visually-hidden'} aria-live="polite">
        {invalid ? `Whole years from ${MIN_YEARS} to ${MAX_YEARS}; the estimate stays at ${years}.` : ''}
      </p>
    </div>
  );
}

export function SelectField({
  label,
  value,
  options,
  onChange,
  hint,
}: {
  label: string;
  value: string;
  options: { id: string; label: string }[];
  onChange: (id: string) => void;
  hint?: string;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby={hint ? `${id}-hint` : undefined}
      >
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
    </div>
  );
}

export const LOCATION_HINT = 'Metro pay relative to the US median (BLS, May 2024; other metros: DOL OFLC).';

/**
 * The location field while the picker's code loads (it comes with the panels, after the figures): the
 * chosen place where the box will be, the same height, so nothing below moves when the picker arrives.
 */
export function LocationPending({ label }: { label: string }) {
  return (
    <div className="field">
      <p className="field__label">Location</p>
      <p className="combo__pending">{label}</p>
      <p className="hint" />
      <p className="hint">{LOCATION_HINT}</p>
    </div>
  );
}
