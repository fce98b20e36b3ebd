/**
 * What this browser remembers between visits: named saved scenarios (as their link query, so a saved
 * scenario decodes exactly like a bookmark) and the theme.
 *
 * Storage is shared by every tab and can fail, so no change is made from memory alone: each one re-reads
 * what is stored, applies itself and writes (saving and deleting: savedScenarios.ts, which loads with
 * the saved-scenarios panel). Other tabs' changes arrive through the `storage` event (followOtherTabs).
 * Anything unreadable is set aside with a notice and kept under its own backup key; a later backup
 * never overwrites an earlier.
 */
import { create } from 'zustand';

export const STORAGE_KEY = 'paypath';
export const BACKUP_KEY = 'paypath-unreadable-backup';
export const STORAGE_VERSION = 1;
export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];
export const MAX_SAVED = 20;
export const MAX_NAME_LENGTH = 80;

export interface SavedScenario {
  name: string;
  /** The scenario's query string, without "?". */
  query: string;
}

export interface Persisted {
  saved: SavedScenario[];
  theme: Theme;
}

export interface PrefsState extends Persisted {
  /** Set when stored data could not be used. */
  storageNotice: string | null;
  setTheme: (theme: Theme) => void;
  /** Reads storage again (another tab changed it). */
  reload: () => void;
  dismissStorageNotice: () => void;
}

const EMPTY: Persisted = { saved: [], theme: 'system' };

/** localStorage, or null where the browser blocks it (private mode, a policy). */
function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** A name as stored: trimmed of spaces and invisible characters, at most MAX_NAME_LENGTH; null without a visible character. */
export function cleanName(name: string): string | null {
  const trimmed = [...name.replace(/^[\s\p{Cc}\p{Cf}]+|[\s\p{Cc}\p{Cf}]+$/gu, '')]
    .slice(0, MAX_NAME_LENGTH)
    .join('');
  return /[^\s\p{Cc}\p{Cf}]/u.test(trimmed) ? trimmed : null;
}

const isSaved = (x: unknown): x is SavedScenario =>
  typeof x === 'object' &&
  x !== null &&
  typeof (x as SavedScenario).name === 'string' &&
  typeof (x as SavedScenario).query === 'string' &&
  cleanName((x as SavedScenario).name) === (x as SavedScenario).name &&
  (x as SavedScenario).query.length <= 2000;

/** Keeps every distinct unreadable text under its own key: BACKUP_KEY, then BACKUP_KEY-2, -3... */
function backUp(store: Storage, raw: string): void {
  try {
    for (let n = 1; n <= 50; n++) {
      const key = n === 1 ? BACKUP_KEY : `${BACKUP_KEY}-${n}`;
      const existing = store.getItem(key);
      if (existing === raw) return;
      if (existing === null) {
        store.setItem(key, raw);
        return;
      }
    }
  } catch {
    // Storage full or blocked: the notice still tells the person what happened.
  }
}

const SET_ASIDE_ALL =
  'Saved scenarios stored in this browser could not be read (an older format or damaged data), so they were set aside. Your current scenario is unaffected.';
const SET_ASIDE_SOME =
  'Some saved scenarios stored in this browser could not be read and were set aside; the rest are below.';

/** What storage holds now: the usable part, and a notice when anything had to be set aside. */
export function readStored(): { prefs: Persisted; notice: string | null } {
  const store = storage();
  let raw: string | null = null;
  try {
    raw = store?.getItem(STORAGE_KEY) ?? null;
  } catch {
    raw = null;
  }
  if (store === null || raw === null) return { prefs: EMPTY, notice: null };
  let state: unknown;
  try {
    const parsed = JSON.parse(raw) as { state?: unknown; version?: unknown };
    if (parsed.version !== STORAGE_VERSION) throw new Error('another format');
    state = parsed.state;
  } catch {
    backUp(store, raw);
    return { prefs: EMPTY, notice: SET_ASIDE_ALL };
  }
  const { saved, theme } = (typeof state === 'object' && state !== null ? state : {}) as Record<
    string,
    unknown
  >;
  const list = Array.isArray(saved) ? saved : [];
  const names = new Set<string>();
  const valid = list.filter((x): x is SavedScenario => {
    if (!isSaved(x) || names.has(x.name)) return false;
    names.add(x.name);
    return true;
  });
  const knownTheme = THEMES.find((t) => t === theme);
  const dropped =
    !Array.isArray(saved) ||
    valid.length !== list.length ||
    (theme !== undefined && knownTheme === undefined);
  if (dropped) backUp(store, raw);
  return {
    prefs: { saved: valid, theme: knownTheme ?? 'system' },
    notice: !dropped ? null : valid.length === 0 ? SET_ASIDE_ALL : SET_ASIDE_SOME,
  };
}

/** Writes and reads back: 'full' when the quota is reached, 'blocked' when storage refuses or ignores the write. */
export function writeStored(prefs: Persisted): 'ok' | 'full' | 'blocked' {
  const store = storage();
  if (store === null) return 'blocked';
  const text = JSON.stringify({ state: prefs, version: STORAGE_VERSION });
  try {
    store.setItem(STORAGE_KEY, text);
    return store.getItem(STORAGE_KEY) === text ? 'ok' : 'blocked';
  } catch (error) {
    const name = error instanceof DOMException ? error.name : '';
    return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' ? 'full' : 'blocked';
  }
}

export const usePrefsStore = create<PrefsState>()((set) => {
  const initial = readStored();
  return {
    ...initial.prefs,
    storageNotice: initial.notice,
    setTheme: (theme) => {
      // The theme applies to this visit whatever happens; it is remembered where storage allows.
      const stored = readStored();
      writeStored({ ...stored.prefs, theme });
      set({ ...stored.prefs, theme });
    },
    reload: () => {
      const stored = readStored();
      set((s) => ({ ...stored.prefs, storageNotice: stored.notice ?? s.storageNotice }));
    },
    dismissStorageNotice: () => set({ storageNotice: null }),
  };
});

let following = false;

/**
 * Follows other tabs: when one saves, deletes or changes the theme, this tab shows it. (Nothing is lost
 * before this runs: every change re-reads storage first.) Not done as this module loads: adding a
 * `storage` listener took Chromium 1-11 ms, inside the one task that evaluates the app's code, so the
 * entry (main.tsx) calls this in a task of its own. A change made in between is caught up at once.
 */
export function followOtherTabs(): void {
  if (following || typeof window === 'undefined') return;
  following = true;
  window.addEventListener('storage', (event) => {
    if (event.key === STORAGE_KEY || event.key === null) usePrefsStore.getState().reload();
  });
  const now = readStored().prefs;
  const shown = usePrefsStore.getState();
  if (now.theme !== shown.theme || JSON.stringify(now.saved) !== JSON.stringify(shown.saved)) shown.reload();
}
