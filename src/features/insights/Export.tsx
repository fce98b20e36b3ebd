import { useState } from 'react';
import { useDataset } from '../../data/useDataset';
import type { Scenario } from '../../model/types';
import { useEstimates } from '../../state/useEstimates';
import { useScenario } from '../../state/useScenario';
import { offerPackageOf, shareUrl, type View } from '../../state/url';
import { CSV_FILE_NAME, toCsv } from './exportCsv';
import { buildComparisonExport, JSON_FILE_NAME, toJson } from './exportData';

/**
 * FileSaver.js waits 40 s before revoking: revoking at once can cancel a download that has not started
 * yet (https://github.com/eligrey/FileSaver.js/blob/master/src/FileSaver.js).
 */
const REVOKE_AFTER_MS = 40_000;

/** Saves text as a file through a temporary link; no server round trip, nothing stored. */
function saveFile(text: string, type: string, fileName: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}

const shareUrlOf = (scenario: Scenario, view: View) =>
  shareUrl(`${window.location.origin}${import.meta.env.BASE_URL}`, scenario, view);

export function Export() {
  const dataset = useDataset();
  // The pay period and offer are not part of the scenario, but the link that reopens the view keeps them.
  const { scenario, view } = useScenario();
  const estimates = useEstimates();
  const [status, setStatus] = useState('');
  const build = () =>
    buildComparisonExport({
      scenario,
      dataset,
      estimates,
      shareUrl: shareUrlOf(scenario, view),
      switchFrom: view.switchFrom,
      carryPercent: view.carryPercent,
      offer: offerPackageOf(view),
      counterPercentile: view.counterPercentile,
    });
  const downloadCsv = () => {
    // A byte-order mark so spreadsheet programs read the file as UTF-8 (the quotes hold – and ÷).
    saveFile(`\uFEFF${toCsv(build())}`, 'text/csv;charset=utf-8', CSV_FILE_NAME);
    setStatus(`Saved ${CSV_FILE_NAME}.`);
  };
  const downloadJson = () => {
    saveFile(toJson(build()), 'application/json', JSON_FILE_NAME);
    setStatus(`Saved ${JSON_FILE_NAME}.`);
  };
  return (
    <section className="insights__section export" aria-labelledby="export-heading">
      <h2 id="export-heading">Keep this comparison</h2>
      <p className="hint">
        The inputs, the link that reopens them, every figure for each role and each factor with its source,
        and the offer you checked: CSV for a spreadsheet, JSON for a program. Printing the page puts the role
        cards on one sheet.
      </p>
      <div className="form-actions">
        <button type="button" className="button" onClick={downloadCsv}>
          Download CSV
        </button>
        <button type="button" className="button button--quiet" onClick={downloadJson}>
          Download JSON
        </button>
        <span className="hint" role="status">
          {status}
        </span>
      </div>
    </section>
  );
}
