import { useEffect, useMemo } from 'react';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useLocation } from 'react-router';
import { DataBoundary } from '../../components/DataBoundary';
import { useDataset } from '../../data/useDataset';
import type {
  PremiumGroup,
  Company,
  Education,
  Fact,
  Location,
  FigureRange,
  Role,
  Source,
} from '../../model/domain';
import { formatMultiplier, formatUsd, formatUsdRange } from '../../lib/format';
import { marketOf } from '../../model/dataset';
import { quantile } from '../../model/distribution';
import { HIGH_PERCENTILE, LOW_PERCENTILE } from '../../model/types';
import { ClaimsTable } from './ClaimsTable';
import { ModelExplained } from './ModelExplained';
import { provenanceOf, rangeProvenance, uniqueProvenance } from '../../model/provenance';
import type { Dataset, Provenance } from '../../model/types';
// SourceNote and SourceList live with the cards; they are the one way provenance is shown.
import { SourceList, SourceNote } from '../../components/SourceNote';
import { factorAnchorId } from '../../lib/anchors';
import { factorId } from '../../model/factorId';
import { assumptionGroups, figureUses, usesBySource, type FigureUse } from './figureIndex';

const HEADING = 'How Paypath estimates pay';

/** What the confidence marks mean, as the data's own provenance note defines them. */
const CONFIDENCE: Record<Source['confidence'], string> = {
  H: 'High: the primary source',
  M: 'Medium: a secondary page quoting the source',
  L: 'Low: a weak source, shown only with that warning',
  C: 'Computed from stored figures',
  article: 'One of the published career articles Paypath starts from',
};

/** -20..-10 → "-20% to -10%". */
const changeText = (r: FigureRange) =>
  `${formatMultiplier(1 + r.low.value / 100)} to ${formatMultiplier(1 + r.high.value / 100)}`;

const shareText = (r: { low: { value: number }; high: { value: number } }) =>
  `${r.low.value}–${r.high.value}%`;

export function MethodologyPage() {
  useDocumentTitle(`${HEADING} — Paypath`);
  return (
    <DataBoundary
      loading={
        <p role="status" className="loading">
          Loading the sources…
        </p>
      }
      heading={<h1>{HEADING}</h1>}
    >
      <Methodology />
    </DataBoundary>
  );
}

function Methodology() {
  const dataset = useDataset();
  const { hash } = useLocation();
  const uses = useMemo(() => figureUses(dataset), [dataset]);
  const bySource = useMemo(() => usesBySource(uses), [uses]);
  const assumptions = useMemo(() => assumptionGroups(uses), [uses]);
  const sources = dataset.sources.sources;
  const roleNames = (ids: string[]) =>
    ids.length === dataset.roles.roles.length
      ? 'every role'
      : ids.map((id) => dataset.roles.roles.find((r) => r.id === id)?.title ?? id).join(', ');

  // A link from a card ("/methodology#factor-location-seattle") arrives before this content exists, so
  // the browser cannot scroll to it by itself: scroll once the target is rendered.
  useEffect(() => {
    if (hash.length < 2) return;
    // Anchor ids are kebab-case, so the hash needs no decoding (and a malformed one must not throw).
    const target = document.getElementById(hash.slice(1));
    if (target && typeof target.scrollIntoView === 'function') target.scrollIntoView();
  }, [hash]);

  const sections = [
    { id: 'formula', title: 'How an estimate is made' },
    { id: 'claims', title: 'The articles’ claims, checked' },
    { id: 'roles', title: 'Pay bands by role' },
    { id: 'locations', title: 'Locations' },
    { id: 'companies', title: 'Company types' },
    { id: 'certifications-and-skills', title: 'Certifications and skills' },
    { id: 'education', title: 'Education' },
    { id: 'sources', title: 'Sources' },
    { id: 'assumptions', title: 'Assumptions' },
  ] as const;
  const title = (id: (typeof sections)[number]['id']) => sections.find((s) => s.id === id)?.title;

  return (
    <article className="methodology">
      <h1>{HEADING}</h1>
      <p className="methodology__lead">
        Every figure Paypath shows comes from one of {sources.length} sources, or from an assumption that says
        why. This page lists them all: the formula, each factor with its source, every source with the figures
        taken from it, and every assumption.
      </p>
      <nav aria-label="On this page" className="methodology__toc">
        <ul>
          {sections.map((s) => (
            <li key={s.id}>
              <a href={`#${s.id}`}>{s.title}</a>
            </li>
          ))}
        </ul>
      </nav>

      <section id="formula" aria-labelledby="formula-heading">
        <h2 id="formula-heading">{title('formula')}</h2>
        <ModelExplained dataset={dataset} />
      </section>

      <section id="claims" aria-labelledby="claims-heading">
        <h2 id="claims-heading">{title('claims')}</h2>
        <ClaimsTable dataset={dataset} />
      </section>

      <section id="roles" aria-labelledby="roles-heading">
        <h2 id="roles-heading">{title('roles')}</h2>
        {dataset.roles.roles.map((role) => (
          <RoleEntry key={role.id} role={role} dataset={dataset} />
        ))}
      </section>

      <section id="locations" aria-labelledby="locations-heading">
        <h2 id="locations-heading">{title('locations')}</h2>
        <p>
          A location multiplies pay by the metro’s median pay ÷ the national median. Each ratio is listed with
          its source.
        </p>
        <ul className="entries">
          {dataset.modifiers.locations.map((l) => (
            <LocationEntry key={l.id} location={l} sources={sources} roleNames={roleNames} />
          ))}
        </ul>
      </section>

      <section id="companies" aria-labelledby="companies-heading">
        <h2 id="companies-heading">{title('companies')}</h2>
        {dataset.modifiers.companies.map((c) => (
          <CompanyEntry key={c.id} company={c} sources={sources} roleNames={roleNames} />
        ))}
      </section>

      <section id="certifications-and-skills" aria-labelledby="groups-heading">
        <h2 id="groups-heading">{title('certifications-and-skills')}</h2>
        <p>
          Certifications and skills that a source prices together form a group. Several members of a group
          never earn more than the group’s range.
        </p>
        {dataset.modifiers.groups.map((g) => (
          <GroupEntry key={g.id} group={g} dataset={dataset} roleNames={roleNames} />
        ))}
      </section>

      <section id="education" aria-labelledby="education-heading">
        <h2 id="education-heading">{title('education')}</h2>
        {dataset.modifiers.education.map((e) => (
          <EducationEntry key={e.id} education={e} sources={sources} roleNames={roleNames} />
        ))}
      </section>

      <section id="sources" aria-labelledby="sources-heading">
        <h2 id="sources-heading">{title('sources')}</h2>
        {sources.map((s) => (
          <SourceEntry key={s.id} source={s} uses={bySource.get(s.id) ?? []} />
        ))}
      </section>

      <section id="assumptions" aria-labelledby="assumptions-heading">
        <h2 id="assumptions-heading">{title('assumptions')}</h2>
        <p>
          Where no source gives a figure, Paypath states an assumption and why. Each one is listed once, with
          the figures that rest on it.
        </p>
        <ol className="entries assumptions">
          {assumptions.map((a) => (
            <li key={a.assumption}>
              <p className="assumptions__why">
                <span className="badge badge--assumption">Assumption</span> {a.assumption}
              </p>
              <UseList uses={a.uses} />
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}

function RoleEntry({ role, dataset }: { role: Role; dataset: Dataset }) {
  const sources = dataset.sources.sources;
  const levels = dataset.index.levels;
  const market = marketOf(dataset, role.id);
  const title = (id: string | undefined) => sources.find((s) => s.id === id)?.title ?? id;
  const derivation = role.derivation;
  const bandProvenance = uniqueProvenance([
    ...role.bands.flatMap((b) => rangeProvenance(b)),
    ...(derivation?.kind === 'overall-range' ? rangeProvenance(derivation.range) : []),
    ...(derivation?.kind === 'relative' ? Object.values(derivation.percentByLevel).map(provenanceOf) : []),
  ]);
  return (
    <section className="entry">
      <h3 id={factorAnchorId(factorId('band', role.id))}>{role.title}</h3>
      <ul>
        {levels.map((level) => {
          const m = market[level.id];
          const used = formatUsdRange(
            quantile(m.distribution, LOW_PERCENTILE),
            quantile(m.distribution, HIGH_PERCENTILE),
          );
          return (
            <li key={level.id}>
              <strong>{level.label}</strong>:{' '}
              {m.readings.map((r, i) => (
                <span key={i}>
                  {i > 0 && '; '}
                  {formatUsdRange(r.band.low.value, r.band.high.value)}
                  {r.band.openEnded && '+'} ({title(r.band.low.source)})
                </span>
              ))}
              {m.derived ? 'Derived: ' : '. '}Paypath uses {used} (25th–75th percentile), median{' '}
              {formatUsd(m.distribution.median)}
              {m.readings.length > 1 && ', pooling the sources'}.
            </li>
          );
        })}
      </ul>
      {derivation?.kind === 'overall-range' && (
        <p>
          No source gives this role’s pay by level. Its whole-career range{' '}
          {formatUsdRange(derivation.range.low.value, derivation.range.high.value)} is placed with its
          geometric midpoint as the mid-level median, and the levels take the shape and spread of the roles
          whose sources give bands by level.
        </p>
      )}
      {derivation?.kind === 'relative' && (
        <p>
          No source gives this role’s pay in dollars. It is {dataset.index.roles.get(derivation.to)?.title}{' '}
          pay raised by {derivation.percentByLevel.entry.value}% at entry,{' '}
          {derivation.percentByLevel.mid.value}% at mid and {derivation.percentByLevel.senior.value}% at
          senior level.
        </p>
      )}
      {role.defining.length > 0 && (
        <>
          <p>Already part of this role’s pay, so they add nothing to it:</p>
          <ul>
            {role.defining.map((d) => (
              <li key={`${d.kind}:${d.id}`}>
                {dataset.index.options.get(d.id)?.label ?? dataset.index.education.get(d.id)?.label ?? d.id}
                <SourceNote provenance={provenanceOf(d)} sources={sources} />
              </li>
            ))}
          </ul>
        </>
      )}
      <SourceList provenance={bandProvenance} sources={sources} />

      <h4 id={factorAnchorId(factorId('equity', role.id))}>Equity</h4>
      <p>
        {shareText(role.equityShareOfTotal)} of total compensation at a typical employer, unless the company
        type says otherwise.
      </p>
      <SourceList provenance={rangeProvenance(role.equityShareOfTotal)} sources={sources} />

      <h4 id={factorAnchorId(factorId('bonus', role.id))}>Bonus</h4>
      <p>
        {shareText(role.bonusShareOfTotal)} of total compensation at a typical employer, unless the company
        type says otherwise.
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

function LocationEntry({
  location: l,
  sources,
  roleNames,
}: {
  location: Location;
  sources: Source[];
  roleNames: (ids: string[]) => string;
}) {
  const provenance: Provenance[] = [
    provenanceOf(l.ratio),
    ...(l.articlePremium ? rangeProvenance(l.articlePremium) : []),
  ];
  return (
    <li id={factorAnchorId(factorId('location', l.id))} className="entry">
      <strong>{l.label}</strong>: × {l.ratio.value.toFixed(3)}
      {l.ratio.value !== 1 && ` (${formatMultiplier(l.ratio.value)} on national pay)`}
      {l.articlePremium && `; the articles say ${changeText(l.articlePremium)}, the estimate uses the ratio`}.
      Applies to {roleNames(l.appliesTo)}.
      <SourceList provenance={provenance} sources={sources} />
    </li>
  );
}

function CompanyEntry({
  company: c,
  sources,
  roleNames,
}: {
  company: Company;
  sources: Source[];
  roleNames: (ids: string[]) => string;
}) {
  return (
    <section className="entry">
      <h3 id={factorAnchorId(factorId('company', c.id))}>{c.label}</h3>
      <p>
        Base pay:{' '}
        {c.basePercent === null
          ? 'no change: the sources name this company type but give no figure for base pay'
          : c.basePercent.low.value === 0 && c.basePercent.high.value === 0
            ? 'no change'
            : changeText(c.basePercent)}
        . Applies to {roleNames(c.appliesTo)}.
      </p>
      {c.basePercent !== null && <SourceList provenance={rangeProvenance(c.basePercent)} sources={sources} />}
      {c.equityPercentOfBase && (
        <div id={factorAnchorId(factorId('equity', c.id))}>
          <h4>Equity at this company type</h4>
          <p>
            Equity worth {shareText(c.equityPercentOfBase)} of base for{' '}
            {roleNames(c.equityPercentOfBase.appliesTo)}, in place of the role’s usual equity share.
          </p>
          <SourceList provenance={rangeProvenance(c.equityPercentOfBase)} sources={sources} />
        </div>
      )}
      {c.bonusShareOfTotal && (
        <div id={factorAnchorId(factorId('bonus', c.id))}>
          <h4>Bonus at this company type</h4>
          <p>
            {shareText(c.bonusShareOfTotal)} of total compensation, in place of the role’s usual bonus share.
          </p>
          <SourceList provenance={rangeProvenance(c.bonusShareOfTotal)} sources={sources} />
        </div>
      )}
      <Notes notes={c.notes} sources={sources} />
    </section>
  );
}

function GroupEntry({
  group: g,
  dataset,
  roleNames,
}: {
  group: PremiumGroup;
  dataset: Dataset;
  roleNames: (ids: string[]) => string;
}) {
  const options = g.kind === 'certification' ? dataset.modifiers.certifications : dataset.modifiers.skills;
  const members = g.members.map((id) => options.find((o) => o.id === id)?.label ?? id);
  const sources = dataset.sources.sources;
  return (
    <section className="entry">
      <h3 id={factorAnchorId(factorId(g.kind, g.id))}>
        {g.label}
        {/* The kind as a badge, unless the group's own name already says it ("... certification"). */}
        {!g.label.toLowerCase().includes(g.kind) && <span className="badge badge--quiet">{g.kind}</span>}
      </h3>
      <p>
        {g.percent === null
          ? 'No figure: the source says pay rises but gives no number'
          : changeText(g.percent)}{' '}
        for {roleNames(g.appliesTo)}.{' '}
        {g.combine === 'any-one'
          ? `Any one of ${members.join(' or ')} earns the whole range; more add nothing.`
          : `The range is for ${members.join(', ')} together; each earns an equal share of it.`}
      </p>
      {g.percent !== null && <SourceList provenance={rangeProvenance(g.percent)} sources={sources} />}
      <Notes notes={g.notes} sources={sources} />
    </section>
  );
}

function EducationEntry({
  education: e,
  sources,
  roleNames,
}: {
  education: Education;
  sources: Source[];
  roleNames: (ids: string[]) => string;
}) {
  return (
    <section className="entry">
      <h3 id={factorAnchorId(factorId('education', e.id))}>{e.label}</h3>
      {e.effects.length === 0 ? (
        <p>The baseline: no adjustment.</p>
      ) : (
        <ul>
          {e.effects.map((effect, i) => (
            <li key={i}>
              {changeText(effect)} for {roleNames(effect.appliesTo)}.
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

function SourceEntry({ source: s, uses }: { source: Source; uses: FigureUse[] }) {
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
          <dd>{CONFIDENCE[s.confidence]}</dd>
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
          <UseList uses={uses} />
        </details>
      )}
    </section>
  );
}

function UseList({ uses }: { uses: FigureUse[] }) {
  return (
    <ul className="use-list">
      {uses.map((u, i) => (
        <li key={i}>
          {u.where}: <strong>{u.value}</strong>
        </li>
      ))}
    </ul>
  );
}
