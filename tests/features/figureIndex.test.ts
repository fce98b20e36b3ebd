import { describe, expect, it } from 'vitest';
import { assumptionGroups, figureUses, usesBySource } from '../../src/features/methodology/figureIndex';
import { realDataset } from '../support/realData';

const uses = figureUses(realDataset());

describe('figureUses', () => {
  it('says where each figure sits, in plain words, with its value', () => {
    const said = uses.map((u) => `${u.where}: ${u.value}`);
    expect(said).toContain('DevOps Engineer, mid band, low: $95,000');
    expect(said).toContain('Seattle (Seattle–Tacoma–Bellevue), metro pay ÷ national pay: × 1.272');
    expect(said).toContain('Startup, change to base pay, low: -20%');
    expect(said).toContain('DevOps Engineer, projected growth to 2034: +29.2%');
    expect(said).toContain("DevOps Engineer, typical education: Bachelor's degree");
  });

  it('keeps each figure’s provenance', () => {
    const band = uses.find((u) => u.where === 'DevOps Engineer, mid band, low');
    expect(band?.provenance).toEqual({
      source: 'devops-vs-aiml',
      quote: 'DevOps Engineer (U.S. market): entry-level $70K–$95K, mid $95K–$140K, senior $140K–$200K.',
    });
  });
});

describe('usesBySource', () => {
  it('files sourced figures under their source and leaves assumptions out', () => {
    const bySource = usesBySource(uses);
    expect(bySource.get('bls-oews-2024')?.some((u) => u.where.startsWith('Seattle'))).toBe(true);
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
    expect(none?.uses.map((u) => u.where)).toEqual([
      'Any / not sure, change to base pay, low',
      'Any / not sure, change to base pay, high',
    ]);
  });
});
