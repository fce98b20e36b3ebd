import type { Source } from '../../data/schema';
import { formatUsd } from '../../lib/format';
import type { RoleEstimate } from '../../model/types';
import { RoleCard } from './RoleCard';

export function Results({ estimates, sources }: { estimates: RoleEstimate[]; sources: Source[] }) {
  return (
    <>
      <div className="cards" data-count={estimates.length}>
        {estimates.map((e, i) => (
          <RoleCard key={e.roleId} estimate={e} sources={sources} primary={i === 0 && estimates.length > 1} />
        ))}
      </div>
      {/* One polite summary for screen readers, rather than every figure announcing itself. */}
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {estimates
          .map(
            (e) =>
              `${e.title}: typical base ${formatUsd(e.baseAnnualUsd.typical)}, total ${formatUsd(e.totalAnnualUsd.typical)}.`,
          )
          .join(' ')}
      </p>
    </>
  );
}
