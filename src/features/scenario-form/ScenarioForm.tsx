import { memo, Suspense, useCallback, useId, useMemo, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { lazyPanel } from '../../components/lazyPanel';
import { PanelBoundary } from '../../components/PanelBoundary';
import { useDataset } from '../../data/useDataset';
import { markedOptionLabel, optionEffectText } from '../../lib/choiceWords';
import { noEffectFor, optionEffect } from '../../model/applicability';
import type { Dataset } from '../../model/dataset';
import { MAX_ROLES, type RoleId } from '../../model/types';
import { toggleRole } from '../../state/scenarioOps';
import { useScenario, useScenarioActions } from '../../state/useScenario';
import { CopyLinkButton } from './CopyLinkButton';
import { LocationPending, SelectField, YearsField } from './Fields';

// Below the fold of the form: their code loads with the panels, after the figures. memo, like the
// role list and the selects below: moving the years slider re-renders the form, and only the years
// field (and the summary line of the options) has anything new to show.
const OptionGroups = memo(lazyPanel(() => import('./OptionGroups').then((m) => m.OptionGroups)));
const OfferFields = memo(lazyPanel(() => import('./OfferFields').then((m) => m.OfferFields)));
const LocationField = memo(lazyPanel(() => import('./LocationField').then((m) => m.LocationField)));
const Select = memo(SelectField);

/** The roles to compare, each with what sets it apart; the first chosen is the primary. */
const RoleChoices = memo(function RoleChoices({ dataset, roles }: { dataset: Dataset; roles: RoleId[] }) {
  const { search } = useLocation();
  const { change, current } = useScenarioActions();
  const full = roles.length >= MAX_ROLES;
  const roleLimitId = useId();
  return (
    <fieldset>
      <legend>Roles to compare (one to three)</legend>
      <ul className="option-list">
        {dataset.roles.roles.map((role) => {
          const position = roles.indexOf(role.id);
          const checked = position >= 0;
          const only = checked && roles.length === 1;
          return (
            <li key={role.id}>
              <label className="check">
                <input
                  type="checkbox"
                  checked={checked}
                  disabled={(!checked && full) || only}
                  aria-describedby={`${roleLimitId}-${role.id}${!checked && full ? ` ${roleLimitId}` : ''}`}
                  onChange={() => change({ roles: toggleRole(current().scenario, role.id).roles })}
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
          : roles.length === 1
            ? 'At least one role is always shown.'
            : ''}
      </p>
    </fieldset>
  );
});

// memo: the page re-renders with each new address; this re-renders only when what it reads changes.
export const ScenarioForm = memo(function ScenarioForm() {
  const dataset = useDataset();
  const { scenario, view } = useScenario();
  const { change: update, reset } = useScenarioActions();
  const { roles } = scenario;
  const onYears = useCallback((years: number) => update({ years }, 'continuous'), [update]);
  const onLocation = useCallback((location: string) => update({ location }), [update]);
  const onCompany = useCallback((company: string) => update({ company }), [update]);
  const onEducation = useCallback((education: string) => update({ education }), [update]);
  const companies = useMemo(
    () =>
      dataset.modifiers.companies.map((c) => ({
        id: c.id,
        label: markedOptionLabel(dataset, c.label, noEffectFor(dataset, 'company', c.id, roles)),
      })),
    [dataset, roles],
  );
  const educations = useMemo(
    () =>
      dataset.modifiers.education.map((e) => ({
        id: e.id,
        label: markedOptionLabel(dataset, e.label, noEffectFor(dataset, 'education', e.id, roles)),
      })),
    [dataset, roles],
  );
  // Open on arrival when the link chose some; after that the person opens and closes it.
  const [optionsOpenAtFirst] = useState(() => scenario.certs.length + scenario.skills.length > 0);

  return (
    <form className="scenario-form panel" aria-label="Your scenario" onSubmit={(e) => e.preventDefault()}>
      <h2>Your scenario</h2>

      <RoleChoices dataset={dataset} roles={roles} />

      <YearsField years={scenario.years} onChange={onYears} />

      <PanelBoundary name="location picker">
        <Suspense
          fallback={
            <LocationPending
              label={dataset.index.locations.get(scenario.location)?.label ?? scenario.location}
            />
          }
        >
          <LocationField dataset={dataset} value={scenario.location} onChange={onLocation} />
        </Suspense>
      </PanelBoundary>

      <Select label="Company type" value={scenario.company} options={companies} onChange={onCompany} />

      <Select
        label="Education"
        value={scenario.education}
        options={educations}
        onChange={onEducation}
        hint={optionEffectText(dataset, optionEffect(dataset, 'education', scenario.education, roles))}
      />

      <details className="more-options" open={optionsOpenAtFirst}>
        <summary>
          Certifications and skills
          {scenario.certs.length + scenario.skills.length > 0 &&
            ` (${scenario.certs.length + scenario.skills.length} chosen)`}
        </summary>
        <PanelBoundary name="certifications and skills">
          <Suspense fallback={<p className="hint">Loading certifications and skills…</p>}>
            <OptionGroups />
          </Suspense>
        </PanelBoundary>
      </details>

      <PanelBoundary name="offer fields">
        <Suspense fallback={<p className="hint">Loading the offer check…</p>}>
          <OfferFields />
        </Suspense>
      </PanelBoundary>

      <div className="form-actions">
        <CopyLinkButton scenario={scenario} view={view} />
        <button type="button" className="button button--quiet" onClick={reset}>
          Reset to defaults
        </button>
      </div>
    </form>
  );
});
