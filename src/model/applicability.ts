/** Which chosen roles an option (certification, skill, education) moves, so the form can say so. */
import type { Dataset } from './dataset';
import type { PremiumKind, RoleId } from './domain';

export interface OptionEffect {
  /** Chosen roles whose estimate this option changes. */
  affects: RoleId[];
  /** Chosen roles for which a source names the option but gives no figure. */
  namedWithoutFigure: RoleId[];
  /** Chosen roles whose pay already assumes the option (their defining skill or education). */
  defining: RoleId[];
  /** The stated range, percent, where one applies ("+5–12%"). */
  percent: { low: number; high: number } | null;
}

const definesRole = (dataset: Dataset, role: RoleId, kind: 'skill' | 'education', id: string) =>
  dataset.index.roles.get(role)?.defining.some((d) => d.kind === kind && d.id === id) === true;

export function optionEffect(dataset: Dataset, kind: PremiumKind, id: string, roles: RoleId[]): OptionEffect {
  const groups = dataset.modifiers.groups.filter((g) => g.kind === kind && g.members.includes(id));
  const out: OptionEffect = { affects: [], namedWithoutFigure: [], defining: [], percent: null };
  for (const role of roles) {
    const group = groups.find((g) => g.appliesTo.includes(role));
    if (group === undefined) continue;
    if (kind === 'skill' && definesRole(dataset, role, 'skill', id)) out.defining.push(role);
    else if (group.percent === null) out.namedWithoutFigure.push(role);
    else {
      out.affects.push(role);
      out.percent ??= { low: group.percent.low.value, high: group.percent.high.value };
    }
  }
  return out;
}

/** The chosen roles an education level moves, and those whose pay already assumes it (it adds nothing). */
export function educationEffect(
  dataset: Dataset,
  id: string,
  roles: RoleId[],
): { affects: RoleId[]; defining: RoleId[] } {
  const education = dataset.index.education.get(id);
  const defining = roles.filter((r) => definesRole(dataset, r, 'education', id));
  const affects = roles.filter(
    (r) => education?.effects.some((e) => e.appliesTo.includes(r)) === true && !defining.includes(r),
  );
  return { affects, defining };
}
