/**
 * The one place where the URL and the live scenario meet. On arrival the query string is decoded
 * (unknown values dropped with a notice, the URL rewritten to its normal form); after that every change
 * of the scenario is written back with replace, at most every URL_WRITE_MS: browsers throttle
 * history.replaceState (Safari throws after 100 calls in 30 s) and a slider fires far more often.
 */
import { useEffect, useRef, useState } from 'react';
import type { Scenario } from '../model/types';
import { useLocation, useNavigate } from 'react-router';
import { useScenarioStore } from './store';
import { decodeScenario, encodeScenario, type Catalog, type View } from './url';

export const URL_WRITE_MS = 300;

const searchOf = (query: string) => (query === '' ? '' : `?${query}`);

/** Returns what to render: the live scenario and view, or on the very first render the link's. */
export function useUrlSync(catalog: Catalog): { scenario: Scenario; view: View } {
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
  useEffect(() => {
    useScenarioStore.getState().load(arrival.scenario, arrival.view, arrival.notices);
    const normal = encodeScenario(arrival.scenario, arrival.view);
    written.current = normal;
    if (normal !== arrival.search) void navigate({ search: searchOf(normal) }, { replace: true });
  }, [arrival, navigate]);

  useEffect(() => {
    if (scenario === null) return;
    const next = encodeScenario(scenario, view);
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

  return scenario === null ? arrival : { scenario, view };
}
