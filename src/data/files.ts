/** The data files and the error a broken one raises; kept apart from the schemas, which load lazily. */
export const DATA_FILES = {
  sources: 'data/sources.json',
  roles: 'data/roles.json',
  modifiers: 'data/modifiers.json',
  benchmarks: 'data/benchmarks.json',
  claims: 'data/claims.json',
} as const;

export type DataFileKey = keyof typeof DATA_FILES;

export interface DataIssue {
  path: string;
  message: string;
}

export class DataError extends Error {
  readonly file: string;
  readonly issues: DataIssue[];
  constructor(file: string, issues: DataIssue[]) {
    super(`${file}: ${issues.map((i) => (i.path ? `At ${i.path}: ${i.message}` : i.message)).join('; ')}`);
    this.name = 'DataError';
    this.file = file;
    this.issues = issues;
  }
}
