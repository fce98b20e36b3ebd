/** The entries for what moves an estimate besides the role: locations, employer types, premium groups, degrees. */
// SourceNote and SourceList live with the cards; they are the one way provenance is shown.
import { SourceList, SourceNote } from '../../components/SourceNote';
import { factorAnchorId } from '../../lib/anchors';
import {
  companyBaseText,
  companyEquityText,
  educationEffectText,
  groupKindBadge,
  groupText,
  locationText,
  shareRangeText,
} from '../../lib/methodologyWords';
import type { Dataset } from '../../model/dataset';
import type { Company, Education, Fact, Location, PremiumGroup, Source } from '../../model/domain';
import { locationProvenance } from '../../model/entryProvenance';
import { factorId } from '../../model/factorId';
import { provenanceOf, rangeProvenance } from '../../model/provenance';

export function LocationEntry({ location: l, dataset }: { location: Location; dataset: Dataset }) {
  return (
    <li id={factorAnchorId(factorId('location', l.id))} className="entry">
      <strong>{l.label}</strong>
      {locationText(dataset, l)}
      <SourceList provenance={locationProvenance(l)} sources={dataset.sources.sources} />
    </li>
  );
}

export function CompanyEntry({ company: c, dataset }: { company: Company; dataset: Dataset }) {
  const sources = dataset.sources.sources;
  return (
    <section className="entry">
      <h3 id={factorAnchorId(factorId('company', c.id))}>{c.label}</h3>
      <p>{companyBaseText(dataset, c)}</p>
      {c.basePercent !== null && <SourceList provenance={rangeProvenance(c.basePercent)} sources={sources} />}
      {c.equityPercentOfBase && (
        <div id={factorAnchorId(factorId('equity', c.id))}>
          <h4>Equity at this company type</h4>
          <p>{companyEquityText(dataset, c.equityPercentOfBase)}</p>
          <SourceList provenance={rangeProvenance(c.equityPercentOfBase)} sources={sources} />
        </div>
      )}
      {c.bonusShareOfTotal && (
        <div id={factorAnchorId(factorId('bonus', c.id))}>
          <h4>Bonus at this company type</h4>
          <p>
            {shareRangeText(c.bonusShareOfTotal)} of total compensation, in place of the role’s usual bonus
            share.
          </p>
          <SourceList provenance={rangeProvenance(c.bonusShareOfTotal)} sources={sources} />
        </div>
      )}
      <Notes notes={c.notes} sources={sources} />
    </section>
  );
}

export function GroupEntry({ group: g, dataset }: { group: PremiumGroup; dataset: Dataset }) {
  const sources = dataset.sources.sources;
  const badge = groupKindBadge(g);
  return (
    <section className="entry">
      <h3 id={factorAnchorId(factorId(g.kind, g.id))}>
        {g.label}
        {badge !== null && <span className="badge badge--quiet">{badge}</span>}
      </h3>
      <p>{groupText(dataset, g)}</p>
      {g.percent !== null && <SourceList provenance={rangeProvenance(g.percent)} sources={sources} />}
      <Notes notes={g.notes} sources={sources} />
    </section>
  );
}

export function EducationEntry({ education: e, dataset }: { education: Education; dataset: Dataset }) {
  const sources = dataset.sources.sources;
  return (
    <section className="entry">
      <h3 id={factorAnchorId(factorId('education', e.id))}>{e.label}</h3>
      {e.effects.length === 0 ? (
        <p>The baseline: no adjustment.</p>
      ) : (
        <ul>
          {e.effects.map((effect, i) => (
            <li key={i}>
              {educationEffectText(dataset, effect)}
              <SourceList provenance={rangeProvenance(effect)} sources={sources} />
            </li>
          ))}
        </ul>
      )}
      <Notes notes={e.notes} sources={sources} />
    </section>
  );
}

function Notes({ notes, sources }: { notes: Fact[]; sources: Source[] }) {
  if (notes.length === 0) return null;
  return (
    <ul className="notes">
      {notes.map((n, i) => (
        <li key={i}>
          {n.text}
          <SourceNote provenance={provenanceOf(n)} sources={sources} />
        </li>
      ))}
    </ul>
  );
}
