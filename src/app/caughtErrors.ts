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
