import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO } from '../../src/model/scenario';
import {
  catalogOf,
  decodeScenario,
  DEFAULT_VIEW,
  encodeScenario,
  DEFAULT_PIN_NAME,
  MAX_NOTICES,
  MAX_OFFER_USD,
  MAX_PIN_NAME_LENGTH,
  MAX_VEST_YEARS,
  MIN_VEST_YEARS,
  offerPackageOf,
  settingsOf,
  show,
} from '../../src/state/url';
import { COUNTER_PERCENTILES } from '../../src/model/offerPackage';
import { malformedLinkArb, scenarioArb } from '../support/arbitraries';
import { fixture } from '../support/fixture';
import { realDataset } from '../support/realData';

const catalog = catalogOf(fixture);
const canonical = (s: typeof DEFAULT_SCENARIO) => ({
  ...s,
  certs: catalog.certs.filter((c) => s.certs.includes(c)),
  skills: catalog.skills.filter((c) => s.skills.includes(c)),
});

describe('encodeScenario', () => {
  it('omits every default, so the default view is the bare path', () => {
    expect(encodeScenario(DEFAULT_SCENARIO)).toBe('');
  });
  it('writes roles in order with readable commas', () => {
    expect(
      encodeScenario({ ...DEFAULT_SCENARIO, roles: ['ai-ml-engineer', 'devops-engineer'], years: 7 }),
    ).toBe('roles=ai-ml-engineer,devops-engineer&years=7');
  });
});

describe('decodeScenario', () => {
  it('accepts defaults written out', () => {
    const { scenario, notices } = decodeScenario('?location=us&company=any&education=bachelors', catalog);
    expect(scenario).toEqual(DEFAULT_SCENARIO);
    expect(notices).toEqual([]);
  });
  it('drops unknown values, names them, and keeps the rest', () => {
    const { scenario, notices } = decodeScenario(
      '?roles=ai-ml-engineer,wizard&location=mars&certs=c1,zzz',
      catalog,
    );
    expect(scenario).toMatchObject({ roles: ['ai-ml-engineer'], location: 'us', certs: ['c1'] });
    expect(notices.join(' ')).toMatch(/"wizard"/);
    expect(notices.join(' ')).toMatch(/"mars"/);
    expect(notices.join(' ')).toMatch(/"zzz"/);
  });
  it('refuses a fourth role and a repeated one', () => {
    const real = {
      ...catalog,
      roles: [...catalog.roles, 'mlops-engineer', 'ai-engineer'] as typeof catalog.roles,
    };
    const { scenario, notices } = decodeScenario(
      '?roles=devops-engineer,devops-engineer,ai-ml-engineer,mlops-engineer,ai-engineer',
      real,
    );
    expect(scenario.roles).toEqual(['devops-engineer', 'ai-ml-engineer', 'mlops-engineer']);
    expect(notices).toHaveLength(2);
  });
  it('clamps years outside 0-40 and rejects non-integers', () => {
    expect(decodeScenario('?years=99', catalog).scenario.years).toBe(40);
    expect(decodeScenario('?years=2.5', catalog).scenario.years).toBe(DEFAULT_SCENARIO.years);
    expect(decodeScenario('?years=<script>', catalog).notices[0]).toMatch(/"<script>"/);
  });
  it('uses the first of a repeated parameter and says so', () => {
    const { scenario, notices } = decodeScenario('?years=3&years=9', catalog);
    expect(scenario.years).toBe(3);
    expect(notices[0]).toMatch(/second years/);
  });
  it('never throws on any string', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(() => decodeScenario(s, catalog)).not.toThrow();
      }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('roles', 'years', 'location', 'certs', 'x'), fc.string())),
        (pairs) => {
          const search = pairs.map(([k, v]) => `${k}=${v}`).join('&');
          const { scenario } = decodeScenario(search, catalog);
          expect(scenario.roles.length).toBeGreaterThanOrEqual(1);
          expect(scenario.roles.length).toBeLessThanOrEqual(3);
        },
      ),
    );
  });
  it('round-trips every valid scenario: decode(encode(s)) equals s, with no notice', () => {
    fc.assert(
      fc.property(scenarioArb(fixture), (s) => {
        const c = canonical(s);
        const decoded = decodeScenario(`?${encodeScenario(c)}`, catalog);
        expect(decoded.scenario).toEqual(c);
        expect(decoded.notices).toEqual([]);
      }),
    );
  });

  it('reads the offer and period, and refuses junk in them by name', () => {
    expect(decodeScenario('?offer=125000&offerTotal=160000&period=hourly', catalog)).toMatchObject({
      view: { offerAnnualUsd: 125000, offerTotalAnnualUsd: 160000, period: 'hourly' },
      notices: [],
    });
    const bad = decodeScenario('?offer=12e4&period=weekly', catalog);
    expect(bad.view).toEqual(DEFAULT_VIEW);
    expect(bad.notices.join(' ')).toMatch(/"12e4"/);
    expect(bad.notices.join(' ')).toMatch(/"weekly"/);
  });
  it('round-trips the view with the scenario', () => {
    const view = { ...DEFAULT_VIEW, period: 'monthly' as const, offerAnnualUsd: 99000 };
    const query = encodeScenario(DEFAULT_SCENARIO, view);
    expect(query).toBe('offer=99000&period=monthly');
    expect(decodeScenario(query, catalog).view).toEqual(view);
  });
});

describe('notices from a hostile link', () => {
  it('lists at most MAX_NOTICES values and counts the rest, however long the link', () => {
    const skills = Array.from({ length: 20_000 }, (_, i) => `bogus-${i}`).join(',');
    const { notices, scenario } = decodeScenario(`?skills=${skills}`, catalog);
    expect(notices).toHaveLength(MAX_NOTICES + 1);
    expect(notices[MAX_NOTICES]).toBe('…and 19,995 more values ignored.');
    expect(scenario.skills).toEqual([]);
  });

  it('strips control, invisible and bidi characters from the values it quotes, and shortens them', () => {
    const crafted = '\u202EnI ngis esaelP\u202C\u200B\u0007' + 'x'.repeat(100);
    const [notice] = decodeScenario(`?location=${encodeURIComponent(crafted)}`, catalog).notices;
    for (const hidden of ['\u202E', '\u202C', '\u200B', '\u0007']) expect(notice).not.toContain(hidden);
    expect(notice).toMatch(/"nI ngis esaelPx+…"/);
    expect(show('a'.repeat(41))).toBe(`"${'a'.repeat(40)}…"`);
  });

  it('never throws on any string, and never lists more than MAX_NOTICES + 1 lines', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (search) => {
        expect(decodeScenario(search, catalog).notices.length).toBeLessThanOrEqual(MAX_NOTICES + 1);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the malformed links of the browser fuzz', () => {
  // The browser opens 12 of these links (tests/e2e/robustness.spec.ts); here the codec meets 1000 from
  // the same generator, against the shipped data's ids, as the page does.
  const shipped = catalogOf(realDataset());
  it('each decodes to a scenario the engine takes, with a notice, and its normal form has none', () => {
    fc.assert(
      fc.property(malformedLinkArb, (link) => {
        const { scenario, view, notices } = decodeScenario(link.slice(1), shipped);
        expect(notices.length, link).toBeGreaterThanOrEqual(1);
        expect(notices.length, link).toBeLessThanOrEqual(MAX_NOTICES + 1);
        expect(scenario.roles.length).toBeGreaterThanOrEqual(1);
        expect(scenario.roles.length).toBeLessThanOrEqual(3);
        expect(new Set(scenario.roles).size).toBe(scenario.roles.length);
        expect(Number.isInteger(scenario.years)).toBe(true);
        const again = decodeScenario(`?${encodeScenario(scenario, view)}`, shipped);
        expect(again.notices, link).toEqual([]);
        expect(again.scenario).toEqual(scenario);
      }),
      { numRuns: 1000 },
    );
  });
});

/** The view's offer fields at their defaults, for tests about the rest of the view. */
const offerless = {
  offerAnnualUsd: fc.constant(null),
  offerTotalAnnualUsd: fc.constant(null),
  offerBonusAnnualUsd: fc.constant(null),
  offerStockGrantUsd: fc.constant(null),
  offerVestYears: fc.constant(DEFAULT_VIEW.offerVestYears),
  offerStockAnnualUsd: fc.constant(null),
  offerSignOnUsd: fc.constant(null),
  counterPercentile: fc.constant(DEFAULT_VIEW.counterPercentile),
};

describe('an offer package in the link', () => {
  const dollars = fc.option(fc.integer({ min: 1, max: MAX_OFFER_USD }));
  const offerArb = fc
    .record({
      offerAnnualUsd: dollars,
      offerTotalAnnualUsd: dollars,
      offerBonusAnnualUsd: dollars,
      offerStockGrantUsd: dollars,
      offerVestYears: fc.integer({ min: MIN_VEST_YEARS, max: MAX_VEST_YEARS }),
      offerStockAnnualUsd: dollars,
      offerSignOnUsd: dollars,
      counterPercentile: fc.constantFrom(...COUNTER_PERCENTILES),
    })
    .map((offer) => ({ ...DEFAULT_VIEW, ...offer }));

  it('reads every part by name and writes them back in a stable order', () => {
    const query = 'offer=150000&offerBonus=15000&offerStock=200000&offerVest=3&offerSignOn=20000&counter=90';
    const decoded = decodeScenario(`?${query}`, catalog);
    expect(decoded.notices).toEqual([]);
    expect(decoded.view).toMatchObject({
      offerAnnualUsd: 150000,
      offerBonusAnnualUsd: 15000,
      offerStockGrantUsd: 200000,
      offerVestYears: 3,
      offerStockAnnualUsd: null,
      offerSignOnUsd: 20000,
      counterPercentile: 90,
    });
    expect(encodeScenario(DEFAULT_SCENARIO, decoded.view)).toBe(query);
    expect(offerPackageOf(decoded.view)).toEqual({
      baseAnnualUsd: 150000,
      bonusAnnualUsd: 15000,
      stock: { kind: 'grant', grantUsd: 200000, vestYears: 3 },
      signOnUsd: 20000,
      totalAnnualUsd: null,
    });
  });

  it('omits the default vesting (4 years) and counter (75th)', () => {
    const view = { ...DEFAULT_VIEW, offerAnnualUsd: 1, offerStockAnnualUsd: 30000 };
    expect(encodeScenario(DEFAULT_SCENARIO, view)).toBe('offer=1&offerStockYear=30000');
    expect(offerPackageOf(view).stock).toEqual({ kind: 'yearly', annualUsd: 30000 });
  });

  it('round-trips any package, keeping the grant when both stock forms are given', () => {
    fc.assert(
      fc.property(offerArb, (view) => {
        const decoded = decodeScenario(encodeScenario(DEFAULT_SCENARIO, view), catalog);
        const offerStockAnnualUsd = view.offerStockGrantUsd === null ? view.offerStockAnnualUsd : null;
        expect(decoded.view).toEqual({ ...view, offerStockAnnualUsd });
        expect(decoded.notices).toEqual([]);
      }),
    );
  });

  it('drops each bad value with a notice that names it, and the per-year stock beside a grant', () => {
    const cases: [string, RegExp][] = [
      ['offerBonus=-5', /offerBonus "-5": not a whole number of dollars a year/],
      ['offerStock=1.5e5', /offerStock "1.5e5": not a whole number of dollars between/],
      ['offerSignOn=0', /offerSignOn "0"/],
      ['offerStockYear=lots', /offerStockYear "lots"/],
      ['offerVest=0', /offerVest "0": not a whole number of years, 1–10; using 4/],
      ['offerVest=11', /offerVest "11"/],
      ['counter=80', /counter "80": use 50, 65, 75, 90/],
      ['offerStock=100000&offerStockYear=25000', /offerStockYear "25000": the link also gives a stock grant/],
    ];
    for (const [query, message] of cases) {
      const decoded = decodeScenario(`?${query}`, catalog);
      expect(decoded.notices.join(' '), query).toMatch(message);
      expect(decoded.view.offerStockAnnualUsd, query).toBeNull();
      expect(decoded.view.offerVestYears, query).toBe(4);
      expect(decoded.view.counterPercentile, query).toBe(75);
    }
  });
});

describe('the switch planner in the link', () => {
  const roleIds = catalog.roles;
  const viewArb = fc.record({
    ...offerless,
    period: fc.constantFrom('annual', 'monthly', 'hourly'),
    switchFrom: fc.option(fc.constantFrom(...roleIds)),
    carryPercent: fc.integer({ min: 0, max: 100 }),
    pinned: fc.constant(null),
  });

  it('reads switchFrom and carry, and omits the default carry', () => {
    const decoded = decodeScenario('?roles=ai-ml-engineer&switchFrom=devops-engineer&carry=70', catalog);
    expect(decoded.view).toMatchObject({ switchFrom: 'devops-engineer', carryPercent: 70 });
    expect(decoded.notices).toEqual([]);
    const view = { ...DEFAULT_VIEW, switchFrom: 'devops-engineer' as const };
    expect(encodeScenario({ ...DEFAULT_SCENARIO, roles: ['ai-ml-engineer'] }, view)).toBe(
      'roles=ai-ml-engineer&switchFrom=devops-engineer',
    );
  });

  it('round-trips any planner with any scenario, dropping a switch to the same role', () => {
    fc.assert(
      fc.property(scenarioArb(fixture), viewArb, (s, view) => {
        const decoded = decodeScenario(encodeScenario(s, view), catalog);
        const switchFrom = view.switchFrom === s.roles[0] ? null : view.switchFrom;
        expect(decoded.view).toEqual({ ...view, switchFrom });
        expect(decoded.notices).toEqual([]);
      }),
    );
  });

  it('ignores an unknown role, the target role itself and a bad carry, each with a notice', () => {
    const unknown = decodeScenario('?switchFrom=astronaut', catalog);
    expect(unknown.view.switchFrom).toBeNull();
    expect(unknown.notices.join(' ')).toMatch(/switchFrom "astronaut"/);

    const same = decodeScenario('?roles=ai-ml-engineer&switchFrom=ai-ml-engineer', catalog);
    expect(same.view.switchFrom).toBeNull();
    expect(same.notices.join(' ')).toMatch(/the role you would switch to/);

    for (const carry of ['101', '-5', '50.5', 'half']) {
      const bad = decodeScenario(`?carry=${carry}`, catalog);
      expect(bad.view.carryPercent, carry).toBe(DEFAULT_VIEW.carryPercent);
      expect(bad.notices.join(' '), carry).toMatch(/Ignored carry/);
    }
  });
});

describe('the pinned baseline in the link', () => {
  /** A name as the page keeps it: visible characters, single spaces, trimmed, not empty, not too long. */
  const nameArb = fc
    .string({ minLength: 1, maxLength: MAX_PIN_NAME_LENGTH, unit: 'grapheme' })
    .map((n) =>
      n
        .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, '')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter((n) => n !== '' && [...n].length <= MAX_PIN_NAME_LENGTH);

  it('writes the settings as readable key:value pairs and the name when it is not the default', () => {
    const pinned = {
      settings: settingsOf({ ...DEFAULT_SCENARIO, years: 8, location: 'big-city', certs: ['c1'] }),
      name: 'My job, now',
    };
    const query = encodeScenario({ ...DEFAULT_SCENARIO, years: 10 }, { ...DEFAULT_VIEW, pinned });
    expect(query).toBe('years=10&pin=years:8~location:big-city~certs:c1&pinName=My%20job,%20now');
    const decoded = decodeScenario(query, catalog);
    expect(decoded.view.pinned).toEqual(pinned);
    expect(decoded.notices).toEqual([]);
    // A baseline of all the defaults still says it is pinned; the default name is left out.
    const defaults = { settings: settingsOf(DEFAULT_SCENARIO), name: DEFAULT_PIN_NAME };
    expect(encodeScenario(DEFAULT_SCENARIO, { ...DEFAULT_VIEW, pinned: defaults })).toBe('pin=defaults');
  });

  it('round-trips any pinned scenario and name beside any scenario', () => {
    fc.assert(
      fc.property(scenarioArb(fixture), scenarioArb(fixture), nameArb, (s, base, name) => {
        const pinned = { settings: settingsOf(canonical(base)), name };
        const decoded = decodeScenario(encodeScenario(s, { ...DEFAULT_VIEW, pinned }), catalog);
        expect(decoded.view.pinned).toEqual(pinned);
        expect(decoded.scenario).toEqual(canonical(s));
        expect(decoded.notices).toEqual([]);
      }),
    );
  });

  it('drops what it cannot read, each with a notice, and keeps what it can', () => {
    const partly = decodeScenario('?pin=years:99~location:atlantis~certs:c1', catalog);
    expect(partly.view.pinned?.settings).toMatchObject({ years: 40, location: 'us', certs: ['c1'] });
    expect(partly.notices).toEqual([
      'Pinned baseline: Years "99" is outside 0–40; using 40.',
      'Pinned baseline: Ignored location "atlantis": not one Paypath knows; using the default.',
    ]);
    for (const bad of ['seattle', 'roles:ai-engineer', '']) {
      const none = decodeScenario(`?pin=${bad}&pinName=Old`, catalog);
      expect(none.view.pinned, bad).toBeNull();
      expect(none.notices.join(' '), bad).toMatch(
        /Ignored pin .*nothing pinned.*Ignored pinName "Old": nothing is pinned/,
      );
    }
    const long = decodeScenario(`?pin=defaults&pinName=${'n'.repeat(100)}`, catalog);
    expect(long.view.pinned?.name).toBe('n'.repeat(MAX_PIN_NAME_LENGTH));
    expect(long.notices).toEqual([`The baseline's name is cut to ${MAX_PIN_NAME_LENGTH} characters.`]);
    const hidden = decodeScenario('?pin=defaults&pinName=%E2%80%AEjob%0A%20now', catalog);
    expect(hidden.view.pinned?.name).toBe('job now');
    expect(hidden.notices.join(' ')).toMatch(/is tidied to "job now"/);
  });
});
