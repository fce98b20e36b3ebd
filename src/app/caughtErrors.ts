import type { ErrorInfo } from 'react';
import { ChunkLoadError } from '../components/lazyPanel';
import { DataError } from '../data/files';

/**
 * React reports every error a boundary catches through console.error. A data file that failed to load
 * or a part of the page whose code failed to download is not a bug in the page: the page says what
 * happened and offers a Retry, so it is logged as a warning. Anything else stays an error.
 */
export function onCaughtError(error: unknown, info: ErrorInfo): void {
  if (error instanceof DataError) console.warn('Pay data unavailable:', error.message);
  else if (error instanceof ChunkLoadError)
    console.warn('Part of the page could not be downloaded:', error.message);
  else console.error(error, info.componentStack);
}

/**
 * While the browser hydrates the prerendered HTML, a part that fails (its code did not download, its
 * data did not load) cannot reach an error boundary: React renders that part afresh, where the boundary
 * then catches the same error and says so, and reports the switch here. For those two causes the page
 * already shows what happened (logged as a warning); anything else, a mismatch between the prerendered
 * HTML and the first render above all, is a bug and stays an error.
 */
export function onRecoverableError(error: unknown, info: ErrorInfo): void {
  const cause = error instanceof Error ? error.cause : undefined;
  if (cause instanceof DataError || cause instanceof ChunkLoadError)
    console.warn('Rendered afresh after hydrating failed:', cause.message);
  else console.error(error, info.componentStack);
}
