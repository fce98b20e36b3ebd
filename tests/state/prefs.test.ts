/**
 * @vitest-environment jsdom
 *
 * Saved scenarios never lose a save silently: every change re-reads storage first, follows other tabs,
 * says when a write fails, refuses past the limit, and keeps every backup.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  BACKUP_KEY,
  cleanName,
  followOtherTabs,
  MAX_SAVED,
  STORAGE_KEY,
  usePrefsStore,
} from '../../src/state/prefs';
import { removeScenario, saveScenario } from '../../src/state/savedScenarios';

const stored = () =>
  JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as { state: { saved: { name: string }[] } };
const names = () => stored().state.saved.map((s) => s.name);
/** What another tab writes: the same format, straight into storage. */
const otherTabWrites = (saved: { name: string; query: string }[]) =>
  localStorage.setItem(STORAGE_KEY, JSON.stringify({ state: { saved, theme: 'system' }, version: 1 }));

beforeEach(() => {
  localStorage.clear();
  usePrefsStore.getState().reload();
});
afterEach(() => vi.restoreAllMocks());

describe('saved scenarios across tabs', () => {
  it('re-reads storage before saving, so another tab’s save survives', () => {
    saveScenario('Tab A', 'years=3');
    otherTabWrites([
      { name: 'Tab B', query: 'years=9' },
      { name: 'Tab A', query: 'years=3' },
    ]);
    // This tab's memory still has only "Tab A"; its next save must not drop "Tab B".
    saveScenario('Tab A again', 'years=4');
    expect(names()).toEqual(['Tab A again', 'Tab B', 'Tab A']);
  });

  it('does not bring back a scenario another tab deleted', () => {
    saveScenario('Gone', 'years=3');
    saveScenario('Kept', 'years=4');
    otherTabWrites([{ name: 'Kept', query: 'years=4' }]);
    usePrefsStore.getState().setTheme('dark');
    expect(names()).toEqual(['Kept']);
  });

  it('follows another tab through the storage event, once the entry has asked it to', () => {
    saveScenario('Mine', 'years=1');
    // Another tab's save before this tab listens (the entry starts listening a task after it loads)…
    otherTabWrites([{ name: 'Early', query: 'years=5' }]);
    window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY }));
    expect(usePrefsStore.getState().saved.map((s) => s.name)).toEqual(['Mine']);
    // …is caught up when it starts, and later ones follow through the event.
    followOtherTabs();
    expect(usePrefsStore.getState().saved.map((s) => s.name)).toEqual(['Early']);
    otherTabWrites([{ name: 'From B', query: 'years=2' }]);
    window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY }));
    expect(usePrefsStore.getState().saved.map((s) => s.name)).toEqual(['From B']);
  });
});

describe('a write that fails says so and keeps the list as stored', () => {
  it.each([
    ['full', 'QuotaExceededError', /storage is full/],
    ['blocked', 'SecurityError', /does not let Paypath store anything/],
  ])('storage %s', (_case, errorName, message) => {
    saveScenario('First', 'years=1');
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('no', errorName);
    });
    const result = saveScenario('Second', 'years=2');
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(message);
    expect(usePrefsStore.getState().saved.map((s) => s.name)).toEqual(['First']);
  });
});

describe('the limit and the names', () => {
  it(`refuses a save past ${MAX_SAVED} with a message, dropping nothing`, () => {
    for (let i = 1; i <= MAX_SAVED; i++) expect(saveScenario(`S${i}`, `years=${i}`).ok).toBe(true);
    const result = saveScenario('One more', 'years=0');
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/delete one to save “One more”/) });
    expect(names()).toHaveLength(MAX_SAVED);
    expect(names()).toContain('S1');
    // Updating an existing name is not a new save: allowed at the limit.
    expect(saveScenario('S1', 'years=40').ok).toBe(true);
  });

  it('trims names and refuses a name with nothing visible', () => {
    expect(cleanName('  My move \u200B')).toBe('My move');
    expect(cleanName('\u200B')).toBeNull();
    expect(cleanName('   ')).toBeNull();
    expect(saveScenario('\u200B\u200C', 'years=1').ok).toBe(false);
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
  });

  it('keeps names unique: the same name updates the save, and deleting removes only that one', () => {
    saveScenario('Same', 'years=1');
    expect(saveScenario(' Same ', 'years=2').message).toMatch(/Updated “Same”/);
    saveScenario('Other', 'years=3');
    removeScenario('Same');
    expect(names()).toEqual(['Other']);
  });

  it('reads stored duplicates as one entry and sets the rest aside', () => {
    otherTabWrites([
      { name: 'Twin', query: 'years=1' },
      { name: 'Twin', query: 'years=2' },
    ]);
    usePrefsStore.getState().reload();
    expect(usePrefsStore.getState().saved).toEqual([{ name: 'Twin', query: 'years=1' }]);
    expect(usePrefsStore.getState().storageNotice).toMatch(/set aside/);
    expect(localStorage.getItem(BACKUP_KEY)).not.toBeNull();
  });
});
