/**
 * The scenario is read from the URL, never kept in a second copy: Back, Forward, a bookmark and the
 * page always agree. A change is written to the URL in one of two ways:
 *
 * - discrete (a role, a select, a checkbox, a lever, a reset, opening a saved scenario): a new history
 *   entry at once, so Back undoes it;
 * - continuous (dragging or typing years or an offer): held as a draft and written after the frame that
 *   shows it, at most every URL_WRITE_MS (browsers throttle history writes; Safari throws after 100 in
 *   30 s). The first write of a burst adds an entry and the rest replace it, so one drag or one typed
 *   number is one step of Back.
 *
 * A draft is written before any in-app navigation (a click on a link) and when the page is hidden; Back
 * or Forward drops it, because the entry they open is what the page must show.
 */
import { useEffect, useLayoutEffect, useMemo } from 'react';
import { useLocation, useNavigate, useNavigationType, type NavigateFunction } from 'react-router';
import { useDataset } from '../data/useDataset';
import type { Dataset } from '../model/dataset';
import { DEFAULT_SCENARIO } from '../model/scenario';
import type { Scenario } from '../model/types';
import { afterNextPaint } from './afterPaint';
import { useScenarioStore, type Draft } from './store';
import {
  catalogOf,
  decodeScenario,
  DEFAULT_PIN_NAME,
  DEFAULT_VIEW,
  encodeScenario,
  settingsOf,
  type Catalog,
  type Decoded,
  type View,
} from './url';

export const URL_WRITE_MS = 300;
/** Continuous changes less than this apart are one edit, and one history entry. */
export const SETTLE_MS = 1000;

export type ChangeKind = 'discrete' | 'continuous';

export interface Shown {
  scenario: Scenario;
  view: View;
}

const searchOf = (query: string) => (query === '' ? '' : `?${query}`);
const queryOf = (search: string) => search.replace(/^\?/, '');
const now = () => Date.now();

const catalogs = new WeakMap<Dataset, Catalog>();
function catalogFor(dataset: Dataset): Catalog {
  let catalog = catalogs.get(dataset);
  if (catalog === undefined) {
    catalog = catalogOf(dataset);
    catalogs.set(dataset, catalog);
  }
  return catalog;
}

/** The last draft written to the URL: what the page showed while the router caught up with it. */
let lastWritten: Draft | null = null;

/**
 * The router as the estimator page last rendered it (set by useScenarioUrl): what an action needs when
 * it runs. Actions read it then rather than subscribing to the location, so an address-bar write does
 * not re-render every control that can change the scenario (the form's ~90 inputs, the offer fields).
 */
interface RouterNow {
  navigate: NavigateFunction;
  query: string;
  state: unknown;
}
let routerNow: RouterNow | null = null;
function router(): RouterNow {
  if (routerNow === null)
    throw new Error('A scenario action ran before the estimator page (useScenarioUrl) rendered');
  return routerNow;
}

/** Two settings objects with the same values (the codec's objects: plain data, keys in one order). */
const sameValues = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

// Every component reading the scenario decodes the same query: decode it once (a hostile link can be
// megabytes long), and hand out the same objects so memoised figures stay memoised. When the URL is one
// a draft wrote, the draft's objects are handed out again where the decoded values are the same, so
// dropping the draft once the router shows its URL changes nothing on the page and redraws nothing.
let lastDecoded: { query: string; catalog: Catalog; decoded: Decoded } | null = null;
function decodeOnce(query: string, catalog: Catalog): Decoded {
  if (lastDecoded?.query !== query || lastDecoded.catalog !== catalog) {
    const decoded = decodeScenario(query, catalog);
    const written = lastWritten?.query === query ? lastWritten : null;
    if (written !== null) {
      if (sameValues(decoded.scenario, written.scenario)) decoded.scenario = written.scenario;
      if (sameValues(decoded.view, written.view)) decoded.view = written.view;
    }
    lastDecoded = { query, catalog, decoded };
  }
  return lastDecoded.decoded;
}

export function useCatalog(): Catalog {
  return catalogFor(useDataset());
}

/**
 * The scenario and view on the page: the change being made, else the URL's. Each is selected on its
 * own, so a component re-renders only when the one it reads changes: not when a draft is marked
 * written, nor when it is dropped once its URL is shown (decodeOnce hands out the draft's objects).
 */
export function useScenario(): Shown {
  const catalog = useCatalog();
  const query = queryOf(useLocation().search);
  const scenario = useScenarioStore((s) => s.draft?.scenario ?? decodeOnce(query, catalog).scenario);
  const view = useScenarioStore((s) => s.draft?.view ?? decodeOnce(query, catalog).view);
  return { scenario, view };
}

/**
 * The view on the page (period, offer, planner, baseline) without the scenario, for parts that show
 * only the view: they do not re-render while the years or other settings change.
 */
export function useView(): View {
  const catalog = useCatalog();
  const query = queryOf(useLocation().search);
  return useScenarioStore((s) => s.draft?.view ?? decodeOnce(query, catalog).view);
}

const burstOf = (state: unknown): number | null =>
  typeof state === 'object' && state !== null && 'burst' in state && typeof state.burst === 'number'
    ? state.burst
    : null;

/**
 * Writes a pending draft to the URL; returns the query the URL holds once it has. The draft stays (marked
 * written) until the page has rendered the new URL (the router renders it as a transition), so the page
 * never steps back to the old one and a change made in between builds on it.
 */
function flushDraft(): string {
  const { navigate, query: currentQuery } = router();
  const { draft } = useScenarioStore.getState();
  if (draft === null) return currentQuery;
  if (!draft.written) {
    lastWritten = draft;
    useScenarioStore.setState({ draft: { ...draft, written: true }, lastWriteAt: now() });
    // A drag that ended where it began adds nothing to the history.
    if (draft.query !== currentQuery) {
      const state = { burst: draft.burst };
      void navigate({ search: searchOf(draft.query) }, { replace: draft.replace, state });
    }
  }
  return draft.query;
}

export interface ScenarioActions {
  /** The scenario and view on the page at the moment of asking, for an action that reads them (saving). */
  current: () => Shown;
  change: (patch: Partial<Scenario>, kind?: ChangeKind) => void;
  changeView: (patch: Partial<View>, kind?: ChangeKind) => void;
  reset: () => void;
  /** Opens a saved scenario's query; anything in it that is no longer known is reported as for a link. */
  open: (query: string) => void;
  /** Pins the scenario on the page as the baseline, keeping the name of one already pinned. */
  pin: () => void;
  unpin: () => void;
  /** Names the pinned baseline (as typed: written like the years, as it settles). */
  renamePin: (name: string) => void;
  dismissNotices: () => void;
}

/** The actions on the scenario: the same object for as long as the data is, so memoised controls stay so. */
export function useScenarioActions(): ScenarioActions {
  const catalog = useCatalog();
  return useMemo(() => scenarioActions(catalog), [catalog]);
}

function scenarioActions(catalog: Catalog): ScenarioActions {
  const shown = () => useScenarioStore.getState().draft ?? decodeOnce(router().query, catalog);

  const commit = (next: Shown, kind: ChangeKind) => {
    const query = encodeScenario(next.scenario, next.view);
    const { draft, lastContinuous } = useScenarioStore.getState();
    if (kind === 'continuous') {
      const at = now();
      let nextDraft: Draft;
      if (draft !== null && draft.burst !== 0) {
        // Once part of this burst is in the history, the rest of it replaces that entry. (Burst 0 is a
        // discrete change waiting for the router to render: a drag right after it is an edit of its own.)
        nextDraft = { ...draft, ...next, query, written: false, replace: draft.replace || draft.written };
      } else {
        const entryBurst = burstOf(router().state);
        const continuing =
          lastContinuous !== null &&
          entryBurst === lastContinuous.burst &&
          at - lastContinuous.at < SETTLE_MS;
        const burst = continuing ? lastContinuous.burst : (lastContinuous?.burst ?? 0) + 1;
        nextDraft = { ...next, query, replace: continuing, burst, written: false };
      }
      // useScenarioUrl writes it once the frame showing it has painted, when the rate limit allows.
      useScenarioStore.setState({ draft: nextDraft, lastContinuous: { burst: nextDraft.burst, at } });
      return;
    }
    const inUrl = flushDraft();
    useScenarioStore.setState({ lastContinuous: null });
    if (query !== inUrl) {
      // The router renders a new location as a transition, later than this event; the written draft
      // shows the change at once (a controlled checkbox would otherwise spring back until then).
      const draft: Draft = { ...next, query, replace: false, burst: 0, written: true };
      lastWritten = draft;
      useScenarioStore.setState({ draft, lastWriteAt: now() });
      void router().navigate({ search: searchOf(query) });
    }
  };

  return {
    current: shown,
    change: (patch, kind = 'discrete') => {
      const s = shown();
      commit({ scenario: { ...s.scenario, ...patch }, view: s.view }, kind);
    },
    changeView: (patch, kind = 'discrete') => {
      const s = shown();
      commit({ scenario: s.scenario, view: { ...s.view, ...patch } }, kind);
    },
    reset: () => {
      useScenarioStore.setState({ notices: [] });
      // The baseline stays pinned: a reset is one more what-if to compare with it.
      commit(
        { scenario: { ...DEFAULT_SCENARIO }, view: { ...DEFAULT_VIEW, pinned: shown().view.pinned } },
        'discrete',
      );
    },
    open: (query) => {
      const decoded = decodeScenario(query, catalog);
      useScenarioStore.setState({ notices: decoded.notices });
      commit(decoded, 'discrete');
    },
    pin: () => {
      const s = shown();
      const name = s.view.pinned?.name ?? DEFAULT_PIN_NAME;
      commit(
        { scenario: s.scenario, view: { ...s.view, pinned: { settings: settingsOf(s.scenario), name } } },
        'discrete',
      );
    },
    unpin: () => {
      const s = shown();
      commit({ scenario: s.scenario, view: { ...s.view, pinned: null } }, 'discrete');
    },
    renamePin: (name) => {
      const s = shown();
      if (s.view.pinned === null) return;
      commit({ scenario: s.scenario, view: { ...s.view, pinned: { ...s.view.pinned, name } } }, 'continuous');
    },
    dismissNotices: () => useScenarioStore.setState({ notices: [] }),
  };
}

/**
 * Keeps the URL and the page in step; call it once, in the estimator page. It puts a link in its normal
 * form (noting what was ignored), writes a draft when the rate limit allows, drops it when Back or
 * Forward opens another entry, and writes it before a link is followed or the page is hidden.
 */
export function useScenarioUrl(): void {
  const catalog = useCatalog();
  const navigate = useNavigate();
  const location = useLocation();
  const navigationType = useNavigationType();
  const query = queryOf(location.search);
  const state: unknown = location.state;
  useLayoutEffect(() => {
    routerNow = { navigate, query, state };
  }, [navigate, query, state]);

  // Back or Forward: the entry they open wins over a change not yet written. In the browser the draft is
  // dropped on popstate, before the router renders (it renders a new location as a transition, which
  // React may merge with the one before it, so no render need ever show a new key); the layout effect
  // covers routers without popstate (in memory).
  useEffect(() => {
    const drop = () => useScenarioStore.setState({ draft: null, lastContinuous: null });
    window.addEventListener('popstate', drop);
    return () => window.removeEventListener('popstate', drop);
  }, []);
  useLayoutEffect(() => {
    if (navigationType === 'POP') useScenarioStore.setState({ draft: null, lastContinuous: null });
  }, [location.key, navigationType]);

  // A written draft has done its work once the page shows the URL it wrote. Read from the store, not
  // from this render: a change may have come between the render and this effect.
  useEffect(() => {
    const current = useScenarioStore.getState().draft;
    if (current?.written === true && current.query === query) useScenarioStore.setState({ draft: null });
  }, [query]);

  // A link with unknown or invalid values: say what was ignored, and show the link as understood.
  useEffect(() => {
    const decoded = decodeOnce(query, catalog);
    const normal = encodeScenario(decoded.scenario, decoded.view);
    if (normal === query) return;
    if (decoded.notices.length > 0) useScenarioStore.setState({ notices: decoded.notices });
    void navigate({ search: searchOf(normal) }, { replace: true, state: location.state as unknown });
  }, [query, catalog, navigate, location.state]);

  // Each new draft: the rate limit (a draft waits until URL_WRITE_MS after the last write), and a written
  // draft whose URL the page already shows is done. Followed through the store, not through a render of
  // this hook: a drag makes a draft per step, and re-rendering the page that calls this hook would
  // re-render everything on it with each one.
  useEffect(() => {
    let cancel = () => {};
    const follow = (draft: Draft | null) => {
      cancel();
      if (draft === null) return;
      if (draft.written) {
        if (draft.query === router().query) useScenarioStore.setState({ draft: null });
        return;
      }
      const wait = URL_WRITE_MS - (now() - useScenarioStore.getState().lastWriteAt);
      const flush = () => void flushDraft();
      // Not in the task of the change: writing history takes the browser milliseconds, and the router then
      // renders the page anew, so the frame that shows the new figures would wait on both. After that
      // frame, then (a task posted from requestAnimationFrame runs once it has painted); a hidden page
      // paints no frame, so there at once.
      if (wait > 0 || document.visibilityState === 'hidden') {
        const timer = setTimeout(flush, Math.max(0, wait));
        cancel = () => clearTimeout(timer);
      } else cancel = afterNextPaint(flush);
    };
    follow(useScenarioStore.getState().draft);
    const unsubscribe = useScenarioStore.subscribe((state, previous) => {
      if (state.draft !== previous.draft) follow(state.draft);
    });
    return () => {
      unsubscribe();
      cancel();
    };
  }, []);

  // Written before leaving: a click on any link (captured before the link navigates) and hiding the
  // page. Leaving by Back or Forward unmounts the page and drops the draft.
  useEffect(() => {
    const flush = () => void flushDraft();
    const onClick = (event: MouseEvent) => {
      if (event.target instanceof Element && event.target.closest('a[href]') !== null) flush();
    };
    document.addEventListener('click', onClick, true);
    window.addEventListener('pagehide', flush);
    return () => {
      document.removeEventListener('click', onClick, true);
      window.removeEventListener('pagehide', flush);
      useScenarioStore.setState({ draft: null });
    };
  }, []);
}
