import type { Scenario } from './types';

/** The scenario a first-time visitor sees: one DevOps Engineer with 5 years, US national, any employer. */
export const DEFAULT_SCENARIO: Scenario = {
  roles: ['devops-engineer'],
  years: 5,
  location: 'us',
  company: 'any',
  education: 'bachelors',
  certs: [],
  skills: [],
};
