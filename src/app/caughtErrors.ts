import type { ErrorInfo } from 'react';
import { DataError } from '../data/files';

/**
 * React reports every error a boundary catches through console.error. A data file that failed to load
 * is not a bug in the page: the page names the file, says what happened and offers a Retry, so it is
 * logged as a warning. Anything else stays an error.
 */
export function onCaughtError(error: unknown, info: ErrorInfo): void {
  if (error instanceof DataError) console.warn('Pay data unavailable:', error.message);
  else console.error(error, info.componentStack);
}
