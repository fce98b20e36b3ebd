import { useMemo } from 'react';
import type { Band, Level, Role, Source } from '../../data/schema';
import { formatUsd, formatUsdCompact, formatUsdRange } from '../../lib/format';
import { levelBand } from '../../model/band';
import { provenanceOf, uniqueProvenance } from '../../model/provenance';
import { bandSpread } from '../../model/spread';
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
  level,
  current,
  scale,
  sources,
}: {
  role: Role;
  level: Level;
  current: boolean;
  scale: DollarScale;
  sources: Source[];
}) {
  const band = levelBand(role, level.id);
  // Derived bands are Paypath's reading of a whole-career range, not a source's claim: only the bands
  // a source states are compared.
  const stated = band.sourceBands.filter((b) => b.derived === undefined);
  const spread = bandSpread(stated.map((b) => ({ low: b.low.value, high: b.high.value })));
  const provenance = uniqueProvenance(
    band.sourceBands.flatMap((b) => [provenanceOf(b.low), provenanceOf(b.high)]),
  );
  const derivedNotes = [...new Set(band.sourceBands.flatMap((b) => (b.derived ? [b.derived] : [])))];
  const paypathLabel =
    stated.length > 1
      ? 'Paypath uses their average'
      : band.derived
        ? 'Paypath uses this derived band'
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
        {band.sourceBands.map((b, i) => (
          <li key={i} className="band-bar">
            <span className="band-bar__label">
              {b.derived ? (
                <>Derived (no source states this band): </>
              ) : (
                <>
                  <cite>{sourceTitle(b, sources)}</cite>:{' '}
                </>
              )}
              <span className="band-bar__range">{bandText(b)}</span>
              {b.openEnded && <span className="source-meta"> (no ceiling given)</span>}
            </span>
            <Bar
              low={b.low.value}
              high={b.high.value}
              scale={scale}
              variant={b.derived ? 'derived' : b.openEnded ? 'open' : 'source'}
            />
          </li>
        ))}
        <li className="band-bar band-bar--paypath">
          <span className="band-bar__label">
            {paypathLabel}: <span className="band-bar__range">{formatUsdRange(band.low, band.high)}</span>,
            typical {formatUsd(band.typical)}
          </span>
          <Bar low={band.low} high={band.high} typical={band.typical} scale={scale} variant="paypath" />
        </li>
      </ul>
      {stated.length > 1 && (
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
        {derivedNotes.map((note) => (
          <p key={note} className="source-note">
            {note}
          </p>
        ))}
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
export function SourcesSideBySide({
  items,
  levels,
  sources,
}: {
  items: RoleWithEstimate[];
  levels: Level[];
  sources: Source[];
}) {
  const scale = useMemo(
    () => dollarScale(items.flatMap(({ role }) => role.bands.flatMap((b) => [b.low.value, b.high.value]))),
    [items],
  );
  const ordered = useMemo(
    () => [...levels].sort((a, b) => a.anchorYears.value - b.anchorYears.value),
    [levels],
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
              {ordered.map((level) => (
                <LevelBars
                  key={level.id}
                  role={role}
                  level={level}
                  current={estimate.level.id === level.id}
                  scale={scale}
                  sources={sources}
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
