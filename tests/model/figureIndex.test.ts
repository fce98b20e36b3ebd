import { describe, expect, it } from 'vitest';
import { assumptionGroups, figureUses, usesBySource } from '../../src/model/figureIndex';
import { realDataset } from '../support/realData';

const uses = figureUses(realDataset());
const devopsMidLow = uses.find(
  (u) =>
    u.subject === 'DevOps Engineer' && u.item.kind === 'band' && u.item.level === 'mid' && u.end === 'low',
);

describe('figureUses', () => {
  it('says where each figure sits, with its value and unit', () => {
    expect(devopsMidLow?.value).toEqual({ unit: 'usd', value: 95_000 });
    const seattle = uses.find((u) => u.subject.startsWith('Seattle') && u.item.kind === 'location-ratio');
    expect(seattle?.value).toEqual({ unit: 'ratio', value: 1.272 });
    const startup = uses.find(
      (u) => u.subject === 'Startup' && u.item.kind === 'base-change' && u.end === 'low',
    );
    expect(startup?.value).toEqual({ unit: 'change', value: -20 });
    const growth = uses.find((u) => u.subject === 'DevOps Engineer' && u.item.kind === 'growth-to-2034');
    expect(growth?.value).toEqual({ unit: 'change', value: 29.2 });
    const education = uses.find(
      (u) => u.subject === 'DevOps Engineer' && u.item.kind === 'profile' && u.item.field === 'education',
    );
    expect(education?.value).toEqual({ unit: 'text', text: "Bachelor's degree" });
  });

  it('keeps each figure’s provenance', () => {
    expect(devopsMidLow?.provenance).toEqual({
      source: 'devops-vs-aiml',
      quote: 'DevOps Engineer (U.S. market): entry-level $70K–$95K, mid $95K–$140K, senior $140K–$200K.',
    });
  });
});

describe('usesBySource', () => {
  it('files sourced figures under their source and leaves assumptions out', () => {
    const bySource = usesBySource(uses);
    expect(bySource.get('bls-oews-2024')?.some((u) => u.subject.startsWith('Seattle'))).toBe(true);
    const filed = [...bySource.values()].flat();
    expect(filed.every((u) => 'source' in u.provenance)).toBe(true);
    expect(filed.length + uses.filter((u) => 'assumption' in u.provenance).length).toBe(uses.length);
  });
});

describe('assumptionGroups', () => {
  it('lists each assumption once with every figure resting on it', () => {
    const groups = assumptionGroups(uses);
    expect(new Set(groups.map((g) => g.assumption)).size).toBe(groups.length);
    const none = groups.find((g) => g.assumption === 'No adjustment: no company type chosen.');
    expect(none?.uses.map((u) => [u.subject, u.item.kind, u.end])).toEqual([
      ['Any / not sure', 'base-change', 'low'],
      ['Any / not sure', 'base-change', 'high'],
    ]);
  });
});
