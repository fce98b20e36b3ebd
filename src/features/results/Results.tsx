import { useMemo } from 'react';
import { useDataset } from '../../data/useDataset';
import { formatPay, roundingRule } from '../../lib/format';
import { cardScenarioLine, settingsSummary } from '../../lib/scenarioWords';
import type { Period } from '../../model/period';
import type { RoleId } from '../../model/types';
import { useAfterPaint } from '../../state/afterPaint';
import { useBaseline, useEstimates } from '../../state/useEstimates';
import { offerPackageOf } from '../../state/url';
import { useScenario } from '../../state/useScenario';
import { PanelBoundary } from '../../components/PanelBoundary';
import { PrintSummary } from './PrintSummary';
import { RoleCard } from './RoleCard';

export function Results() {
  const dataset = useDataset();
  const { scenario, view } = useScenario();
  const estimates = useEstimates();
  const baseline = useBaseline();
  const period: Period = view.period;
  const baselineOf = (roleId: RoleId) => {
    const estimate = baseline?.find((b) => b.roleId === roleId);
    return estimate && view.pinned ? { estimate, name: view.pinned.name } : null;
  };
  const scenarioText = cardScenarioLine(dataset, scenario);
  const locationId = scenario.location;
  // What the cards show below their figures: the scenario as of the last painted frame.
  const painted = useAfterPaint(
    useMemo(() => ({ estimates, scenarioText, locationId }), [estimates, scenarioText, locationId]),
  );
  // The same object while the view is the same, so a card's details (memo) skip a step of the years.
  const offer = useMemo(() => offerPackageOf(view), [view]);
  return (
    <>
      <PrintSummary />
      {view.pinned && (
        <p className="pinned-line" data-testid="pinned-line">
          Differences are from the pinned baseline <strong>“{view.pinned.name}”</strong>:{' '}
          {settingsSummary(dataset, view.pinned.settings)}.
        </p>
      )}
      <div className="cards" data-count={estimates.length}>
        {estimates.map((e, i) => (
          <PanelBoundary key={e.roleId} name={`${e.title} estimate`}>
            <RoleCard
              estimate={e}
              dataset={dataset}
              painted={painted}
              primary={i === 0 && estimates.length > 1}
              period={period}
              baseline={baselineOf(e.roleId)}
              offer={offer}
              counterPercentile={view.counterPercentile}
            />
          </PanelBoundary>
        ))}
      </div>
      <p className="hint rounding-rule">{roundingRule(period)}</p>
      {/* One polite summary for screen readers, rather than every figure announcing itself. */}
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {estimates
          .map(
            (e) =>
              `${e.title}: typical base ${formatPay(e.baseAnnualUsd.typical, period)}, total ${formatPay(e.totalAnnualUsd.typical, period)}.`,
          )
          .join(' ')}
      </p>
    </>
  );
}
