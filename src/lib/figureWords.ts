/**
 * Every figure and fact of the dataset in words, for the methodology page's lists: where it sits
 * ("DevOps Engineer, mid band, low") and its value as a person reads it ("$95,000", "+12%", "× 1.272").
 */
import type { Dataset } from '../model/dataset';
import type { FigureItem, FigureUnit, FigureUse, PlainFigureItem } from '../model/figureIndex';
import { formatUsd, formatYears } from './format';
import { changeText } from './methodologyWords';
import { PROFILE_FACT_LABEL } from './profileWords';

const ITEM_TEXT: Record<PlainFigureItem, string> = {
  'job-ready-months': 'months to become job-ready',
  'starts-at': 'starts at',
  'ends-at': 'ends at',
  anchor: 'band held exactly at',
  'contract-rate': 'contract rate',
  'equity-share': 'equity share of total compensation',
  'bonus-share': 'bonus share of total compensation',
  'growth-to-2034': 'projected growth to 2034',
  'location-ratio': 'metro pay ÷ national pay',
  'articles-premium': 'the articles’ premium',
  'base-change': 'change to base pay',
  'equity-of-base': 'equity as a share of base',
  premium: 'pay premium',
  note: 'note',
};

function itemText(dataset: Dataset, item: FigureItem): string {
  switch (item.kind) {
    case 'band':
      return `${item.level} band`;
    case 'quoted':
      return item.label;
    case 'cross-check':
      return `cross-check: ${item.label}`;
    case 'profile':
      return PROFILE_FACT_LABEL[item.field].toLowerCase();
    case 'education-premium':
      return `premium for ${item.roles.map((id) => dataset.index.roles.get(id)?.shortTitle ?? id).join(', ')}`;
    default:
      return ITEM_TEXT[item.kind];
  }
}

/** Where the figure sits: "DevOps Engineer, mid band, low". */
export const figureWhereText = (dataset: Dataset, use: FigureUse): string =>
  `${use.subject}, ${itemText(dataset, use.item)}${use.end === null ? '' : `, ${use.end}`}`;

const UNIT_TEXT: Record<FigureUnit, (v: number) => string> = {
  usd: formatUsd,
  'usd-hourly': (v) => `${formatUsd(v)} an hour`,
  change: changeText,
  /** 7.5 → "7.5%". */
  share: (v) => `${v}%`,
  years: formatYears,
  months: (v) => `${v} ${v === 1 ? 'month' : 'months'}`,
  ratio: (v) => `× ${v.toFixed(3)}`,
};

/** The figure as a person reads it: "$95,000", "+12%", "Bachelor's degree". */
export const figureValueText = (value: FigureUse['value']): string =>
  value.unit === 'text' ? value.text : UNIT_TEXT[value.unit](value.value);
