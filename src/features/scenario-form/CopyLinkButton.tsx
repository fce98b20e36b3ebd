import { useState } from 'react';
import { useScenarioActions } from '../../state/useScenario';
import { shareUrl } from '../../state/url';

/** Copies the link for the scenario as it is now, even if the address bar is still catching up. */
export function CopyLinkButton() {
  const { current } = useScenarioActions();
  const [status, setStatus] = useState('');
  const copy = async () => {
    const { scenario, view } = current();
    const url = shareUrl(`${window.location.origin}${import.meta.env.BASE_URL}`, scenario, view);
    try {
      await navigator.clipboard.writeText(url);
      setStatus('Link copied.');
    } catch {
      setStatus(`Copy failed; the link is: ${url}`);
    }
  };
  return (
    <>
      <button type="button" className="button" onClick={() => void copy()}>
        Copy link
      </button>
      <span className="hint" role="status">
        {status}
      </span>
    </>
  );
}
