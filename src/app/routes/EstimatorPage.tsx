import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useLocation } from 'react-router';
import { DataErrorPanel } from '../../components/DataErrorPanel';
import { Notice } from '../../components/Notice';
import { PanelBoundary } from '../../components/PanelBoundary';
import { datasetQueryOptions } from '../../data/load';
import { formatPay } from '../../lib/format';
import { Insights } from '../../features/insights/Insights';
import { Levers } from '../../features/levers/LazyLevers';
import { Charts } from '../../features/results/Charts';
import { Results } from '../../features/results/Results';
import { ScenarioForm } from '../../features/scenario-form/ScenarioForm';
import { PeriodSwitch } from '../../features/whatif/PeriodSwitch';
import { WhatIf } from '../../features/whatif/LazyWhatIf';
import { estimate } from '../../model/estimate';
import type { Dataset, Scenario } from '../../model/types';
import { useScenarioStore } from '../../state/store';
import { catalogOf, type Catalog, type View } from '../../state/url';
import { useUrlSync } from '../../state/useUrlSync';

export function EstimatorPage() {
  const query = useQuery(datasetQueryOptions());
  if (query.isPending) {
    // The heading paints before the data arrives: it is the page's first meaningful paint (LCP).
    return (
      <>
        <h1>Estimate and compare tech pay</h1>
        <p role="status" className="loading">
          Loading pay data…
        </p>
      </>
    );
  }
  if (query.isError) {
    return (
      <>
        <h1>Estimate and compare tech pay</h1>
        <DataErrorPanel error={query.error} onRetry={() => void query.refetch()} />
        <KeptScenario />
      </>
    );
  }
  return <Estimator dataset={query.data} />;
}

/** While the data is unavailable, show what the link holds so the person sees nothing was lost. */
function KeptScenario() {
  const { search } = useLocation();
  const entries = [...new URLSearchParams(search)];
  if (entries.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="kept-heading">
      <h2 id="kept-heading">Your scenario, kept</h2>
      <dl className="kept">
        {entries.map(([k, v], i) => (
          <div key={i}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** Renders nothing; owns the URL so that its writes re-render only this. */
function UrlSync({ catalog }: { catalog: Catalog }) {
  useUrlSync(catalog);
  return null;
}

function Estimator({ dataset }: { dataset: Dataset }) {
  const catalog = useMemo(() => catalogOf(dataset), [dataset]);
  const scenario = useScenarioStore((s) => s.scenario);
  const view = useScenarioStore((s) => s.view);
  return (
    <>
      <UrlSync catalog={catalog} />
      {scenario !== null && (
        <EstimatorBody dataset={dataset} catalog={catalog} scenario={scenario} view={view} />
      )}
    </>
  );
}

function EstimatorBody({
  dataset,
  catalog,
  scenario,
  view,
}: {
  dataset: Dataset;
  catalog: Catalog;
  scenario: Scenario;
  view: View;
}) {
  const pinned = useScenarioStore((s) => s.pinned);
  const notices = useScenarioStore((s) => s.notices);
  const dismissNotices = useScenarioStore((s) => s.dismissNotices);
  const estimates = useMemo(() => estimate(scenario, dataset), [scenario, dataset]);
  // The pinned scenario's settings, for whichever roles are chosen now.
  const baseline = useMemo(
    () => (pinned === null ? null : estimate({ ...pinned, roles: scenario.roles }, dataset)),
    [pinned, scenario.roles, dataset],
  );

  return (
    <div className="estimator">
      <h1>Estimate and compare tech pay</h1>
      {notices.length > 0 && (
        <Notice title="Part of the link was ignored" tone="warning" onDismiss={dismissNotices}>
          <ul>
            {notices.map((n, i) => (
              <li key={i}>{n}</li>
            ))}
          </ul>
          <p>The address bar now shows the link as it was understood.</p>
        </Notice>
      )}
      <div className="estimator__layout">
        <div className="estimator__side">
          <PanelBoundary name="scenario form">
            <ScenarioForm dataset={dataset} scenario={scenario} view={view} />
          </PanelBoundary>
          <PanelBoundary name="what-if panel">
            <WhatIf scenario={scenario} view={view} catalog={catalog} />
          </PanelBoundary>
        </div>
        <section className="results" aria-labelledby="results-heading">
          <div className="results__header">
            <h2 id="results-heading">Estimates</h2>
            <PeriodSwitch period={view.period} />
          </div>
          <PanelBoundary name="estimates">
            <Results
              estimates={estimates}
              baseline={baseline}
              dataset={dataset}
              locationId={scenario.location}
              view={view}
            />
          </PanelBoundary>
          <PanelBoundary name="list of pay levers">
            <Levers scenario={scenario} dataset={dataset} period={view.period} />
          </PanelBoundary>
          <Charts scenario={scenario} dataset={dataset} estimates={estimates} />
          <PanelBoundary name="sources, profiles and export">
            <Insights scenario={scenario} dataset={dataset} estimates={estimates} />
          </PanelBoundary>
        </section>
      </div>
      {/* On a phone the controls sit above the cards; this strip keeps the typical totals in view while
          they move. Screen readers get the polite live summary in Results instead. */}
      <div className="mobile-summary" aria-hidden="true">
        {estimates.map((e) => (
          <span key={e.roleId}>
            {e.title}: <strong>{formatPay(e.totalAnnualUsd.typical, view.period)}</strong>
          </span>
        ))}
      </div>
    </div>
  );
}
