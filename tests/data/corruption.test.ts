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
    expect(error.message).toMatch(/At roles\.1\.bands\.0\.high\.value: .*>=0/);
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
        (band.low as Json).value = 500;
        (band.high as Json).value = 1000;
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
      at(raw.roles, ['roles', 2, 'equityShareOfTotal', 'high']).value = 95;
    });
    expect(error.message).toContain(
      'At roles.2.equityShareOfTotal: equity and bonus shares together must stay below 100%',
    );
  });
});
