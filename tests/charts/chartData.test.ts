import { describe, expect, it } from 'vitest';
import { compareChartRows, experienceChartRows, totalRangeError } from '../../src/charts/chartData';
import type { CompareRow, ExperienceSeries } from '../../src/model/series';

const row: CompareRow = {
  roleId: 'ml-engineer',
  title: 'ML Engineer',
  base: 120_000,
  bonus: 12_000,
  equity: 18_000,
  totalTypical: 150_000,
  totalRange: [110_000, 200_000],
};

describe('totalRangeError', () => {
  it('gives ErrorBar offsets below and above the top of the stack', () => {
    expect(totalRangeError(row)).toEqual([40_000, 50_000]);
  });

  it('measures from base + bonus + equity, where recharts draws the stack top', () => {
    expect(totalRangeError({ ...row, totalTypical: 151_000 })).toEqual([40_000, 50_000]);
  });

  it('never gives a negative offset when the range does not contain the typical total', () => {
    expect(totalRangeError({ ...row, totalRange: [160_000, 140_000] })).toEqual([0, 0]);
  });
});

describe('compareChartRows', () => {
  it('renames fields to keys that are not DOM attributes and adds the stack top and whisker offsets', () => {
    expect(compareChartRows([row])).toEqual([
      {
        roleTitle: 'ML Engineer',
        baseUsd: 120_000,
        bonusUsd: 12_000,
        equityUsd: 18_000,
        stackTopUsd: 150_000,
        totalRangeErrorUsd: [40_000, 50_000],
      },
    ]);
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
