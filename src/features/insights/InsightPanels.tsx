import { memo, useMemo } from 'react';
import { useDataset } from '../../data/useDataset';
import type { Dataset } from '../../model/dataset';
import type { RoleEstimate } from '../../model/types';
import { useAfterPaint } from '../../state/afterPaint';
import { useEstimates } from '../../state/useEstimates';
import { Export } from './Export';
import { RoleProfiles } from './RoleProfile';
import { SourcesSideBySide, type RoleWithEstimate } from './SourcesSideBySide';

/** The panels below the estimates: sources side by side, role profiles, export. */
export function InsightPanels() {
  const dataset = useDataset();
  // Below the charts, far from the slider: they follow the figures a step behind.
  const estimates = useAfterPaint(useEstimates());
  return <Panels dataset={dataset} estimates={estimates} />;
}

const Panels = memo(function Panels({ dataset, estimates }: { dataset: Dataset; estimates: RoleEstimate[] }) {
  const items = useMemo(
    () =>
      estimates.flatMap((estimate): RoleWithEstimate[] => {
        const role = dataset.index.roles.get(estimate.roleId);
        return role === undefined ? [] : [{ role, estimate }];
      }),
    [estimates, dataset],
  );
  if (items.length === 0) return null;
  const sources = dataset.sources.sources;
  return (
    <div className="insights">
      <SourcesSideBySide items={items} dataset={dataset} />
      <RoleProfiles roles={items.map((i) => i.role)} sources={sources} />
      <Export />
    </div>
  );
});
