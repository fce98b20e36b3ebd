/**
 * Chart colours as CSS custom properties, so one chart serves the light and the dark theme.
 *
 * The lead defines these on :root (light) and in the dark theme. Each colour meets WCAG 1.4.11
 * (non-text contrast, at least 3:1) against the page background it is drawn on: #ffffff in light,
 * #111827 in dark. Ratios computed with the WCAG 2 relative-luminance formula.
 *
 *   property          light     vs #ffffff   dark      vs #111827
 *   --chart-1         #0072b2   5.19:1       #56b4e9   7.69:1     first chosen role (Okabe–Ito blue)
 *   --chart-2         #b84f00   5.05:1       #e69f00   7.88:1     second role (Okabe–Ito vermillion / orange)
 *   --chart-3         #007a5a   5.34:1       #009e73   5.19:1     third role (Okabe–Ito bluish green)
 *   --chart-base      #0072b2   5.19:1       #56b4e9   7.69:1     base salary segment
 *   --chart-bonus     #a65e00   4.97:1       #e69f00   7.88:1     bonus segment
 *   --chart-equity    #a23b7a   6.10:1       #cc79a7   5.80:1     equity segment
 *   --chart-surface   #ffffff                #111827              tooltip background, gaps between bar segments
 *
 * The hues follow Okabe & Ito's colour-blind-safe set (https://jfly.uni-koeln.de/color/), darkened for
 * light mode. Colour is never the only cue: lines also differ by dash pattern, every series is named in
 * a legend, and each chart has a table equivalent. Axis text, whiskers and the reference line use
 * `currentColor`, so they follow the page's text colour.
 */

/** Role colours, indexed by the role's position (0–2) in the chosen list. */
export const ROLE_COLORS = ['var(--chart-1)', 'var(--chart-2)', 'var(--chart-3)'] as const;

/** SVG stroke-dasharray per role position: solid, dashed, dotted. `undefined` draws a solid line. */
export const ROLE_DASHES = [undefined, '8 4', '2 3'] as const;

export const SEGMENT_COLORS = {
  base: 'var(--chart-base)',
  bonus: 'var(--chart-bonus)',
  equity: 'var(--chart-equity)',
} as const;

export const CHART_SURFACE = 'var(--chart-surface)';

/** Colour for the role at `index`; wraps around if ever given more roles than colours. */
export const roleColor = (index: number): string => ROLE_COLORS[index % ROLE_COLORS.length]!;

export const roleDash = (index: number): string | undefined => ROLE_DASHES[index % ROLE_DASHES.length];
