/**
 * Finding a metro by what a person types: case and accents ignored, each typed word matching the start
 * of a word of the metro's name or id, in any order ("fran" and "San Fran" find San Francisco, "dc"
 * finds Washington, DC, "st louis" finds St. Louis). Pure: the location picker filters with it.
 */

/** Lower case, accents removed, every run of other characters one space: "Fort Worth–Arlington" → "fort worth arlington". */
export function searchWords(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
}

/** Whether every typed word starts a word of the label or the id; an empty query matches everything. */
export function matchesQuery(query: string, option: { id: string; label: string }): boolean {
  const words = [...searchWords(option.label), ...searchWords(option.id)];
  return searchWords(query).every((q) => words.some((w) => w.startsWith(q)));
}

/**
 * The options that match what was typed: those whose name starts with it first ("san" lists San Jose
 * before Austin, whose metro includes San Marcos), otherwise in their own order.
 */
export function matchLocations<T extends { id: string; label: string }>(
  options: readonly T[],
  query: string,
): T[] {
  const first = searchWords(query)[0] ?? '';
  const leads = (o: T) => searchWords(o.label)[0]?.startsWith(first) === true;
  const matches = options.filter((o) => matchesQuery(query, o));
  return [...matches.filter(leads), ...matches.filter((o) => !leads(o))];
}

/** The picker's live status while its list is open: "3 locations match". */
export const locationMatchText = (count: number, typed: string | null): string =>
  count === 0
    ? `No location matches “${typed?.trim()}”.`
    : `${count} ${count === 1 ? 'location matches' : 'locations match'}.`;

/** Said when the box is left with text that chose nothing, and the chosen location is put back. */
export const locationRestoredText = (typed: string, matches: number, chosen: string): string =>
  `${matches === 0 ? `No location matches “${typed.trim()}”` : 'Nothing chosen'}; the location stays ${chosen}.`;
