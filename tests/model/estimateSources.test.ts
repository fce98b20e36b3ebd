import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/model/dataset';
import type { Source } from '../../src/model/domain';
import { estimate } from '../../src/model/estimate';
import { estimateSources, vintageSpan, vintageYears } from '../../src/model/estimateSources';
import type { Provenance } from '../../src/model/types';
import { scenarioArb } from '../support/arbitraries';
import { fixture } from '../support/fixture';
import { realDataset } from '../support/realData';

const RUNS = { numRuns: 100 };
const cited = (ps: Provenance[]) => ps.flatMap((p) => ('source' in p ? [p.source] : []));
const source = (vintage: string, id = vintage): Source => ({
  id,
  title: id,
  kind: 'article',
  vintage,
  confidence: 'article',
  citation: id,
});

describe('the years a vintage names, as sources.json writes them', () => {
  it.each([
    ['May 2024', [2024]],
    ['Q4 2023', [2023]],
    ['2025-02-13', [2025]],
    ['2017–21', [2017, 2021]],
    ['July 2025–June 2026', [2025, 2026]],
    ['L6 about Feb 2023; L3 sample dated 2026 (as stored)', [2023, 2026]],
    ['undated (read 2026)', []],
  ])('%s', (vintage, years) => {
    expect(vintageYears(vintage)).toEqual(years);
  });

  it('finds any four-digit year written after words, and never throws on any text', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[A-Za-z ]{0,12}$/),
        fc.integer({ min: 1000, max: 9999 }),
        (words, year) => {
          expect(vintageYears(`${words} ${year}`)).toEqual([year]);
        },
      ),
      RUNS,
    );
    fc.assert(
      fc.property(fc.string(), (text) => {
        for (const y of vintageYears(text)) expect(Number.isInteger(y)).toBe(true);
      }),
      RUNS,
    );
  });
});

describe('the span of years some sources are dated', () => {
  it('runs from the earliest to the latest year, and counts the undated ones with the year they were read', () => {
    expect(
      vintageSpan([
        source('2017–21'),
        source('undated (read 2026)', 'a'),
        source('May 2024'),
        source('undated (read 2025)', 'b'),
      ]),
    ).toEqual({ years: { from: 2017, to: 2024 }, undated: { count: 2, readYears: [2025, 2026] } });
    expect(vintageSpan([])).toEqual({ years: null, undated: { count: 0, readYears: [] } });
  });

  it('holds every dated source inside it, on the shipped sources', () => {
    const sources = realDataset().sources.sources;
    fc.assert(
      fc.property(fc.subarray(sources, { minLength: 1 }), (some) => {
        const { years, undated } = vintageSpan(some);
        for (const s of some)
          for (const y of vintageYears(s.vintage)) {
            expect(years?.from).toBeLessThanOrEqual(y);
            expect(years?.to).toBeGreaterThanOrEqual(y);
          }
        expect(undated.count).toBe(some.filter((s) => s.vintage.startsWith('undated')).length);
      }),
      RUNS,
    );
  });
});

describe.each<[string, () => Dataset]>([
  ['fixture', () => fixture],
  ['shipped data', realDataset],
])('the sources behind an estimate, on the %s', (_name, load) => {
  const dataset = load();
  const order = dataset.sources.sources.map((s) => s.id);

  it('hold every source the band, the factors, the pay mix and the public position cite, each once, in the order of sources.json', () => {
    fc.assert(
      fc.property(scenarioArb(dataset), (s) => {
        for (const e of estimate(s, dataset)) {
          const ids = estimateSources(e, dataset).map((x) => x.id);
          expect(new Set(ids).size).toBe(ids.length);
          expect([...ids].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(ids);
          const cites = [
            ...e.factors.flatMap((f) => cited(f.provenance)),
            ...cited(e.compensationMix.bonus.provenance),
            ...cited(e.compensationMix.equity.provenance),
            ...cited(e.publicPosition.provenance),
          ];
          for (const id of cites) expect(ids).toContain(id);
        }
      }),
      RUNS,
    );
  });
});
