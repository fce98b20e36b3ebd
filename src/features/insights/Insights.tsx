import { Suspense } from 'react';
import { lazyPanel } from '../../components/lazyPanel';
import { useNearViewport } from '../../components/AfterHydration';

// The panels sit below the cards and the charts: they load after the figures have painted, keeping
// their code (and the export builders) out of the initial bundle.
const InsightPanels = lazyPanel(() => import('./InsightPanels').then((m) => m.InsightPanels));

/**
 * Panels below the estimates: sources side by side, role profiles, export. Rendered once they come
 * within a screen of the viewport: laid out and painted as the page loads, they were its longest task
 * (40–70 ms on this machine's CPU, four times that on Lighthouse's phone).
 */
export function Insights() {
  const [ref, near] = useNearViewport<HTMLDivElement>('100% 0px');
  return (
    <div ref={ref}>
      {near ? (
        // Near only once hydrated, so this is never in the prerendered HTML.
        <Suspense
          fallback={<p className="hint insights__loading">Loading sources side by side and role profiles…</p>}
        >
          <InsightPanels />
        </Suspense>
      ) : (
        <p className="hint insights__loading">
          Sources side by side, role profiles and the export are shown when you scroll to them.
        </p>
      )}
    </div>
  );
}
