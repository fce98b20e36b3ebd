/**
 * Saving and deleting named scenarios. Each change re-reads what is stored (another tab may have
 * changed it), applies itself, writes, and says so when the write fails (storage full or blocked), in
 * which case the list stays as it is stored. The limit is enforced by refusing with a message, never by
 * dropping an old save.
 */
import { cleanName, MAX_SAVED, readStored, usePrefsStore, writeStored, type Persisted } from './prefs';

/** What a change did, in words for the person who asked for it. */
export type ChangeResult = { ok: boolean; message: string };

const NOT_KEPT: Record<'full' | 'blocked', string> = {
  full: 'this browser’s storage is full. Your list is as it was; the scenario is still in the link, so you can bookmark it.',
  blocked:
    'this browser does not let Paypath store anything here (private browsing or a setting). The scenario is still in the link: bookmark it instead.',
};

/** Re-reads storage, applies `change`, writes; on failure the state shows what storage holds. */
function commit(
  change: (stored: Persisted) => Persisted | ChangeResult,
  done: () => ChangeResult,
): ChangeResult {
  const stored = readStored();
  const next = change(stored.prefs);
  if ('ok' in next) {
    usePrefsStore.setState({ ...stored.prefs });
    return next;
  }
  const written = writeStored(next);
  if (written !== 'ok') {
    usePrefsStore.setState({ ...stored.prefs });
    return { ok: false, message: `Not kept: ${NOT_KEPT[written]}` };
  }
  usePrefsStore.setState({ ...next });
  return done();
}

export function saveScenario(name: string, query: string): ChangeResult {
  const clean = cleanName(name);
  if (clean === null)
    return {
      ok: false,
      message: 'Give the scenario a name with at least one letter, digit or sign you can see.',
    };
  let replacing = false;
  return commit(
    (stored) => {
      replacing = stored.saved.some((s) => s.name === clean);
      if (!replacing && stored.saved.length >= MAX_SAVED) {
        return {
          ok: false,
          message: `This browser keeps ${MAX_SAVED} saved scenarios and all ${MAX_SAVED} are in use: delete one to save “${clean}”.`,
        };
      }
      return { ...stored, saved: [{ name: clean, query }, ...stored.saved.filter((s) => s.name !== clean)] };
    },
    () => ({ ok: true, message: replacing ? `Updated “${clean}” to this scenario.` : `Saved “${clean}”.` }),
  );
}

export function removeScenario(name: string): ChangeResult {
  return commit(
    (stored) => ({ ...stored, saved: stored.saved.filter((s) => s.name !== name) }),
    () => ({ ok: true, message: `Deleted “${name}”.` }),
  );
}
