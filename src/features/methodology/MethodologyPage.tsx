import { useEffect, useMemo } from 'react';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useLocation } from 'react-router';
import { DataBoundary } from '../../components/DataBoundary';
import { useDataset } from '../../data/useDataset';
import { assumptionGroups, figureUses, usesBySource } from '../../model/figureIndex';
import { ClaimsTable } from './ClaimsTable';
import { ModelExplained } from './ModelExplained';
import { CompanyEntry, EducationEntry, GroupEntry, LocationEntry } from './ModifierEntries';
import { RoleEntry } from './RoleEntry';
import { AssumptionList, SourceEntry } from './SourceEntries';

const HEADING = 'How Paypath estimates pay';
/** The page's title, also written into its prerendered HTML. */
export const METHODOLOGY_TITLE = `${HEADING} — Paypath`;

export function MethodologyPage() {
  useDocumentTitle(METHODOLOGY_TITLE);
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
            <LocationEntry key={l.id} location={l} dataset={dataset} />
          ))}
        </ul>
      </section>

      <section id="companies" aria-labelledby="companies-heading">
        <h2 id="companies-heading">{title('companies')}</h2>
        {dataset.modifiers.companies.map((c) => (
          <CompanyEntry key={c.id} company={c} dataset={dataset} />
        ))}
      </section>

      <section id="certifications-and-skills" aria-labelledby="groups-heading">
        <h2 id="groups-heading">{title('certifications-and-skills')}</h2>
        <p>
          Certifications and skills that a source prices together form a group. Several members of a group
          never earn more than the group’s range.
        </p>
        {dataset.modifiers.groups.map((g) => (
          <GroupEntry key={g.id} group={g} dataset={dataset} />
        ))}
      </section>

      <section id="education" aria-labelledby="education-heading">
        <h2 id="education-heading">{title('education')}</h2>
        {dataset.modifiers.education.map((e) => (
          <EducationEntry key={e.id} education={e} dataset={dataset} />
        ))}
      </section>

      <section id="sources" aria-labelledby="sources-heading">
        <h2 id="sources-heading">{title('sources')}</h2>
        {sources.map((s) => (
          <SourceEntry key={s.id} source={s} uses={bySource.get(s.id) ?? []} dataset={dataset} />
        ))}
      </section>

      <section id="assumptions" aria-labelledby="assumptions-heading">
        <h2 id="assumptions-heading">{title('assumptions')}</h2>
        <p>
          Where no source gives a figure, Paypath states an assumption and why. Each one is listed once, with
          the figures that rest on it.
        </p>
        <AssumptionList groups={assumptions} dataset={dataset} />
      </section>
    </article>
  );
}
