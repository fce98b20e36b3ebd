import type { ReactNode } from 'react';
import { ErrorBoundary } from './ErrorBoundary';

/** A panel that fails to render says so in place; the rest of the page keeps working. */
export function PanelBoundary({ name, children }: { name: string; children: ReactNode }) {
  return (
    <ErrorBoundary
      fallback={(retry) => (
        <div className="panel panel--failed" role="alert">
          <p>
            The {name} could not be shown. The rest of the page is unaffected, and your scenario is still in
            the address bar.
          </p>
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
