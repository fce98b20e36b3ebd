import { formatPay } from '../../lib/format';
import type { Period } from '../../model/period';
import type { Dataset } from '../../model/dataset';
import type { RoleEstimate } from '../../model/types';
import type { View } from '../../state/url';
import { PanelBoundary } from '../../components/PanelBoundary';
import { RoleCard } from './RoleCard';

export function Results({
  estimates,
  baseline,
  dataset,
  locationId,
  view,
}: {
  estimates: RoleEstimate[];
  baseline: RoleEstimate[] | null;
  dataset: Dataset;
  locationId: string;
  view: View;
}) {
  const period: Period = view.period;
  return (
    <>
      <div className="cards" data-count={estimates.length}>
        {estimates.map((e, i) => (
          <PanelBoundary key={e.roleId} name={`${e.title} estimate`}>
            <RoleCard
              estimate={e}
              dataset={dataset}
              locationId={locationId}
              primary={i === 0 && estimates.length > 1}
              period={period}
              baseline={baseline?.find((b) => b.roleId === e.roleId) ?? null}
              offerAnnualUsd={view.offerAnnualUsd}
              offerTotalAnnualUsd={view.offerTotalAnnualUsd}
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
