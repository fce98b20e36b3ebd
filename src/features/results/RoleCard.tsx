import { Link } from 'react-router';
import type { Source } from '../../data/schema';
import {
  formatDelta,
  formatMultiplier,
  formatPay,
  formatUsd,
  formatUsdRange,
  PERIOD_UNIT,
  type Period,
} from '../../lib/format';
import type { AnnualUsdRange, Factor, RoleEstimate } from '../../model/types';
import { methodologyHref } from '../../lib/anchors';
import { OfferCheck } from './OfferCheck';
import { SourceList } from '../../components/SourceNote';

interface Props {
  estimate: RoleEstimate;
  sources: Source[];
  primary: boolean;
  period: Period;
  /** The same role under the pinned scenario, to show differences against. */
  baseline: RoleEstimate | null;
  offerAnnualUsd: number | null;
  offerTotalAnnualUsd: number | null;
}

/** Whole annual dollars for the automated hooks; the text follows the chosen period. */
function Amount({ testId, value, period }: { testId: string; value: number; period: Period }) {
  return (
    <span data-testid={testId} data-value={Math.round(value)}>
      {formatPay(value, period)}
    </span>
  );
}

function Delta({ diff, period }: { diff: number; period: Period }) {
  const tone = diff === 0 ? 'same' : diff > 0 ? 'up' : 'down';
  return (
    <span className={`delta delta--${tone}`}>
      {diff === 0 ? 'same as pinned' : `${formatDelta(diff, period)} vs pinned`}
    </span>
  );
}

function RangeFigure({
  label,
  range,
  prefix,
  period,
  baseline,
}: {
  label: string;
  range: AnnualUsdRange;
  prefix: 'base' | 'total';
  period: Period;
  baseline: AnnualUsdRange | undefined;
}) {
  return (
    <div className="figure">
      <p className="figure__label">{label}</p>
      <p className="figure__typical">
        <Amount testId={`${prefix}-typical`} value={range.typical} period={period} />
        <span className="figure__unit"> {PERIOD_UNIT[period]}, typical</span>
      </p>
      {baseline && (
        <p className="figure__delta" data-testid={`${prefix}-typical-delta`}>
          <Delta diff={range.typical - baseline.typical} period={period} />
        </p>
      )}
      <p className="figure__range">
        Range <Amount testId={`${prefix}-low`} value={range.low} period={period} /> –{' '}
        <Amount testId={`${prefix}-high`} value={range.high} period={period} />
      </p>
      {baseline && (
        <p className="figure__delta">
          Low <Delta diff={range.low - baseline.low} period={period} />, high{' '}
          <Delta diff={range.high - baseline.high} period={period} />
        </p>
      )}
    </div>
  );
}

function factorValue(f: Factor): string {
  if (f.kind === 'band') return `${formatUsdRange(f.low, f.high)} (typical ${formatUsd(f.typical)})`;
  if (f.low === f.high)
    return f.low === 1 ? 'no change' : `× ${f.typical.toFixed(3)} (${formatMultiplier(f.typical)})`;
  return `${formatMultiplier(f.low)} to ${formatMultiplier(f.high)} (typical ${formatMultiplier(f.typical)})`;
}

function disagreementValue(topic: string, f: { low: number; high: number }): string {
  if (topic === 'location premium') {
    return f.low === f.high
      ? formatMultiplier(f.low)
      : `${formatMultiplier(f.low)} to ${formatMultiplier(f.high)}`;
  }
  return f.low === f.high ? formatUsd(f.low) : formatUsdRange(f.low, f.high);
}

const KIND_LABEL: Record<Factor['kind'], string> = {
  band: 'Band for these years',
  location: 'Location',
  company: 'Company type',
  certification: 'Certifications',
  skill: 'Skills',
  education: 'Education',
};

export function RoleCard({
  estimate: e,
  sources,
  primary,
  period,
  baseline,
  offerAnnualUsd,
  offerTotalAnnualUsd,
}: Props) {
  const headingId = `heading-${e.roleId}`;
  const parts = [
    { key: 'base', label: 'Base', value: e.baseAnnualUsd.typical },
    { key: 'bonus', label: 'Bonus', value: e.bonusAnnualUsd.typical },
    { key: 'equity', label: 'Equity', value: e.equityAnnualUsd.typical },
  ];
  const total = e.totalAnnualUsd.typical;
  return (
    <article className="role-card panel" data-testid={`estimate-${e.roleId}`} aria-labelledby={headingId}>
      <header className="role-card__header">
        <h3 id={headingId}>{e.title}</h3>
        <p className="role-card__level">
          {e.level.label}
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
          baseline={baseline?.baseAnnualUsd}
        />
        <RangeFigure
          label="Total compensation"
          range={e.totalAnnualUsd}
          prefix="total"
          period={period}
          baseline={baseline?.totalAnnualUsd}
        />
      </div>

      <div className="breakdown">
        <p className="figure__label">Typical total, broken down</p>
        <div className="breakdown__bar" aria-hidden="true">
          {parts.map((p) => (
            <span
              key={p.key}
              className={`breakdown__part breakdown__part--${p.key}`}
              style={{ width: `${(p.value / total) * 100}%` }}
            />
          ))}
        </div>
        <ul className="breakdown__legend">
          {parts.map((p) => (
            <li key={p.key}>
              <span className={`swatch swatch--${p.key}`} aria-hidden="true" />
              {p.label} {formatPay(p.value, period)}
            </li>
          ))}
        </ul>
      </div>

      <p className="hourly">
        Contract rate:{' '}
        <span data-testid="hourly-low" data-value={e.hourlyUsd.low}>
          {formatUsd(e.hourlyUsd.low)}
        </span>{' '}
        –{' '}
        <span data-testid="hourly-high" data-value={e.hourlyUsd.high}>
          {formatUsd(e.hourlyUsd.high)}
        </span>{' '}
        an hour
        {baseline && (
          <span className="figure__delta">
            {' '}
            (low <Delta diff={e.hourlyUsd.low - baseline.hourlyUsd.low} period="annual" />, high{' '}
            <Delta diff={e.hourlyUsd.high - baseline.hourlyUsd.high} period="annual" />)
          </span>
        )}
      </p>

      {(offerAnnualUsd !== null || offerTotalAnnualUsd !== null) && (
        <OfferCheck
          offerAnnualUsd={offerAnnualUsd}
          offerTotalAnnualUsd={offerTotalAnnualUsd}
          estimate={e}
          period={period}
        />
      )}

      {e.disagreements.length > 0 && (
        <div className="disagreements" role="note" aria-label={`Where sources disagree about ${e.title}`}>
          <p className="disagreements__title">Sources disagree</p>
          <ul>
            {e.disagreements.map((d) => (
              <li key={d.topic}>
                {d.message}
                <details>
                  <summary>See the figures and sources</summary>
                  <ul className="disagreements__figures">
                    {d.figures.map((f, i) => (
                      <li key={i}>
                        {f.label}: <strong>{disagreementValue(d.topic, f)}</strong>
                        <SourceList provenance={[f.provenance]} sources={sources} />
                      </li>
                    ))}
                  </ul>
                </details>
              </li>
            ))}
          </ul>
        </div>
      )}

      <details className="formula">
        <summary>How this is estimated</summary>
        <ol className="formula__list">
          {e.factors.map((f, i) => (
            <li key={f.id}>
              <span className="formula__op" aria-hidden="true">
                {i === 0 ? '' : '×'}
              </span>
              <span className="formula__kind">{KIND_LABEL[f.kind]}</span>: {f.label} —{' '}
              <strong>{factorValue(f)}</strong>
              <span className="formula__detail"> {f.detail}</span>
              <details className="source-popover">
                <summary>Source</summary>
                <SourceList provenance={f.provenance} sources={sources} />
                <Link to={methodologyHref(f.id)}>How this factor is used</Link>
              </details>
            </li>
          ))}
          {[e.compensationMix.bonus, e.compensationMix.equity].map((f) => (
            <li key={f.id}>
              <span className="formula__op" aria-hidden="true">
                +
              </span>
              <span className="formula__kind">{f.label}</span>: <strong>{f.detail}</strong>
              <details className="source-popover">
                <summary>Source</summary>
                <SourceList provenance={f.provenance} sources={sources} />
              </details>
            </li>
          ))}
        </ol>
        <p className="hint">Low figures multiply the low end of every range, high figures the high end.</p>
      </details>

      {e.inapplicable.length > 0 && (
        <div className="inapplicable">
          <p className="figure__label">Chosen but not applied to {e.title}</p>
          <ul>
            {e.inapplicable.map((x) => (
              <li key={`${x.kind}:${x.id}`}>{x.reason}</li>
            ))}
          </ul>
        </div>
      )}
    </article>
  );
}
