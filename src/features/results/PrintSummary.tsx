import { memo, useEffect, useState } from 'react';
import { useHydrated } from '../../components/AfterHydration';
import { useDataset } from '../../data/useDataset';
import { formatDate } from '../../lib/format';
import { scenarioLine } from '../../lib/scenarioWords';
import { useAfterPaint } from '../../state/afterPaint';
import { shareUrl, type View } from '../../state/url';
import type { Scenario } from '../../model/types';
import { useScenario } from '../../state/useScenario';

/**
 * What a printout shows, on paper only: the scenario, the day it was printed and the link that
 * reopens it (issue 10: print said neither location, years nor date). The link is built from the
 * scenario, like Copy link, so it is right even while the address bar is still catching up.
 */
export function PrintSummary() {
  const { scenario, view } = useScenario();
  const hydrated = useHydrated();
  // Paper only, and it holds the day and the page's own address: nothing to prerender at build time.
  // It follows the figures a frame behind, so a drag of the years does not rebuild it in the figures' frame.
  const shownScenario = useAfterPaint(scenario);
  const shownView = useAfterPaint(view);
  return hydrated ? <PrintLines scenario={shownScenario} view={shownView} /> : null;
}

const PrintLines = memo(function PrintLines({ scenario, view }: { scenario: Scenario; view: View }) {
  const dataset = useDataset();
  const [printedOn, setPrintedOn] = useState(() => new Date());
  useEffect(() => {
    // A page left open overnight prints today's date.
    const onBeforePrint = () => setPrintedOn(new Date());
    window.addEventListener('beforeprint', onBeforePrint);
    return () => window.removeEventListener('beforeprint', onBeforePrint);
  }, []);
  const url = shareUrl(`${window.location.origin}${import.meta.env.BASE_URL}`, scenario, view);
  return (
    <div className="print-summary">
      <p>
        <strong>Scenario:</strong> {scenarioLine(dataset, scenario)}
      </p>
      <p>
        <strong>Printed</strong> {formatDate(printedOn)} <strong>from</strong>{' '}
        <span className="print-summary__url">{url}</span>
      </p>
    </div>
  );
});
