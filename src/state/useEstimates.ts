/**
 * The estimates for the scenario on the page, and for the pinned baseline: derived from the data and the
 * scenario, computed once per change however many panels read them.
 */
import { useDataset } from '../data/useDataset';
import type { Dataset } from '../model/dataset';
import { estimate } from '../model/estimate';
import type { RoleEstimate, Scenario } from '../model/types';
import type { Settings } from './url';
import { useScenario } from './useScenario';

/** Remembers the last result of `fn` for the same arguments (compared by identity). */
function lastResult<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let last: { args: A; result: R } | null = null;
  return (...args) => {
    if (last === null || last.args.length !== args.length || last.args.some((a, i) => a !== args[i])) {
      last = { args, result: fn(...args) };
    }
    return last.result;
  };
}

const estimateOnce = lastResult((scenario: Scenario, dataset: Dataset) => estimate(scenario, dataset));
const baselineOnce = lastResult((pinned: Settings, roles: Scenario['roles'], dataset: Dataset) =>
  estimate({ ...pinned, roles }, dataset),
);

export function useEstimates(): RoleEstimate[] {
  return estimateOnce(useScenario().scenario, useDataset());
}

/** The pinned scenario's settings, for whichever roles are chosen now; null when nothing is pinned. */
export function useBaseline(): RoleEstimate[] | null {
  const { scenario, view } = useScenario();
  const dataset = useDataset();
  return view.pinned === null ? null : baselineOnce(view.pinned.settings, scenario.roles, dataset);
}
