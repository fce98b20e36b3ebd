import { memo, Suspense, useId, useMemo } from 'react';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { lazyPanel } from '../../components/lazyPanel';
import { SourceList } from '../../components/SourceNote';
import { useDataset } from '../../data/useDataset';
import { formatDelta } from '../../lib/format';
import { jobReadyOf, planSwitch, SWITCH_HORIZON_YEARS, type SwitchPlan } from '../../model/switchPlan';
import type { RoleId } from '../../model/types';
import { useAtRest } from '../../state/afterPaint';
import { DEFAULT_CARRY_PERCENT } from '../../state/url';
import { useScenario, useScenarioActions } from '../../state/useScenario';

// recharts loads only once a plan is open. memo: it redraws when its plan changes, which is a step
// behind the figures (see below), not with every render of the planner.
const SwitchChart = memo(lazyPanel(() => import('../../charts/SwitchChart').then((m) => m.default)));

const NONE = '';

const signedUsd = (usd: number) => formatDelta(usd, 'annual') ?? '$0';
const yearsText = (years: number) => {
  const rounded = Math.round(years * 10) / 10;
  return `${rounded} ${rounded === 1 ? 'year' : 'years'}`;
};

function breakEvenText(plan: SwitchPlan): string {
  if (plan.breakEvenYear === null)
    return `The switch has not paid for itself after ${SWITCH_HORIZON_YEARS} years.`;
  if (plan.breakEvenYear === 0) return 'The switch is never behind: it pays at least as much from the start.';
  return `The switch has paid for itself by the end of year ${plan.breakEvenYear}, and stays ahead.`;
}

/** "From my role to this one": staying against switching over the next ten years. */
export function SwitchPlanner() {
  const dataset = useDataset();
  const { scenario, view } = useScenario();
  const { changeView } = useScenarioActions();
  const selectId = useId();
  const carryId = useId();
  const target = scenario.roles[0];
  const title = (id: RoleId) => dataset.index.roles.get(id)?.title ?? id;
  const from = view.switchFrom;
  const jobReady = useMemo(
    () => (target === undefined ? null : jobReadyOf(dataset, target)),
    [dataset, target],
  );
  const plan = useMemo(
    () =>
      from === null || jobReady === null
        ? null
        : planSwitch(dataset, {
            scenario,
            fromRoleId: from,
            carryPercent: view.carryPercent,
            jobReadyMonths: jobReady.months,
          }),
    [dataset, scenario, from, view.carryPercent, jobReady],
  );
  // The chart (recharts) takes longer than a frame to draw and cannot be interrupted: it follows the plan
  // once it rests, so a drag of the years or of the carry-over paints the figures first.
  const chart = useMemo(() => {
    if (plan === null || from === null || target === undefined) return null;
    const titleOf = (id: RoleId) => dataset.index.roles.get(id)?.title ?? id;
    return { path: plan.path, fromTitle: titleOf(from), toTitle: titleOf(target), period: view.period };
  }, [plan, from, target, view.period, dataset]);
  const charted = useAtRest(chart);
  if (target === undefined || jobReady === null) return null;
  const assumed = jobReady.provenance.some((p) => 'assumption' in p);
  const carriedNow = (scenario.years * view.carryPercent) / 100;

  return (
    <section className="switch panel" aria-labelledby="switch-heading">
      <h2 id="switch-heading">Plan a switch to {title(target)}</h2>
      <p className="hint">
        From the role you are in now, with your {yearsText(scenario.years)} in it, to {title(target)} (the
        first role chosen): what staying and switching pay over the next {SWITCH_HORIZON_YEARS} years, with
        your location, employer, education, certifications and skills as chosen.
      </p>
      <div className="field">
        <label htmlFor={selectId}>Your current role</label>
        <select
          id={selectId}
          value={from ?? NONE}
          onChange={(e) =>
            changeView({ switchFrom: e.target.value === NONE ? null : (e.target.value as RoleId) })
          }
        >
          <option value={NONE}>None: planner closed</option>
          {dataset.roles.roles
            .filter((r) => r.id !== target)
            .map((r) => (
              <option key={r.id} value={r.id}>
                {r.title}
              </option>
            ))}
        </select>
      </div>
      {plan !== null && from !== null && (
        <>
          <div className="field">
            <label htmlFor={carryId}>Years that carry over to the new role: {view.carryPercent}%</label>
            <input
              id={carryId}
              type="range"
              min={0}
              max={100}
              step={1}
              value={view.carryPercent}
              aria-valuetext={`${view.carryPercent}%: ${yearsText(carriedNow)} of ${yearsText(scenario.years)}`}
              aria-describedby={`${carryId}-hint`}
              onChange={(e) => changeView({ carryPercent: Number(e.target.value) }, 'continuous')}
            />
            <p id={`${carryId}-hint`} className="hint">
              An assumption, not a sourced figure: how much of your experience as {title(from)} counts as
              experience as {title(target)} ({DEFAULT_CARRY_PERCENT}% unless you change it). At the switch you
              would count as {yearsText(plan.carriedYears)} in the new role.
            </p>
          </div>
          <div data-testid="switch-plan" className="switch__result" aria-live="polite">
            <p>
              <strong>Break-even: </strong>
              {plan.breakEvenYear === null ? (
                breakEvenText(plan)
              ) : (
                <span data-testid="switch-breakeven" data-value={plan.breakEvenYear}>
                  {breakEvenText(plan)}
                </span>
              )}
            </p>
            <p>
              <strong>After {SWITCH_HORIZON_YEARS} years: </strong>
              <span data-testid="switch-gain-10y" data-value={plan.gain10yUsd}>
                {signedUsd(plan.gain10yUsd)}
              </span>{' '}
              in total compensation, switching against staying {title(from)}.
            </p>
          </div>
          <details className="source-popover">
            <summary>
              Time to become job-ready as {title(target)}: {jobReady.lowMonths}–{jobReady.highMonths} months
              {assumed ? ' (assumed)' : ''}; the plan uses {jobReady.months} months
            </summary>
            <SourceList provenance={jobReady.provenance} sources={dataset.sources.sources} />
          </details>
          <ul className="hint switch__assumptions">
            <li>
              While getting job-ready (part-time, {jobReady.months} months) you stay {title(from)} and keep
              its pay; course costs are not counted.
            </li>
            <li>
              Pay is the typical total compensation (base, bonus and equity) of each role at the experience
              held at the start of each year.
            </li>
            <li>
              Break-even is the first year from which the running total stays at or above zero to year{' '}
              {SWITCH_HORIZON_YEARS}.
            </li>
          </ul>
          <ErrorBoundary
            fallback={(retry) => (
              <div className="chart-fallback">
                <p>The chart could not be drawn. The figures above are not affected.</p>
                <button type="button" className="button button--quiet" onClick={retry}>
                  Try again
                </button>
              </div>
            )}
          >
            <Suspense fallback={<p className="chart-fallback">Loading the chart…</p>}>
              {charted !== null && <SwitchChart {...charted} />}
            </Suspense>
          </ErrorBoundary>
        </>
      )}
    </section>
  );
}
