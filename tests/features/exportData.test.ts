import { describe, expect, it } from 'vitest';
import { csvField, csvText, CSV_COLUMNS, toCsv } from '../../src/features/insights/exportCsv';
import { buildComparisonExport, SWITCH_ASSUMPTIONS, toJson } from '../../src/features/insights/exportData';
import { estimate } from '../../src/model/estimate';
import { checkOffer } from '../../src/model/offer';
import { switchPlanRows } from '../../src/model/exportRows';
import { jobReadyOf, planSwitch } from '../../src/model/switchPlan';
import { DEFAULT_SCENARIO } from '../../src/model/scenario';
import type { Scenario } from '../../src/model/types';
import { realDataset } from '../support/realData';
import { SAMPLE_OFFER } from '../support/offers';

const dataset = realDataset();
const scenario: Scenario = {
  ...DEFAULT_SCENARIO,
  roles: ['devops-engineer', 'ai-ml-engineer'],
  years: 4,
  company: 'startup',
  certs: ['cka'],
};
const SHARE_URL = 'https://paypath.example/?roles=devops-engineer,ai-ml-engineer&years=4';
const data = buildComparisonExport({
  scenario,
  dataset,
  estimates: estimate(scenario, dataset),
  shareUrl: SHARE_URL,
});

/** A minimal RFC 4180 reader, to check that what we write reads back as the same fields. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

describe('csvField', () => {
  it('leaves plain text and numbers as they are', () => {
    expect(csvField('DevOps Engineer')).toBe('DevOps Engineer');
    expect(csvField(133080)).toBe('133080');
    expect(csvField(1.272)).toBe('1.272');
    expect(csvField(null)).toBe('');
  });

  it('quotes a field with a comma, a quote or a line break, doubling the quotes', () => {
    expect(csvField('DevOps Engineer, 4 years')).toBe('"DevOps Engineer, 4 years"');
    expect(csvField('the "header" figure')).toBe('"the ""header"" figure"');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rlf')).toBe('"cr\rlf"');
  });

  it('guards text a spreadsheet would run as a formula', () => {
    expect(csvField('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('-20% to -10% on base')).toBe("'-20% to -10% on base");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\tcmd')).toBe("'\tcmd");
  });

  it('keeps negative numbers as numbers', () => {
    expect(csvField(-0.2)).toBe('-0.2');
    expect(csvField(-20)).toBe('-20');
  });

  it('writes nothing for a number that is not finite', () => {
    expect(csvField(Number.NaN)).toBe('');
    expect(csvField(Infinity)).toBe('');
  });
});

describe('csvText', () => {
  it('ends every line, the last one too, in CRLF', () => {
    expect(
      csvText([
        ['a', 1],
        ['b, c', null],
      ]),
    ).toBe('a,1\r\n"b, c",\r\n');
  });
});

describe('toCsv', () => {
  const csv = toCsv(data);
  const rows = parseCsv(csv);

  it('starts with the header', () => {
    expect(csv.split('\r\n')[0]).toBe(
      'section,role,item,value,low,typical,high,unit,detail,source,quote_or_assumption',
    );
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
  });

  it('gives every row as many fields as the header', () => {
    for (const row of rows) expect(row).toHaveLength(CSV_COLUMNS.length);
  });

  it('lists the inputs and the link that reopens them', () => {
    const inputs = rows.filter((r) => r[0] === 'input').map((r) => [r[2], r[3]]);
    expect(inputs).toEqual([
      ['roles', 'DevOps Engineer; AI/ML Engineer'],
      ['years', '4'],
      ['location', 'United States (national)'],
      ['company', 'Startup'],
      ['education', "Bachelor's degree"],
      ['certifications', 'Certified Kubernetes Administrator (CKA)'],
      ['skills', 'none'],
      ['share_url', SHARE_URL],
    ]);
  });

  it('writes each figure of each role as the engine computes it', () => {
    const [devops] = estimate(scenario, dataset);
    const base = rows.find((r) => r[0] === 'figure' && r[1] === 'DevOps Engineer' && r[2] === 'base');
    expect(base?.slice(4, 8)).toEqual([
      String(devops?.baseAnnualUsd.low),
      String(devops?.baseAnnualUsd.typical),
      String(devops?.baseAnnualUsd.high),
      'USD per year',
    ]);
    const hourly = rows.find((r) => r[0] === 'figure' && r[1] === 'AI/ML Engineer' && r[2] === 'hourly');
    expect(hourly?.[5]).toBe('');
    expect(hourly?.[7]).toBe('USD per hour');
    expect(hourly?.[9]).toBe('Detailed Salary Comparison: DevOps vs AI/ML Engineer');
    for (const item of ['base', 'bonus', 'equity', 'total']) {
      expect(rows.filter((r) => r[0] === 'figure' && r[2] === item)).toHaveLength(2);
    }
  });

  it('writes each factor with its multiplier, why, and source', () => {
    const company = rows.find(
      (r) => r[0] === 'factor' && r[1] === 'DevOps Engineer' && r[2] === 'company:startup',
    );
    expect(company?.slice(3, 9)).toEqual([
      'Startup',
      '0.85',
      '0.85',
      '0.85',
      'multiplier',
      'The source states -20% to -10%; the middle of that range is used.',
    ]);
    expect(company?.[9]).toMatch(/^\[1\] Detailed Salary Comparison: Backend Developer vs AI\/ML Engineer/);
    expect(company?.[10]).toContain(
      '[1] Company size: Startups may offer more equity but 10–20% lower base; large tech firms pay higher base and larger bonuses.',
    );
    expect(csv).toContain(
      `factor,DevOps Engineer,company:startup,Startup,0.85,0.85,0.85,multiplier,The source states -20% to -10%; the middle of that range is used.,`,
    );
  });

  it('writes each factor once per role, with all its sources numbered in its row', () => {
    const factorRows = rows.filter((r) => r[0] === 'factor');
    const keys = factorRows.map((r) => `${r[1]} ${r[2]}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const role of data.roles) {
      expect(factorRows.filter((r) => r[1] === role.title)).toHaveLength(role.factors.length);
      for (const f of role.factors) {
        const row = factorRows.find((r) => r[1] === role.title && r[2] === f.id);
        if (f.sources.length < 2) continue;
        // Every source is in the row, each numbered in both cells.
        f.sources.forEach((source, i) => {
          const name = 'assumption' in source ? 'Assumption' : source.title;
          expect(row?.[9]).toContain(`[${i + 1}] ${name}`);
          expect(row?.[10]).toContain(
            `[${i + 1}] ${'assumption' in source ? source.assumption : source.quote}`,
          );
        });
      }
    }
    // The fixture has a factor with two sources, so the numbering above is exercised.
    expect(data.roles.some((r) => r.factors.some((f) => f.sources.length > 1))).toBe(true);
  });

  it('writes an assumption as the source "Assumption" with its reason', () => {
    const equity = rows.filter((r) => r[0] === 'factor' && r[2] === 'equity:devops-engineer');
    expect(equity).toHaveLength(1);
    expect(equity[0]?.[7]).toBe('share of total compensation');
    expect(equity[0]?.[9]).toMatch(/^\[1\] Assumption(; \[\d\] Assumption)*$/);
    expect(equity[0]?.[10]).toMatch(/No source gives an equity share for DevOps Engineers/);
  });

  it('marks a startup’s equity for an AI/ML role as a share of base', () => {
    const equity = rows.find(
      (r) => r[0] === 'factor' && r[1] === 'AI/ML Engineer' && r[2] === 'equity:startup',
    );
    expect(equity?.slice(4, 8)).toEqual(['0.1', '0.35', '0.6', 'share of base']);
  });
});

describe('toJson', () => {
  it('is pretty-printed and reads back as the same data', () => {
    const json = toJson(data);
    expect(json.startsWith('{\n  "inputs": {\n    "shareUrl": ')).toBe(true);
    expect(JSON.parse(json)).toEqual(data);
  });
});

describe('the switch plan in the exports', () => {
  const target: Scenario = { ...DEFAULT_SCENARIO, roles: ['ai-engineer'], years: 4 };
  const withPlan = buildComparisonExport({
    scenario: target,
    dataset,
    estimates: estimate(target, dataset),
    shareUrl: SHARE_URL,
    switchFrom: 'backend-developer',
    carryPercent: 40,
  });
  const plan = planSwitch(dataset, {
    scenario: target,
    fromRoleId: 'backend-developer',
    carryPercent: 40,
    jobReadyMonths: jobReadyOf(dataset, 'ai-engineer').months,
  });

  it('is absent when no current role is chosen', () => {
    expect(data.switchPlan).toBeNull();
    expect(toCsv(data)).not.toMatch(/\r\nswitch,/);
  });

  it('gives the plan as the model computes it, with the assumptions it rests on', () => {
    const { assumptions, ...rows } = withPlan.switchPlan!;
    expect(rows).toEqual(switchPlanRows(target, dataset, 'backend-developer', 40));
    expect(assumptions).toEqual(SWITCH_ASSUMPTIONS);
    expect(Object.keys(withPlan.switchPlan!).slice(-2)).toEqual(['assumptions', 'path']);
  });

  it('writes a CSV row per year and path, and the ten-year gain', () => {
    const rows = parseCsv(toCsv(withPlan)).filter((r) => r[0] === 'switch');
    const value = (item: string) => rows.find((r) => r[2] === item)?.[3];
    expect(value('gain_10y')).toBe(String(plan.gain10yUsd));
    expect(value('carry_over')).toBe('40');
    for (const y of plan.path) {
      expect(value(`year_${y.year}_staying`)).toBe(String(y.stayAnnualUsd));
      expect(value(`year_${y.year}_switching`)).toBe(String(y.switchAnnualUsd));
      expect(value(`year_${y.year}_cumulative`)).toBe(String(y.cumulativeUsd));
    }
    expect(rows.every((r) => r.length === CSV_COLUMNS.length)).toBe(true);
  });
});

describe('the offer in the exports', () => {
  const offer = SAMPLE_OFFER;
  const estimates = estimate(scenario, dataset);
  const withOffer = buildComparisonExport({
    scenario,
    dataset,
    estimates,
    shareUrl: SHARE_URL,
    offer,
    counterPercentile: 65,
  });

  it('is absent when no offer is given', () => {
    expect(data.offer).toBeNull();
    expect(toCsv(data)).not.toMatch(/\r\noffer,/);
  });

  it('gives the offer, its totals and, per role, each part and the counter as the model computes them', () => {
    const exported = withOffer.offer!;
    expect(exported.offer).toMatchObject({ stockGrantUsd: 200000, vestYears: 4, stockAnnualUsd: 50000 });
    expect(exported.yearlyTotalAnnualUsd).toBe(215000);
    expect(exported.firstYearUsd).toBe(235000);
    for (const [i, e] of estimates.entries()) {
      const check = checkOffer(offer, e, 65);
      const role = exported.roles[i]!;
      expect(role.basePercentile).toBe(check.base!.percentile);
      expect(role.totalPercentile).toBe(check.total!.percentile);
      expect(role.counter?.baseAnnualUsd).toBe(check.counter!.base.annualUsd);
      expect(role.stock?.status).toBe(check.stock!.place.kind);
      // At a startup the bonus share is Carta's sourced 0–4%: a percentile, no assumption to state.
      expect(role.bonus).toMatchObject({ status: 'placed', note: null, sources: [] });
    }
    expect(JSON.parse(toJson(withOffer)).offer).toEqual(exported);
  });

  it('writes an offer section in the CSV: the offer once, then each role’s percentiles and counter', () => {
    const rows = parseCsv(toCsv(withOffer)).filter((r) => r[0] === 'offer');
    expect(rows.every((r) => r.length === CSV_COLUMNS.length)).toBe(true);
    const value = (item: string, role = '') => rows.find((r) => r[2] === item && r[1] === role)?.[3];
    expect(value('offer_base')).toBe('150000');
    expect(value('offer_stock_per_year')).toBe('50000');
    expect(value('offer_sign_on')).toBe('20000');
    expect(value('offer_yearly_total')).toBe('215000');
    expect(value('counter_percentile')).toBe('65');
    for (const [i, e] of estimates.entries()) {
      const role = withOffer.offer!.roles[i]!;
      expect(value('base_percentile', e.title)).toBe(String(role.basePercentile));
      expect(value('counter_base', e.title)).toBe(String(role.counter!.baseAnnualUsd));
      expect(value('counter_base_gap', e.title)).toBe(String(role.counter!.baseAnnualUsd - 150000));
    }
  });

  it('gives the assumption, not a percentile, for a share that is assumed, with the source column saying so', () => {
    const plain = buildComparisonExport({
      scenario: DEFAULT_SCENARIO,
      dataset,
      estimates: estimate(DEFAULT_SCENARIO, dataset),
      shareUrl: SHARE_URL,
      offer,
    });
    const bonus = plain.offer!.roles[0]!.bonus!;
    expect(bonus).toMatchObject({ status: 'assumed', percentile: null });
    expect(bonus.note).toMatch(/is an assumption/);
    expect(bonus.sources[0]).toHaveProperty('assumption');
    const row = parseCsv(toCsv(plain)).find((r) => r[0] === 'offer' && r[2] === 'bonus_percentile');
    expect(row?.[3]).toBe('');
    // One row, however many sources: several are numbered in it.
    expect(row?.[9]).toMatch(/^(\[1\] )?Assumption/);
  });
});
