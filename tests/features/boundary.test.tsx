import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense, useState, type ComponentType } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { lazyPanel } from '../../src/components/lazyPanel';
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

/** What Chromium rejects a dynamic import with when the chunk's request fails. */
const downloadFailed = () =>
  new TypeError('Failed to fetch dynamically imported module: /assets/SavedScenarios-x.js');

function SavedScenarios() {
  return <p>Your saved scenarios</p>;
}

function LazySlot({ Panel }: { Panel: ComponentType }) {
  return (
    <PanelBoundary name="saved scenarios">
      <Suspense fallback={<p>Loading saved scenarios…</p>}>
        <Panel />
      </Suspense>
    </PanelBoundary>
  );
}

describe('a lazy panel whose code fails to download', () => {
  it('says it could not be downloaded, and Try again imports it again', async () => {
    vi.mocked(console.error).mockImplementation(() => {});
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const load = vi
      .fn<() => Promise<ComponentType>>()
      .mockRejectedValueOnce(downloadFailed())
      .mockResolvedValue(SavedScenarios);
    const Panel = lazyPanel(load);
    render(
      <>
        <LazySlot Panel={Panel} />
        <p>other panel</p>
      </>,
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'The saved scenarios could not be downloaded. Check your connection, then try again.',
    );
    expect(alert).not.toHaveTextContent('could not be shown');
    expect(screen.getByText('other panel')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(1);

    await userEvent.setup().click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Your saved scenarios')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('shown in two places, imports once more for the first Try again and not again for the second', async () => {
    vi.mocked(console.error).mockImplementation(() => {});
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const load = vi
      .fn<() => Promise<ComponentType>>()
      .mockRejectedValueOnce(downloadFailed())
      .mockResolvedValue(SavedScenarios);
    const Panel = lazyPanel(load);
    render(
      <>
        <LazySlot Panel={Panel} />
        <LazySlot Panel={Panel} />
      </>,
    );
    expect(await screen.findAllByRole('alert')).toHaveLength(2);
    const user = userEvent.setup();
    await user.click(screen.getAllByRole('button', { name: 'Try again' })[0]!);
    expect(await screen.findByText('Your saved scenarios')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findAllByText('Your saved scenarios')).toHaveLength(2);
    expect(load).toHaveBeenCalledTimes(2);
  });
});
