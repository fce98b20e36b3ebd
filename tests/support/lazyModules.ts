/**
 * Every module that src loads with a dynamic import(): the React.lazy pages, panels and charts, and the
 * schemas the data loader requests beside the data files. Keyed by path from the repository root, without
 * the extension; tests/support/lazyModules.test.ts checks the list against src, so a new lazy import
 * cannot be missed.
 *
 * Loading them before the first test puts them in vitest's module cache: a lazy panel then resolves at
 * once, instead of the test racing a cold transform of it (slow on a busy machine, and slowest for the
 * first test of a fresh clone).
 */
export const LAZY_MODULES: Record<string, () => Promise<unknown>> = {
  'src/app/routes/EstimatorPage': () => import('../../src/app/routes/EstimatorPage'),
  'src/features/methodology/MethodologyPage': () => import('../../src/features/methodology/MethodologyPage'),
  'src/charts/CompareChart': () => import('../../src/charts/CompareChart'),
  'src/charts/ExperienceChart': () => import('../../src/charts/ExperienceChart'),
  'src/features/insights/InsightPanels': () => import('../../src/features/insights/InsightPanels'),
  'src/data/parse': () => import('../../src/data/parse'),
  'src/features/levers/Levers': () => import('../../src/features/levers/Levers'),
  'src/features/switch/SwitchPlanner': () => import('../../src/features/switch/SwitchPlanner'),
  'src/charts/SwitchChart': () => import('../../src/charts/SwitchChart'),
  'src/features/whatif/WhatIf': () => import('../../src/features/whatif/WhatIf'),
  'src/features/results/Formula': () => import('../../src/features/results/Formula'),
  'src/features/results/OfferCheck': () => import('../../src/features/results/OfferCheck'),
  'src/features/scenario-form/OptionGroups': () => import('../../src/features/scenario-form/OptionGroups'),
  'src/features/scenario-form/OfferFields': () => import('../../src/features/scenario-form/OfferFields'),
  'src/features/scenario-form/LocationField': () => import('../../src/features/scenario-form/LocationField'),
  'src/app/ServiceWorkerUpdates': () => import('../../src/app/ServiceWorkerUpdates'),
};

export async function preloadLazyModules(): Promise<void> {
  await Promise.all(Object.values(LAZY_MODULES).map((load) => load()));
}
