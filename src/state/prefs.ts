/**
 * What this browser remembers between visits: named saved scenarios (as their link query, so a saved
 * scenario decodes exactly like a bookmark) and the theme. Stored through zustand's persist middleware.
 * Storage written by an older version, edited by hand or corrupted is set aside with a notice: it never
 * breaks the page, and the unreadable text is kept under BACKUP_KEY so nothing is silently destroyed.
 */
import { create } from 'zustand';
import { persist, type PersistStorage, type StorageValue } from 'zustand/middleware';

export const STORAGE_KEY = 'paypath';
export const BACKUP_KEY = 'paypath-unreadable-backup';
export const STORAGE_VERSION = 1;
export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];
export const MAX_SAVED = 20;

export interface SavedScenario {
  name: string;
  /** The scenario's query string, without "?". */
  query: string;
}

interface Persisted {
  saved: SavedScenario[];
  theme: Theme;
}

export interface PrefsState extends Persisted {
  /** Set when stored data could not be used. */
  storageNotice: string | null;
  save: (name: string, query: string) => void;
  remove: (name: string) => void;
  setTheme: (theme: Theme) => void;
  dismissStorageNotice: () => void;
}

const isSaved = (x: unknown): x is SavedScenario =>
  typeof x === 'object' &&
  x !== null &&
  typeof (x as SavedScenario).name === 'string' &&
  typeof (x as SavedScenario).query === 'string' &&
  (x as SavedScenario).name.length <= 200 &&
  (x as SavedScenario).query.length <= 2000;

/**
 * Keeps what can be used: valid saved scenarios and a known theme. Returns null when nothing in it is
 * usable, and says whether anything had to be dropped.
 */
function readPersisted(value: unknown): { prefs: Persisted; dropped: boolean } | null {
  if (typeof value !== 'object' || value === null) return null;
  const { saved, theme } = value as Partial<Record<keyof Persisted, unknown>>;
  const list = Array.isArray(saved) ? saved : [];
  const valid = list.filter(isSaved).slice(0, MAX_SAVED);
  const knownTheme = THEMES.find((t) => t === theme);
  if (valid.length === 0 && knownTheme === undefined) return null;
  return {
    prefs: { saved: valid, theme: knownTheme ?? 'system' },
    dropped: !Array.isArray(saved) || valid.length !== list.length || knownTheme === undefined,
  };
}

/** An unreadable entry is marked, not thrown: the merge step below turns it into a notice. */
const UNREADABLE = { unreadable: true } as const;

function readRaw(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

function backUp(raw: string) {
  try {
    localStorage.setItem(BACKUP_KEY, raw);
  } catch {
    // Storage full or blocked: the notice still tells the person what happened.
  }
}

const storage: PersistStorage<Persisted> = {
  getItem: (name) => {
    let raw: string | null;
    try {
      raw = localStorage.getItem(name);
    } catch {
      return null; // storage blocked (private mode, policy): start empty
    }
    if (raw === null) return null;
    try {
      const parsed = JSON.parse(raw) as StorageValue<Persisted>;
      if (typeof parsed !== 'object' || parsed === null || parsed.version !== STORAGE_VERSION)
        throw new Error('old');
      return parsed;
    } catch {
      backUp(raw);
      return { state: UNREADABLE as unknown as Persisted, version: STORAGE_VERSION };
    }
  },
  setItem: (name, value) => {
    try {
      localStorage.setItem(name, JSON.stringify(value));
    } catch {
      // Quota or privacy mode: the scenario still lives in the URL.
    }
  },
  removeItem: (name) => {
    try {
      localStorage.removeItem(name);
    } catch {
      // nothing to do
    }
  },
};

export const usePrefsStore = create<PrefsState>()(
  persist(
    (set) => ({
      saved: [],
      theme: 'system',
      storageNotice: null,
      save: (name, query) =>
        set((s) => ({
          saved: [{ name, query }, ...s.saved.filter((x) => x.name !== name)].slice(0, MAX_SAVED),
        })),
      remove: (name) => set((s) => ({ saved: s.saved.filter((x) => x.name !== name) })),
      setTheme: (theme) => set({ theme }),
      dismissStorageNotice: () => set({ storageNotice: null }),
    }),
    {
      name: STORAGE_KEY,
      version: STORAGE_VERSION,
      storage,
      partialize: (s) => ({ saved: s.saved, theme: s.theme }),
      merge: (persisted, current) => {
        if (persisted === undefined || persisted === null) return current;
        const read = readPersisted(persisted);
        if (read !== null && !read.dropped) return { ...current, ...read.prefs };
        // Whatever could not be used is kept under BACKUP_KEY before the next write replaces it.
        backUp(readRaw() ?? JSON.stringify(persisted));
        return {
          ...current,
          ...(read?.prefs ?? {}),
          storageNotice:
            read === null
              ? 'Saved scenarios stored in this browser could not be read (an older format or damaged data), so they were set aside. Your current scenario is unaffected.'
              : 'Some saved scenarios stored in this browser could not be read and were set aside; the rest are below.',
        };
      },
    },
  ),
);
