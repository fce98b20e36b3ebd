import { useEffect, useState } from 'react';
import { useDataset } from '../../data/useDataset';
import { formatDate } from '../../lib/format';
import { scenarioLine } from '../../lib/scenarioWords';
import { shareUrl } from '../../state/url';
import { useScenario } from '../../state/useScenario';

/**
 * What a printout shows, on paper only: the scenario, the day it was printed and the link that
 * reopens it (issue 10: print said neither location, years nor date). The link is built from the
 * scenario, like Copy link, so it is right even while the address bar is still catching up.
 */
export function PrintSummary() {
  const dataset = useDataset();
  const { scenario, view } = useScenario();
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
}
