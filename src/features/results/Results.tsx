import { memo, useDeferredValue, useMemo } from 'react';
import { useDataset } from '../../data/useDataset';
import { formatPay, roundingRule } from '../../lib/format';
import { cardScenarioLine, settingsSummary } from '../../lib/scenarioWords';
import type { Period } from '../../model/period';
import type { RoleId } from '../../model/types';
import { useBaseline, useEstimates } from '../../state/useEstimates';
import { offerPackageOf } from '../../state/url';
import { useScenario } from '../../state/useScenario';
import { PanelBoundary } from '../../components/PanelBoundary';
import { PrintSummary } from './PrintSummary';
import { RoleCard } from './RoleCard';

/** memo: the page around it re-renders (a new address) without anything here changing. */
export const Results = memo(function Results() {
  const dataset = useDataset();
  const { scenario, view } = useScenario();
  const estimates = useEstimates();
  const baseline = useBaseline();
  const period: Period = view.period;
  // The figures follow every change at once; the cards' explanations (sources, the formula, the offer
  // check) follow a step behind, so a drag paints its figures first.
  const explained = useDeferredValue(estimates);
  const explainedView = useDeferredValue(view);
  const explainedOffer = useMemo(() => offerPackageOf(explainedView), [explainedView]);
  const baselineOf = (roleId: RoleId) => {
    const estimate = baseline?.find((b) => b.roleId === roleId);
    return estimate && view.pinned ? { estimate, name: view.pinned.name } : null;
  };
  const scenarioText = cardScenarioLine(dataset, scenario);
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
              locationId={scenario.location}
              scenarioText={scenarioText}
              primary={i === 0 && estimates.length > 1}
              period={period}
              baseline={baselineOf(e.roleId)}
              explained={{
                // A role just added has no explanation a step behind: it is explained at once.
                estimate: explained.find((x) => x.roleId === e.roleId) ?? e,
                offer: explainedOffer,
                counterPercentile: explainedView.counterPercentile,
                period: explainedView.period,
              }}
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
});
