/**
 * What the URL does not hold: a change still being made (a draft, written to the URL when it settles)
 * and the notices about what a link contained that was ignored. The scenario itself
 * lives in the URL; see useScenario.ts. Estimates are derived, never stored.
 */
import { create } from 'zustand';
import type { Scenario } from '../model/types';
import type { View } from './url';

export interface Draft {
  scenario: Scenario;
  view: View;
  /** The draft as a query string, without "?". */
  query: string;
  /** Written over the current history entry (a change continuing one already in the history) or as a new one. */
  replace: boolean;
  /** The burst of continuous changes it belongs to; the history entry it writes carries the same id. */
  burst: number;
  /** In the URL already, waiting for the page to show that URL. */
  written: boolean;
}

export interface ScenarioState {
  /** A continuous change (dragging or typing) not yet in the URL; null when the URL is up to date. */
  draft: Draft | null;
  /** The last continuous change: which burst, and when (ms since the epoch). */
  lastContinuous: { burst: number; at: number } | null;
  /** When the URL was last written (ms since the epoch), for the rate limit. */
  lastWriteAt: number;
  notices: string[];
}

export const initialScenarioState: ScenarioState = {
  draft: null,
  lastContinuous: null,
  lastWriteAt: 0,
  notices: [],
};

export const useScenarioStore = create<ScenarioState>()(() => initialScenarioState);
