/**
 * The one place where the URL and the live scenario meet. On arrival the query string is decoded
 * (unknown values dropped with a notice, the URL rewritten to its normal form); after that every change
 * of the scenario is written back with replace, at most every URL_WRITE_MS: browsers throttle
 * history.replaceState (Safari throws after 100 calls in 30 s) and a slider fires far more often.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useScenarioStore } from './store';
import { decodeScenario, encodeScenario, type Catalog } from './url';

export const URL_WRITE_MS = 300;

const searchOf = (query: string) => (query === '' ? '' : `?${query}`);

/**
 * Call it from a component of its own (it re-renders whenever the URL is written): the page reads the
 * scenario from the store, so writing the URL does not re-render the page.
 */
export function useUrlSync(catalog: Catalog): void {
  const location = useLocation();
  const navigate = useNavigate();
  const scenario = useScenarioStore((s) => s.scenario);
  const view = useScenarioStore((s) => s.view);
  const written = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const lastWriteAt = useRef(0);

  // Decode once per arrival on the page.
  const [arrival] = useState(() => {
    const search = location.search.replace(/^\?/, '');
    return { search, ...decodeScenario(search, catalog) };
  });
  // A layout effect, so the link's scenario is in the store before the first paint.
  useLayoutEffect(() => {
    useScenarioStore.getState().load(arrival.scenario, arrival.view, arrival.notices);
  }, [arrival]);
  // The router accepts navigation only once mounted, so the normalised URL is written in an effect.
  useEffect(() => {
    const normal = encodeScenario(arrival.scenario, arrival.view);
    written.current = normal;
    if (normal !== arrival.search) void navigate({ search: searchOf(normal) }, { replace: true });
  }, [arrival, navigate]);

  useEffect(() => {
    if (scenario === null) return;
    const next = encodeScenario(scenario, view);
    // A change undone before the pending write ran: cancel that write, or the URL keeps the undone value.
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    if (next === written.current) return;
    const write = () => {
      timer.current = null;
      lastWriteAt.current = Date.now();
      written.current = next;
      void navigate({ search: searchOf(next) }, { replace: true });
    };
    if (timer.current !== null) clearTimeout(timer.current);
    const wait = URL_WRITE_MS - (Date.now() - lastWriteAt.current);
    if (wait <= 0) write();
    else timer.current = setTimeout(write, wait);
  }, [scenario, view, navigate]);

  useEffect(
    () => () => {
      if (timer.current !== null) clearTimeout(timer.current);
    },
    [],
  );
}
