import { Fragment, useId, useRef, useState, type ReactNode } from 'react';
import { useDataset } from '../../data/useDataset';
import { scenarioDetails, scenarioRoles } from '../../lib/scenarioWords';
import { useAfterPaint } from '../../state/afterPaint';
import { useScenario } from '../../state/useScenario';

/**
 * The controls behind a one-line summary of the scenario on a phone, so the figures come first
 * (issue 10: the first card started 2,004 px down at 375 px). The summary and its Edit button show
 * below 900 px only; wider, the stylesheet always shows the controls beside the results, as before,
 * so one component serves both and nothing re-mounts when the width changes.
 *
 * A disclosure (WAI-ARIA pattern): the button says whether the controls are open, focus stays on it
 * when they open (they follow it, so Tab goes straight into them), and "Done" closes them and puts
 * focus back on the button, above the figures just edited.
 */
export function ScenarioControls({ children }: { children: ReactNode }) {
  const dataset = useDataset();
  // The summary is words, not figures: it follows a step of a drag once the figures have painted.
  const scenario = useAfterPaint(useScenario().scenario);
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const summaryId = useId();
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  return (
    <div className="scenario-controls" data-open={open}>
      {/* The button comes first so it can float beside the summary's first lines. */}
      <div className="scenario-summary panel">
        <button
          ref={button}
          type="button"
          className="button scenario-summary__edit"
          aria-expanded={open}
          aria-controls={panelId}
          aria-describedby={summaryId}
          // The name starts with the word shown (WCAG 2.5.3) and says what it edits.
          aria-label={open ? 'Close scenario' : 'Edit scenario'}
          onClick={() => setOpen(!open)}
        >
          {open ? 'Close' : 'Edit'}
        </button>
        <p className="scenario-summary__text" id={summaryId}>
          <strong>{scenarioRoles(dataset, scenario)}</strong>
          {scenarioDetails(dataset, scenario, { brief: true }).map((part) => (
            <Fragment key={part}>
              {' · '}
              <span>{part}</span>
            </Fragment>
          ))}
        </p>
      </div>
      <div className="scenario-controls__panel" id={panelId}>
        {children}
        <button
          type="button"
          className="button scenario-controls__done"
          aria-label="Done editing the scenario"
          onClick={close}
        >
          Done
        </button>
      </div>
    </div>
  );
}
