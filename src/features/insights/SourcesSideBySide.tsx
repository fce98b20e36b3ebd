import { useMemo } from 'react';
import { Disclosure } from '../../components/Disclosure';
// SourceList lives with the cards; it is the one way provenance is shown (see the report to the lead).
import { SourceList } from '../../components/SourceNote';
import { bandSourceTitle, spreadText, usedBandLabel } from '../../lib/compareWords';
import { bandRangeText } from '../../lib/explain';
import { formatEstimate, formatEstimateRange, formatUsdCompact } from '../../lib/format';
import { comparisonDollars, levelComparisons, type LevelComparison } from '../../model/compare';
import type { Dataset } from '../../model/dataset';
import type { Role } from '../../model/domain';
import type { RoleEstimate } from '../../model/types';
import { barPosition, dollarScale, pointPosition, type DollarScale } from './barScale';
import { PublicFigures } from './PublicFigures';

export interface RoleWithEstimate {
  role: Role;
  estimate: RoleEstimate;
}

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

/** One level: each source's band as its own bar, the band Paypath uses, and how far apart the sources are. */
function LevelBars({
  role,
  comparison,
  current,
  scale,
  dataset,
}: {
  role: Role;
  comparison: LevelComparison;
  current: boolean;
  scale: DollarScale;
  dataset: Dataset;
}) {
  const { level, stated, spread, provenance, used: paypath } = comparison;
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
              <cite>{bandSourceTitle(dataset, b)}</cite>:{' '}
              <span className="band-bar__range">{bandRangeText(b.low.value, b.high.value, b.openEnded)}</span>
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
            {usedBandLabel(comparison)}:{' '}
            <span className="band-bar__range">{formatEstimateRange(paypath.low, paypath.high)}</span>, typical{' '}
            {formatEstimate(paypath.typical)}
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
          {spreadText(spread)}
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
        <SourceList provenance={provenance} sources={dataset.sources.sources} />
      </details>
    </div>
  );
}

/**
 * Every source's band per level as its own bar on one dollar scale, next to the band Paypath uses, with
 * the public figures that cover the role: a person sees where the articles agree and where they run
 * low or high.
 */
export function SourcesSideBySide({ items, dataset }: { items: RoleWithEstimate[]; dataset: Dataset }) {
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
                  dataset={dataset}
                />
              ))}
              <div className="band-axis" aria-hidden="true">
                <span>{formatUsdCompact(scale.min)}</span>
                <span>{formatUsdCompact((scale.min + scale.max) / 2)}</span>
                <span>{formatUsdCompact(scale.max)}</span>
              </div>
            </div>
            <PublicFigures role={role} dataset={dataset} />
          </div>
        </Disclosure>
      ))}
    </section>
  );
}
