import { useMemo } from 'react';
import type { Band, Role, Source } from '../../model/domain';
import { formatUsd, formatUsdCompact, formatUsdRange } from '../../lib/format';
import { comparisonDollars, levelComparisons, type LevelComparison } from '../../model/compare';
import type { Dataset } from '../../model/dataset';
import { provenanceOf } from '../../model/provenance';
import type { RoleEstimate } from '../../model/types';
// SourceList lives with the cards; it is the one way provenance is shown (see the report to the lead).
import { SourceList } from '../../components/SourceNote';
import { barPosition, dollarScale, pointPosition, type DollarScale } from './barScale';
import { Disclosure } from '../../components/Disclosure';

export interface RoleWithEstimate {
  role: Role;
  estimate: RoleEstimate;
}

/** "19%": how far apart two ends are, unsigned, whole percent. */
const percentApart = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 0 });

function sourceTitle(band: Band, sources: Source[]): string {
  const p = provenanceOf(band.low);
  return 'source' in p ? (sources.find((s) => s.id === p.source)?.title ?? p.source) : '';
}

/** "their lows are 19% apart", or "their highs are the same". */
const apartText = (ends: 'lows' | 'highs', apart: number) =>
  `their ${ends} ${apart === 0 ? 'are the same' : `are ${percentApart.format(apart)} apart`}`;

const bandText = (band: Band) =>
  `${formatUsdRange(band.low.value, band.high.value)}${band.openEnded ? '+' : ''}`;

/** A low–high bar on the shared scale. Decorative: the label beside it says the same in text. */
function Bar({
  low,
  high,
  typical,
  scale,
  variant,
}: {
  low: number;
  high: number;
  typical?: number;
  scale: DollarScale;
  variant: 'source' | 'derived' | 'open' | 'paypath';
}) {
  const { left, width } = barPosition(low, high, scale);
  return (
    <div className="band-track" aria-hidden="true">
      <span className={`band-fill band-fill--${variant}`} style={{ left: `${left}%`, width: `${width}%` }} />
      {typical !== undefined && (
        <span className="band-typical" style={{ left: `${pointPosition(typical, scale)}%` }} />
      )}
    </div>
  );
}

function LevelBars({
  role,
  comparison,
  current,
  scale,
  sources,
}: {
  role: Role;
  comparison: LevelComparison;
  current: boolean;
  scale: DollarScale;
  sources: Source[];
}) {
  const { level, stated, spread, provenance, used: paypath } = comparison;
  const paypathLabel =
    stated.length > 1
      ? 'Paypath pools them'
      : comparison.derived
        ? 'Derived (no source states this band): Paypath uses'
        : 'Paypath uses this band';

  return (
    <div className="level-bars">
      <h3 className="level-bars__title">
        <span className="visually-hidden">{role.title},</span> {level.label}
        {current && (
          <>
            {' '}
            <span className="badge">your years</span>
          </>
        )}
      </h3>
      <ul className="band-bars">
        {stated.map((b, i) => (
          <li key={i} className="band-bar">
            <span className="band-bar__label">
              <cite>{sourceTitle(b, sources)}</cite>: <span className="band-bar__range">{bandText(b)}</span>
              {b.openEnded && <span className="source-meta"> (no ceiling given)</span>}
            </span>
            <Bar
              low={b.low.value}
              high={b.high.value}
              scale={scale}
              variant={b.openEnded ? 'open' : 'source'}
            />
          </li>
        ))}
        <li className="band-bar band-bar--paypath">
          <span className="band-bar__label">
            {paypathLabel}:{' '}
            <span className="band-bar__range">{formatUsdRange(paypath.low, paypath.high)}</span>, typical{' '}
            {formatUsd(paypath.typical)}
          </span>
          <Bar
            low={paypath.low}
            high={paypath.high}
            typical={paypath.typical}
            scale={scale}
            variant={comparison.derived ? 'derived' : 'paypath'}
          />
        </li>
      </ul>
      {spread !== null && (
        <p className={spread.differ ? 'spread-note spread-note--differ' : 'spread-note'}>
          {spread.differ
            ? 'These sources differ by more than a fifth: '
            : 'These sources differ, by no more than a fifth: '}
          {apartText('lows', spread.lowsApart)}, {apartText('highs', spread.highsApart)}.
        </p>
      )}
      <details className="source-popover">
        <summary>
          Source <span className="visually-hidden">of the {level.label.toLowerCase()} bands</span>
        </summary>
        {comparison.derived && (
          <p className="source-note">
            Derived: the level shape of the roles whose sources give bands by level, scaled to this role’s
            sources (see the methodology).
          </p>
        )}
        <SourceList provenance={provenance} sources={sources} />
      </details>
    </div>
  );
}

function sourceOf(sourceId: string | undefined, sources: Source[]): Source | undefined {
  return sources.find((s) => s.id === sourceId);
}

function PublicFigures({ role, sources }: { role: Role; sources: Source[] }) {
  const averages = role.figures.filter((f) => f.kind === 'average');
  return (
    <div className="side-by-side__checks">
      <h3>
        Public cross-checks <span className="visually-hidden">for {role.title}</span>
      </h3>
      {role.crossChecks.length === 0 ? (
        <p className="hint">No public figure covers this role.</p>
      ) : (
        <ul className="checks">
          {role.crossChecks.map((c) => {
            const source = sourceOf(c.figure.source, sources);
            return (
              <li key={c.label}>
                {c.label}: <strong>{formatUsd(c.figure.value)}</strong>
                <span className="checks__meta">
                  Measures: {c.measures}.{source && ` Dated ${source.vintage}.`}
                </span>
                <details className="source-popover">
                  <summary>
                    Source <span className="visually-hidden">of {c.label}</span>
                  </summary>
                  <SourceList provenance={[provenanceOf(c.figure)]} sources={sources} />
                </details>
              </li>
            );
          })}
        </ul>
      )}
      <h3>
        Quoted averages <span className="visually-hidden">for {role.title}</span>
      </h3>
      {averages.length === 0 ? (
        <p className="hint">No source quotes an average for this role.</p>
      ) : (
        <ul className="checks">
          {averages.map((f) => {
            const source = sourceOf(f.figure.source, sources);
            return (
              <li key={f.label}>
                {f.label}: <strong>{formatUsd(f.figure.value)}</strong>
                <span className="checks__meta">
                  Measures: {source?.measures ?? 'not stated: the source does not say which levels it covers'}
                  .{source && ` Dated ${source.vintage}.`}
                </span>
                <details className="source-popover">
                  <summary>
                    Source <span className="visually-hidden">of {f.label}</span>
                  </summary>
                  <SourceList provenance={[provenanceOf(f.figure)]} sources={sources} />
                </details>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

/**
 * Every source's band per level as its own bar on one dollar scale, next to the band Paypath uses, with
 * the public figures that cover the role: a person sees where the articles agree and where they run
 * low or high.
 */
export function SourcesSideBySide({ items, dataset }: { items: RoleWithEstimate[]; dataset: Dataset }) {
  const sources = dataset.sources.sources;
  const comparisons = useMemo(
    () => new Map(items.map(({ role }) => [role.id, levelComparisons(dataset, role.id)])),
    [items, dataset],
  );
  const scale = useMemo(
    () => dollarScale(comparisonDollars([...comparisons.values()].flat())),
    [comparisons],
  );
  return (
    <section className="insights__section" aria-labelledby="side-by-side-heading">
      <h2 id="side-by-side-heading">Sources side by side</h2>
      <p className="hint">
        Each source’s national band for every level, on one scale from {formatUsdCompact(scale.min)} to{' '}
        {formatUsdCompact(scale.max)}, next to the band Paypath starts from before location, employer,
        certifications, skills and education.
      </p>
      {items.map(({ role, estimate }, i) => (
        <Disclosure key={role.id} className="insight panel" initiallyOpen={i === 0}>
          <summary>Sources side by side: {role.title}</summary>
          <div className="side-by-side">
            <div className="side-by-side__levels">
              {(comparisons.get(role.id) ?? []).map((comparison) => (
                <LevelBars
                  key={comparison.level.id}
                  role={role}
                  comparison={comparison}
                  current={estimate.level.id === comparison.level.id}
                  scale={scale}
                  sources={dataset.sources.sources}
                />
              ))}
              <div className="band-axis" aria-hidden="true">
                <span>{formatUsdCompact(scale.min)}</span>
                <span>{formatUsdCompact((scale.min + scale.max) / 2)}</span>
                <span>{formatUsdCompact(scale.max)}</span>
              </div>
            </div>
            <PublicFigures role={role} sources={sources} />
          </div>
        </Disclosure>
      ))}
    </section>
  );
}
