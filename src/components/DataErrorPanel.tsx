import { DataError } from '../data/files';
import { Notice } from './Notice';

/** A data file that failed to load or to pass its schema: which file, which paths, and a retry. */
export function DataErrorPanel({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const isData = error instanceof DataError;
  return (
    <Notice title="The pay data could not be loaded" tone="error">
      {isData ? (
        <>
          <p>
            Problem with <code>{error.file}</code>:
          </p>
          <ul className="issue-list">
            {error.issues.map((issue, i) => (
              <li key={i}>{issue.path ? `At ${issue.path}: ${issue.message}` : issue.message}</li>
            ))}
          </ul>
        </>
      ) : (
        <p>{error instanceof Error ? error.message : 'An unknown error occurred.'}</p>
      )}
      <p>Your scenario is kept in the address bar and the controls; nothing you chose is lost.</p>
      <button type="button" className="button" onClick={onRetry}>
        Retry
      </button>
    </Notice>
  );
}
