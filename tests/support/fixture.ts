/**
 * A small dataset with round numbers, so engine examples can be computed by hand. Anchors sit at
 * 0, 5 and 10 years (the real data uses 1, 4.5 and 10); bands are read as 25th–75th percentiles; the
 * experience curve rises 21% from 10 to 20 years (10% a decade-half) and then falls, so it is held flat.
 */
import { indexDataset } from '../../src/model/indexDataset';
import type { DatasetFiles } from '../../src/model/domain';

const a = (value: number) => ({ value, source: 'a', quote: `a says ${value}` });
const b = (value: number) => ({ value, source: 'b', quote: `b says ${value}` });
const assumed = (value: number) => ({ value, assumption: `fixture assumption ${value}` });

export const fixtureFiles: DatasetFiles = {
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
    bandPercentiles: { low: assumed(25), high: assumed(75) },
    experienceCurve: {
      note: 'fixture',
      points: [
        { years: assumed(10), totalAnnualUsd: b(100000) },
        { years: assumed(20), totalAnnualUsd: b(121000) },
        { years: assumed(30), totalAnnualUsd: b(110000) },
      ],
    },
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
        defining: [],
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
          focus: { text: 'Focus 1', source: 'a', quote: 'Focus 1' },
          education: { text: 'Bachelor', source: 'a', quote: 'Bachelor' },
          topSkills: { text: 'Coding', source: 'a', quote: 'Coding' },
          whereTheyWork: { text: 'Tech', source: 'a', quote: 'Tech' },
          dayToDay: { text: 'Fixing', source: 'a', quote: 'Fixing' },
          careerPath: { text: 'SRE', source: 'a', quote: 'SRE' },
          jobReady: { text: 'a year', assumption: 'fixture' },
          jobReadyMonths: {
            low: { value: 6, assumption: 'fixture' },
            high: { value: 12, assumption: 'fixture' },
          },
        },
        crossChecks: [],
      },
      {
        id: 'ai-ml-engineer',
        title: 'AI/ML Engineer',
        shortTitle: 'AI/ML',
        defining: [],
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
          focus: { text: 'Focus 2', source: 'a', quote: 'Focus 2' },
          education: { text: 'Master', source: 'a', quote: 'Master' },
          topSkills: { text: 'Math', source: 'a', quote: 'Math' },
          whereTheyWork: { text: 'Labs', source: 'a', quote: 'Labs' },
          dayToDay: { text: 'Training', source: 'a', quote: 'Training' },
          careerPath: { text: 'Head of AI', source: 'a', quote: 'Head of AI' },
          jobReady: { text: '6-12 months', source: 'a', quote: '6-12 months' },
          jobReadyMonths: {
            low: { value: 6, assumption: 'fixture' },
            high: { value: 12, assumption: 'fixture' },
          },
        },
        crossChecks: [],
      },
      {
        id: 'ml-engineer',
        title: 'ML Engineer',
        shortTitle: 'ML',
        bands: [],
        derivation: { kind: 'overall-range', range: { low: a(100000), high: a(144000) } },
        defining: [{ kind: 'education', id: 'masters', source: 'a', quote: 'Master' }],
        ranges: [],
        figures: [],
        hourlyUsd: null,
        equityShareOfTotal: { low: a(10), high: a(30) },
        bonusShareOfTotal: { low: assumed(0), high: assumed(10) },
        profile: {
          growthTo2034: null,
          focus: { text: 'Focus 3', source: 'a', quote: 'Focus 3' },
          education: { text: 'Master', source: 'a', quote: 'Master' },
          topSkills: { text: 'ML', source: 'a', quote: 'ML' },
          whereTheyWork: { text: 'Labs', source: 'a', quote: 'Labs' },
          dayToDay: { text: 'Models', source: 'a', quote: 'Models' },
          careerPath: { text: 'Lead', source: 'a', quote: 'Lead' },
          jobReady: { text: 'a year', assumption: 'fixture' },
          jobReadyMonths: {
            low: { value: 6, assumption: 'fixture' },
            high: { value: 12, assumption: 'fixture' },
          },
        },
        crossChecks: [],
      },
      {
        id: 'ai-engineer',
        title: 'AI Engineer',
        shortTitle: 'AI',
        bands: [],
        derivation: {
          kind: 'relative',
          to: 'ml-engineer',
          percentByLevel: { entry: a(0), mid: assumed(5), senior: a(10) },
        },
        defining: [],
        ranges: [],
        figures: [],
        hourlyUsd: null,
        equityShareOfTotal: { low: a(10), high: a(30) },
        bonusShareOfTotal: { low: assumed(0), high: assumed(10) },
        profile: {
          growthTo2034: null,
          focus: { text: 'Focus 4', source: 'a', quote: 'Focus 4' },
          education: { text: 'Bachelor', source: 'a', quote: 'Bachelor' },
          topSkills: { text: 'Apps', source: 'a', quote: 'Apps' },
          whereTheyWork: { text: 'Startups', source: 'a', quote: 'Startups' },
          dayToDay: { text: 'Agents', source: 'a', quote: 'Agents' },
          careerPath: { text: 'Architect', source: 'a', quote: 'Architect' },
          jobReady: { text: 'a year', assumption: 'fixture' },
          jobReadyMonths: {
            low: { value: 6, assumption: 'fixture' },
            high: { value: 12, assumption: 'fixture' },
          },
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
        appliesTo: ['devops-engineer', 'ai-ml-engineer', 'ml-engineer', 'ai-engineer'],
      },
      {
        id: 'big-city',
        label: 'Big City',
        ratio: b(1.5),
        appliesTo: ['devops-engineer', 'ai-ml-engineer', 'ml-engineer', 'ai-engineer'],
        articlePremium: { low: a(20), high: a(40) },
      },
    ],
    companies: [
      {
        id: 'any',
        label: 'Any',
        basePercent: { low: assumed(0), high: assumed(0) },
        appliesTo: ['devops-engineer', 'ai-ml-engineer', 'ml-engineer', 'ai-engineer'],
        notes: [],
      },
      {
        id: 'startup',
        label: 'Startup',
        basePercent: { low: a(-20), high: a(-10) },
        appliesTo: ['devops-engineer', 'ai-ml-engineer', 'ml-engineer', 'ai-engineer'],
        equityPercentOfBase: { low: a(10), high: a(60), appliesTo: ['ai-ml-engineer'] },
        notes: [],
      },
      {
        id: 'finance',
        label: 'Finance',
        basePercent: { low: a(10), high: a(30) },
        appliesTo: ['devops-engineer'],
        parity: [
          { role: 'devops-engineer', with: 'ai-ml-engineer', source: 'a', quote: 'DevOps can match AI/ML' },
        ],
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
        effects: [{ low: a(10), high: a(25), appliesTo: ['ai-ml-engineer', 'ml-engineer'] }],
        notes: [],
      },
      {
        id: 'phd',
        label: 'PhD',
        effects: [{ low: a(20), high: a(40), appliesTo: ['ai-ml-engineer', 'ml-engineer'] }],
        notes: [],
      },
    ],
    stacking: { weight: assumed(0.5), marginPercent: assumed(5) },
  },
  benchmarks: {
    provenance: 'fixture',
    bls: {
      label: 'All developers',
      measures: 'wages',
      metroScaling: 'scaled',
      percentiles: [
        { percentile: 10, annualUsd: b(50000) },
        { percentile: 25, annualUsd: b(70000) },
        { percentile: 50, annualUsd: b(100000) },
        { percentile: 75, annualUsd: b(140000) },
        { percentile: 90, annualUsd: b(200000) },
      ],
    },
    surveys: [
      {
        label: 'Survey: DevOps',
        measures: 'self-reported',
        roles: ['devops-engineer'],
        annualUsd: b(120000),
      },
    ],
  },
  claims: {
    provenance: 'fixture',
    claims: [
      {
        id: 'certs-add',
        claim: 'A certification adds 5–12%',
        source: 'a',
        quote: 'certs add 5–12%',
        check: {
          kind: 'compare',
          measure: 'base-median',
          a: { role: 'devops-engineer', certs: ['c1'] },
          b: { role: 'devops-engineer' },
          years: [5],
          percent: { min: 5, max: 12 },
        },
        expect: 'holds',
      },
      {
        id: 'aiml-double',
        claim: 'AI/ML pays double DevOps',
        source: 'a',
        quote: 'AI/ML pays double',
        check: {
          kind: 'compare',
          measure: 'base-median',
          a: { role: 'ai-ml-engineer' },
          b: { role: 'devops-engineer' },
          years: [0, 10],
          percent: { min: 90, max: 110 },
        },
        expect: 'fails',
        why: 'the bands say otherwise',
      },
    ],
  },
};

export const fixture = indexDataset(fixtureFiles);
