import { useEffect } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { Notice } from '../components/Notice';
import { useScenarioStore } from '../state/store';
import { LazyServiceWorkerUpdates } from './LazyServiceWorkerUpdates';
import { ThemeSwitch } from './ThemeSwitch';

/**
 * The scenario on the page, as a query string, so moving between the estimator and the methodology
 * page loses nothing: a change still being made, else the address bar's (a shared
 * "/methodology?roles=…" keeps its scenario for the way back).
 */
function useScenarioSearch(): string {
  const draft = useScenarioStore((s) => s.draft);
  const { search } = useLocation();
  if (draft === null) return search;
  return draft.query ? `?${draft.query}` : '';
}

/**
 * The header, whose links carry the scenario: a component of its own, so a step of the years slider
 * re-renders these three links and not the whole page frame.
 */
function SiteHeader() {
  const estimatorSearch = useScenarioSearch();
  return (
    <header className="site-header">
      <Link to={{ pathname: '/', search: estimatorSearch }} className="brand" aria-label="Paypath home">
        {/* The favicon's drawing, inline: an <img> of an SVG costs the page a separate SVG document
          (12-18 ms of main thread each time it is decoded, measured in a trace). */}
        <svg viewBox="0 0 32 32" width="28" height="28" aria-hidden="true" focusable="false">
          <rect width="32" height="32" rx="7" fill="#0f766e" />
          <path
            d="M11.5 25V7.5h6a5.25 5.25 0 0 1 0 10.5h-6"
            fill="none"
            stroke="#fff"
            strokeWidth="3.5"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
        <span>Paypath</span>
      </Link>
      <p className="tagline">What tech roles pay, with the source of every figure</p>
      <nav aria-label="Main" className="site-nav">
        <ul>
          <li>
            <NavLink to={{ pathname: '/', search: estimatorSearch }} end>
              Estimator
            </NavLink>
          </li>
          <li>
            <NavLink to={{ pathname: '/methodology', search: estimatorSearch }}>Methodology</NavLink>
          </li>
        </ul>
      </nav>
      <ThemeSwitch />
    </header>
  );
}

export function Layout() {
  const { pathname } = useLocation();
  // The app has drawn this link's page: what index.html hid (the prerendered default view) is gone.
  useEffect(() => document.documentElement.classList.remove('pending'), []);
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      {/* Early in the tab order, so a keyboard reaches its Reload at once; shown at the bottom edge. */}
      <LazyServiceWorkerUpdates />
      <SiteHeader />
      <main id="main" className="site-main">
        {/* Hidden, except while index.html marks the page pending: a link's own scenario is being read. */}
        <p className="link-pending" role="status" hidden>
          Opening your link…
        </p>
        {/* Keyed by page: a page that failed must not stay failed after navigating to another. */}
        <ErrorBoundary
          key={pathname}
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
