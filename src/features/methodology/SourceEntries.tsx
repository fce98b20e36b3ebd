/** The entries for every source, with the figures taken from it, and for every assumption. */
import { figureValueText, figureWhereText } from '../../lib/figureWords';
import { CONFIDENCE_TEXT } from '../../lib/methodologyWords';
import type { Dataset } from '../../model/dataset';
import type { Source } from '../../model/domain';
import type { AssumptionGroup, FigureUse } from '../../model/figureIndex';

export function SourceEntry({
  source: s,
  uses,
  dataset,
}: {
  source: Source;
  uses: FigureUse[];
  dataset: Dataset;
}) {
  const id = `source-${s.id}`;
  return (
    <section className="entry">
      <h3 id={id}>{s.title}</h3>
      <dl className="source-facts">
        {s.publisher && (
          <div>
            <dt>Publisher</dt>
            <dd>{s.publisher}</dd>
          </div>
        )}
        {s.author && (
          <div>
            <dt>Author</dt>
            <dd>{s.author}</dd>
          </div>
        )}
        {!s.publisher && !s.author && (
          <div>
            <dt>Publisher</dt>
            <dd>Not stated</dd>
          </div>
        )}
        <div>
          <dt>Vintage</dt>
          <dd>{s.vintage}</dd>
        </div>
        <div>
          <dt>Confidence</dt>
          <dd>{CONFIDENCE_TEXT[s.confidence]}</dd>
        </div>
        <div>
          <dt>What it measures</dt>
          <dd>{s.measures ?? 'Not stated: the article does not say how its figures were gathered'}</dd>
        </div>
        <div>
          <dt>Citation</dt>
          <dd>{s.citation}</dd>
        </div>
      </dl>
      {uses.length === 0 ? (
        <p className="hint">No figure cites this source directly.</p>
      ) : (
        <details className="uses">
          <summary>
            Figures from this source ({uses.length}) <span className="visually-hidden">of {s.title}</span>
          </summary>
          <UseList uses={uses} dataset={dataset} />
        </details>
      )}
    </section>
  );
}

/** Each assumption once, with why and the figures that rest on it. */
export function AssumptionList({ groups, dataset }: { groups: AssumptionGroup[]; dataset: Dataset }) {
  return (
    <ol className="entries assumptions">
      {groups.map((a) => (
        <li key={a.assumption}>
          <p className="assumptions__why">
            <span className="badge badge--assumption">Assumption</span> {a.assumption}
          </p>
          <UseList uses={a.uses} dataset={dataset} />
        </li>
      ))}
    </ol>
  );
}

function UseList({ uses, dataset }: { uses: FigureUse[]; dataset: Dataset }) {
  return (
    <ul className="use-list">
      {uses.map((u, i) => (
        <li key={i}>
          {figureWhereText(dataset, u)}: <strong>{figureValueText(u.value)}</strong>
        </li>
      ))}
    </ul>
  );
}
