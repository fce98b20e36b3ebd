import { act, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SETTLE_MS, URL_WRITE_MS } from '../../src/state/useScenario';
import { renderApp } from '../support/renderApp';

const years = () => screen.getByRole('spinbutton', { name: 'Years of experience' });
const slider = () => screen.getAllByLabelText('Years of experience')[0]!;
const typical = () =>
  Number(within(screen.getByTestId('estimate-devops-engineer')).getByTestId('base-typical').dataset.value);

/**
 * The rate limit, the settling time and the frames run on a fake clock, so which changes share a history
 * entry is decided by the test, however busy the machine. Only synchronous events while it is fake:
 * Testing Library's async helpers wait on setTimeout.
 */
function fakeClock() {
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'Date', 'requestAnimationFrame', 'cancelAnimationFrame'],
  });
  return (ms: number) => act(() => vi.advanceTimersByTime(ms));
}
afterEach(() => vi.useRealTimers());

describe('history', () => {
  it('a checkbox adds an entry: Back undoes it and Forward redoes it, page and address bar together', async () => {
    const { search, back, forward } = renderApp('/?years=8');
    await screen.findByTestId('estimate-devops-engineer');
    const before = typical();
    fireEvent.click(await screen.findByRole('checkbox', { name: /CKA/ }));
    expect(search()).toBe('years=8&certs=cka');
    const after = typical();
    expect(after).toBeGreaterThan(before);

    back();
    expect(search()).toBe('years=8');
    expect(screen.getByRole('checkbox', { name: /CKA/ })).not.toBeChecked();
    expect(typical()).toBe(before);

    forward();
    expect(search()).toBe('years=8&certs=cka');
    expect(screen.getByRole('checkbox', { name: /CKA/ })).toBeChecked();
    expect(typical()).toBe(after);
  });

  it('one drag of the years is one entry, however many values it passes through', async () => {
    const { search, back } = renderApp('/?years=3');
    await screen.findByTestId('estimate-devops-engineer');
    const tick = fakeClock();
    for (const value of ['4', '5', '6', '7', '8']) {
      fireEvent.change(slider(), { target: { value } });
      tick(50);
    }
    expect(years()).toHaveValue(8);
    // The rate limit lets the last value through once URL_WRITE_MS has passed since the last write.
    tick(URL_WRITE_MS);
    expect(search()).toBe('years=8');
    back();
    expect(search()).toBe('years=3');
    expect(years()).toHaveValue(3);
  });

  it('years typed in the box give way to the years Back opens', async () => {
    const { search, back } = renderApp('/?years=3');
    await screen.findByTestId('estimate-devops-engineer');
    const tick = fakeClock();
    fireEvent.change(years(), { target: { value: '1' } });
    fireEvent.change(years(), { target: { value: '12' } });
    tick(URL_WRITE_MS);
    expect(search()).toBe('years=12');
    back();
    expect(search()).toBe('years=3');
    expect(years()).toHaveValue(3);
  });

  it('a drag after the last one settled is a new entry', async () => {
    const { search, back } = renderApp('/');
    await screen.findByTestId('estimate-devops-engineer');
    const tick = fakeClock();
    fireEvent.change(slider(), { target: { value: '7' } });
    tick(SETTLE_MS + URL_WRITE_MS);
    fireEvent.change(slider(), { target: { value: '12' } });
    tick(URL_WRITE_MS);
    expect(search()).toBe('years=12');
    back();
    expect(years()).toHaveValue(7);
    back();
    expect(years()).toHaveValue(5);
    expect(search()).toBe('');
  });

  it('Back while a change waits for the rate limit shows the entry Back opened, and the change is dropped', async () => {
    const { search, back } = renderApp('/?years=3');
    await screen.findByTestId('estimate-devops-engineer');
    const box = await screen.findByRole('checkbox', { name: /CKA/ });
    const tick = fakeClock();
    // The click writes at once; 9 and 10 come within the rate limit, so both wait.
    fireEvent.click(box);
    fireEvent.change(slider(), { target: { value: '9' } });
    fireEvent.change(slider(), { target: { value: '10' } });
    expect(search()).toBe('years=3&certs=cka');
    back();
    expect(search()).toBe('years=3');
    expect(years()).toHaveValue(3);
    tick(URL_WRITE_MS * 2);
    expect(search()).toBe('years=3');
    expect(years()).toHaveValue(3);
  });

  it('a change still waiting is written before a link is followed', async () => {
    const { search, pathname, back } = renderApp('/');
    await screen.findByTestId('estimate-devops-engineer');
    const tick = fakeClock();
    fireEvent.change(slider(), { target: { value: '9' } });
    expect(search()).toBe('');
    // Written in the task after the frame that shows it (the fake clock's frames are 16 ms apart).
    tick(20);
    expect(search()).toBe('years=9');
    fireEvent.change(slider(), { target: { value: '11' } });
    expect(search()).toBe('years=9');
    fireEvent.click(screen.getByRole('link', { name: 'Methodology' }));
    expect(pathname()).toBe('/methodology');
    expect(search()).toBe('years=11');
    back();
    expect(pathname()).toBe('/');
    expect(search()).toBe('years=11');
  });

  it('a change made while the page is hidden is written at once: a hidden page paints no frame', async () => {
    const { search } = renderApp('/');
    await screen.findByTestId('estimate-devops-engineer');
    const tick = fakeClock();
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    try {
      fireEvent.change(slider(), { target: { value: '9' } });
      tick(1);
      expect(search()).toBe('years=9');
    } finally {
      delete (document as { visibilityState?: string }).visibilityState;
    }
    expect(document.visibilityState).toBe('visible');
  });

  it('a lever chosen from the list and a reset are each undone by Back', async () => {
    const { user, search, back } = renderApp('/?years=6');
    const list = await screen.findByTestId('levers');
    const [best] = within(list).getAllByTestId('lever');
    await user.click(within(best!).getByRole('button'));
    const withLever = search();
    expect(withLever).not.toBe('years=6');
    await user.click(screen.getByRole('button', { name: 'Reset to defaults' }));
    expect(search()).toBe('');
    back();
    expect(search()).toBe(withLever);
    back();
    expect(search()).toBe('years=6');
    expect(years()).toHaveValue(6);
  });
});
