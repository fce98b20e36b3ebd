import type { Dataset, RoleEstimate, Scenario } from '../../model/types';

/** Panels below the estimates: role profiles, sources side by side, export. */
export function Insights(_props: { scenario: Scenario; dataset: Dataset; estimates: RoleEstimate[] }) {
  return null;
}
