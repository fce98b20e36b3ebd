import { describe, expect, it } from 'vitest';
import { cardScenarioLine, scenarioDetails, scenarioLine, vintageLine } from '../../src/lib/scenarioWords';
import { DEFAULT_SCENARIO } from '../../src/model/scenario';
import { realDataset } from '../support/realData';

const dataset = realDataset();
const label = <T extends { id: string; label: string }>(xs: T[], id: string) =>
  xs.find((x) => x.id === id)!.label;

describe('the scenario in words', () => {
  it('states the defaults too, so a line always says where it stands', () => {
    expect(scenarioLine(dataset, DEFAULT_SCENARIO)).toBe(
      `DevOps Engineer · 5 years · United States · any employer · ${label(dataset.modifiers.education, 'bachelors')}`,
    );
  });

  it("uses the data's labels, a metro without its long form, and every certification and skill", () => {
    const m = dataset.modifiers;
    const s = {
      ...DEFAULT_SCENARIO,
      roles: ['ml-engineer' as const, 'ai-engineer' as const],
      years: 1,
      location: 'seattle',
      company: 'startup',
      education: 'masters',
      certs: ['cka'],
      skills: ['terraform'],
    };
    expect(scenarioLine(dataset, s)).toBe(
      [
        'ML Engineer, AI Engineer',
        '1 year',
        'Seattle',
        `${label(m.companies, 'startup')} employer`,
        label(m.education, 'masters'),
        label(m.certifications, 'cka'),
        label(m.skills, 'terraform'),
      ].join(' · '),
    );
    // A card's heading names its role: its line is the rest.
    expect(cardScenarioLine(dataset, s)).toBe(
      `For ${scenarioLine(dataset, s).split(' · ').slice(1).join(' · ')}`,
    );
  });
});

describe("the phone's brief summary", () => {
  it('leaves out an employer and an education left at their defaults, and names them once chosen', () => {
    const full = scenarioDetails(dataset, DEFAULT_SCENARIO);
    expect(scenarioDetails(dataset, DEFAULT_SCENARIO, { brief: true })).toEqual(full.slice(0, 2));
    const chosen = { ...DEFAULT_SCENARIO, company: 'finance', education: 'phd' };
    expect(scenarioDetails(dataset, chosen, { brief: true })).toEqual(scenarioDetails(dataset, chosen));
  });
});

describe("the data's vintage in one line", () => {
  it('gives the span of dated sources and the undated ones with the year they were read', () => {
    expect(vintageLine({ years: { from: 2017, to: 2025 }, undated: { count: 2, readYears: [2026] } })).toBe(
      'Data: sources dated 2017–2025, and 2 undated ones read in 2026.',
    );
    expect(vintageLine({ years: { from: 2024, to: 2024 }, undated: { count: 0, readYears: [] } })).toBe(
      'Data: sources dated 2024.',
    );
    expect(vintageLine({ years: null, undated: { count: 1, readYears: [2025, 2026] } })).toBe(
      'Data: 1 undated source read in 2025 and 2026.',
    );
    expect(vintageLine({ years: null, undated: { count: 0, readYears: [] } })).toBe(
      'Data: no source is dated.',
    );
  });
});
