import { useQueryErrorResetBoundary } from '@tanstack/react-query';
import { Suspense, useEffect, type ReactNode } from 'react';
import { DatasetProvider } from '../data/useDataset';
import { DataErrorPanel } from './DataErrorPanel';
import { ErrorBoundary } from './ErrorBoundary';

interface Props {
  /** Shown while the data loads. */
  loading: ReactNode;
  /** Shown above the error: the page's heading, where the content would have rendered it. */
  heading?: ReactNode;
  /** Shown under the error, e.g. what the person had chosen, so they see nothing was lost. */
  kept?: ReactNode;
  children: ReactNode;
}

/**
 * Where a page waits for its data, and what provides it to the page (`useDataset`): a loading line while
 * it arrives, and if it cannot be loaded the file and what happened, with a Retry that fetches it again
 * (react-query forgets the failed query).
 */
export function DataBoundary({ loading, heading, kept, children }: Props) {
  const { reset } = useQueryErrorResetBoundary();
  return (
    <ErrorBoundary
      fallback={(retry, error) => (
        <>
          <AppReady />
          {heading}
          <DataErrorPanel
            error={error}
            onRetry={() => {
              reset();
              retry();
            }}
          />
          {kept}
        </>
      )}
    >
      <Suspense fallback={loading}>
        <DatasetProvider>{children}</DatasetProvider>
        <AppReady />
      </Suspense>
    </ErrorBoundary>
  );
}

/**
 * Marks the document (`html[data-app-ready]`) once the browser has drawn the page's data or its error,
 * hydrated or rendered afresh. A prerendered page shows its figures before it responds to input, so
 * automated checks wait for this mark before they act.
 */
function AppReady() {
  useEffect(() => {
    document.documentElement.dataset.appReady = 'true';
  }, []);
  return null;
}
