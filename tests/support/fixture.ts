/**
 * A small dataset with round numbers, so engine examples can be computed by hand. Anchors sit at
 * 0, 5 and 10 years (the real data uses 1, 4.5 and 10).
 */
import type { Dataset } from '../../src/model/types';

const a = (value: number) => ({ value, source: 'a', quote: `a says ${value}` });
const b = (value: number) => ({ value, source: 'b', quote: `b says ${value}` });
const assumed = (value: number) => ({ value, assumption: `fixture assumption ${value}` });

export const fixture: Dataset = {
  sources: {
    provenance: 'fixture',
    sources: [
      { id: 'a', title: 'Source A', kind: 'article', vintage: '2025', confidence: 'article', citation: 'A' },
      {
        id: 'b',
        title: 'Source B',
        kind: 'public-data',
        vintage: 'May 2024',
        confidence: 'H',
        citation: 'B',
      },
    ],
  },
  roles: {
    provenance: 'fixture',
    levels: [
      { id: 'entry', label: 'Entry', fromYears: assumed(0), toYears: assumed(4), anchorYears: assumed(0) },
      { id: 'mid', label: 'Mid', fromYears: a(5), toYears: a(9), anchorYears: assumed(5) },
      { id: 'senior', label: 'Senior', fromYears: a(10), toYears: null, anchorYears: assumed(10) },
    ],
    roles: [
      {
        id: 'devops-engineer',
        title: 'DevOps Engineer',
        shortTitle: 'DevOps',
        bands: [
          { level: 'entry', low: a(60000), high: a(80000) },
          { level: 'mid', low: a(80000), high: a(120000) },
          { level: 'senior', low: a(120000), high: a(160000) },
        ],
        ranges: [],
        figures: [
          { label: 'average (a)', kind: 'average', figure: a(100000) },
          { label: 'average (b)', kind: 'average', figure: b(150000) },
        ],
        hourlyUsd: { low: a(50), high: a(100) },
        equityShareOfTotal: { low: a(10), high: a(20) },
        bonusShareOfTotal: { low: assumed(0), high: assumed(10) },
        profile: {
          growthTo2034: a(20),
          education: { text: 'Bachelor', source: 'a', quote: 'Bachelor' },
          topSkills: { text: 'Coding', source: 'a', quote: 'Coding' },
          whereTheyWork: { text: 'Tech', source: 'a', quote: 'Tech' },
          dayToDay: { text: 'Fixing', source: 'a', quote: 'Fixing' },
          careerPath: { text: 'SRE', source: 'a', quote: 'SRE' },
          jobReady: { text: 'a year', assumption: 'fixture' },
        },
        crossChecks: [],
      },
      {
        id: 'ai-ml-engineer',
        title: 'AI/ML Engineer',
        shortTitle: 'AI/ML',
        bands: [
          { level: 'entry', low: a(80000), high: a(100000) },
          { level: 'entry', low: b(100000), high: b(120000) },
          { level: 'mid', low: a(110000), high: a(150000) },
          { level: 'senior', low: a(150000), high: a(250000), openEnded: true },
        ],
        ranges: [],
        figures: [],
        hourlyUsd: { low: a(70), high: a(200) },
        equityShareOfTotal: { low: a(10), high: a(30) },
        bonusShareOfTotal: { low: assumed(0), high: assumed(10) },
        profile: {
          growthTo2034: null,
          education: { text: 'Master', source: 'a', quote: 'Master' },
          topSkills: { text: 'Math', source: 'a', quote: 'Math' },
          whereTheyWork: { text: 'Labs', source: 'a', quote: 'Labs' },
          dayToDay: { text: 'Training', source: 'a', quote: 'Training' },
          careerPath: { text: 'Head of AI', source: 'a', quote: 'Head of AI' },
          jobReady: { text: '6-12 months', source: 'a', quote: '6-12 months' },
        },
        crossChecks: [],
      },
    ],
  },
  modifiers: {
    provenance: 'fixture',
    locations: [
      {
        id: 'us',
        label: 'United States',
        ratio: assumed(1),
        appliesTo: ['devops-engineer', 'ai-ml-engineer'],
      },
      {
        id: 'big-city',
        label: 'Big City',
        ratio: b(1.5),
        appliesTo: ['devops-engineer', 'ai-ml-engineer'],
        articlePremium: { low: a(20), high: a(40) },
      },
    ],
    companies: [
      {
        id: 'any',
        label: 'Any',
        basePercent: { low: assumed(0), high: assumed(0) },
        appliesTo: ['devops-engineer', 'ai-ml-engineer'],
        notes: [],
      },
      {
        id: 'startup',
        label: 'Startup',
        basePercent: { low: a(-20), high: a(-10) },
        appliesTo: ['devops-engineer', 'ai-ml-engineer'],
        equityPercentOfBase: { low: a(10), high: a(60), appliesTo: ['ai-ml-engineer'] },
        notes: [],
      },
      {
        id: 'finance',
        label: 'Finance',
        basePercent: { low: a(10), high: a(30) },
        appliesTo: ['devops-engineer'],
        notes: [],
      },
    ],
    certifications: [
      { id: 'c1', label: 'Cert One' },
      { id: 'c2', label: 'Cert Two' },
    ],
    skills: [
      { id: 's1', label: 'Skill One' },
      { id: 's2', label: 'Skill Two' },
      { id: 's3', label: 'Skill Three' },
      { id: 's4', label: 'Skill Four' },
    ],
    groups: [
      {
        id: 'certs',
        kind: 'certification',
        label: 'DevOps certifications',
        members: ['c1', 'c2'],
        appliesTo: ['devops-engineer'],
        combine: 'any-one',
        percent: { low: a(5), high: a(12) },
        notes: [],
      },
      {
        id: 'skills',
        kind: 'skill',
        label: 'DevOps skills',
        members: ['s1', 's2', 's3'],
        appliesTo: ['devops-engineer'],
        combine: 'equal-share',
        percent: { low: a(6), high: a(15) },
        notes: [],
      },
      {
        id: 'no-figure',
        kind: 'skill',
        label: 'AI/ML skill without a figure',
        members: ['s4'],
        appliesTo: ['ai-ml-engineer'],
        combine: 'equal-share',
        percent: null,
        notes: [{ text: 'pay rises', source: 'a', quote: 'pay rises' }],
      },
    ],
    education: [
      { id: 'bachelors', label: "Bachelor's degree", effects: [], notes: [] },
      {
        id: 'masters',
        label: "Master's degree",
        effects: [{ low: a(10), high: a(25), appliesTo: ['ai-ml-engineer'] }],
        notes: [],
      },
    ],
  },
};
