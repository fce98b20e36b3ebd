import { memo } from 'react';
import { useDataset } from '../../data/useDataset';
import { optionEffect } from '../../model/applicability';
import type { Dataset, RoleId } from '../../model/types';
import { toggleIn } from '../../state/scenarioOps';
import { useScenario, useScenarioActions } from '../../state/useScenario';
import { noEffectMark, optionEffectText } from '../../lib/choiceWords';

/**
 * The certifications and skills, each saying which chosen roles it raises. They sit in a section that
 * is closed unless the link chose some, so their code loads after the figures.
 */
export function OptionGroups() {
  const dataset = useDataset();
  const { scenario } = useScenario();
  return (
    <>
      <OptionGroup
        legend="Certifications"
        kind="certification"
        field="certs"
        dataset={dataset}
        roles={scenario.roles}
        chosen={scenario.certs}
        options={dataset.modifiers.certifications}
      />
      <OptionGroup
        legend="Skills"
        kind="skill"
        field="skills"
        dataset={dataset}
        roles={scenario.roles}
        chosen={scenario.skills}
        options={dataset.modifiers.skills}
      />
    </>
  );
}

/** memo: its props are the same while the years or other settings change, so it skips those renders. */
const OptionGroup = memo(function OptionGroup({
  legend,
  kind,
  field,
  dataset,
  roles,
  chosen,
  options,
}: {
  legend: string;
  kind: 'certification' | 'skill';
  /** The scenario's list this group edits. */
  field: 'certs' | 'skills';
  dataset: Dataset;
  roles: RoleId[];
  chosen: string[];
  options: { id: string; label: string }[];
}) {
  const { change } = useScenarioActions();
  const onChange = (ids: string[]) => change({ [field]: ids });
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
              const effect = optionEffect(dataset, kind, memberId, roles);
              const hintId = `${kind}-${memberId}-hint`;
              const mark = noEffectMark(dataset, effect.noEffect);
              return (
                <li key={memberId}>
                  <label className="check">
                    <input
                      type="checkbox"
                      checked={chosen.includes(memberId)}
                      aria-describedby={mark === null ? hintId : `${hintId}-mark ${hintId}`}
                      onChange={() => onChange(toggleIn(chosen, memberId, known))}
                    />
                    <span>{option.label}</span>
                  </label>
                  {mark !== null && (
                    <span id={`${hintId}-mark`} className="badge badge--no-effect">
                      {mark}
                    </span>
                  )}
                  <span id={hintId} className={effect.affects.length === 0 ? 'hint hint--none' : 'hint'}>
                    {optionEffectText(dataset, effect)}
                  </span>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </fieldset>
  );
});
