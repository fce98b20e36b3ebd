/** Which chosen roles an option (certification, skill, education) moves, so the form can say so. */
import type { Dataset, RoleId } from './types';

export interface OptionEffect {
  /** Chosen roles whose estimate this option changes. */
  affects: RoleId[];
  /** Chosen roles for which a source names the option but gives no figure. */
  namedWithoutFigure: RoleId[];
  /** The stated range, percent, where one applies ("+5–12%"). */
  percent: { low: number; high: number } | null;
}

export function optionEffect(
  dataset: Dataset,
  kind: 'certification' | 'skill',
  id: string,
  roles: RoleId[],
): OptionEffect {
  const groups = dataset.modifiers.groups.filter((g) => g.kind === kind && g.members.includes(id));
  const affects: RoleId[] = [];
  const namedWithoutFigure: RoleId[] = [];
  let percent: OptionEffect['percent'] = null;
  for (const role of roles) {
    const group = groups.find((g) => g.appliesTo.includes(role));
    if (group === undefined) continue;
    if (group.percent === null) namedWithoutFigure.push(role);
    else {
      affects.push(role);
      percent ??= { low: group.percent.low.value, high: group.percent.high.value };
    }
  }
  return { affects, namedWithoutFigure, percent };
}

export function educationEffect(dataset: Dataset, id: string, roles: RoleId[]): RoleId[] {
  const education = dataset.modifiers.education.find((e) => e.id === id);
  return roles.filter((r) => education?.effects.some((e) => e.appliesTo.includes(r)));
}
