import { useLocation } from 'react-router';
import { DataBoundary } from '../../components/DataBoundary';
import { Notice } from '../../components/Notice';
import { PanelBoundary } from '../../components/PanelBoundary';
import { useDataset } from '../../data/useDataset';
import { shortTitles } from '../../lib/explain';
import { formatPay, PERIOD_UNIT } from '../../lib/format';
import { Insights } from '../../features/insights/Insights';
import { Levers } from '../../features/levers/LazyLevers';
import { Charts } from '../../features/results/Charts';
import { Results } from '../../features/results/Results';
import { SwitchPlanner } from '../../features/switch/LazySwitchPlanner';
import { ScenarioControls } from '../../features/scenario-form/ScenarioControls';
import { ScenarioForm } from '../../features/scenario-form/ScenarioForm';
import { PeriodSwitch } from '../../features/whatif/PeriodSwitch';
import { WhatIf } from '../../features/whatif/LazyWhatIf';
import { useScenarioStore } from '../../state/store';
import { useEstimates } from '../../state/useEstimates';
import { useScenario, useScenarioActions, useScenarioUrl } from '../../state/useScenario';

export function EstimatorPage() {
  return (
    <div className="estimator">
      {/* Outside the data boundary: a page rendered afresh shows it while the data loads. */}
      <h1>Estimate and compare tech pay</h1>
      <DataBoundary
        loading={
          <p role="status" className="loading">
            Loading pay data…
          </p>
        }
        kept={<KeptScenario />}
      >
        <Estimator />
      </DataBoundary>
    </div>
  );
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

function LinkNotices() {
  const notices = useScenarioStore((s) => s.notices);
  const { dismissNotices } = useScenarioActions();
  if (notices.length === 0) return null;
  return (
    <Notice title="Part of the link was ignored" tone="warning" onDismiss={dismissNotices}>
      <ul>
        {notices.map((n, i) => (
          <li key={i}>{n}</li>
        ))}
      </ul>
      <p>The address bar now shows the link as it was understood.</p>
    </Notice>
  );
}

/**
 * On a phone the controls, once opened, sit above the cards; this strip keeps the typical totals in
 * view while they move, and says which figure it is. Screen readers get the polite live summary in
 * Results instead.
 */
function MobileSummary() {
  const dataset = useDataset();
  const estimates = useEstimates();
  const { view } = useScenario();
  return (
    <div className="mobile-summary" aria-hidden="true">
      <span className="mobile-summary__what">Typical total pay, {PERIOD_UNIT[view.period]}:</span>
      {estimates.map((e) => (
        <span key={e.roleId}>
          {shortTitles(dataset, [e.roleId])}{' '}
          <strong>{formatPay(e.totalAnnualUsd.typical, view.period)}</strong>
        </span>
      ))}
    </div>
  );
}

function Estimator() {
  useScenarioUrl();
  return (
    <>
      <LinkNotices />
      <div className="estimator__layout">
        <div className="estimator__side">
          <ScenarioControls>
            <PanelBoundary name="scenario form">
              <ScenarioForm />
            </PanelBoundary>
            <PanelBoundary name="what-if panel">
              <WhatIf />
            </PanelBoundary>
          </ScenarioControls>
        </div>
        <section className="results" aria-labelledby="results-heading">
          <div className="results__header">
            <h2 id="results-heading">Estimates</h2>
            <PeriodSwitch />
          </div>
          <PanelBoundary name="estimates">
            <Results />
          </PanelBoundary>
          <PanelBoundary name="list of pay levers">
            <Levers />
          </PanelBoundary>
          <PanelBoundary name="switch planner">
            <SwitchPlanner />
          </PanelBoundary>
          <Charts />
          <PanelBoundary name="sources, profiles and export">
            <Insights />
          </PanelBoundary>
        </section>
      </div>
      <MobileSummary />
    </>
  );
}
