import { lazy, Suspense } from 'react';

// The ranked levers sit below the cards: their code (and the lever ranking) loads after the figures.
const LeversPanel = lazy(() => import('./Levers').then((m) => ({ default: m.Levers })));

export function Levers() {
  return (
    <Suspense fallback={<p className="hint">Loading what raises your pay…</p>}>
      <LeversPanel />
    </Suspense>
  );
}
