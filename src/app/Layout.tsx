import { Link, Outlet } from 'react-router';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { Notice } from '../components/Notice';

export function Layout() {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <Link to="/" className="brand" aria-label="Paypath home">
          <img src="/favicon.svg" alt="" width="28" height="28" />
          <span>Paypath</span>
        </Link>
        <p className="tagline">What tech roles pay, with the source of every figure</p>
      </header>
      <main id="main" className="site-main">
        <ErrorBoundary
          fallback={(retry) => (
            <Notice title="Something went wrong on this page" tone="error">
              <p>Your scenario is still in the address bar.</p>
              <button type="button" className="button" onClick={retry}>
                Try again
              </button>
            </Notice>
          )}
        >
          <Outlet />
        </ErrorBoundary>
      </main>
      <footer className="site-footer">
        <p>
          Estimates from five published career articles and public data (BLS OEWS May 2024 and others).
          Ranges, not promises: use them to ask better questions.
        </p>
      </footer>
    </>
  );
}
