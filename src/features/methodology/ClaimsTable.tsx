import { useMemo } from 'react';
import { SourceNote } from '../../components/SourceNote';
import { claimExpectedText, claimValueText } from '../../lib/claimWords';
import { checkClaims } from '../../model/claims';
import type { Dataset } from '../../model/dataset';

/** Each relative claim in the articles, what the model gives for it, and whether it holds. */
export function ClaimsTable({ dataset }: { dataset: Dataset }) {
  const results = useMemo(() => checkClaims(dataset), [dataset]);
  const held = results.filter((r) => r.holds).length;
  return (
    <>
      <p data-testid="claims-summary" data-value={held}>
        The model holds {held} of the {results.length} claims. Where it does not, the reason is given; most
        are claims the sources themselves contradict.
      </p>
      <div className="table-scroll">
        <table className="claims" data-testid="claims">
          <caption className="visually-hidden">Article claims checked against the model</caption>
          <thead>
            <tr>
              <th scope="col">Claim</th>
              <th scope="col">Source</th>
              <th scope="col">The words say</th>
              <th scope="col">The model gives</th>
              <th scope="col">Holds?</th>
            </tr>
          </thead>
          <tbody>
            {results.map((r) => (
              <tr key={r.claim.id} data-testid="claim" data-claim={r.claim.id} data-holds={r.holds}>
                <th scope="row">{r.claim.claim}</th>
                <td>
                  <SourceNote
                    provenance={{ source: r.claim.source, quote: r.claim.quote }}
                    sources={dataset.sources.sources}
                  />
                  {r.claim.reading && <p className="hint">{r.claim.reading}</p>}
                </td>
                <td>{claimExpectedText(r)}</td>
                <td>{claimValueText(r)}</td>
                <td>
                  <strong>{r.holds ? 'Holds' : 'Does not hold'}</strong>
                  {!r.holds && r.claim.why && <p className="hint">{r.claim.why}</p>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
