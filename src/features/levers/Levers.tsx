import { memo, useId, useMemo, useState } from 'react';
import { formatDelta, formatSignedPercent, formatSmallGain } from '../../lib/format';
import { useDataset } from '../../data/useDataset';
import { rankLevers } from '../../model/levers';
import type { Dataset } from '../../model/dataset';
import type { Period } from '../../model/period';
import type { RoleId, Scenario } from '../../model/types';
import { useAtRest } from '../../state/afterPaint';
import { useScenario, useScenarioActions } from '../../state/useScenario';
import { SourceList } from '../../components/SourceNote';

/**
 * "What raises my pay most": ranked single changes, each one click from becoming the scenario. Ranking
 * prices every change (dozens of estimates), so the list follows the figures once the scenario rests.
 */
export function Levers() {
  const dataset = useDataset();
  const { scenario, view } = useScenario();
  // Once the scenario rests after the figures have painted; memo() below skips the render that moves them.
  return <RankedLevers dataset={dataset} scenario={useAtRest(scenario)} period={useAtRest(view.period)} />;
}

const RankedLevers = memo(function RankedLevers({
  dataset,
  scenario,
  period,
}: {
  dataset: Dataset;
  scenario: Scenario;
  period: Period;
}) {
  const { change } = useScenarioActions();
  const [chosenRole, setChosenRole] = useState<RoleId | null>(null);
  const roleId = chosenRole !== null && scenario.roles.includes(chosenRole) ? chosenRole : scenario.roles[0];
  const selectId = useId();
  const levers = useMemo(
    () => (roleId === undefined ? [] : rankLevers(scenario, dataset, roleId)),
    [scenario, dataset, roleId],
  );
  const max = Math.max(1, ...levers.map((l) => l.deltaAnnualUsd));
  const title = (id: RoleId) => dataset.roles.roles.find((r) => r.id === id)?.title ?? id;

  return (
    <section className="levers panel" aria-labelledby="levers-heading">
      <h2 id="levers-heading">What raises your pay most</h2>
      <p className="hint">
        Every single change you could make, each worked out with the same formula and ranked by its effect on
        typical total compensation. Choose one to try it.
      </p>
      {scenario.roles.length > 1 && (
        <div className="field field--inline">
          <label htmlFor={selectId}>For</label>
          <select id={selectId} value={roleId} onChange={(e) => setChosenRole(e.target.value as RoleId)}>
            {scenario.roles.map((id) => (
              <option key={id} value={id}>
                {title(id)}
              </option>
            ))}
          </select>
        </div>
      )}
      {levers.length === 0 ? (
        <p>No single change in the data raises this estimate further.</p>
      ) : (
        <ol className="lever-list" data-testid="levers">
          {levers.map((lever) => (
            <li key={lever.id} className="lever" data-testid="lever" data-value={lever.deltaAnnualUsd}>
              <button type="button" className="lever__button" onClick={() => change(lever.patch)}>
                <span className="lever__label">{lever.label}</span>
                <span className="lever__value">
                  {formatDelta(lever.deltaAnnualUsd, period) ?? formatSmallGain(period)} (
                  {formatSignedPercent(lever.deltaFraction)})
                </span>
                <span className="lever__bar" aria-hidden="true">
                  <span style={{ width: `${(lever.deltaAnnualUsd / max) * 100}%` }} />
                </span>
              </button>
              <details className="source-popover">
                <summary>Source</summary>
                <SourceList provenance={lever.provenance} sources={dataset.sources.sources} />
              </details>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
});
