/**
 * Turns the three raw JSON files into a checked Dataset, or a DataError that names the file and every
 * failing path ("At roles.0.bands.2.low.value: expected a number"), so a broken file is reported, not
 * rendered as nonsense.
 */
import type * as z from 'zod/mini';
import { levelBand } from '../model/band';
import type { Dataset } from '../model/types';
import { DATA_FILES, DataError, type DataFileKey, type DataIssue } from './files';
import { ModifiersFileSchema, RolesFileSchema, SourcesFileSchema } from './schema';

const MAX_ISSUES = 20;

function check<S extends z.ZodMiniType>(key: DataFileKey, schema: S, raw: unknown): z.infer<S> {
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

/** Checks that span files: ids that must exist elsewhere, baselines, and bands that rise with level. */
function crossCheck(dataset: Dataset): void {
  const sourceIds = new Set(dataset.sources.sources.map((s) => s.id));
  const roleIds = new Set(dataset.roles.roles.map((r) => r.id));
  const byFile: Record<DataFileKey, DataIssue[]> = { sources: [], roles: [], modifiers: [] };

  for (const key of ['roles', 'modifiers'] as const) {
    for (const ref of sourceRefs(dataset[key])) {
      if (!sourceIds.has(ref.id))
        byFile[key].push({ path: ref.path, message: `unknown source id "${ref.id}"` });
    }
  }

  const m = dataset.modifiers;
  const appliesToLists: [string, string[]][] = [
    ...m.locations.map((l, i) => [`locations.${i}.appliesTo`, l.appliesTo] as [string, string[]]),
    ...m.companies.map((c, i) => [`companies.${i}.appliesTo`, c.appliesTo] as [string, string[]]),
    ...m.companies.flatMap((c, i) =>
      c.equityPercentOfBase
        ? [
            [`companies.${i}.equityPercentOfBase.appliesTo`, c.equityPercentOfBase.appliesTo] as [
              string,
              string[],
            ],
          ]
        : [],
    ),
    ...m.groups.map((g, i) => [`groups.${i}.appliesTo`, g.appliesTo] as [string, string[]]),
    ...m.education.flatMap((e, i) =>
      e.effects.map(
        (eff, j) => [`education.${i}.effects.${j}.appliesTo`, eff.appliesTo] as [string, string[]],
      ),
    ),
  ];
  for (const [path, ids] of appliesToLists) {
    ids.forEach((id, j) => {
      if (!roleIds.has(id as never))
        byFile.modifiers.push({ path: `${path}.${j}`, message: `unknown role id "${id}"` });
    });
  }
  m.groups.forEach((g, i) => {
    const options = g.kind === 'certification' ? m.certifications : m.skills;
    g.members.forEach((id, j) => {
      if (!options.some((o) => o.id === id)) {
        byFile.modifiers.push({ path: `groups.${i}.members.${j}`, message: `unknown ${g.kind} id "${id}"` });
      }
    });
  });
  const baselines: [string, string | undefined, string][] = [
    ['locations.0.id', m.locations[0]?.id, 'us'],
    ['companies.0.id', m.companies[0]?.id, 'any'],
    ['education.0.id', m.education[0]?.id, 'bachelors'],
  ];
  for (const [path, actual, expected] of baselines) {
    if (actual !== expected)
      byFile.modifiers.push({ path, message: `the baseline "${expected}" must come first` });
  }

  const order = ['entry', 'mid', 'senior'] as const;
  dataset.roles.roles.forEach((role, i) => {
    const means = order.map((level) => {
      const bands = role.bands.filter((b) => b.level === level);
      if (bands.length === 0) {
        byFile.roles.push({ path: `roles.${i}.bands`, message: `no ${level} band` });
        return null;
      }
      // The same averaging the engine uses, so the check guards what the estimate shows.
      return levelBand(role, level);
    });
    for (let k = 1; k < means.length; k++) {
      const prev = means[k - 1];
      const cur = means[k];
      if (prev && cur && (cur.low < prev.low || cur.high < prev.high)) {
        byFile.roles.push({
          path: `roles.${i}.bands`,
          message: `the ${order[k]} band falls below the ${order[k - 1]} band; pay must not fall with experience`,
        });
      }
    }
  });

  // Total compensation is base ÷ (1 − equity share − bonus share): the shares must leave room for base.
  dataset.roles.roles.forEach((role, i) => {
    const bonusHighs = [
      role.bonusShareOfTotal.high.value,
      ...m.companies.flatMap((c) => (c.bonusShareOfTotal ? [c.bonusShareOfTotal.high.value] : [])),
    ];
    if (role.equityShareOfTotal.high.value + Math.max(...bonusHighs) >= 100) {
      byFile.roles.push({
        path: `roles.${i}.equityShareOfTotal`,
        message: 'equity and bonus shares together must stay below 100% of total compensation',
      });
    }
  });

  for (const key of ['sources', 'roles', 'modifiers'] as const) {
    if (byFile[key].length > 0) throw new DataError(DATA_FILES[key], byFile[key].slice(0, MAX_ISSUES));
  }
}

/** Validates the raw JSON of the three files. Throws DataError naming the first file that fails. */
export function parseDataset(raw: Record<DataFileKey, unknown>): Dataset {
  const dataset: Dataset = {
    sources: check('sources', SourcesFileSchema, raw.sources),
    roles: check('roles', RolesFileSchema, raw.roles),
    modifiers: check('modifiers', ModifiersFileSchema, raw.modifiers),
  };
  crossCheck(dataset);
  return dataset;
}
