import { Suspense } from 'react';
import { lazyPanel } from '../../components/lazyPanel';

// The panels sit below the cards and the charts: they load after the figures have painted, keeping
// their code (and the export builders) out of the initial bundle.
const InsightPanels = lazyPanel(() => import('./InsightPanels').then((m) => m.InsightPanels));

/** Panels below the estimates: sources side by side, role profiles, export. */
export function Insights() {
  return (
    <Suspense
      fallback={<p className="hint insights__loading">Loading sources side by side and role profiles…</p>}
    >
      <InsightPanels />
    </Suspense>
  );
}
