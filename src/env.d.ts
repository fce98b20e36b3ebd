/** SHA-256 (hex) of each data file the build checked, keyed by its path under public/ ("data/roles.json"); see vite.config.ts. */
declare const __DATA_DIGESTS__: Readonly<Record<string, string>>;
