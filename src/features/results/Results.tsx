import { useDataset } from '../../data/useDataset';
import { formatPay } from '../../lib/format';
import type { Period } from '../../model/period';
import { useBaseline, useEstimates } from '../../state/useEstimates';
import { offerPackageOf } from '../../state/url';
import { useScenario } from '../../state/useScenario';
import { PanelBoundary } from '../../components/PanelBoundary';
import { RoleCard } from './RoleCard';

export function Results() {
  const dataset = useDataset();
  const { scenario, view } = useScenario();
  const estimates = useEstimates();
  const baseline = useBaseline();
  const period: Period = view.period;
  const offer = offerPackageOf(view);
  return (
    <>
      <div className="cards" data-count={estimates.length}>
        {estimates.map((e, i) => (
          <PanelBoundary key={e.roleId} name={`${e.title} estimate`}>
            <RoleCard
              estimate={e}
              dataset={dataset}
              locationId={scenario.location}
              primary={i === 0 && estimates.length > 1}
              period={period}
              baseline={baseline?.find((b) => b.roleId === e.roleId) ?? null}
              offer={offer}
              counterPercentile={view.counterPercentile}
            />
          </PanelBoundary>
        ))}
      </div>
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
