import { Suspense } from 'react';
import { lazyPanel } from '../../components/lazyPanel';

// The ranked levers sit below the cards: their code (and the lever ranking) loads after the figures.
const LeversPanel = lazyPanel(() => import('./Levers').then((m) => m.Levers));

export function Levers() {
  return (
    <Suspense fallback={<p className="hint">Loading what raises your pay…</p>}>
      <LeversPanel />
    </Suspense>
  );
}
