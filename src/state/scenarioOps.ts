/** Pure edits of a scenario that the controls need: role order matters, lists follow the data's order. */
import { MAX_ROLES, type RoleId, type Scenario } from '../model/types';

/** Adds or removes a role. Adding a fourth or removing the last is refused: the scenario comes back unchanged. */
export function toggleRole(s: Scenario, id: RoleId): Scenario {
  if (s.roles.includes(id)) {
    return s.roles.length === 1 ? s : { ...s, roles: s.roles.filter((r) => r !== id) };
  }
  return s.roles.length >= MAX_ROLES ? s : { ...s, roles: [...s.roles, id] };
}

/** Adds or removes an id, keeping the order of `known` so the URL stays stable. */
export function toggleIn(list: string[], id: string, known: string[]): string[] {
  const next = list.includes(id) ? list.filter((x) => x !== id) : [...list, id];
  return known.filter((k) => next.includes(k));
}
