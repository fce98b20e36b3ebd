import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { estimateRole } from '../../src/model/estimate';
import { offerPosition } from '../../src/model/offer';
import { DEFAULT_SCENARIO } from '../../src/model/scenario';
import { BACKUP_KEY, STORAGE_KEY, usePrefsStore } from '../../src/state/prefs';
import { realDataset } from '../support/realData';
import { renderApp } from '../support/renderApp';

const dataset = realDataset();
const dataValue = (el: HTMLElement) => Number(el.getAttribute('data-value'));

beforeEach(async () => {
  localStorage.clear();
  usePrefsStore.getState().reload();
  usePrefsStore.setState({ saved: [], theme: 'system', storageNotice: null });
});

describe('what raises my pay most', () => {
  it('lists levers best first, and choosing one applies it', async () => {
    const { user, search } = renderApp('/?years=4');
    const list = await screen.findByTestId('levers');
    const items = within(list).getAllByTestId('lever');
    const values = items.map(dataValue);
    expect(values.length).toBeGreaterThan(3);
    expect([...values].sort((a, b) => b - a)).toEqual(values);
    const before = dataValue(
      screen.getByTestId('estimate-devops-engineer').querySelector('[data-testid="total-typical"]')!,
    );
    await user.click(within(items[0]!).getByRole('button'));
    const after = dataValue(
      screen.getByTestId('estimate-devops-engineer').querySelector('[data-testid="total-typical"]')!,
    );
    expect(after - before).toBe(values[0]);
    await waitFor(() => expect(search()).not.toBe('years=4'));
  });
});

describe('where an offer lands', () => {
  it('shows the percentile from a bookmarked offer on each card', async () => {
    renderApp('/?roles=devops-engineer,backend-developer&offer=120000');
    for (const roleId of ['devops-engineer', 'backend-developer'] as const) {
      const card = await screen.findByTestId(`estimate-${roleId}`);
      const e = estimateRole(DEFAULT_SCENARIO, dataset, roleId);
      const expected = offerPosition(120000, e.base, e.baseAnnualUsd);
      expect(dataValue(await within(card).findByTestId('offer-position'))).toBe(expected.percentile);
    }
    expect(await screen.findByLabelText('Offer: base salary')).toHaveValue('120000');
  });

  it('typing an offer puts it in the URL; a bad one is refused with a message', async () => {
    const { user, search } = renderApp('/');
    await screen.findByTestId('estimate-devops-engineer');
    await user.type(await screen.findByLabelText('Offer: base salary'), '130000');
    await waitFor(() => expect(search()).toBe('offer=130000'));
    await user.type(screen.getByLabelText('Offer: total compensation (optional)'), 'abc');
    expect(screen.getByLabelText('Offer: total compensation (optional)')).toHaveAccessibleDescription(
      /whole dollars/,
    );
  });

  it('reads a gap too small for the period as "at", not "$0.00 above"', async () => {
    const high = estimateRole(DEFAULT_SCENARIO, dataset, 'devops-engineer').baseAnnualUsd.high;
    renderApp(`/?offer=${high + 1}&period=hourly`);
    const card = await screen.findByTestId('estimate-devops-engineer');
    const position = await within(card).findByTestId('offer-position');
    expect(position).toHaveTextContent('at the high end');
    expect(position).not.toHaveTextContent('$0.00');
  });

  it('clears a half-typed offer on reset, so the box agrees with the cards', async () => {
    const { user, search } = renderApp('/');
    await screen.findByTestId('estimate-devops-engineer');
    const field = await screen.findByLabelText('Offer: base salary');
    await user.type(field, '150000');
    await waitFor(() => expect(search()).toBe('offer=150000'));
    await user.type(field, 'x');
    expect(field).toHaveValue('150000x');
    await user.click(screen.getByRole('button', { name: 'Reset to defaults' }));
    expect(field).toHaveValue('');
    expect(field).not.toHaveAttribute('aria-invalid');
    expect(within(screen.getByTestId('estimate-devops-engineer')).queryByTestId('offer-position')).toBeNull();
  });
});

describe('pay period', () => {
  it('switches the text to hourly while the hooks stay annual', async () => {
    const { user, search } = renderApp('/');
    const typical = within(await screen.findByTestId('estimate-devops-engineer')).getByTestId('base-typical');
    const annual = dataValue(typical);
    await user.click(screen.getByRole('radio', { name: 'Hourly' }));
    expect(dataValue(typical)).toBe(annual);
    // To the dollar: an hour is a 2,080th of the year.
    const hourly = new Intl.NumberFormat('en-US', {
      style: 'currency',
      currency: 'USD',
      maximumFractionDigits: 0,
    }).format(Math.round(annual / 2080));
    expect(typical).toHaveTextContent(hourly);
    // The rounding rule is stated beside the figures, for the period shown.
    expect(screen.getByText(/Estimates are rounded to the nearest \$1 an hour/)).toBeInTheDocument();
    await waitFor(() => expect(search()).toBe('period=hourly'));
  });
});

describe('pinned baseline and saved scenarios', () => {
  it('shows each figure’s difference from the pinned scenario', async () => {
    const { user } = renderApp('/');
    const card = await screen.findByTestId('estimate-devops-engineer');
    await user.click(screen.getByRole('button', { name: 'Pin as baseline' }));
    const before = dataValue(within(card).getByTestId('base-typical'));
    const [slider] = screen.getAllByLabelText('Years of experience');
    fireEvent.change(slider!, { target: { value: '9' } });
    const after = dataValue(within(card).getByTestId('base-typical'));
    // The difference of the figures, rounded like them (to the nearest $1,000).
    const rounded = Math.round((after - before) / 1000) * 1000;
    const expected = `+${new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }).format(rounded)} vs “Baseline”`;
    expect(within(card).getByTestId('base-typical-delta')).toHaveTextContent(expected);
  });

  it('names the pinned baseline, says what it holds, and keeps both in the link', async () => {
    const { user, search } = renderApp('/?years=3&location=seattle');
    await screen.findByTestId('estimate-devops-engineer');
    await user.click(screen.getByRole('button', { name: 'Pin as baseline' }));
    await waitFor(() => expect(search()).toBe('years=3&location=seattle&pin=years:3~location:seattle'));
    const line = screen.getByTestId('pinned-line');
    expect(line).toHaveTextContent('Differences are from the pinned baseline “Baseline”: 3 years · Seattle');

    const name = screen.getByLabelText('Baseline name');
    await user.clear(name);
    await user.type(name, 'Job now');
    await waitFor(() =>
      expect(search()).toBe('years=3&location=seattle&pin=years:3~location:seattle&pinName=Job%20now'),
    );
    expect(line).toHaveTextContent('pinned baseline “Job now”');
    // Changing the scenario keeps the baseline and its name.
    await user.click(screen.getByRole('button', { name: 'Reset to defaults' }));
    await waitFor(() => expect(search()).toBe('pin=years:3~location:seattle&pinName=Job%20now'));
    expect(screen.getByTestId('pinned-line')).toHaveTextContent('“Job now”: 3 years · Seattle');
    await user.click(screen.getByRole('button', { name: 'Unpin baseline' }));
    await waitFor(() => expect(search()).toBe(''));
    expect(screen.queryByTestId('pinned-line')).toBeNull();
  });

  it('opens a shared link with a pinned baseline, its differences shown at once', async () => {
    renderApp('/?years=9&pin=years:3&pinName=Before');
    const card = await screen.findByTestId('estimate-devops-engineer');
    expect(within(card).getByTestId('base-typical-delta')).toHaveTextContent(/^\+\$[\d,]+ vs “Before”$/);
    expect(screen.getByLabelText('Baseline name')).toHaveValue('Before');
  });

  it('saves a named scenario in this browser and opens it again', async () => {
    const { user, search } = renderApp('/?roles=mlops-engineer&years=6');
    await screen.findByTestId('estimate-mlops-engineer');
    await user.type(screen.getByLabelText('Name this scenario'), 'MLOps move');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!).state.saved).toEqual([
      { name: 'MLOps move', query: 'roles=mlops-engineer&years=6' },
    ]);
    await user.click(screen.getByRole('button', { name: 'Reset to defaults' }));
    await user.click(screen.getByRole('button', { name: 'Open MLOps move' }));
    expect(await screen.findByTestId('estimate-mlops-engineer')).toBeInTheDocument();
    await waitFor(() => expect(search()).toBe('roles=mlops-engineer&years=6'));
  });

  it('sets corrupted or old-format storage aside with a notice, keeping every backup', async () => {
    const damaged = ['{not json', JSON.stringify({ state: { saved: 'x' }, version: 0 })];
    for (const [i, stored] of damaged.entries()) {
      localStorage.setItem(STORAGE_KEY, stored);
      act(() => usePrefsStore.getState().reload());
      const view = renderApp('/');
      expect(await screen.findByRole('status', { name: 'Saved scenarios set aside' })).toBeInTheDocument();
      expect(screen.getByTestId('estimate-devops-engineer')).toBeInTheDocument();
      // A second damaged entry gets its own backup: the first is never overwritten.
      expect(localStorage.getItem(i === 0 ? BACKUP_KEY : `${BACKUP_KEY}-2`)).toBe(stored);
      view.unmount();
      usePrefsStore.setState({ storageNotice: null });
    }
  });

  it('keeps the readable saved scenarios when only some are damaged, and backs the rest up', async () => {
    const stored = JSON.stringify({
      state: { saved: [{ name: 'Good', query: 'years=7' }, { name: 42 }], theme: 'blue' },
      version: 1,
    });
    localStorage.setItem(STORAGE_KEY, stored);
    act(() => usePrefsStore.getState().reload());
    renderApp('/');
    expect(await screen.findByRole('status', { name: 'Saved scenarios set aside' })).toHaveTextContent(
      'the rest are below',
    );
    expect(screen.getByRole('button', { name: 'Open Good' })).toBeInTheDocument();
    expect(localStorage.getItem(BACKUP_KEY)).toBe(stored);
  });
});
