import { memo, useId, useState } from 'react';
import { AfterHydration } from '../../components/AfterHydration';
import { Link, useLocation } from 'react-router';
import { lazyPanel } from '../../components/lazyPanel';
import { PanelBoundary } from '../../components/PanelBoundary';
import { useDataset } from '../../data/useDataset';
import { markedOptionLabel, optionEffectText } from '../../lib/choiceWords';
import { noEffectFor, optionEffect } from '../../model/applicability';
import { MAX_ROLES } from '../../model/types';
import { toggleRole } from '../../state/scenarioOps';
import { useScenario, useScenarioActions } from '../../state/useScenario';
import { CopyLinkButton } from './CopyLinkButton';
import { LocationPending, SelectField, YearsField } from './Fields';

// Below the fold of the form: their code loads with the panels, after the figures. memo: the form
// re-renders with each step of the years slider, and the options and the offer have nothing new then.
const OptionGroups = memo(lazyPanel(() => import('./OptionGroups').then((m) => m.OptionGroups)));
const OfferFields = memo(lazyPanel(() => import('./OfferFields').then((m) => m.OfferFields)));
const LocationField = lazyPanel(() => import('./LocationField').then((m) => m.LocationField));

export function ScenarioForm() {
  const dataset = useDataset();
  const { scenario, view } = useScenario();
  const { search } = useLocation();
  const { change: update, reset } = useScenarioActions();
  const full = scenario.roles.length >= MAX_ROLES;
  // A select's options, each marked when it changes nothing for the chosen roles.
  const markedOptions = (kind: 'company' | 'education', items: readonly { id: string; label: string }[]) =>
    items.map((item) => ({
      id: item.id,
      label: markedOptionLabel(dataset, item.label, noEffectFor(dataset, kind, item.id, scenario.roles)),
    }));
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
                    aria-describedby={`${roleLimitId}-${role.id}${!checked && full ? ` ${roleLimitId}` : ''}`}
                    onChange={() => update({ roles: toggleRole(scenario, role.id).roles })}
                  />
                  <span>{role.title}</span>
                  {position === 0 && <span className="badge">primary</span>}
                  {position > 0 && <span className="badge badge--quiet">#{position + 1}</span>}
                </label>
                <span id={`${roleLimitId}-${role.id}`} className="hint">
                  {role.profile.focus.text}
                </span>
              </li>
            );
          })}
        </ul>
        <p className="hint">
          Under each role, what sets it apart in its sources’ words (
          <Link to={{ pathname: '/methodology', search, hash: '#sources' }}>the quotes</Link>).
        </p>
        <p id={roleLimitId} className="hint" aria-live="polite">
          {full
            ? `Three roles chosen: that is the most Paypath compares at once. Untick one to add another.`
            : scenario.roles.length === 1
              ? 'At least one role is always shown.'
              : ''}
        </p>
      </fieldset>

      <YearsField years={scenario.years} onChange={(years) => update({ years }, 'continuous')} />

      <PanelBoundary name="location picker">
        <AfterHydration
          fallback={
            <LocationPending
              label={dataset.index.locations.get(scenario.location)?.label ?? scenario.location}
            />
          }
        >
          <LocationField
            dataset={dataset}
            value={scenario.location}
            onChange={(location) => update({ location })}
          />
        </AfterHydration>
      </PanelBoundary>

      <SelectField
        label="Company type"
        value={scenario.company}
        options={markedOptions('company', dataset.modifiers.companies)}
        onChange={(company) => update({ company })}
      />

      <SelectField
        label="Education"
        value={scenario.education}
        options={markedOptions('education', dataset.modifiers.education)}
        onChange={(education) => update({ education })}
        hint={optionEffectText(
          dataset,
          optionEffect(dataset, 'education', scenario.education, scenario.roles),
        )}
      />

      <details className="more-options" open={optionsOpenAtFirst}>
        <summary>
          Certifications and skills
          {scenario.certs.length + scenario.skills.length > 0 &&
            ` (${scenario.certs.length + scenario.skills.length} chosen)`}
        </summary>
        <PanelBoundary name="certifications and skills">
          <AfterHydration fallback={<p className="hint">Loading certifications and skills…</p>}>
            <OptionGroups />
          </AfterHydration>
        </PanelBoundary>
      </details>

      <PanelBoundary name="offer fields">
        <AfterHydration fallback={<p className="hint">Loading the offer check…</p>}>
          <OfferFields />
        </AfterHydration>
      </PanelBoundary>

      <div className="form-actions">
        <CopyLinkButton scenario={scenario} view={view} />
        <button type="button" className="button button--quiet" onClick={reset}>
          Reset to defaults
        </button>
      </div>
    </form>
  );
}
