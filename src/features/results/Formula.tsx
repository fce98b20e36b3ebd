import { Link } from 'react-router';
import { SourceList } from '../../components/SourceNote';
import { methodologyHref } from '../../lib/anchors';
import { FACTOR_KIND_LABEL, factorDetail, factorLabel, factorValue, mixText } from '../../lib/factorWords';
import type { Dataset } from '../../model/dataset';
import type { RoleEstimate } from '../../model/types';

/**
 * A card's estimate as a list of factors, each with its value, why, and source. Part of the card below
 * its figures, so it follows a step of a drag once they have painted (RoleCard).
 */
export function Formula({ estimate: e, dataset }: { estimate: RoleEstimate; dataset: Dataset }) {
  const sources = dataset.sources.sources;
  return (
    <>
      <ol className="formula__list">
        {e.factors.map((f, i) => (
          <li key={f.id}>
            <span className="formula__op" aria-hidden="true">
              {i === 0 ? '' : '×'}
            </span>
            <span className="formula__kind">{FACTOR_KIND_LABEL[f.kind]}</span>: {factorLabel(dataset, f)} —{' '}
            <strong>{factorValue(f)}</strong>
            <span className="formula__detail"> {factorDetail(dataset, f)}</span>
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
            <span className="formula__kind">{f.part === 'bonus' ? 'Bonus' : 'Equity'}</span>:{' '}
            <strong>{mixText(dataset, f)}</strong>
            <details className="source-popover">
              <summary>Source</summary>
              <SourceList provenance={f.provenance} sources={sources} />
            </details>
          </li>
        ))}
      </ol>
      <p className="hint">
        Each factor moves the median. Their uncertainties combine with the band’s as independent errors, so
        low and high are the 25th and 75th percentiles of one distribution, not a product of extremes.
      </p>
    </>
  );
}
