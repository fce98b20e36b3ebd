import type { ReactNode } from 'react';
import { ErrorBoundary } from './ErrorBoundary';
import { ChunkLoadError } from './lazyPanel';

/**
 * A panel that fails says so in place; the rest of the page keeps working. A panel whose code did not
 * download says that instead of calling it a failure to show, since trying again can mend it.
 */
export function PanelBoundary({ name, children }: { name: string; children: ReactNode }) {
  return (
    <ErrorBoundary
      fallback={(retry, error) => (
        <div className="panel panel--failed" role="alert">
          {error instanceof ChunkLoadError ? (
            <p>
              The {name} could not be downloaded. Check your connection, then try again. The rest of the page
              is unaffected, and your scenario is still in the address bar.
            </p>
          ) : (
            <p>
              The {name} could not be shown. The rest of the page is unaffected, and your scenario is still in
              the address bar.
            </p>
          )}
          <button type="button" className="button button--quiet" onClick={retry}>
            Try again
          </button>
        </div>
      )}
    >
      {children}
    </ErrorBoundary>
  );
}
