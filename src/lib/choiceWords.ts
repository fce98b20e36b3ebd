/**
 * The words at a choice in the form: which chosen roles an option raises and, for the others, that it
 * changes nothing and why (issue 10: a master's for DevOps or CKA for MLOps looked like choices that do).
 * The facts come from the model (model/applicability.ts); only the sentences are made here.
 */
import type { NoEffect, OptionEffect } from '../model/applicability';
import type { Dataset } from '../model/dataset';
import type { Inapplicable } from '../model/types';
import { shortTitles } from './explain';

const titlesOf = (dataset: Dataset, noEffect: readonly NoEffect[]) =>
  shortTitles(
    dataset,
    noEffect.map((n) => n.roleId),
  );

/** The short mark at an option that changes nothing for some chosen roles: "No effect on MLOps Engineer". */
export function noEffectMark(dataset: Dataset, noEffect: readonly NoEffect[]): string | null {
  return noEffect.length === 0 ? null : `No effect on ${titlesOf(dataset, noEffect)}`;
}

/** An option of a select with its mark, where it has one: "Master's degree (no effect on DevOps Engineer)". */
export function markedOptionLabel(dataset: Dataset, label: string, noEffect: readonly NoEffect[]): string {
  return noEffect.length === 0 ? label : `${label} (no effect on ${titlesOf(dataset, noEffect)})`;
}

const REASON: Record<Inapplicable['reason'], (titles: string) => string> = {
  defining: (titles) => `already part of ${titles} pay, so it adds nothing`,
  'no-figure': (titles) => `named for ${titles}, but the source gives no figure`,
  'not-priced-for-role': (titles) => `no source prices it for ${titles}`,
  'company-not-applicable': (titles) => `no source applies it to ${titles}`,
};

const sentence = (parts: string[]) => {
  const text = parts.filter((p) => p !== '').join('; ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
};

/**
 * What an option does for the chosen roles, in one sentence: "Raises DevOps Engineer (5–12% for the
 * group); no source prices it for MLOps Engineer."
 */
export function optionEffectText(dataset: Dataset, effect: OptionEffect): string {
  if (effect.baseline) return 'The baseline: the sources’ bands assume it, so it moves no role.';
  const range = effect.percent ? ` (${effect.percent.low}–${effect.percent.high}% for the group)` : '';
  const reasons = [...new Set(effect.noEffect.map((n) => n.reason))].map((reason) =>
    REASON[reason](
      titlesOf(
        dataset,
        effect.noEffect.filter((n) => n.reason === reason),
      ),
    ),
  );
  return sentence([
    effect.affects.length > 0 ? `raises ${shortTitles(dataset, effect.affects)}${range}` : '',
    ...reasons,
  ]);
}
