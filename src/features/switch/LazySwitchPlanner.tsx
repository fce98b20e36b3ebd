import { Suspense } from 'react';
import { lazyPanel } from '../../components/lazyPanel';

// The switch planner sits below the levers: its code (and the ten-year plan) loads after the figures.
const SwitchPlannerPanel = lazyPanel(() => import('./SwitchPlanner').then((m) => m.SwitchPlanner));

export function SwitchPlanner() {
  return (
    <Suspense fallback={<p className="hint">Loading the switch planner…</p>}>
      <SwitchPlannerPanel />
    </Suspense>
  );
}
