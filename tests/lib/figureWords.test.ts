import { describe, expect, it } from 'vitest';
import { figureValueText, figureWhereText } from '../../src/lib/figureWords';
import { assumptionGroups, figureUses } from '../../src/model/figureIndex';
import { realDataset } from '../support/realData';

const dataset = realDataset();
const uses = figureUses(dataset);
const said = uses.map((u) => `${figureWhereText(dataset, u)}: ${figureValueText(u.value)}`);

describe('a figure in words', () => {
  it('says where each figure sits, in plain words, with its value', () => {
    expect(said).toContain('DevOps Engineer, mid band, low: $95,000');
    expect(said).toContain('Seattle (Seattle–Tacoma–Bellevue), metro pay ÷ national pay: × 1.272');
    expect(said).toContain('Startup, change to base pay, low: -20%');
    expect(said).toContain('DevOps Engineer, projected growth to 2034: +29.2%');
    expect(said).toContain("DevOps Engineer, typical education: Bachelor's degree");
    expect(said).toContain('AI/ML Engineer, contract rate, high: $200 an hour');
    expect(said).toContain('Backend Developer, months to become job-ready, high: 6 months');
  });

  it('names the figures resting on an assumption the same way', () => {
    const none = assumptionGroups(uses).find(
      (g) => g.assumption === 'No adjustment: no company type chosen.',
    );
    expect(none?.uses.map((u) => figureWhereText(dataset, u))).toEqual([
      'Any / not sure, change to base pay, low',
      'Any / not sure, change to base pay, high',
    ]);
  });
});
