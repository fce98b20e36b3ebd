import type { CSSProperties } from 'react';
import { CHART_SURFACE } from './palette';

/**
 * recharts' default tooltip is white with series-coloured text, which fails contrast in the dark theme
 * (the dark palette is light colours). Use the theme surface and the inherited text colour instead.
 */
export const tooltipStyles: {
  contentStyle: CSSProperties;
  itemStyle: CSSProperties;
  labelStyle: CSSProperties;
} = {
  contentStyle: { background: CHART_SURFACE, color: 'inherit', border: '1px solid currentColor' },
  itemStyle: { color: 'inherit' },
  labelStyle: { color: 'inherit' },
};
