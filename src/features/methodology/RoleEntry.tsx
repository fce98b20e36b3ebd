// SourceNote and SourceList live with the cards; they are the one way provenance is shown.
import { SourceList, SourceNote } from '../../components/SourceNote';
import { factorAnchorId } from '../../lib/anchors';
import { optionLabel } from '../../lib/explain';
import { formatUsdRange } from '../../lib/format';
import { derivationText, levelBandsText, shareRangeText } from '../../lib/methodologyWords';
import { levelComparisons } from '../../model/compare';
import type { Dataset } from '../../model/dataset';
import type { Role } from '../../model/domain';
import { roleBandProvenance } from '../../model/entryProvenance';
import { factorId } from '../../model/factorId';
import { provenanceOf, rangeProvenance } from '../../model/provenance';

/** A role's entry: its bands level by level and where they come from, its equity, bonus and contract rate. */
export function RoleEntry({ role, dataset }: { role: Role; dataset: Dataset }) {
  const sources = dataset.sources.sources;
  return (
    <section className="entry">
      <h3 id={factorAnchorId(factorId('band', role.id))}>{role.title}</h3>
      <ul>
        {levelComparisons(dataset, role.id).map((c) => (
          <li key={c.level.id}>
            <strong>{c.level.label}</strong>: {levelBandsText(dataset, c)}
          </li>
        ))}
      </ul>
      {role.derivation && <p>{derivationText(dataset, role.derivation)}</p>}
      {role.defining.length > 0 && (
        <>
          <p>Already part of this role’s pay, so they add nothing to it:</p>
          <ul>
            {role.defining.map((d) => (
              <li key={`${d.kind}:${d.id}`}>
                {optionLabel(dataset, d.id)}
                <SourceNote provenance={provenanceOf(d)} sources={sources} />
              </li>
            ))}
          </ul>
        </>
      )}
      <SourceList provenance={roleBandProvenance(role)} sources={sources} />

      <h4 id={factorAnchorId(factorId('equity', role.id))}>Equity</h4>
      <p>
        {shareRangeText(role.equityShareOfTotal)} of total compensation at a typical employer, unless the
        company type says otherwise.
      </p>
      <SourceList provenance={rangeProvenance(role.equityShareOfTotal)} sources={sources} />

      <h4 id={factorAnchorId(factorId('bonus', role.id))}>Bonus</h4>
      <p>
        {shareRangeText(role.bonusShareOfTotal)} of total compensation at a typical employer, unless the
        company type says otherwise.
      </p>
      <SourceList provenance={rangeProvenance(role.bonusShareOfTotal)} sources={sources} />

      <h4>Contract rate</h4>
      {role.hourlyUsd === null ? (
        <p>No source gives a contract rate for this role, so none is shown.</p>
      ) : (
        <>
          <p>
            {formatUsdRange(role.hourlyUsd.low.value, role.hourlyUsd.high.value)} an hour nationally, moved by
            location only.
          </p>
          <SourceList provenance={rangeProvenance(role.hourlyUsd)} sources={sources} />
        </>
      )}

      {role.ranges.length > 0 && (
        <>
          <h4>Other ranges the sources quote</h4>
          <ul>
            {role.ranges.map((r) => (
              <li key={r.label}>
                {r.label}: {formatUsdRange(r.low.value, r.high.value)}
                <SourceList provenance={rangeProvenance(r)} sources={sources} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
