import { useDataset } from '../../data/useDataset';
import { optionEffect } from '../../model/applicability';
import type { Dataset, RoleId, Scenario } from '../../model/types';
import { toggleIn } from '../../state/scenarioOps';
import { useScenario, useScenarioActions } from '../../state/useScenario';
import { shortTitles as listTitles } from '../../lib/explain';

/**
 * The certifications and skills, each saying which chosen roles it raises. They sit in a section that
 * is closed unless the link chose some, so their code loads after the figures.
 */
export function OptionGroups() {
  const dataset = useDataset();
  const { scenario } = useScenario();
  const { change } = useScenarioActions();
  return (
    <>
      <OptionGroup
        legend="Certifications"
        kind="certification"
        dataset={dataset}
        scenario={scenario}
        chosen={scenario.certs}
        options={dataset.modifiers.certifications}
        onChange={(certs) => change({ certs })}
      />
      <OptionGroup
        legend="Skills"
        kind="skill"
        dataset={dataset}
        scenario={scenario}
        chosen={scenario.skills}
        options={dataset.modifiers.skills}
        onChange={(skills) => change({ skills })}
      />
    </>
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
