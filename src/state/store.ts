/**
 * The live scenario while a person edits it, how figures are shown, a pinned baseline, and the notices
 * about what a link contained that was ignored. The URL is the source of truth on load (useUrlSync);
 * estimates are derived, never stored.
 */
import { create } from 'zustand';
import { DEFAULT_SCENARIO } from '../model/scenario';
import type { Scenario } from '../model/types';
import { DEFAULT_VIEW, type View } from './url';

export interface ScenarioState {
  /** null until the link has been decoded against the data's ids. */
  scenario: Scenario | null;
  view: View;
  /** A scenario to compare against while trying what-ifs; kept for this visit only. */
  pinned: Scenario | null;
  notices: string[];
  load: (scenario: Scenario, view: View, notices: string[]) => void;
  update: (patch: Partial<Scenario>) => void;
  setView: (patch: Partial<View>) => void;
  pin: () => void;
  unpin: () => void;
  reset: () => void;
  dismissNotices: () => void;
}

export const initialScenarioState = {
  scenario: null,
  view: DEFAULT_VIEW,
  pinned: null,
  notices: [],
} satisfies Partial<ScenarioState>;

export const useScenarioStore = create<ScenarioState>()((set) => ({
  ...initialScenarioState,
  load: (scenario, view, notices) => set({ scenario, view, notices }),
  update: (patch) => set((s) => (s.scenario ? { scenario: { ...s.scenario, ...patch } } : s)),
  setView: (patch) => set((s) => ({ view: { ...s.view, ...patch } })),
  pin: () => set((s) => ({ pinned: s.scenario })),
  unpin: () => set({ pinned: null }),
  reset: () => set({ scenario: { ...DEFAULT_SCENARIO }, view: DEFAULT_VIEW, notices: [] }),
  dismissNotices: () => set({ notices: [] }),
}));
