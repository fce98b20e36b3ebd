/** A scenario's settings in a few words, for saying what a figure is for ("8 years · Seattle · Startup"). */
import type { Dataset } from '../model/dataset';
import { DEFAULT_SCENARIO } from '../model/scenario';
import type { Scenario } from '../model/types';
import { optionLabel } from './explain';
import { formatYears } from './format';

/** The short form of a label: "Seattle (Seattle–Tacoma–Bellevue)" → "Seattle". */
const short = (label: string) => label.replace(/\s*\(.*\)$/, '');

/** Years, location, employer, education, then any certifications and skills, in the data's words. */
export function settingsParts(dataset: Dataset, s: Omit<Scenario, 'roles'>): string[] {
  const { index } = dataset;
  const company =
    s.company === DEFAULT_SCENARIO.company ? 'any employer' : short(optionLabel(dataset, s.company));
  return [
    formatYears(s.years),
    short(index.locations.get(s.location)?.label ?? s.location),
    company,
    short(optionLabel(dataset, s.education)),
    ...s.certs.map((id) => short(optionLabel(dataset, id))),
    ...s.skills.map((id) => short(optionLabel(dataset, id))),
  ];
}

export const settingsSummary = (dataset: Dataset, s: Omit<Scenario, 'roles'>): string =>
  settingsParts(dataset, s).join(' · ');
