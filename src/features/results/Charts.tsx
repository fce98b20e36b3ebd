import { lazy, Suspense, useDeferredValue, useMemo } from 'react';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { compareRows, experienceSeries } from '../../model/series';
import type { Dataset, RoleEstimate, Scenario } from '../../model/types';

// recharts is most of the JavaScript: it loads after the numbers have painted.
const CompareChart = lazy(() => import('../../charts/CompareChart'));
const ExperienceChart = lazy(() => import('../../charts/ExperienceChart'));

function ChartSlot({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <ErrorBoundary
      fallback={(retry) => (
        <div className="chart-fallback">
          <p>The {title} could not be drawn. The figures above are not affected.</p>
          <button type="button" className="button button--quiet" onClick={retry}>
            Try again
          </button>
        </div>
      )}
    >
      <Suspense fallback={<p className="chart-fallback">Loading the {title}…</p>}>{children}</Suspense>
    </ErrorBoundary>
  );
}

export function Charts({
  scenario,
  dataset,
  estimates,
}: {
  scenario: Scenario;
  dataset: Dataset;
  estimates: RoleEstimate[];
}) {
  // The 21-point series is the heaviest derivation; deferring it keeps the slider and numbers responsive.
  const deferredScenario = useDeferredValue(scenario);
  const series = useMemo(() => experienceSeries(deferredScenario, dataset), [deferredScenario, dataset]);
  const rows = useMemo(() => compareRows(estimates), [estimates]);
  return (
    <section className="charts" aria-labelledby="charts-heading">
      <h2 id="charts-heading">Compare visually</h2>
      <div className="charts__grid">
        <div className="panel">
          <ChartSlot title="comparison chart">
            <CompareChart rows={rows} />
          </ChartSlot>
        </div>
        <div className="panel">
          <ChartSlot title="experience chart">
            <ExperienceChart series={series} years={deferredScenario.years} />
          </ChartSlot>
        </div>
      </div>
    </section>
  );
}
