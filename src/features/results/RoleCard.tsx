import { memo } from 'react';
import { AfterHydration } from '../../components/AfterHydration';
import { lazyPanel } from '../../components/lazyPanel';
import { PanelBoundary } from '../../components/PanelBoundary';
import {
  beyondText,
  disagreementBrief,
  disagreementProvenance,
  disagreementText,
  experienceText,
  levelForYears,
  inapplicableText,
  publicPositionText,
} from '../../lib/explain';
import { formatDelta, formatDeltaInPeriod, formatPay, formatUsd, PERIOD_UNIT } from '../../lib/format';
import { vintageLine } from '../../lib/scenarioWords';
import { estimateSources, vintageSpan } from '../../model/estimateSources';
import type { Period } from '../../model/period';
import type { Dataset } from '../../model/dataset';
import { hasOffer, type OfferPackage } from '../../model/offerPackage';
import type { AnnualUsdRange, RoleEstimate } from '../../model/types';

// The formula sits in a closed disclosure below the figures: its words load after the figures paint.
const Formula = lazyPanel(() => import('./Formula').then((m) => m.Formula));
// The offer check shows only when an offer is given: it loads then, or right after the figures.
const OfferCheck = lazyPanel(() => import('./OfferCheck').then((m) => m.OfferCheck));
import { SourceList } from '../../components/SourceNote';

/** The scenario as of the last painted frame (`useAfterPaint`): what a card shows below its figures. */
interface PaintedScenario {
  /** The estimates, one per role. */
  estimates: RoleEstimate[];
  /** The scenario in words (years, location, employer, education, options). */
  scenarioText: string;
  /** The location id, for the public position's wording. */
  locationId: string;
}

interface Props {
  /** The estimate for this render: the figures at the top of the card. */
  estimate: RoleEstimate;
  /** The scenario as last painted: everything below the figures (a role just added uses `estimate`). */
  painted: PaintedScenario;
  dataset: Dataset;
  primary: boolean;
  period: Period;
  /** The same role under the pinned baseline, and the baseline's name, to show differences against. */
  baseline: { estimate: RoleEstimate; name: string } | null;
  /** The offer to check, as typed; a part left empty is null. */
  offer: OfferPackage;
  counterPercentile: number;
}

/** Whole annual dollars for the automated hooks; the text follows the chosen period. */
function Amount({ testId, value, period }: { testId: string; value: number; period: Period }) {
  return (
    <span data-testid={testId} data-value={Math.round(value)}>
      {formatPay(value, period)}
    </span>
  );
}

/** A difference from the pinned baseline, as rounded as the figures it compares, naming the baseline if asked. */
function Delta({ text, against }: { text: string | null; against?: string }) {
  const tone = text === null ? 'same' : text.startsWith('+') ? 'up' : 'down';
  const words = text ?? 'same';
  return (
    <span className={`delta delta--${tone}`}>
      {against === undefined ? words : `${words} ${text === null ? 'as' : 'vs'} “${against}”`}
    </span>
  );
}

function RangeFigure({
  label,
  range,
  prefix,
  period,
  baseline,
  beyond,
}: {
  label: string;
  range: AnnualUsdRange;
  prefix: 'base' | 'total';
  period: Period;
  baseline: { range: AnnualUsdRange; name: string } | undefined;
  /** Which figures go beyond every source (marked with a dagger). */
  beyond?: ('typical' | 'high')[];
}) {
  const mark = (k: 'typical' | 'high') =>
    beyond?.includes(k) ? (
      <abbr className="beyond-mark" title="Beyond the sources: see below">
        †
      </abbr>
    ) : null;
  return (
    <div className="figure">
      <p className="figure__label">{label}</p>
      <p className="figure__typical">
        <Amount testId={`${prefix}-typical`} value={range.typical} period={period} />
        {mark('typical')}
        <span className="figure__unit"> {PERIOD_UNIT[period]}, typical</span>
      </p>
      {baseline && (
        <p className="figure__delta" data-testid={`${prefix}-typical-delta`}>
          <Delta text={formatDelta(range.typical - baseline.range.typical, period)} against={baseline.name} />
        </p>
      )}
      <p className="figure__range">
        Range <Amount testId={`${prefix}-low`} value={range.low} period={period} /> –{' '}
        <Amount testId={`${prefix}-high`} value={range.high} period={period} />
        {mark('high')}
        <span className="figure__unit"> (25th–75th percentile)</span>
      </p>
      {baseline && (
        <p className="figure__delta">
          Low <Delta text={formatDelta(range.low - baseline.range.low, period)} />, high{' '}
          <Delta text={formatDelta(range.high - baseline.range.high, period)} />
        </p>
      )}
    </div>
  );
}

/**
 * One role's estimate. Its figures follow every step of a drag at once; the rest of the card (memo)
 * follows once they have painted, so a step's frame lays out and paints the figures alone.
 */
export function RoleCard({
  estimate: e,
  painted,
  dataset,
  primary,
  period,
  baseline,
  offer,
  counterPercentile,
}: Props) {
  const headingId = `heading-${e.roleId}`;
  return (
    <article className="role-card panel" data-testid={`estimate-${e.roleId}`} aria-labelledby={headingId}>
      <header className="role-card__header">
        <h3 id={headingId}>{e.title}</h3>
        <p className="role-card__level">
          <span title={experienceText(dataset, e.experience)}>
            {levelForYears(dataset, e.experience.years)}
          </span>
          {primary && <span className="badge">primary</span>}
          {e.level.derived && (
            <span className="badge badge--assumption" title="No source states this band: see the formula">
              derived band
            </span>
          )}
        </p>
      </header>

      <div className="role-card__figures">
        <RangeFigure
          label="Base salary"
          range={e.baseAnnualUsd}
          prefix="base"
          period={period}
          baseline={baseline ? { range: baseline.estimate.baseAnnualUsd, name: baseline.name } : undefined}
          beyond={e.beyondSources?.figures}
        />
        <RangeFigure
          label="Total compensation"
          range={e.totalAnnualUsd}
          prefix="total"
          period={period}
          baseline={baseline ? { range: baseline.estimate.totalAnnualUsd, name: baseline.name } : undefined}
        />
      </div>

      <CardDetails
        estimate={painted.estimates.find((p) => p.roleId === e.roleId) ?? e}
        scenarioText={painted.scenarioText}
        locationId={painted.locationId}
        dataset={dataset}
        period={period}
        baselineHourly={baseline?.estimate.hourlyUsd ?? null}
        offer={offer}
        counterPercentile={counterPercentile}
      />
    </article>
  );
}

const CardDetails = memo(function CardDetails({
  estimate: e,
  scenarioText,
  locationId,
  dataset,
  period,
  baselineHourly,
  offer,
  counterPercentile,
}: {
  estimate: RoleEstimate;
  scenarioText: string;
  locationId: string;
  dataset: Dataset;
  period: Period;
  /** The pinned baseline's contract rate for this role, to show differences against. */
  baselineHourly: RoleEstimate['hourlyUsd'];
  offer: OfferPackage;
  counterPercentile: number;
}) {
  const sources = dataset.sources.sources;
  const parts = [
    { key: 'base', label: 'Base', value: e.baseAnnualUsd.typical },
    { key: 'bonus', label: 'Bonus', value: e.bonusAnnualUsd.typical },
    { key: 'equity', label: 'Equity', value: e.equityAnnualUsd.typical },
  ];
  const total = e.totalAnnualUsd.typical;
  return (
    <>
      {/* The card says what it is for, so a screenshot or printout of one card stands on its own;
          below the figures, so on a phone they come first. */}
      <p className="role-card__scenario">{scenarioText}</p>

      <p className="public-position" data-testid="public-position" data-value={e.publicPosition.percentile}>
        {publicPositionText(dataset, e.publicPosition, locationId)}
        {e.publicPosition.surveys.map((survey) => (
          <span key={survey.label} className="public-position__survey">
            {' '}
            {survey.label}: {formatUsd(survey.annualUsd)} ({survey.measures}).
          </span>
        ))}{' '}
        <span className="hint">BLS counts wages without stock or bonus.</span>
      </p>

      {e.beyondSources && (
        <p className="beyond" role="note">
          <strong>† </strong>
          {beyondText(dataset, e.beyondSources, e.roleId)}
        </p>
      )}

      <div className="breakdown">
        <p className="figure__label">Typical total, broken down</p>
        {/* SVG geometry, not inline styles: the card is prerendered, and the CSP allows no style attribute. */}
        <svg className="breakdown__bar" viewBox="0 0 100 1" preserveAspectRatio="none" aria-hidden="true">
          {parts.map((p, i) => {
            const x = (parts.slice(0, i).reduce((sum, q) => sum + q.value, 0) / total) * 100;
            return (
              <rect
                key={p.key}
                className={`breakdown__part breakdown__part--${p.key}`}
                x={x}
                y={0}
                width={(p.value / total) * 100}
                height={1}
              />
            );
          })}
        </svg>
        <ul className="breakdown__legend">
          {parts.map((p) => (
            <li key={p.key}>
              <span className={`swatch swatch--${p.key}`} aria-hidden="true" />
              {p.label} {formatPay(p.value, period)}
            </li>
          ))}
        </ul>
      </div>

      {e.hourlyUsd === null ? (
        <p className="hourly hint">Contract rate: no source gives one for {e.title}, so none is shown.</p>
      ) : (
        <p className="hourly">
          Contract rate:{' '}
          <span data-testid="hourly-low" data-value={e.hourlyUsd.low}>
            {formatUsd(e.hourlyUsd.low)}
          </span>{' '}
          –{' '}
          <span data-testid="hourly-high" data-value={e.hourlyUsd.high}>
            {formatUsd(e.hourlyUsd.high)}
          </span>{' '}
          an hour <span className="hint">(the source’s rate, moved by location only)</span>
          {baselineHourly && (
            <span className="figure__delta">
              {' '}
              (low <Delta text={formatDeltaInPeriod(e.hourlyUsd.low - baselineHourly.low, 'hourly')} />, high{' '}
              <Delta text={formatDeltaInPeriod(e.hourlyUsd.high - baselineHourly.high, 'hourly')} />)
            </span>
          )}
        </p>
      )}

      {hasOffer(offer) && (
        // Its own boundary, like the formula's: if its code fails to download, the figures above stay.
        <PanelBoundary name="offer check">
          <AfterHydration fallback={<p className="hint">Placing your offer…</p>}>
            <OfferCheck offer={offer} counterPercentile={counterPercentile} estimate={e} period={period} />
          </AfterHydration>
        </PanelBoundary>
      )}

      {e.disagreements.length > 0 && (
        // One quiet line with the spread; the sentences and their sources on demand.
        <div className="disagreements" role="note" aria-label={`Where sources disagree about ${e.title}`}>
          <details>
            <summary>
              Sources differ: {e.disagreements.map((d) => disagreementBrief(dataset, d)).join('; ')}
            </summary>
            <ul>
              {e.disagreements.map((d) => (
                <li key={d.kind}>
                  {disagreementText(dataset, d)}
                  <SourceList provenance={disagreementProvenance(d)} sources={sources} />
                </li>
              ))}
            </ul>
          </details>
        </div>
      )}

      <details className="formula">
        <summary>How this is estimated</summary>
        {/* Its own boundary: if its code fails to download, the card keeps its figures (the card's
            boundary would replace them all) and says so here, with Try again. */}
        <PanelBoundary name="formula">
          <AfterHydration fallback={<p className="hint">Loading the formula…</p>}>
            <Formula estimate={e} dataset={dataset} />
          </AfterHydration>
        </PanelBoundary>
      </details>

      {e.inapplicable.length > 0 && (
        <div className="inapplicable">
          <p className="figure__label">Chosen but not applied to {e.title}</p>
          <ul>
            {e.inapplicable.map((x) => (
              <li key={`${x.kind}:${x.id}`}>{inapplicableText(dataset, x, e.roleId)}</li>
            ))}
          </ul>
        </div>
      )}

      <p className="role-card__vintage">{vintageLine(vintageSpan(estimateSources(e, dataset)))}</p>
    </>
  );
});
