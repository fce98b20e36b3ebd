/** SHA-256 (hex) of each data file the build checked, keyed by its path under public/ ("data/roles.json"); see vite.config.ts. */
declare const __DATA_DIGESTS__: Readonly<Record<string, string>>;

/** IntersectionObserver's margin for the scrolling boxes around the target (Chromium 120 on); TypeScript's DOM types lack it. */
interface IntersectionObserverInit {
  scrollMargin?: string;
}
