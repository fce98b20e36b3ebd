import { describe, expect, it } from 'vitest';
import { DataError } from '../../src/data/files';
import { parseDataset } from '../../src/data/parse';
import { readRawAll } from '../support/realData';

type Json = Record<string, unknown>;
const at = (obj: unknown, path: (string | number)[]): Json =>
  path.reduce<unknown>((o, k) => (o as Record<string | number, unknown>)[k], obj) as Json;

/** Parses a corrupted copy of the shipped data and returns the DataError it must raise. */
function failure(corrupt: (raw: ReturnType<typeof readRawAll>) => void): DataError {
  const raw = readRawAll();
  corrupt(raw);
  try {
    parseDataset(raw);
  } catch (error) {
    if (error instanceof DataError) return error;
    throw error;
  }
  throw new Error('the corrupted data was accepted');
}

describe('a corrupted data file is rejected with a message naming the file and path', () => {
  it('a figure without provenance', () => {
    const error = failure((raw) => {
      const low = at(raw.roles, ['roles', 0, 'bands', 0, 'low']);
      delete low.source;
      delete low.quote;
    });
    expect(error.file).toBe('data/roles.json');
    expect(error.message).toContain('At roles.0.bands.0.low: a figure needs provenance');
  });

  it('a negative salary', () => {
    const error = failure((raw) => {
      at(raw.roles, ['roles', 1, 'bands', 0, 'high']).value = -5;
    });
    expect(error.message).toMatch(/At roles\.1\.bands\.0\.high\.value: .*>=1000/);
  });

  it('an unknown role id in a modifier', () => {
    const error = failure((raw) => {
      (at(raw.modifiers, ['groups', 0]).appliesTo as string[]).push('astronaut');
    });
    expect(error.file).toBe('data/modifiers.json');
    expect(error.message).toContain('At groups.0.appliesTo');
  });

  it('a source id that sources.json does not list', () => {
    const error = failure((raw) => {
      at(raw.modifiers, ['locations', 1, 'ratio']).source = 'made-up-source';
    });
    expect(error.message).toContain('At locations.1.ratio.source: unknown source id "made-up-source"');
  });

  it('a band that falls with experience', () => {
    const error = failure((raw) => {
      const bands = at(raw.roles, ['roles', 0]).bands as Json[];
      for (const band of bands.filter((b) => b.level === 'senior')) {
        (band.low as Json).value = 5000;
        (band.high as Json).value = 10000;
      }
    });
    expect(error.message).toMatch(/pay must not fall with experience/);
  });

  it('a file of the wrong shape', () => {
    const error = failure((raw) => {
      raw.sources = [1, 2, 3];
    });
    expect(error.file).toBe('data/sources.json');
  });

  it('equity and bonus shares that leave no room for base', () => {
    const error = failure((raw) => {
      at(raw.roles, ['roles', 2, 'equityShareOfTotal', 'high']).value = 90;
    });
    expect(error.message).toContain(
      'At roles.2.equityShareOfTotal: equity and bonus shares together must stay below 90%',
    );
  });

  it.each([
    ['a band of 1e308 a year', 1e308, /At roles\.0\.bands\.0\.high\.value: .*<=2000000/],
    ['a band of 1e15 a year', 1e15, /<=2000000/],
  ])('an absurd figure: %s', (_name, value, message) => {
    const error = failure((raw) => {
      at(raw.roles, ['roles', 0, 'bands', 0, 'high']).value = value;
    });
    expect(error.message).toMatch(message);
  });

  it('a location ratio of 1e-300', () => {
    const error = failure((raw) => {
      at(raw.modifiers, ['locations', 1, 'ratio']).value = 1e-300;
    });
    expect(error.message).toMatch(/At locations\.1\.ratio\.value: .*>=0\.2/);
  });

  it('a non-finite figure (JSON cannot say Infinity, but a parsed file could hold one)', () => {
    const error = failure((raw) => {
      at(raw.roles, ['roles', 0, 'bands', 0, 'low']).value = Number.POSITIVE_INFINITY;
    });
    expect(error.file).toBe('data/roles.json');
  });

  it.each([
    [
      'sources',
      'data/sources.json',
      (raw: ReturnType<typeof readRawAll>) => (raw.sources as Json).sources as Json[],
    ],
    [
      'locations',
      'data/modifiers.json',
      (raw: ReturnType<typeof readRawAll>) => (raw.modifiers as Json).locations as Json[],
    ],
    [
      'companies',
      'data/modifiers.json',
      (raw: ReturnType<typeof readRawAll>) => (raw.modifiers as Json).companies as Json[],
    ],
    [
      'skills',
      'data/modifiers.json',
      (raw: ReturnType<typeof readRawAll>) => (raw.modifiers as Json).skills as Json[],
    ],
    [
      'claims',
      'data/claims.json',
      (raw: ReturnType<typeof readRawAll>) => (raw.claims as Json).claims as Json[],
    ],
  ])('a duplicate id among %s', (_what, file, list) => {
    const error = failure((raw) => {
      const items = list(raw);
      items.push(structuredClone(items[items.length - 1]!));
    });
    expect(error.file).toBe(file);
    expect(error.message).toMatch(/duplicate id/);
  });

  it('level anchors that do not rise', () => {
    const error = failure((raw) => {
      at(raw.roles, ['levels', 1, 'anchorYears']).value = 0.5;
    });
    expect(error.message).toContain(
      'At levels.1.anchorYears.value: the mid anchor (0.5 years) must come after the entry anchor',
    );
  });

  it('a claim the model does not hold, with no reason given', () => {
    const error = failure((raw) => {
      delete at(raw.claims, ['claims', 0]).why;
    });
    expect(error.message).toContain('At claims.0.why: a claim the model does not hold needs a "why"');
  });

  it('a derived role that points at a role that does not exist', () => {
    const error = failure((raw) => {
      const role = (at(raw.roles, ['roles']) as unknown as Json[]).find(
        (r) => (r.derivation as Json | undefined)?.kind === 'relative',
      )!;
      (role.derivation as Json).to = 'astronaut';
    });
    expect(error.file).toBe('data/roles.json');
  });
});
