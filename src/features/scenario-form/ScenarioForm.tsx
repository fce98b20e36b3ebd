import { useId, useMemo, useState } from 'react';
import { educationEffect, optionEffect } from '../../model/applicability';
import { useDataset } from '../../data/useDataset';
import { MAX_ROLES, MAX_YEARS, MIN_YEARS, type Dataset, type RoleId, type Scenario } from '../../model/types';
import { toggleIn, toggleRole } from '../../state/scenarioOps';
import { useScenario, useScenarioActions } from '../../state/useScenario';
import { OfferFields } from './OfferFields';
import { CopyLinkButton } from './CopyLinkButton';

const shortTitle = (dataset: Dataset, id: RoleId) =>
  dataset.roles.roles.find((r) => r.id === id)?.shortTitle ?? id;
const listTitles = (dataset: Dataset, ids: RoleId[]) => ids.map((id) => shortTitle(dataset, id)).join(', ');

export function ScenarioForm() {
  const dataset = useDataset();
  const { scenario, view } = useScenario();
  const { change: update, reset } = useScenarioActions();
  const full = scenario.roles.length >= MAX_ROLES;
  const roleLimitId = useId();
  // Open on arrival when the link chose some; after that the person opens and closes it.
  const [optionsOpenAtFirst] = useState(() => scenario.certs.length + scenario.skills.length > 0);

  return (
    <form className="scenario-form panel" aria-label="Your scenario" onSubmit={(e) => e.preventDefault()}>
      <h2>Your scenario</h2>

      <fieldset>
        <legend>Roles to compare (one to three)</legend>
        <ul className="option-list">
          {dataset.roles.roles.map((role) => {
            const position = scenario.roles.indexOf(role.id);
            const checked = position >= 0;
            const only = checked && scenario.roles.length === 1;
            return (
              <li key={role.id}>
                <label className="check">
                  <input
                    type="checkbox"
                    checked={checked}
                    disabled={(!checked && full) || only}
                    aria-describedby={!checked && full ? roleLimitId : undefined}
                    onChange={() => update({ roles: toggleRole(scenario, role.id).roles })}
                  />
                  <span>{role.title}</span>
                  {position === 0 && <span className="badge">primary</span>}
                  {position > 0 && <span className="badge badge--quiet">#{position + 1}</span>}
                </label>
              </li>
            );
          })}
        </ul>
        <p id={roleLimitId} className="hint" aria-live="polite">
          {full
            ? `Three roles chosen: that is the most Paypath compares at once. Untick one to add another.`
            : scenario.roles.length === 1
              ? 'At least one role is always shown.'
              : ''}
        </p>
      </fieldset>

      <YearsField years={scenario.years} onChange={(years) => update({ years }, 'continuous')} />

      <LocationField
        dataset={dataset}
        value={scenario.location}
        onChange={(location) => update({ location })}
      />

      <SelectField
        label="Company type"
        value={scenario.company}
        options={dataset.modifiers.companies}
        onChange={(company) => update({ company })}
      />

      <SelectField
        label="Education"
        value={scenario.education}
        options={dataset.modifiers.education}
        onChange={(education) => update({ education })}
        hint={(() => {
          if (scenario.education === 'bachelors')
            return "The baseline: the sources' bands assume a bachelor's degree.";
          const { affects, defining } = educationEffect(dataset, scenario.education, scenario.roles);
          const missing = scenario.roles.filter((r) => !affects.includes(r) && !defining.includes(r));
          const parts = [
            affects.length > 0 ? `Raises ${listTitles(dataset, affects)}` : '',
            defining.length > 0
              ? `already part of ${listTitles(dataset, defining)} pay, so it adds nothing`
              : '',
            missing.length > 0 ? `no figure for ${listTitles(dataset, missing)}` : '',
          ].filter((p) => p !== '');
          const text = parts.join('; ');
          return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
        })()}
      />

      <details className="more-options" open={optionsOpenAtFirst}>
        <summary>
          Certifications and skills
          {scenario.certs.length + scenario.skills.length > 0 &&
            ` (${scenario.certs.length + scenario.skills.length} chosen)`}
        </summary>
        <OptionGroup
          legend="Certifications"
          kind="certification"
          dataset={dataset}
          scenario={scenario}
          chosen={scenario.certs}
          options={dataset.modifiers.certifications}
          onChange={(certs) => update({ certs })}
        />
        <OptionGroup
          legend="Skills"
          kind="skill"
          dataset={dataset}
          scenario={scenario}
          chosen={scenario.skills}
          options={dataset.modifiers.skills}
          onChange={(skills) => update({ skills })}
        />
      </details>

      <OfferFields />

      <div className="form-actions">
        <CopyLinkButton scenario={scenario} view={view} />
        <button type="button" className="button button--quiet" onClick={reset}>
          Reset to defaults
        </button>
      </div>
    </form>
  );
}

function YearsField({ years, onChange }: { years: number; onChange: (years: number) => void }) {
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

function LocationField({
  dataset,
  value,
  onChange,
}: {
  dataset: Dataset;
  value: string;
  onChange: (id: string) => void;
}) {
  const id = useId();
  const [filter, setFilter] = useState('');
  const locations = dataset.modifiers.locations;
  const matches = useMemo(() => {
    const q = filter.trim().toLowerCase();
    return locations.filter((l) => q === '' || l.label.toLowerCase().includes(q) || l.id.includes(q));
  }, [filter, locations]);
  const shown = useMemo(() => {
    // The chosen place stays in the list even when filtered out, so the select never shows a wrong value.
    return matches.some((l) => l.id === value)
      ? matches
      : [...locations.filter((l) => l.id === value), ...matches];
  }, [matches, locations, value]);
  return (
    <div className="field">
      <label htmlFor={`${id}-select`}>Location</label>
      <input
        type="search"
        className="location-filter"
        aria-label="Search locations"
        aria-controls={`${id}-select`}
        placeholder="Search metros…"
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
        onKeyDown={(e) => {
          // Enter chooses the first metro that matches what was typed ("San Fran" → San Francisco).
          const first = matches[0];
          if (e.key !== 'Enter' || filter.trim() === '' || first === undefined) return;
          e.preventDefault();
          onChange(first.id);
          setFilter('');
        }}
        aria-describedby={`${id}-hint`}
      />
      <select id={`${id}-select`} value={value} onChange={(e) => onChange(e.target.value)}>
        {shown.map((l) => (
          <option key={l.id} value={l.id}>
            {l.label}
          </option>
        ))}
      </select>
      <p className="hint" id={`${id}-hint`}>
        {matches.length === 0
          ? 'No metro matches; showing your current choice.'
          : filter.trim() !== ''
            ? `Press Enter to choose ${matches[0]?.label}, or pick from the list.`
            : 'Metro pay relative to the US median (BLS, May 2024; other metros: DOL OFLC).'}
      </p>
    </div>
  );
}

function SelectField({
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

function OptionGroup({
  legend,
  kind,
  dataset,
  scenario,
  chosen,
  options,
  onChange,
}: {
  legend: string;
  kind: 'certification' | 'skill';
  dataset: Dataset;
  scenario: Scenario;
  chosen: string[];
  options: { id: string; label: string }[];
  onChange: (ids: string[]) => void;
}) {
  const known = options.map((o) => o.id);
  const groups = dataset.modifiers.groups.filter((g) => g.kind === kind);
  return (
    <fieldset>
      <legend>{legend}</legend>
      {groups.map((group) => (
        <div key={group.id} className="option-group">
          <p className="option-group__title">{group.label}</p>
          <ul className="option-list">
            {group.members.map((memberId) => {
              const option = options.find((o) => o.id === memberId);
              if (option === undefined) return null;
              const effect = optionEffect(dataset, kind, memberId, scenario.roles);
              const hintId = `${kind}-${memberId}-hint`;
              return (
                <li key={memberId}>
                  <label className="check">
                    <input
                      type="checkbox"
                      checked={chosen.includes(memberId)}
                      aria-describedby={hintId}
                      onChange={() => onChange(toggleIn(chosen, memberId, known))}
                    />
                    <span>{option.label}</span>
                  </label>
                  <span id={hintId} className={effect.affects.length === 0 ? 'hint hint--none' : 'hint'}>
                    {effectText(dataset, effect, scenario.roles)}
                  </span>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </fieldset>
  );
}

function effectText(dataset: Dataset, effect: ReturnType<typeof optionEffect>, roles: RoleId[]): string {
  if (effect.affects.length > 0) {
    const range = effect.percent ? ` (${effect.percent.low}–${effect.percent.high}% for the group)` : '';
    const others = roles.filter((r) => !effect.affects.includes(r) && !effect.defining.includes(r));
    const defining =
      effect.defining.length > 0 ? `; already part of ${listTitles(dataset, effect.defining)} pay` : '';
    return `Raises ${listTitles(dataset, effect.affects)}${range}${defining}${others.length > 0 ? `; no effect on ${listTitles(dataset, others)}` : ''}`;
  }
  if (effect.defining.length > 0)
    return `Already part of ${listTitles(dataset, effect.defining)} pay, so it adds nothing`;
  if (effect.namedWithoutFigure.length > 0)
    return `Named for ${listTitles(dataset, effect.namedWithoutFigure)}, but the source gives no figure`;
  return `No effect on ${roles.length === 1 ? listTitles(dataset, roles) : 'the roles chosen'}: the sources price it for other roles`;
}
