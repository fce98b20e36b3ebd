import type { Source } from '../model/domain';
import type { Provenance } from '../model/types';

/** One figure's provenance in words: the source's title and the quoted sentence, or the assumption. */
export function SourceNote({ provenance, sources }: { provenance: Provenance; sources: Source[] }) {
  if ('assumption' in provenance) {
    return (
      <p className="source-note">
        <span className="badge badge--assumption">Assumption</span> {provenance.assumption}
      </p>
    );
  }
  const source = sources.find((s) => s.id === provenance.source);
  return (
    <p className="source-note">
      <cite>{source ? source.title : provenance.source}</cite>
      {source && (
        <span className="source-meta">
          {' '}
          ({[source.publisher, source.author, source.vintage].filter(Boolean).join(', ')})
        </span>
      )}
      : <q>{provenance.quote}</q>
      {provenance.note && <span className="source-meta"> {provenance.note}</span>}
    </p>
  );
}

export function SourceList({ provenance, sources }: { provenance: Provenance[]; sources: Source[] }) {
  return (
    <div className="source-list">
      {provenance.map((p, i) => (
        <SourceNote key={i} provenance={p} sources={sources} />
      ))}
    </div>
  );
}
