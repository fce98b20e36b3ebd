import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import CompareChart from '../../src/charts/CompareChart';
import type { CompareRow } from '../../src/model/series';

const rows: CompareRow[] = [
  {
    roleId: 'ml-engineer',
    title: 'ML Engineer',
    base: 120_000,
    bonus: 12_000,
    equity: 18_000,
    totalTypical: 150_000,
    totalRange: [110_000, 200_000],
  },
  {
    roleId: 'backend-developer',
    title: 'Backend Developer',
    base: 100_000,
    bonus: 8_000,
    equity: 0,
    totalTypical: 108_000,
    totalRange: [90_000, 130_500],
  },
];

const cellTexts = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);

describe('CompareChart', () => {
  it('is a figure named by its caption', () => {
    render(<CompareChart rows={rows} period="annual" />);
    expect(
      screen.getByRole('figure', {
        name: 'Typical total compensation a year by role: base, bonus and equity, with the low–high range',
      }),
    ).toBeInTheDocument();
  });

  it('names each part of a bar and the whisker in a legend, each beside its mark in the chart’s colour', () => {
    render(<CompareChart rows={rows} period="annual" />);
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual(['Base', 'Bonus', 'Equity', 'Total, low – high']);
    // The marks are drawn for the eye only; the names are the text.
    const marks = items.map((item) => item.querySelector('svg[aria-hidden="true"]')?.firstElementChild);
    expect(marks.slice(0, 3).map((mark) => mark?.getAttribute('fill'))).toEqual([
      'var(--chart-base)',
      'var(--chart-bonus)',
      'var(--chart-equity)',
    ]);
    expect(marks[3]?.getAttribute('stroke')).toBe('currentColor');
  });

  it('lists each role with base, bonus, equity, typical total and total range in a table', () => {
    render(<CompareChart rows={rows} period="annual" />);
    const table = screen.getByRole('table', { name: 'Compensation by role, US dollars a year' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    expect(headers).toEqual([
      'Role',
      'Base',
      'Bonus',
      'Equity',
      'Total (typical)',
      'Total range (low – high)',
    ]);

    const ml = within(table).getByRole('row', { name: /ML Engineer/ });
    expect(within(ml).getByRole('rowheader')).toHaveTextContent('ML Engineer');
    expect(cellTexts(ml)).toEqual(['$120,000', '$12,000', '$18,000', '$150,000', '$110,000 – $200,000']);

    const backend = within(table).getByRole('row', { name: /Backend Developer/ });
    // Estimates show to the nearest $1,000 a year: the 130,500 high end reads $131,000.
    expect(cellTexts(backend)).toEqual(['$100,000', '$8,000', '$0', '$108,000', '$90,000 – $131,000']);
  });

  it('keeps the table visually hidden until "Show as table" is pressed, and hides it again', async () => {
    const user = userEvent.setup();
    render(<CompareChart rows={rows} period="annual" />);
    const table = screen.getByRole('table');
    const show = screen.getByRole('button', { name: 'Show as table' });
    expect(show).toHaveAttribute('aria-expanded', 'false');
    expect(show).toHaveAttribute('aria-controls', table.id);
    expect(table.parentElement).toHaveClass('visually-hidden');

    await user.click(show);
    const hide = screen.getByRole('button', { name: 'Hide table' });
    expect(hide).toHaveAttribute('aria-expanded', 'true');
    expect(table.parentElement).not.toHaveClass('visually-hidden');
    // Shown, the wide table sits in a named region that keyboard users can focus to scroll.
    expect(screen.getByRole('region', { name: 'Compensation by role, US dollars a year' })).toHaveAttribute(
      'tabindex',
      '0',
    );

    await user.click(hide);
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Show as table' })).toHaveAttribute('aria-expanded', 'false');
    expect(table.parentElement).toHaveClass('visually-hidden');
  });

  it('follows the chosen period: a month is a twelfth of the year, in the caption and the table', () => {
    render(<CompareChart rows={rows} period="monthly" />);
    expect(
      screen.getByRole('figure', { name: /^Typical total compensation a month by role/ }),
    ).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Compensation by role, US dollars a month' });
    const ml = within(table).getByRole('row', { name: /ML Engineer/ });
    // To the nearest $100 a month: 110,000 ÷ 12 = 9,166.67 reads $9,200.
    expect(cellTexts(ml)).toEqual(['$10,000', '$1,000', '$1,500', '$12,500', '$9,200 – $16,700']);
  });

  it('gives hourly figures to the dollar, on 2,080 hours a year', () => {
    render(<CompareChart rows={rows} period="hourly" />);
    const table = screen.getByRole('table', { name: 'Compensation by role, US dollars an hour' });
    const backend = within(table).getByRole('row', { name: /Backend Developer/ });
    // 100,000 ÷ 2,080 = 48.08 reads $48; 8,000 ÷ 2,080 = 3.85 reads $4.
    expect(cellTexts(backend)).toEqual(['$48', '$4', '$0', '$52', '$43 – $63']);
  });

  it('renders nothing for no roles', () => {
    const { container } = render(<CompareChart rows={[]} period="annual" />);
    expect(container).toBeEmptyDOMElement();
  });
});
