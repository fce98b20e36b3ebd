import type { ReactNode } from 'react';
import type { Fact, Role, Source } from '../../model/domain';
import { formatMultiplier } from '../../lib/format';
import { provenanceOf } from '../../model/provenance';
import type { Provenance } from '../../model/types';
import { SourceNote } from '../../components/SourceNote';
import { PROFILE_FACTS } from '../../lib/profileWords';
import { Disclosure } from '../../components/Disclosure';

const GROWTH_LABEL = 'Projected growth to 2034';

/** One answer with its source behind a small "Source" disclosure, as on the cards' formula. */
function Entry({
  label,
  provenance,
  sources,
  children,
}: {
  label: string;
  provenance: Provenance | null;
  sources: Source[];
  children: ReactNode;
}) {
  const assumed = provenance !== null && 'assumption' in provenance;
  return (
    <div className="profile__item">
      <dt>{label}</dt>
      <dd>
        {children}
        {assumed && <span className="badge badge--assumption">assumption</span>}
        {provenance !== null && (
          <details className="source-popover">
            <summary>
              Source <span className="visually-hidden">of {label.toLowerCase()}</span>
            </summary>
            <SourceNote provenance={provenance} sources={sources} />
          </details>
        )}
      </dd>
    </div>
  );
}

function Profile({ role, sources, open }: { role: Role; sources: Source[]; open: boolean }) {
  const { growthTo2034 } = role.profile;
  const facts = PROFILE_FACTS.flatMap(({ field, label }) => {
    const fact: Fact | undefined = role.profile[field];
    return fact === undefined ? [] : [{ field, label, fact }];
  });
  return (
    <Disclosure className="insight panel" initiallyOpen={open}>
      <summary>Role profile: {role.title}</summary>
      <dl className="profile">
        <Entry
          label={GROWTH_LABEL}
          provenance={growthTo2034 === null ? null : provenanceOf(growthTo2034)}
          sources={sources}
        >
          {growthTo2034 === null ? (
            'No source gives a projection'
          ) : (
            <strong>{formatMultiplier(1 + growthTo2034.value / 100)}</strong>
          )}
        </Entry>
        {facts.map(({ field, label, fact }) => (
          <Entry key={field} label={label} provenance={provenanceOf(fact)} sources={sources}>
            {fact.text}
          </Entry>
        ))}
      </dl>
    </Disclosure>
  );
}

/** What each chosen role is like to work in, every answer with its source. */
export function RoleProfiles({ roles, sources }: { roles: Role[]; sources: Source[] }) {
  return (
    <section className="insights__section" aria-labelledby="profiles-heading">
      <h2 id="profiles-heading">Role profiles</h2>
      {roles.map((role, i) => (
        <Profile key={role.id} role={role} sources={sources} open={i === 0} />
      ))}
    </section>
  );
}
