interface Props {
  /** A new version (code or data) is installed and waiting for the page to reload. */
  waiting: boolean;
  onReload: () => void;
  onDismiss: () => void;
}

/**
 * Offers the new version of the app instead of mixing it with the running one. The live region is on
 * the page before the message arrives, so screen readers announce it (politely: it never interrupts);
 * the scenario is in the address bar, so a reload loses nothing.
 */
export function UpdateNotice({ waiting, onReload, onDismiss }: Props) {
  return (
    <div className="update-notice" role="status">
      {waiting && (
        <div className="update-notice__box">
          <p>
            <strong>A new version of Paypath is ready.</strong> Your scenario is in the link, so reloading
            keeps it.
          </p>
          <div className="update-notice__actions">
            <button type="button" className="button" onClick={onReload}>
              Reload
            </button>
            <button type="button" className="button button--quiet" onClick={onDismiss}>
              Later
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
