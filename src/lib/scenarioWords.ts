/**
 * The scenario in a few words, for the phone's summary above the figures, each card's own line and
 * the printout: the data's own labels, in the order of the form.
 */
import type { Dataset } from '../model/dataset';
import type { VintageSpan } from '../model/estimateSources';
import { DEFAULT_SCENARIO } from '../model/scenario';
import type { Scenario } from '../model/types';
import { formatYears } from './format';

const SEPARATOR = ' · ';

/** A metro's label without its long form in brackets: "Seattle (Seattle–Tacoma–Bellevue)" → "Seattle". */
const shortPlace = (label: string): string => label.replace(/\s*\(.*\)\s*$/, '');

/**
 * Everything but the roles: years, location, employer, education, then each certification and skill.
 * Defaults are stated too ("United States", "any employer"), so a line always says where it stands;
 * `brief` leaves out an employer and an education left at their defaults (the phone's summary, which
 * must stay within a few lines above the figures; the cards and the printout state them).
 */
export function scenarioDetails(dataset: Dataset, s: Scenario, { brief = false } = {}): string[] {
  const { index } = dataset;
  const company = index.companies.get(s.company)?.label ?? s.company;
  const defaultCompany = s.company === DEFAULT_SCENARIO.company;
  const defaultEducation = s.education === DEFAULT_SCENARIO.education;
  return [
    formatYears(s.years),
    shortPlace(index.locations.get(s.location)?.label ?? s.location),
    ...(brief && defaultCompany ? [] : [defaultCompany ? 'any employer' : `${company} employer`]),
    ...(brief && defaultEducation ? [] : [index.education.get(s.education)?.label ?? s.education]),
    ...[...s.certs, ...s.skills].map((id) => index.options.get(id)?.label ?? id),
  ];
}

/** The roles by their short titles, in the order chosen: "DevOps Engineer, AI/ML Engineer". */
export const scenarioRoles = (dataset: Dataset, s: Scenario): string =>
  s.roles.map((id) => dataset.index.roles.get(id)?.shortTitle ?? id).join(', ');

/** The whole scenario on one line: "DevOps Engineer · 5 years · United States · any employer · …". */
export const scenarioLine = (dataset: Dataset, s: Scenario): string =>
  [scenarioRoles(dataset, s), ...scenarioDetails(dataset, s)].join(SEPARATOR);

/** A card's line: the card's heading names the role, so this is the rest. */
export const cardScenarioLine = (dataset: Dataset, s: Scenario): string =>
  `For ${scenarioDetails(dataset, s).join(SEPARATOR)}`;

const list = (years: number[]) =>
  years.length <= 1 ? years.join('') : `${years.slice(0, -1).join(', ')} and ${years.at(-1)}`;

/** "Data: sources dated 2017–2026, and 3 undated ones read in 2026." from the sources' own vintages. */
export function vintageLine({ years, undated }: VintageSpan): string {
  const dated =
    years === null
      ? ''
      : `sources dated ${years.from === years.to ? years.from : `${years.from}–${years.to}`}`;
  const read = undated.readYears.length > 0 ? ` read in ${list(undated.readYears)}` : '';
  const noun = dated === '' ? 'source' : 'one';
  const undatedText =
    undated.count === 0 ? '' : `${undated.count} undated ${noun}${undated.count === 1 ? '' : 's'}${read}`;
  const parts = [dated, undatedText].filter((p) => p !== '');
  return parts.length === 0 ? 'Data: no source is dated.' : `Data: ${parts.join(', and ')}.`;
}

/** A pinned baseline's settings (no roles: it applies to whichever are chosen): "5 years · Seattle · …". */
export const settingsSummary = (dataset: Dataset, settings: Omit<Scenario, 'roles'>): string =>
  scenarioDetails(dataset, { ...settings, roles: [] }).join(SEPARATOR);
