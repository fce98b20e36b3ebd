/**
 * A link built by joining a base URL that ends in "/" to "/?roles=…" arrives as "//?roles=…". The
 * router then reads "//" as the start of another host and the first navigation throws ("Failed to
 * construct 'URL'"), so repeated slashes are collapsed before the router starts.
 */
export function canonicalPath(pathname: string): string {
  return pathname.replace(/\/{2,}/g, '/');
}

/** Rewrites the address bar (replace, no new history entry) when its path has repeated slashes. */
export function canonicaliseLocation(location: Location, history: History): void {
  const path = canonicalPath(location.pathname);
  if (path !== location.pathname)
    history.replaceState(history.state, '', `${path}${location.search}${location.hash}`);
}
