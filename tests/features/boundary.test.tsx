import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { PanelBoundary } from '../../src/components/PanelBoundary';

function Fragile({ broken }: { broken: boolean }) {
  if (broken) throw new Error('boom');
  return <p>fragile panel</p>;
}

function Page() {
  const [broken, setBroken] = useState(true);
  return (
    <>
      <PanelBoundary name="fragile panel">
        <Fragile broken={broken} />
      </PanelBoundary>
      <button type="button" onClick={() => setBroken(false)}>
        Mend
      </button>
      <p>other panel</p>
    </>
  );
}

describe('PanelBoundary', () => {
  it('shows a message in place of a panel that throws, keeps the rest, and retries', async () => {
    // React reports the caught error on the console; that is expected here.
    vi.mocked(console.error).mockImplementation(() => {});
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<Page />);
    expect(screen.getByRole('alert')).toHaveTextContent('The fragile panel could not be shown');
    expect(screen.getByText('other panel')).toBeInTheDocument();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Mend' }));
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('fragile panel')).toBeInTheDocument();
  });
});
