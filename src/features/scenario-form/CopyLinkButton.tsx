import { useState } from 'react';
import type { Scenario } from '../../model/types';
import { shareUrl, type View } from '../../state/url';

/** Copies the link for the scenario as it is now, even if the address bar is still catching up. */
export function CopyLinkButton({ scenario, view }: { scenario: Scenario; view: View }) {
  const [status, setStatus] = useState('');
  const copy = async () => {
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
