// SourceList lives with the cards; it is the one way provenance is shown (see the report to the lead).
import { SourceList } from '../../components/SourceNote';
import { checkMetaText } from '../../lib/compareWords';
import { formatUsd } from '../../lib/format';
import { publicChecks, type PublicCheck } from '../../model/compare';
import type { Dataset } from '../../model/dataset';
import type { Role } from '../../model/domain';

/** The public figures beside a role's bands: cross-checks (BLS, surveys) and the averages its sources quote. */
export function PublicFigures({ role, dataset }: { role: Role; dataset: Dataset }) {
  const { crossChecks, averages } = publicChecks(dataset, role);
  return (
    <div className="side-by-side__checks">
      <h3>
        Public cross-checks <span className="visually-hidden">for {role.title}</span>
      </h3>
      <CheckList checks={crossChecks} empty="No public figure covers this role." dataset={dataset} />
      <h3>
        Quoted averages <span className="visually-hidden">for {role.title}</span>
      </h3>
      <CheckList checks={averages} empty="No source quotes an average for this role." dataset={dataset} />
    </div>
  );
}

function CheckList({ checks, empty, dataset }: { checks: PublicCheck[]; empty: string; dataset: Dataset }) {
  if (checks.length === 0) return <p className="hint">{empty}</p>;
  return (
    <ul className="checks">
      {checks.map((c) => (
        <li key={c.label}>
          {c.label}: <strong>{formatUsd(c.annualUsd)}</strong>
          <span className="checks__meta">{checkMetaText(c)}</span>
          <details className="source-popover">
            <summary>
              Source <span className="visually-hidden">of {c.label}</span>
            </summary>
            <SourceList provenance={[c.provenance]} sources={dataset.sources.sources} />
          </details>
        </li>
      ))}
    </ul>
  );
}
