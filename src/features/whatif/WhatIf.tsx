import { memo, useId, useState, type FormEvent } from 'react';
import { Notice } from '../../components/Notice';
import { MAX_NAME_LENGTH, usePrefsStore } from '../../state/prefs';
import { removeScenario, saveScenario, type ChangeResult } from '../../state/savedScenarios';
import { useDataset } from '../../data/useDataset';
import { settingsSummary } from '../../lib/scenarioWords';
import { encodeScenario, MAX_PIN_NAME_LENGTH, tidyPinName, type Pinned } from '../../state/url';
import { useScenarioActions, useView } from '../../state/useScenario';

/** What is pinned, in words, and its name to edit. memo: the pin keeps its identity across other changes. */
const PinnedBaseline = memo(function PinnedBaseline({ pinned }: { pinned: Pinned }) {
  const dataset = useDataset();
  const { renamePin } = useScenarioActions();
  const id = useId();
  // What was typed, shown while the name it gave is still the one in force (Back or a new pin replace it).
  const [draft, setDraft] = useState<{ text: string; forName: string } | null>(null);
  const text = draft !== null && draft.forName === pinned.name ? draft.text : pinned.name;
  return (
    <div className="pinned">
      <p className="pinned__summary" data-testid="pinned-baseline">
        Pinned: <strong>“{pinned.name}”</strong>, {settingsSummary(dataset, pinned.settings)}
      </p>
      <label htmlFor={id}>Baseline name</label>
      <input
        id={id}
        type="text"
        maxLength={MAX_PIN_NAME_LENGTH}
        value={text}
        onChange={(e) => {
          const name = tidyPinName(e.target.value);
          setDraft({ text: e.target.value, forName: name });
          renamePin(name);
        }}
        onBlur={() => setDraft(null)}
      />
    </div>
  );
});

/** Pin a baseline to compare what-ifs against, and keep named scenarios in this browser. */
export function WhatIf() {
  return <WhatIfPanel pinned={useView().pinned} />;
}

/** memo: the pin keeps its identity while other settings change and when the address bar is written. */
const WhatIfPanel = memo(function WhatIfPanel({ pinned }: { pinned: Pinned | null }) {
  const { current, pin, unpin, open: openQuery } = useScenarioActions();
  const saved = usePrefsStore((s) => s.saved);
  const storageNotice = usePrefsStore((s) => s.storageNotice);
  const dismissStorageNotice = usePrefsStore((s) => s.dismissStorageNotice);
  const [name, setName] = useState('');
  const [status, setStatus] = useState<ChangeResult | null>(null);
  const nameId = useId();

  const onSave = (e: FormEvent) => {
    e.preventDefault();
    const { scenario, view } = current();
    const result = saveScenario(name, encodeScenario(scenario, view));
    if (result.ok) setName('');
    setStatus(result);
  };
  const open = (query: string, label: string) => {
    openQuery(query);
    setStatus({ ok: true, message: `Opened “${label}”.` });
  };

  return (
    <section className="whatif panel" aria-labelledby="whatif-heading">
      <h2 id="whatif-heading">What if</h2>
      {storageNotice && (
        <Notice title="Saved scenarios set aside" tone="warning" onDismiss={dismissStorageNotice}>
          <p>{storageNotice}</p>
        </Notice>
      )}
      <div className="whatif__pin">
        {pinned === null ? (
          <>
            <button type="button" className="button" onClick={pin}>
              Pin as baseline
            </button>
            <p className="hint">
              Pin this scenario, then change the controls: every figure shows its difference.
            </p>
          </>
        ) : (
          <>
            <PinnedBaseline pinned={pinned} />
            <button type="button" className="button button--quiet" onClick={unpin}>
              Unpin baseline
            </button>
            <button type="button" className="button button--quiet" onClick={pin}>
              Pin current instead
            </button>
            <p className="hint">
              Figures show their difference from the pinned baseline, for the roles chosen now. It is part of
              the link, so it stays on reload and travels when shared.
            </p>
          </>
        )}
      </div>
      <form className="whatif__save" onSubmit={onSave}>
        <label htmlFor={nameId}>Name this scenario</label>
        <div className="inline-row">
          <input
            id={nameId}
            type="text"
            maxLength={MAX_NAME_LENGTH}
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
          <button type="submit" className="button">
            Save
          </button>
        </div>
      </form>
      <p className={status?.ok === false ? 'hint hint--error' : 'hint'} role="status">
        {status?.message}
      </p>
      {saved.length > 0 && (
        <ul className="saved-list" aria-label="Saved scenarios">
          {saved.map((s) => (
            <li key={s.name}>
              <span className="saved-list__name">{s.name}</span>
              <button
                type="button"
                className="button button--quiet"
                onClick={() => open(s.query, s.name)}
                aria-label={`Open ${s.name}`}
              >
                Open
              </button>
              <button
                type="button"
                className="button button--quiet"
                onClick={() => setStatus(removeScenario(s.name))}
                aria-label={`Delete ${s.name}`}
              >
                Delete
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
});
