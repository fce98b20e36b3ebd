/**
 * The estimation engine on the shipped data, timed by vitest's bench (tinybench): `npm run bench`
 * prints this table first. Not part of `npm test`: timings depend on the machine.
 */
import { bench, describe } from 'vitest';
import { parseDataset } from '../../src/data/parse';
import { estimate } from '../../src/model/estimate';
import { rankLevers } from '../../src/model/levers';
import { DEFAULT_SCENARIO } from '../../src/model/scenario';
import { experienceSeries } from '../../src/model/series';
import type { Scenario } from '../../src/model/types';
import { readRawAll } from '../support/realData';

const raw = readRawAll();
const dataset = parseDataset(raw);
const three: Scenario = {
  ...DEFAULT_SCENARIO,
  roles: ['devops-engineer', 'ai-ml-engineer', 'backend-developer'],
  years: 7,
};
const one: Scenario = { ...three, roles: ['devops-engineer'] };

describe('engine (shipped data)', () => {
  bench('estimate, one role', () => {
    estimate(one, dataset);
  });
  bench('estimate, three roles', () => {
    estimate(three, dataset);
  });
  bench('lever ranking, one role', () => {
    rankLevers(three, dataset, 'devops-engineer');
  });
  bench('experience chart series, three roles', () => {
    experienceSeries(three, dataset);
  });
  bench('validate and index the data files', () => {
    parseDataset(raw);
  });
});
