/**
 * The live scenario while a person edits it, and the notices about what a link contained that was
 * ignored. The URL is the source of truth on load (see useUrlSync); estimates are derived, never stored.
 */
import { create } from 'zustand';
import { DEFAULT_SCENARIO } from '../model/scenario';
import type { Scenario } from '../model/types';

export interface ScenarioState {
  /** null until the link has been decoded against the data's ids. */
  scenario: Scenario | null;
  notices: string[];
  load: (scenario: Scenario, notices: string[]) => void;
  update: (patch: Partial<Scenario>) => void;
  reset: () => void;
  dismissNotices: () => void;
}

export const initialScenarioState = { scenario: null, notices: [] } satisfies Partial<ScenarioState>;

export const useScenarioStore = create<ScenarioState>()((set) => ({
  ...initialScenarioState,
  load: (scenario, notices) => set({ scenario, notices }),
  update: (patch) => set((s) => (s.scenario ? { scenario: { ...s.scenario, ...patch } } : s)),
  reset: () => set({ scenario: { ...DEFAULT_SCENARIO }, notices: [] }),
  dismissNotices: () => set({ notices: [] }),
}));
