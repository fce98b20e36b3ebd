import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  charsThatFit,
  compareChartRows,
  experienceChartRows,
  experienceSeriesOf,
  wrapLabel,
} from '../../src/charts/chartData';
import { HOURS_PER_YEAR } from '../../src/model/period';
import { DEFAULT_SCENARIO } from '../../src/model/scenario';
import { experienceSeries, type CompareRow, type ExperienceSeries } from '../../src/model/series';
import type { Scenario } from '../../src/model/types';
import { realDataset } from '../support/realData';

const row: CompareRow = {
  roleId: 'ml-engineer',
  title: 'ML Engineer',
  base: 120_000,
  bonus: 12_000,
  equity: 18_000,
  totalTypical: 150_000,
  totalRange: [110_000, 200_000],
};

describe('compareChartRows', () => {
  it('renames fields to keys that are not DOM attributes and carries the total range for the whisker', () => {
    expect(compareChartRows([row])).toEqual([
      {
        roleTitle: 'ML Engineer',
        baseUsd: 120_000,
        bonusUsd: 12_000,
        equityUsd: 18_000,
        totalLowUsd: 110_000,
        totalHighUsd: 200_000,
      },
    ]);
  });
});

describe('charts in a period', () => {
  it('scale every dollar figure alike, so the picture is the year on another scale', () => {
    const [month] = compareChartRows([row], 'monthly');
    expect(month).toEqual({
      roleTitle: 'ML Engineer',
      baseUsd: 10_000,
      bonusUsd: 1_000,
      equityUsd: 1_500,
      totalLowUsd: 110_000 / 12,
      totalHighUsd: 200_000 / 12,
    });
    const [hour] = compareChartRows([row], 'hourly');
    expect(hour?.totalHighUsd).toBeCloseTo(200_000 / HOURS_PER_YEAR, 9);
    const series: ExperienceSeries[] = [
      {
        roleId: 'ml-engineer',
        title: 'ML Engineer',
        points: [{ years: 3, typical: 120_000, range: [96_000, 144_000] }],
      },
    ];
    expect(experienceChartRows(series, 'monthly')).toEqual([
      { years: 3, r0Typical: 10_000, r0Range: [8_000, 12_000] },
    ]);
  });
});

describe('wrapLabel', () => {
  it('breaks a role name at spaces to fit its bar, and keeps short names whole', () => {
    expect(wrapLabel('DevOps Engineer', 30)).toEqual(['DevOps Engineer']);
    expect(wrapLabel('DevOps Engineer', 10)).toEqual(['DevOps', 'Engineer']);
    expect(wrapLabel('Machine Learning Engineer / AI Specialist', 12)).toEqual([
      'Machine',
      'Learning',
      'Engineer /…',
    ]);
  });

  it('cuts a word longer than the line with an ellipsis', () => {
    expect(wrapLabel('Supercalifragilistic', 8)).toEqual(['Superca…']);
  });

  it('never gives a line longer than the room, nor more lines than asked, and loses no word it keeps', () => {
    const word = fc.string({ minLength: 1, maxLength: 14 }).filter((w) => !/\s/.test(w));
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 2, max: 40 }),
        fc.integer({ min: 1, max: 4 }),
        (words, room, maxLines) => {
          const lines = wrapLabel(words.join(' '), room, maxLines);
          expect(lines.length).toBeGreaterThanOrEqual(1);
          expect(lines.length).toBeLessThanOrEqual(maxLines);
          for (const line of lines) expect(line.length).toBeLessThanOrEqual(room);
          // Without cuts, the lines are the words in order.
          if (!lines.some((l) => l.endsWith('…'))) expect(lines.join(' ')).toBe(words.join(' '));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('counts the characters that fit a width generously, and at least one', () => {
    expect(charsThatFit(168, 14)).toBe(20);
    expect(charsThatFit(0, 14)).toBe(1);
  });
});

describe('experienceChartRows', () => {
  const series: ExperienceSeries[] = [
    {
      roleId: 'ml-engineer',
      title: 'ML Engineer',
      points: [
        { years: 0, typical: 100_000, range: [80_000, 120_000] },
        { years: 1, typical: 105_000, range: [84_000, 126_000] },
      ],
    },
    {
      roleId: 'devops-engineer',
      title: 'DevOps Engineer',
      points: [
        { years: 1, typical: 98_000, range: [90_000, 110_000] },
        { years: 0, typical: 95_000, range: [85_000, 105_000] },
      ],
    },
  ];

  it('merges every role into one row per year, keyed by the role position', () => {
    expect(experienceChartRows(series)).toEqual([
      {
        years: 0,
        r0Typical: 100_000,
        r0Range: [80_000, 120_000],
        r1Typical: 95_000,
        r1Range: [85_000, 105_000],
      },
      {
        years: 1,
        r0Typical: 105_000,
        r0Range: [84_000, 126_000],
        r1Typical: 98_000,
        r1Range: [90_000, 110_000],
      },
    ]);
  });

  it('leaves a role out of a year it has no point for', () => {
    const rows = experienceChartRows([series[0]!, { ...series[1]!, points: series[1]!.points.slice(0, 1) }]);
    expect(rows[0]).toEqual({ years: 0, r0Typical: 100_000, r0Range: [80_000, 120_000] });
  });

  it('gives no rows for no series', () => {
    expect(experienceChartRows([])).toEqual([]);
  });
});

describe('experienceSeriesOf', () => {
  const dataset = realDataset();
  const scenario: Scenario = {
    ...DEFAULT_SCENARIO,
    roles: ['devops-engineer', 'mlops-engineer'],
    years: 3,
  };

  it('is the series of the scenario, every number of years on it', () => {
    expect(experienceSeriesOf(scenario, dataset)).toEqual(experienceSeries(scenario, dataset));
  });

  it('is the same array while only the years change, so dragging the slider redraws only the marker', () => {
    const series = experienceSeriesOf(scenario, dataset);
    expect(experienceSeriesOf({ ...scenario, years: 9 }, dataset)).toBe(series);
  });

  it('is worked out again when anything else changes', () => {
    const series = experienceSeriesOf(scenario, dataset);
    const elsewhere = { ...scenario, location: 'seattle' };
    expect(experienceSeriesOf(elsewhere, dataset)).not.toBe(series);
    expect(experienceSeriesOf(elsewhere, dataset)).toEqual(experienceSeries(elsewhere, dataset));
    expect(experienceSeriesOf({ ...elsewhere, roles: ['devops-engineer'] }, dataset)).toHaveLength(1);
  });
});
