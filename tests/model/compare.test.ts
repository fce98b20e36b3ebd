import { describe, expect, it } from 'vitest';
import { comparisonDollars, levelComparisons, publicChecks } from '../../src/model/compare';
import { realDataset } from '../support/realData';
import { fixture } from '../support/fixture';

describe('levelComparisons', () => {
  it('puts each source’s band beside the pooled band the model uses, with how far apart they are', () => {
    const [entry] = levelComparisons(fixture, 'ai-ml-engineer');
    expect(entry?.stated.map((b) => [b.low.value, b.high.value])).toEqual([
      [80000, 100000],
      [100000, 120000],
    ]);
    expect(entry?.used.typical).toBeCloseTo(98985, 0);
    // Lows 80,000 and 100,000 are 25% of the smaller apart: more than a fifth.
    expect(entry?.spread).toMatchObject({ lowsApart: 0.25, highsApart: 0.2, differ: true });
  });
  it('gives a single stated band back as it is, the 25th and 75th percentiles being its ends', () => {
    const mid = levelComparisons(fixture, 'devops-engineer')[1];
    expect(mid?.used.low).toBeCloseTo(80000, 6);
    expect(mid?.used.high).toBeCloseTo(120000, 6);
    expect(mid?.spread).toBeNull();
  });
  it('marks a derived role’s levels and cites the range they are derived from', () => {
    const levels = levelComparisons(fixture, 'ml-engineer');
    expect(levels.every((l) => l.derived && l.stated.length === 0)).toBe(true);
    expect(levels[0]?.provenance).toEqual([
      { source: 'a', quote: 'a says 100000' },
      { source: 'a', quote: 'a says 144000' },
    ]);
  });
  it('lists every dollar figure shown, for one shared scale', () => {
    const dollars = comparisonDollars(levelComparisons(fixture, 'devops-engineer'));
    expect(Math.min(...dollars)).toBeCloseTo(60000, 6);
    expect(Math.max(...dollars)).toBeCloseTo(160000, 6);
  });
});

describe('publicChecks', () => {
  const dataset = realDataset();
  const devops = dataset.index.roles.get('devops-engineer')!;
  const { crossChecks, averages } = publicChecks(dataset, devops);

  it('gives each public cross-check with what it measures and when its source dates it', () => {
    const median = crossChecks.find(
      (c) => c.label === 'BLS OEWS May 2024, software developers (15-1252): median',
    );
    expect(median).toMatchObject({
      annualUsd: 133080,
      measures: 'all experience levels, employer survey, May 2024',
      vintage: 'May 2024',
      provenance: { source: 'bls-oews-2024', quote: 'National median (A_MEDIAN) | $133,080' },
    });
  });

  it('gives only the averages a source quotes, with no measure where the source states none', () => {
    // DevOps's third figure, "Top earners: up to $150,000 or more", is a top figure, not an average.
    expect(averages.map((a) => [a.label, a.annualUsd])).toEqual([
      ['Average salary', 115000],
      ['Average annual salary (article header)', 148542],
    ]);
    expect(averages[0]).toMatchObject({ measures: null, vintage: 'undated (read 2026)' });
  });
});
