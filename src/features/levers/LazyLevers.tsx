import { Suspense } from 'react';
import { lazyPanel } from '../../components/lazyPanel';
import { useNearViewport } from '../../components/AfterHydration';

// The ranked levers sit below the cards: their code loads after the figures.
const LeversPanel = lazyPanel(() => import('./Levers').then((m) => m.Levers));

/**
 * The ranked levers, worked out once they come within 300 px of the viewport (at once where the
 * cards leave room for them). Ranking prices every single change, and the first time, before the
 * browser has optimised the engine's code, that was one render of 36-49 ms on this machine's CPU
 * (CPU profiles of three loads) while the page loaded: four times that on Lighthouse's phone, and the
 * load's longest piece of script.
 */
export function Levers() {
  const [ref, near] = useNearViewport<HTMLDivElement>('300px');
  return (
    <div ref={ref}>
      {near ? (
        // Near only once hydrated, so this is never in the prerendered HTML.
        <Suspense fallback={<p className="hint">Loading what raises your pay…</p>}>
          <LeversPanel />
        </Suspense>
      ) : (
        <p className="hint">What raises your pay most is worked out when you scroll to it.</p>
      )}
    </div>
  );
}
