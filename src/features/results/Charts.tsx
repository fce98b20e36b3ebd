import { memo, Suspense, type ReactNode } from 'react';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { ChunkLoadError, lazyPanel } from '../../components/lazyPanel';
import { useNearViewport } from '../../components/AfterHydration';
import { useDataset } from '../../data/useDataset';
import { useAtRest } from '../../state/afterPaint';
import { useEstimates } from '../../state/useEstimates';
import { useScenario } from '../../state/useScenario';

// recharts is most of the JavaScript: it loads after the numbers have painted, and the charts' data is
// derived in their chunk too. memo: a chart redraws only when its own data changes, not whenever the
// page around it renders.
const CompareChart = memo(
  lazyPanel(() => import('../../charts/CompareChart').then((m) => m.EstimatesCompareChart)),
);
const ExperienceChart = memo(
  lazyPanel(() => import('../../charts/ExperienceChart').then((m) => m.ScenarioExperienceChart)),
);

/**
 * One chart's place on the page, with its stable test hook. The chart itself (recharts, most of the
 * JavaScript and of the main-thread work at load) is fetched and drawn only when the place scrolls near,
 * so the figures above paint and respond first; its table equivalent comes with it.
 */
function ChartSlot({ title, testId, children }: { title: string; testId: string; children: ReactNode }) {
  const [ref, near] = useNearViewport<HTMLDivElement>('300px');
  return (
    <div ref={ref} className="panel chart-slot" data-testid={testId}>
      <ErrorBoundary
        fallback={(retry, error) => (
          <div className="chart-fallback">
            {error instanceof ChunkLoadError ? (
              <p>
                The {title} could not be downloaded. Check your connection, then try again. The figures above
                are not affected.
              </p>
            ) : (
              <p>The {title} could not be drawn. The figures above are not affected.</p>
            )}
            <button type="button" className="button button--quiet" onClick={retry}>
              Try again
            </button>
          </div>
        )}
      >
        {near ? (
          <Suspense fallback={<p className="chart-fallback">Loading the {title}…</p>}>{children}</Suspense>
        ) : (
          <p className="chart-fallback">The {title} is drawn when you scroll to it.</p>
        )}
      </ErrorBoundary>
    </div>
  );
}

export function Charts() {
  const dataset = useDataset();
  const { scenario, view } = useScenario();
  const estimates = useEstimates();
  // The charts follow the figures once the scenario rests: a redraw (recharts) takes longer than a frame
  // and cannot be interrupted, so a drag paints its figures first and the charts when it pauses.
  const deferredScenario = useAtRest(scenario);
  const deferredEstimates = useAtRest(estimates);
  const period = useAtRest(view.period);
  return (
    <section className="charts" aria-labelledby="charts-heading">
      <h2 id="charts-heading">Compare visually</h2>
      <div className="charts__grid">
        <ChartSlot title="comparison chart" testId="compare-chart">
          <CompareChart estimates={deferredEstimates} period={period} />
        </ChartSlot>
        <ChartSlot title="experience chart" testId="experience-chart">
          <ExperienceChart scenario={deferredScenario} dataset={dataset} period={period} />
        </ChartSlot>
      </div>
    </section>
  );
}
