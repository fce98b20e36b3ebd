import { useEffect, useId, useMemo, useState } from 'react';
import { locationMatchText, locationRestoredText, matchLocations } from '../../lib/locationSearch';
import type { Dataset } from '../../model/types';
import { LOCATION_HINT } from './Fields';

/**
 * The location picker: an editable combobox with list autocomplete (WAI-ARIA APG "combobox with listbox
 * popup"). Typing filters the metros; the arrows move the active option, Enter chooses it (or the first
 * match), Escape closes the list and then puts the chosen location back; leaving the box with text that
 * chose nothing puts it back too, and says so. Closed, the box always shows the chosen location.
 */
export function LocationField({
  dataset,
  value,
  onChange,
}: {
  dataset: Dataset;
  value: string;
  onChange: (id: string) => void;
}) {
  const id = useId();
  const locations = dataset.modifiers.locations;
  const chosenLabel = dataset.index.locations.get(value)?.label ?? value;
  // null: the box shows the chosen location; a string: what was typed since, not chosen yet.
  const [typed, setTyped] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState<number | null>(null);
  const [message, setMessage] = useState('');
  const shown = useMemo(
    () => (typed === null ? locations : matchLocations(locations, typed)),
    [typed, locations],
  );
  const optionId = (locationId: string) => `${id}-${locationId}`;
  const activeOption = open && active !== null ? shown[active] : undefined;

  useEffect(() => {
    // The active option stays in view as the arrows move through a list taller than its box.
    if (activeOption !== undefined)
      document.getElementById(optionId(activeOption.id))?.scrollIntoView?.({ block: 'nearest' });
  });

  const close = () => {
    setOpen(false);
    setActive(null);
  };
  const pick = (locationId: string) => {
    close();
    setTyped(null);
    setMessage('');
    if (locationId !== value) onChange(locationId);
  };
  const putBack = () => {
    if (typed !== null && typed.trim() !== '')
      setMessage(locationRestoredText(typed, shown.length, chosenLabel));
    setTyped(null);
    close();
  };
  const openAt = (index: number | null) => {
    setOpen(true);
    setActive(shown.length === 0 ? null : index);
  };
  const move = (step: 1 | -1) => {
    const last = shown.length - 1;
    if (!open) {
      // Opening the whole list starts at the chosen location, as a native select does.
      const current = shown.findIndex((l) => l.id === value);
      return openAt(typed === null && current >= 0 ? current : step === 1 ? 0 : last);
    }
    if (last < 0) return;
    setActive(active === null ? (step === 1 ? 0 : last) : (active + step + shown.length) % shown.length);
  };

  return (
    <div className="field combo">
      <label htmlFor={`${id}-input`} id={`${id}-label`}>
        Location
      </label>
      <div className="combo__box">
        <input
          id={`${id}-input`}
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={`${id}-list`}
          aria-activedescendant={activeOption ? optionId(activeOption.id) : undefined}
          aria-describedby={`${id}-hint`}
          autoComplete="off"
          maxLength={80}
          spellCheck={false}
          value={typed ?? chosenLabel}
          onChange={(e) => {
            setTyped(e.target.value);
            setMessage('');
            openAt(null);
          }}
          onClick={(e) => {
            // A pointer or a tap opens the whole list with the name selected, so typing replaces it
            // (the keyboard selects it on focus, and opens the list with the arrows).
            if (open) return;
            e.currentTarget.select();
            move(1);
          }}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
              e.preventDefault();
              if (e.altKey) openAt(null);
              else move(e.key === 'ArrowDown' ? 1 : -1);
            } else if (e.key === 'Enter') {
              const first = typed !== null && typed.trim() !== '' ? shown[0] : undefined;
              const choice = activeOption ?? first;
              if (choice === undefined && !open) return;
              e.preventDefault();
              if (choice !== undefined) pick(choice.id);
              else putBack();
            } else if (e.key === 'Escape') {
              if (!open && typed === null) return;
              e.preventDefault();
              if (open) close();
              else {
                setTyped(null);
                setMessage('');
              }
            }
          }}
          onBlur={putBack}
        />
        <ul
          id={`${id}-list`}
          role="listbox"
          aria-labelledby={`${id}-label`}
          className="combo__list"
          hidden={!open || shown.length === 0}
          // Choosing with the pointer keeps the focus in the box (no blur, which would put the text back).
          onMouseDown={(e) => e.preventDefault()}
        >
          {shown.map((l, i) => (
            <li
              key={l.id}
              id={optionId(l.id)}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'combo__option combo__option--active' : 'combo__option'}
              onClick={() => pick(l.id)}
            >
              {l.label}
              {l.id === value && (
                <span className="combo__current" aria-hidden="true">
                  {' '}
                  ✓
                </span>
              )}
            </li>
          ))}
        </ul>
      </div>
      <p role="status" className={message !== '' && !open ? 'hint hint--error' : 'hint'}>
        {open ? locationMatchText(shown.length, typed) : message}
      </p>
      <p className="hint" id={`${id}-hint`}>
        {LOCATION_HINT}
      </p>
    </div>
  );
}
