/**
 * Turns the raw JSON of the data files into a checked, indexed Dataset, or a DataError that names the
 * file and every failing path ("At roles.0.bands.2.low.value: expected a number"), so a broken file is
 * reported, not rendered as nonsense.
 */
import type * as z from 'zod/mini';
import type { Dataset } from '../model/dataset';
import { indexDataset } from '../model/indexDataset';
import type { ClaimScenario, DatasetFiles, LevelId } from '../model/domain';
import { quantile } from '../model/distribution';
import { DATA_FILES, DataError, type DataFileKey, type DataIssue } from './files';
import {
  BenchmarksFileSchema,
  ClaimsFileSchema,
  ModifiersFileSchema,
  RolesFileSchema,
  SourcesFileSchema,
} from './schema';

const MAX_ISSUES = 20;

function check<T>(key: DataFileKey, schema: z.ZodMiniType<T>, raw: unknown): T {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  throw new DataError(
    DATA_FILES[key],
    result.error.issues.slice(0, MAX_ISSUES).map((issue) => ({
      path: issue.path.map(String).join('.'),
      message: issue.message,
    })),
  );
}

/** Every `source` field anywhere in a file, with its path. */
function sourceRefs(value: unknown, path: string[] = []): { path: string; id: string }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => sourceRefs(v, [...path, String(i)]));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) =>
    k === 'source' && typeof v === 'string'
      ? [{ path: [...path, k].join('.'), id: v }]
      : sourceRefs(v, [...path, k]),
  );
}

/** Issues for ids that appear more than once in a list. */
function duplicates(items: { id: string }[], path: string): DataIssue[] {
  const seen = new Set<string>();
  return items.flatMap((item, i) => {
    if (!seen.has(item.id)) {
      seen.add(item.id);
      return [];
    }
    return [{ path: `${path}.${i}.id`, message: `duplicate id "${item.id}"` }];
  });
}

/**
 * Checks that span files: ids that must exist and be unique, baselines, and pay that rises with
 * experience. Returns the indexed dataset it built to check the last.
 */
function crossCheck(files: DatasetFiles): Dataset {
  const issues: Record<DataFileKey, DataIssue[]> = {
    sources: [],
    roles: [],
    modifiers: [],
    benchmarks: [],
    claims: [],
  };
  const m = files.modifiers;
  const sourceIds = new Set(files.sources.sources.map((s) => s.id));
  const roleIds = new Set<string>(files.roles.roles.map((r) => r.id));
  const locationIds = new Set(m.locations.map((l) => l.id));
  const companyIds = new Set(m.companies.map((c) => c.id));
  const educationIds = new Set(m.education.map((e) => e.id));
  const certIds = new Set(m.certifications.map((c) => c.id));
  const skillIds = new Set(m.skills.map((s) => s.id));

  issues.sources.push(...duplicates(files.sources.sources, 'sources'));
  issues.roles.push(...duplicates(files.roles.roles, 'roles'), ...duplicates(files.roles.levels, 'levels'));
  issues.modifiers.push(
    ...duplicates(m.locations, 'locations'),
    ...duplicates(m.companies, 'companies'),
    ...duplicates(m.certifications, 'certifications'),
    ...duplicates(m.skills, 'skills'),
    ...duplicates(m.groups, 'groups'),
    ...duplicates(m.education, 'education'),
  );
  issues.claims.push(...duplicates(files.claims.claims, 'claims'));

  for (const key of ['roles', 'modifiers', 'benchmarks', 'claims'] as const) {
    for (const ref of sourceRefs(files[key])) {
      if (!sourceIds.has(ref.id))
        issues[key].push({ path: ref.path, message: `unknown source id "${ref.id}"` });
    }
  }

  const unknown = (key: DataFileKey, path: string, id: string, known: Set<string>, what: string) => {
    if (!known.has(id)) issues[key].push({ path, message: `unknown ${what} id "${id}"` });
  };
  m.groups.forEach((g, i) => {
    g.members.forEach((id, j) =>
      unknown(
        'modifiers',
        `groups.${i}.members.${j}`,
        id,
        g.kind === 'certification' ? certIds : skillIds,
        g.kind,
      ),
    );
  });
  m.companies.forEach((c, i) => {
    c.parity?.forEach((p, j) => {
      unknown('modifiers', `companies.${i}.parity.${j}.role`, p.role, roleIds, 'role');
      unknown('modifiers', `companies.${i}.parity.${j}.with`, p.with, roleIds, 'role');
    });
  });
  files.roles.roles.forEach((role, i) => {
    role.defining.forEach((d, j) =>
      unknown(
        'roles',
        `roles.${i}.defining.${j}.id`,
        d.id,
        d.kind === 'education' ? educationIds : skillIds,
        d.kind,
      ),
    );
    if (role.derivation?.kind === 'relative')
      unknown('roles', `roles.${i}.derivation.to`, role.derivation.to, roleIds, 'role');
  });
  files.claims.claims.forEach((claim, i) => {
    const scenarios: [string, ClaimScenario][] =
      claim.check.kind === 'compare'
        ? [
            ['a', claim.check.a],
            ['b', claim.check.b],
          ]
        : [['a', claim.check.a]];
    for (const [side, s] of scenarios) {
      const at = `claims.${i}.check.${side}`;
      if (s.location !== undefined) unknown('claims', `${at}.location`, s.location, locationIds, 'location');
      if (s.company !== undefined) unknown('claims', `${at}.company`, s.company, companyIds, 'company');
      if (s.education !== undefined)
        unknown('claims', `${at}.education`, s.education, educationIds, 'education');
      s.certs?.forEach((id, j) => unknown('claims', `${at}.certs.${j}`, id, certIds, 'certification'));
      s.skills?.forEach((id, j) => unknown('claims', `${at}.skills.${j}`, id, skillIds, 'skill'));
    }
  });

  const baselines: [string, string | undefined, string][] = [
    ['locations.0.id', m.locations[0]?.id, 'us'],
    ['companies.0.id', m.companies[0]?.id, 'any'],
    ['education.0.id', m.education[0]?.id, 'bachelors'],
  ];
  for (const [path, actual, expected] of baselines) {
    if (actual !== expected)
      issues.modifiers.push({ path, message: `the baseline "${expected}" must come first` });
  }

  // Level anchors rise entry → mid → senior: experience is read along them.
  const order: LevelId[] = ['entry', 'mid', 'senior'];
  const anchors = order.map((id) => files.roles.levels.find((l) => l.id === id)?.anchorYears.value);
  for (let k = 1; k < order.length; k++) {
    const prev = anchors[k - 1];
    const cur = anchors[k];
    if (prev !== undefined && cur !== undefined && !(cur > prev)) {
      issues.roles.push({
        path: `levels.${files.roles.levels.findIndex((l) => l.id === order[k])}.anchorYears.value`,
        message: `the ${order[k]} anchor (${cur} years) must come after the ${order[k - 1]} anchor (${prev} years)`,
      });
    }
  }

  // Total compensation is base ÷ (1 − equity share − bonus share): the shares must leave room for base.
  const bonusHighs = m.companies.flatMap((c) =>
    c.bonusShareOfTotal ? [c.bonusShareOfTotal.high.value] : [],
  );
  files.roles.roles.forEach((role, i) => {
    if (
      role.equityShareOfTotal.high.value + Math.max(role.bonusShareOfTotal.high.value, ...bonusHighs) >=
      90
    ) {
      issues.roles.push({
        path: `roles.${i}.equityShareOfTotal`,
        message: 'equity and bonus shares together must stay below 90% of total compensation',
      });
    }
  });

  throwFirst(issues);

  // Pay must not fall with experience: the market median and both band ends rise with level.
  let dataset: Dataset;
  try {
    dataset = indexDataset(files);
  } catch (error) {
    throw new DataError(DATA_FILES.roles, [
      { path: 'roles', message: error instanceof Error ? error.message : String(error) },
    ]);
  }
  files.roles.roles.forEach((role, i) => {
    const market = dataset.index.markets.get(role.id);
    if (market === undefined) return;
    for (let k = 1; k < order.length; k++) {
      const prev = market[order[k - 1]!].distribution;
      const cur = market[order[k]!].distribution;
      const falls = [50, 25, 75].some((p) => quantile(cur, p) < quantile(prev, p));
      if (falls) {
        issues.roles.push({
          path: `roles.${i}.bands`,
          message: `the ${order[k]} band falls below the ${order[k - 1]} band; pay must not fall with experience`,
        });
      }
    }
  });
  throwFirst(issues);
  return dataset;
}

function throwFirst(issues: Record<DataFileKey, DataIssue[]>): void {
  for (const key of Object.keys(DATA_FILES) as DataFileKey[]) {
    if (issues[key].length > 0) throw new DataError(DATA_FILES[key], issues[key].slice(0, MAX_ISSUES));
  }
}

/** Validates the raw JSON of the data files and indexes them. Throws DataError naming the first file that fails. */
export function parseDataset(raw: Record<DataFileKey, unknown>): Dataset {
  const files: DatasetFiles = {
    sources: check('sources', SourcesFileSchema, raw.sources),
    roles: check('roles', RolesFileSchema, raw.roles),
    modifiers: check('modifiers', ModifiersFileSchema, raw.modifiers),
    benchmarks: check('benchmarks', BenchmarksFileSchema, raw.benchmarks),
    claims: check('claims', ClaimsFileSchema, raw.claims),
  };
  return crossCheck(files);
}
