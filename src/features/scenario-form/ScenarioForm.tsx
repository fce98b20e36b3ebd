import { memo, useId, useState } from 'react';
import { AfterHydration } from '../../components/AfterHydration';
import { Link, useLocation } from 'react-router';
import { lazyPanel } from '../../components/lazyPanel';
import { PanelBoundary } from '../../components/PanelBoundary';
import { useDataset } from '../../data/useDataset';
import { markedOptionLabel, optionEffectText } from '../../lib/choiceWords';
import { noEffectFor, optionEffect } from '../../model/applicability';
import { MAX_ROLES, type RoleId } from '../../model/types';
import { toggleRole } from '../../state/scenarioOps';
import { useScenario, useScenarioActions } from '../../state/useScenario';
import { CopyLinkButton } from './CopyLinkButton';
import { LocationPending, SelectField, YearsField } from './Fields';

// Below the fold of the form: their code loads with the panels, after the figures. memo: the form
// re-renders with each step of the years slider, and the options and the offer have nothing new then.
const OptionGroups = memo(lazyPanel(() => import('./OptionGroups').then((m) => m.OptionGroups)));
const OfferFields = memo(lazyPanel(() => import('./OfferFields').then((m) => m.OfferFields)));
const LocationField = lazyPanel(() => import('./LocationField').then((m) => m.LocationField));

/**
 * The scenario form. Only the years field follows each step of the years slider: the other parts are
 * memoised on the settings they show, so a drag re-renders one field, not the form's thirty-odd inputs
 * (React rewrites an input's attributes whenever any of its props, a handler included, is new).
 */
export function ScenarioForm() {
  const { scenario } = useScenario();
  const { change } = useScenarioActions();
  return (
    <form className="scenario-form panel" aria-label="Your scenario" onSubmit={(e) => e.preventDefault()}>
      <h2>Your scenario</h2>
      <RoleChoices roles={scenario.roles} />
      <YearsField years={scenario.years} onChange={(years) => change({ years }, 'continuous')} />
      <ProfileFields
        roles={scenario.roles}
        location={scenario.location}
        company={scenario.company}
        education={scenario.education}
        chosenOptions={scenario.certs.length + scenario.skills.length}
      />
      <FormActions />
    </form>
  );
}

/** The roles to compare, each with what sets it apart in its sources' words. */
const RoleChoices = memo(function RoleChoices({ roles }: { roles: RoleId[] }) {
  const dataset = useDataset();
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
        <QuotesLink />
        ).
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

/**
 * The link to the roles' quotes, keeping the scenario: it reads the location in a component of its own,
 * so an address-bar write re-renders this link, not the role checkboxes.
 */
function QuotesLink() {
  const { search } = useLocation();
  return <Link to={{ pathname: '/methodology', search, hash: '#sources' }}>the quotes</Link>;
}

interface ProfileFieldsProps {
  roles: RoleId[];
  location: string;
  company: string;
  education: string;
  /** How many certifications and skills are chosen. */
  chosenOptions: number;
}

/** Location, company type, education, certifications and skills, and the offer. */
const ProfileFields = memo(function ProfileFields({
  roles,
  location,
  company,
  education,
  chosenOptions,
}: ProfileFieldsProps) {
  const dataset = useDataset();
  const { change: update } = useScenarioActions();
  // A select's options, each marked when it changes nothing for the chosen roles.
  const markedOptions = (kind: 'company' | 'education', items: readonly { id: string; label: string }[]) =>
    items.map((item) => ({
      id: item.id,
      label: markedOptionLabel(dataset, item.label, noEffectFor(dataset, kind, item.id, roles)),
    }));
  // Open on arrival when the link chose some; after that the person opens and closes it.
  const [optionsOpenAtFirst] = useState(() => chosenOptions > 0);
  return (
    <>
      <PanelBoundary name="location picker">
        <AfterHydration
          fallback={<LocationPending label={dataset.index.locations.get(location)?.label ?? location} />}
        >
          <LocationField dataset={dataset} value={location} onChange={(next) => update({ location: next })} />
        </AfterHydration>
      </PanelBoundary>

      <SelectField
        label="Company type"
        value={company}
        options={markedOptions('company', dataset.modifiers.companies)}
        onChange={(next) => update({ company: next })}
      />

      <SelectField
        label="Education"
        value={education}
        options={markedOptions('education', dataset.modifiers.education)}
        onChange={(next) => update({ education: next })}
        hint={optionEffectText(dataset, optionEffect(dataset, 'education', education, roles))}
      />

      <details className="more-options" open={optionsOpenAtFirst}>
        <summary>
          Certifications and skills
          {chosenOptions > 0 && ` (${chosenOptions} chosen)`}
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
    </>
  );
});

/** Copy the link, or start again from the defaults. */
const FormActions = memo(function FormActions() {
  const { reset } = useScenarioActions();
  return (
    <div className="form-actions">
      <CopyLinkButton />
      <button type="button" className="button button--quiet" onClick={reset}>
        Reset to defaults
      </button>
    </div>
  );
});
