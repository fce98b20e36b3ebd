import { lazy, Suspense } from 'react';

// The switch planner sits below the levers: its code (and the ten-year plan) loads after the figures.
const SwitchPlannerPanel = lazy(() => import('./SwitchPlanner').then((m) => ({ default: m.SwitchPlanner })));

export function SwitchPlanner() {
  return (
    <Suspense fallback={<p className="hint">Loading the switch planner…</p>}>
      <SwitchPlannerPanel />
    </Suspense>
  );
}
