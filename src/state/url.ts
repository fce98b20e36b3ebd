/**
 * The scenario <-> URL query codec: the URL is a public contract (people bookmark it), so encoding is
 * stable and decoding never throws. Anything unknown or invalid is dropped, the default applies, and
 * a notice names what was ignored.
 */
import { COUNTER_PERCENTILES, DEFAULT_COUNTER_PERCENTILE, type OfferPackage } from '../model/offerPackage';
import { PERIODS, type Period } from '../model/period';
import { DEFAULT_SCENARIO } from '../model/scenario';
import { MAX_ROLES, MAX_YEARS, MIN_YEARS, type Dataset, type RoleId, type Scenario } from '../model/types';

/** The ids a URL may use, in the order the data lists them (that order makes encoding stable). */
export interface Catalog {
  roles: RoleId[];
  locations: string[];
  companies: string[];
  education: string[];
  certs: string[];
  skills: string[];
}

export function catalogOf(dataset: Dataset): Catalog {
  const ids = (xs: { id: string }[]) => xs.map((x) => x.id);
  const m = dataset.modifiers;
  return {
    roles: dataset.roles.roles.map((r) => r.id),
    locations: ids(m.locations),
    companies: ids(m.companies),
    education: ids(m.education),
    certs: ids(m.certifications),
    skills: ids(m.skills),
  };
}

export const PARAMS = [
  'roles',
  'years',
  'location',
  'company',
  'education',
  'certs',
  'skills',
  'offer',
  'offerTotal',
  'offerBonus',
  'offerStock',
  'offerVest',
  'offerStockYear',
  'offerSignOn',
  'counter',
  'period',
  'switchFrom',
  'carry',
  'pin',
  'pinName',
] as const;
type Param = (typeof PARAMS)[number];

/** A scenario's settings without its roles: what a pinned baseline holds. */
export type Settings = Omit<Scenario, 'roles'>;

/**
 * A scenario to compare against while trying what-ifs: its settings, applied to whichever roles are
 * chosen, and the name the page calls it by.
 */
export interface Pinned {
  settings: Settings;
  name: string;
}

export const DEFAULT_PIN_NAME = 'Baseline';
export const MAX_PIN_NAME_LENGTH = 60;
/** The `pin` value of a baseline with every setting at its default. */
export const PIN_DEFAULTS = 'defaults';
const PIN_KEYS = ['years', 'location', 'company', 'education', 'certs', 'skills'] as const;

/** How the figures are shown, and an offer to check against them; part of the link, not of the estimate. */
export interface View {
  period: Period;
  /** An offer's base salary and, optionally, total, whole US dollars per year. */
  offerAnnualUsd: number | null;
  offerTotalAnnualUsd: number | null;
  /** The offer's other parts: target bonus a year, stock as a grant over vesting years or a value a year
   * (never both: a grant wins), and a one-time sign-on bonus; whole US dollars. */
  offerBonusAnnualUsd: number | null;
  offerStockGrantUsd: number | null;
  /** Whole years the grant vests over, 1–10. */
  offerVestYears: number;
  offerStockAnnualUsd: number | null;
  offerSignOnUsd: number | null;
  /** The percentile a counter-offer is worked out at: one of COUNTER_PERCENTILES. */
  counterPercentile: number;
  /** The switch planner: the role switched from (to the first role in `roles`); null when closed. */
  switchFrom: RoleId | null;
  /** The share of years in the current role that count in the target role, whole percent 0–100. */
  carryPercent: number;
  /** The pinned baseline; null when nothing is pinned. */
  pinned: Pinned | null;
}

/** Half the years carry over unless the person says otherwise: an assumption, stated in the planner. */
export const DEFAULT_CARRY_PERCENT = 50;

/** Four years is the usual vesting schedule for a grant (most tech grants vest over four years). */
export const DEFAULT_VEST_YEARS = 4;
export const MIN_VEST_YEARS = 1;
export const MAX_VEST_YEARS = 10;

export const DEFAULT_VIEW: View = {
  period: 'annual',
  offerAnnualUsd: null,
  offerTotalAnnualUsd: null,
  offerBonusAnnualUsd: null,
  offerStockGrantUsd: null,
  offerVestYears: DEFAULT_VEST_YEARS,
  offerStockAnnualUsd: null,
  offerSignOnUsd: null,
  counterPercentile: DEFAULT_COUNTER_PERCENTILE,
  switchFrom: null,
  carryPercent: DEFAULT_CARRY_PERCENT,
  pinned: null,
};

/** Largest offer accepted: ten million dollars a year is beyond any figure in the data. */
export const MAX_OFFER_USD = 10_000_000;

/** The offer in the view as the model's package. */
export function offerPackageOf(view: View): OfferPackage {
  return {
    baseAnnualUsd: view.offerAnnualUsd,
    bonusAnnualUsd: view.offerBonusAnnualUsd,
    stock:
      view.offerStockGrantUsd !== null
        ? { kind: 'grant', grantUsd: view.offerStockGrantUsd, vestYears: view.offerVestYears }
        : view.offerStockAnnualUsd !== null
          ? { kind: 'yearly', annualUsd: view.offerStockAnnualUsd }
          : null,
    signOnUsd: view.offerSignOnUsd,
    totalAnnualUsd: view.offerTotalAnnualUsd,
  };
}

export interface Decoded {
  scenario: Scenario;
  view: View;
  /** What was ignored and why, in plain words, naming the value; at most MAX_NOTICES and a count. */
  notices: string[];
}

/** At most this many notices are listed; the rest are counted in one more line. */
export const MAX_NOTICES = 5;
const MAX_SHOWN = 40;

/** Text from the link as the page may show it: no control, invisible or bidi-override characters. */
const visibleText = (value: string) => value.replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, '');

/**
 * A value from the link, as a notice shows it: control, invisible and bidi-override characters removed
 * (a crafted link must not reorder or hide text on the page), and cut to a short quote. React escapes
 * it, so no HTML gets through either.
 */
export function show(value: string): string {
  const visible = visibleText(value);
  const chars = [...visible];
  return JSON.stringify(chars.length > MAX_SHOWN ? `${chars.slice(0, MAX_SHOWN).join('')}…` : visible);
}

/** Collects what was ignored: the first MAX_NOTICES in words, the rest counted. */
interface Notices {
  /** A function, so a link with 100,000 bad values quotes only the few that are shown. */
  add(message: () => string): void;
  list(): string[];
}

function noticeList(): Notices {
  const shown: string[] = [];
  let more = 0;
  return {
    add(message) {
      if (shown.length < MAX_NOTICES) shown.push(message());
      else more++;
    },
    list: () =>
      more === 0
        ? shown
        : [...shown, `…and ${more.toLocaleString('en-US')} more ${more === 1 ? 'value' : 'values'} ignored.`],
  };
}

const splitList = (value: string) =>
  value
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v !== '');

function decodeList(name: Param, value: string | undefined, known: string[], notices: Notices): string[] {
  if (value === undefined) return [];
  const chosen = new Set<string>();
  for (const id of splitList(value)) {
    if (known.includes(id)) chosen.add(id);
    else notices.add(() => `Ignored ${name} ${show(id)}: not one Paypath knows.`);
  }
  return known.filter((id) => chosen.has(id));
}

function decodeOne(
  name: Param,
  value: string | undefined,
  known: string[],
  fallback: string,
  notices: Notices,
) {
  if (value === undefined) return fallback;
  if (known.includes(value)) return value;
  notices.add(() => `Ignored ${name} ${show(value)}: not one Paypath knows; using the default.`);
  return fallback;
}

function decodeRoles(value: string | undefined, known: RoleId[], notices: Notices): RoleId[] {
  if (value === undefined) return [...DEFAULT_SCENARIO.roles];
  const roles: RoleId[] = [];
  for (const id of splitList(value)) {
    const role = known.find((k) => k === id);
    if (role === undefined) notices.add(() => `Ignored role ${show(id)}: not a role Paypath knows.`);
    else if (roles.includes(role)) notices.add(() => `Ignored role ${show(id)}: listed twice.`);
    else if (roles.length >= MAX_ROLES)
      notices.add(() => `Ignored role ${show(id)}: at most ${MAX_ROLES} roles at once.`);
    else roles.push(role);
  }
  if (roles.length === 0) {
    notices.add(() => 'No valid role in the link; showing the default role.');
    return [...DEFAULT_SCENARIO.roles];
  }
  return roles;
}

function decodeYears(value: string | undefined, notices: Notices): number {
  if (value === undefined) return DEFAULT_SCENARIO.years;
  if (!/^\d{1,6}$/.test(value.trim())) {
    notices.add(() => `Ignored years ${show(value)}: not a whole number; using ${DEFAULT_SCENARIO.years}.`);
    return DEFAULT_SCENARIO.years;
  }
  const years = Number(value.trim());
  if (years > MAX_YEARS || years < MIN_YEARS) {
    const clamped = Math.min(MAX_YEARS, Math.max(MIN_YEARS, years));
    notices.add(() => `Years ${show(value)} is outside ${MIN_YEARS}–${MAX_YEARS}; using ${clamped}.`);
    return clamped;
  }
  return years;
}

function decodeOffer(
  name: Param,
  value: string | undefined,
  notices: Notices,
  unit = 'dollars a year',
): number | null {
  if (value === undefined) return null;
  const digits = value.trim();
  if (!/^\d{1,8}$/.test(digits) || Number(digits) === 0 || Number(digits) > MAX_OFFER_USD) {
    notices.add(
      () => `Ignored ${name} ${show(value)}: not a whole number of ${unit} between 1 and 10,000,000.`,
    );
    return null;
  }
  return Number(digits);
}

function decodeVest(value: string | undefined, notices: Notices): number {
  if (value === undefined) return DEFAULT_VEST_YEARS;
  const digits = value.trim();
  if (!/^\d{1,2}$/.test(digits) || Number(digits) < MIN_VEST_YEARS || Number(digits) > MAX_VEST_YEARS) {
    notices.add(
      () =>
        `Ignored offerVest ${show(value)}: not a whole number of years, ${MIN_VEST_YEARS}–${MAX_VEST_YEARS}; using ${DEFAULT_VEST_YEARS}.`,
    );
    return DEFAULT_VEST_YEARS;
  }
  return Number(digits);
}

function decodeCounter(value: string | undefined, notices: Notices): number {
  if (value === undefined) return DEFAULT_COUNTER_PERCENTILE;
  const percentile = COUNTER_PERCENTILES.find((p) => String(p) === value.trim());
  if (percentile === undefined)
    notices.add(
      () =>
        `Ignored counter ${show(value)}: use ${COUNTER_PERCENTILES.join(', ')} (a percentile); using ${DEFAULT_COUNTER_PERCENTILE}.`,
    );
  return percentile ?? DEFAULT_COUNTER_PERCENTILE;
}

/** Stock is a grant or a value a year, not both: a link with both keeps the grant and says so. */
function decodeStockYear(value: string | undefined, grant: number | null, notices: Notices): number | null {
  const perYear = decodeOffer('offerStockYear', value, notices);
  if (perYear !== null && grant !== null) {
    notices.add(
      () =>
        `Ignored offerStockYear ${show(value ?? '')}: the link also gives a stock grant (offerStock), which is used.`,
    );
    return null;
  }
  return perYear;
}

function decodePeriod(value: string | undefined, notices: Notices): Period {
  if (value === undefined) return DEFAULT_VIEW.period;
  const period = PERIODS.find((p) => p === value);
  if (period === undefined)
    notices.add(() => `Ignored period ${show(value)}: use annual, monthly or hourly.`);
  return period ?? DEFAULT_VIEW.period;
}

function decodeSwitchFrom(
  value: string | undefined,
  known: RoleId[],
  target: RoleId | undefined,
  notices: Notices,
): RoleId | null {
  if (value === undefined) return null;
  const role = known.find((k) => k === value);
  if (role === undefined) notices.add(() => `Ignored switchFrom ${show(value)}: not a role Paypath knows.`);
  else if (role === target)
    notices.add(() => `Ignored switchFrom ${show(value)}: it is the role you would switch to.`);
  return role === undefined || role === target ? null : role;
}

function decodeCarry(value: string | undefined, notices: Notices): number {
  if (value === undefined) return DEFAULT_CARRY_PERCENT;
  const digits = value.trim();
  if (!/^\d{1,3}$/.test(digits) || Number(digits) > 100) {
    notices.add(() => `Ignored carry ${show(value)}: not a whole percent, 0–100.`);
    return DEFAULT_CARRY_PERCENT;
  }
  return Number(digits);
}

/** The notices of a part of the link, each said to be about that part. */
const prefixed = (notices: Notices, prefix: string): Notices => ({
  add: (message) => notices.add(() => `${prefix}${message()}`),
  list: notices.list,
});

function decodeSettings(
  values: Partial<Record<Param, string>>,
  catalog: Catalog,
  notices: Notices,
): Settings {
  const d = DEFAULT_SCENARIO;
  return {
    years: decodeYears(values.years, notices),
    location: decodeOne('location', values.location, catalog.locations, d.location, notices),
    company: decodeOne('company', values.company, catalog.companies, d.company, notices),
    education: decodeOne('education', values.education, catalog.education, d.education, notices),
    certs: decodeList('certs', values.certs, catalog.certs, notices),
    skills: decodeList('skills', values.skills, catalog.skills, notices),
  };
}

/** `pin`: the baseline's settings as `key:value` pairs joined by `~` ("years:8~location:seattle"). */
function decodePin(value: string | undefined, catalog: Catalog, notices: Notices): Settings | null {
  if (value === undefined) return null;
  const inPin = prefixed(notices, 'Pinned baseline: ');
  if (value.trim() === PIN_DEFAULTS) return decodeSettings({}, catalog, inPin);
  const values: Partial<Record<Param, string>> = {};
  for (const part of value.split('~')) {
    const colon = part.indexOf(':');
    const key = PIN_KEYS.find((k) => k === part.slice(0, colon).trim());
    if (colon < 0 || key === undefined) {
      notices.add(
        () => `Ignored pin ${show(value)}: not a pinned scenario Paypath can read; nothing pinned.`,
      );
      return null;
    }
    if (key in values) inPin.add(() => `ignored a second ${key} (${show(part)}).`);
    else values[key] = part.slice(colon + 1);
  }
  return decodeSettings(values, catalog, inPin);
}

/** A baseline's name without invisible characters, its spaces single, trimmed (not yet cut to length). */
const collapsedName = (text: string) => visibleText(text).replace(/\s+/g, ' ').trim();

/**
 * A baseline's name as the link keeps it: visible characters, single spaces, trimmed, at most
 * MAX_PIN_NAME_LENGTH characters; the default name when nothing is left. The field and the codec both
 * use it, so a name typed is the name the link gives back.
 */
export function tidyPinName(text: string): string {
  return [...collapsedName(text)].slice(0, MAX_PIN_NAME_LENGTH).join('').trim() || DEFAULT_PIN_NAME;
}

function decodePinName(value: string | undefined, pinned: boolean, notices: Notices): string {
  if (value === undefined) return DEFAULT_PIN_NAME;
  if (!pinned) {
    notices.add(() => `Ignored pinName ${show(value)}: nothing is pinned.`);
    return DEFAULT_PIN_NAME;
  }
  const collapsed = collapsedName(value);
  if ([...collapsed].length > MAX_PIN_NAME_LENGTH)
    notices.add(() => `The baseline's name is cut to ${MAX_PIN_NAME_LENGTH} characters.`);
  else if (collapsed !== value)
    notices.add(() => `The baseline's name ${show(value)} is tidied to ${show(collapsed)}.`);
  return tidyPinName(value);
}

/** Decodes a query string ("?roles=a,b&years=4"); never throws. */
export function decodeScenario(search: string, catalog: Catalog): Decoded {
  const notices = noticeList();
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return {
      scenario: { ...DEFAULT_SCENARIO },
      view: { ...DEFAULT_VIEW },
      notices: ['The link could not be read; showing the defaults.'],
    };
  }
  const values: Partial<Record<Param, string>> = {};
  const seen = new Set<string>();
  for (const [key, value] of params) {
    const param = PARAMS.find((p) => p === key);
    if (param === undefined) {
      notices.add(() => `Ignored parameter ${show(key)}: Paypath does not use it.`);
    } else if (seen.has(param)) {
      notices.add(() => `Ignored a second ${param} (${show(value)}): the first one is used.`);
    } else {
      seen.add(param);
      values[param] = value;
    }
  }
  const scenario: Scenario = {
    roles: decodeRoles(values.roles, catalog.roles, notices),
    ...decodeSettings(values, catalog, notices),
  };
  const pinSettings = decodePin(values.pin, catalog, notices);
  const pinName = decodePinName(values.pinName, pinSettings !== null, notices);
  const stockGrant = decodeOffer('offerStock', values.offerStock, notices, 'dollars');
  const view: View = {
    period: decodePeriod(values.period, notices),
    offerAnnualUsd: decodeOffer('offer', values.offer, notices),
    offerTotalAnnualUsd: decodeOffer('offerTotal', values.offerTotal, notices),
    offerBonusAnnualUsd: decodeOffer('offerBonus', values.offerBonus, notices),
    offerStockGrantUsd: stockGrant,
    offerVestYears: decodeVest(values.offerVest, notices),
    offerStockAnnualUsd: decodeStockYear(values.offerStockYear, stockGrant, notices),
    offerSignOnUsd: decodeOffer('offerSignOn', values.offerSignOn, notices, 'dollars'),
    counterPercentile: decodeCounter(values.counter, notices),
    switchFrom: decodeSwitchFrom(values.switchFrom, catalog.roles, scenario.roles[0], notices),
    carryPercent: decodeCarry(values.carry, notices),
    pinned: pinSettings === null ? null : { settings: pinSettings, name: pinName },
  };
  return { scenario, view, notices: notices.list() };
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/** The settings part of a link, defaults omitted, in the order of PIN_KEYS. */
function settingsParts(s: Settings): [Param, string][] {
  const d = DEFAULT_SCENARIO;
  const parts: [Param, string][] = [];
  if (s.years !== d.years) parts.push(['years', String(s.years)]);
  if (s.location !== d.location) parts.push(['location', s.location]);
  if (s.company !== d.company) parts.push(['company', s.company]);
  if (s.education !== d.education) parts.push(['education', s.education]);
  if (s.certs.length > 0) parts.push(['certs', s.certs.join(',')]);
  if (s.skills.length > 0) parts.push(['skills', s.skills.join(',')]);
  return parts;
}

export function encodePin(s: Settings): string {
  const parts = settingsParts(s);
  return parts.length === 0 ? PIN_DEFAULTS : parts.map(([k, v]) => `${k}:${v}`).join('~');
}

/** The settings of a scenario, for pinning it. */
export function settingsOf(scenario: Scenario): Settings {
  const { years, location, company, education, certs, skills } = scenario;
  return { years, location, company, education, certs, skills };
}

/** Encodes a scenario (and view) as a query string without the leading "?"; defaults are omitted. Stable. */
export function encodeScenario(s: Scenario, view: View = DEFAULT_VIEW): string {
  const parts: [Param, string][] = [];
  if (!sameList(s.roles, DEFAULT_SCENARIO.roles)) parts.push(['roles', s.roles.join(',')]);
  parts.push(...settingsParts(s));
  if (view.offerAnnualUsd !== null) parts.push(['offer', String(view.offerAnnualUsd)]);
  if (view.offerTotalAnnualUsd !== null) parts.push(['offerTotal', String(view.offerTotalAnnualUsd)]);
  if (view.offerBonusAnnualUsd !== null) parts.push(['offerBonus', String(view.offerBonusAnnualUsd)]);
  if (view.offerStockGrantUsd !== null) parts.push(['offerStock', String(view.offerStockGrantUsd)]);
  if (view.offerVestYears !== DEFAULT_VEST_YEARS) parts.push(['offerVest', String(view.offerVestYears)]);
  // A grant wins over a value a year, as decoding has it.
  if (view.offerStockAnnualUsd !== null && view.offerStockGrantUsd === null)
    parts.push(['offerStockYear', String(view.offerStockAnnualUsd)]);
  if (view.offerSignOnUsd !== null) parts.push(['offerSignOn', String(view.offerSignOnUsd)]);
  if (view.counterPercentile !== DEFAULT_COUNTER_PERCENTILE)
    parts.push(['counter', String(view.counterPercentile)]);
  if (view.period !== DEFAULT_VIEW.period) parts.push(['period', view.period]);
  // Switching to the role you are in is no plan: the normal form drops it, as decoding does.
  if (view.switchFrom !== null && view.switchFrom !== s.roles[0]) parts.push(['switchFrom', view.switchFrom]);
  if (view.carryPercent !== DEFAULT_CARRY_PERCENT) parts.push(['carry', String(view.carryPercent)]);
  if (view.pinned !== null) {
    parts.push(['pin', encodePin(view.pinned.settings)]);
    if (view.pinned.name !== DEFAULT_PIN_NAME) parts.push(['pinName', view.pinned.name]);
  }
  // Commas, and the colons and tildes of `pin`, stay readable: ids are kebab-case, so nothing else
  // needs escaping in practice.
  return parts
    .map(([k, v]) => `${k}=${encodeURIComponent(v).replace(/%2C/g, ',').replace(/%3A/g, ':')}`)
    .join('&');
}

/** The link that reopens this view: `appUrl` is where the estimator lives (origin + base path). */
export function shareUrl(appUrl: string, s: Scenario, view: View = DEFAULT_VIEW): string {
  const query = encodeScenario(s, view);
  return `${appUrl}${query ? `?${query}` : ''}`;
}
