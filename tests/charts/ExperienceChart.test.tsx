import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import ExperienceChart from '../../src/charts/ExperienceChart';
import type { ExperienceSeries } from '../../src/model/series';

const series: ExperienceSeries[] = [
  {
    roleId: 'ml-engineer',
    title: 'ML Engineer',
    points: [
      { years: 0, typical: 100_000, range: [80_000, 120_000] },
      { years: 1, typical: 105_000, range: [84_000, 126_000] },
      { years: 2, typical: 110_250, range: [88_200, 132_300] },
    ],
  },
  {
    roleId: 'devops-engineer',
    title: 'DevOps Engineer',
    points: [
      { years: 0, typical: 95_000, range: [85_000, 105_000] },
      { years: 1, typical: 98_000, range: [90_000, 110_000] },
      { years: 2, typical: 101_000, range: [92_000, 115_000] },
    ],
  },
];

const cellTexts = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map((td) => td.textContent);

const TABLE_NAME = 'Base salary by years of experience, US dollars a year: typical (low – high)';

describe('ExperienceChart', () => {
  it('is a figure named by its caption', () => {
    render(<ExperienceChart series={series} years={1} period="annual" />);
    expect(
      screen.getByRole('figure', {
        name: 'Base salary a year by years of experience, 0–40, typical line with low–high band',
      }),
    ).toBeInTheDocument();
  });

  it('names each role in a legend, in the chosen order, beside a sample of its line: colour and dash', () => {
    render(<ExperienceChart series={series} years={1} period="annual" />);
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual(['ML Engineer', 'DevOps Engineer']);
    const lines = items.map((item) => item.querySelector('svg[aria-hidden="true"]')?.firstElementChild);
    expect(lines.map((line) => line?.getAttribute('stroke'))).toEqual(['var(--chart-1)', 'var(--chart-2)']);
    // Colour is not the only cue: the second role's line is dashed, in the chart and in the legend.
    expect(lines.map((line) => line?.getAttribute('stroke-dasharray') ?? null)).toEqual([null, '8 4']);
  });

  it('tabulates each year with every role’s typical base and range, marking the chosen years', () => {
    render(<ExperienceChart series={series} years={1} period="annual" />);
    const table = screen.getByRole('table', { name: TABLE_NAME });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Years of experience', 'ML Engineer', 'DevOps Engineer']);

    const rowHeaders = within(table)
      .getAllByRole('rowheader')
      .map((th) => th.textContent);
    expect(rowHeaders).toEqual(['0', '1 (you)', '2']);

    const chosen = within(table).getByRole('row', { name: /1 \(you\)/ });
    expect(cellTexts(chosen)).toEqual(['$105,000 ($84,000 – $126,000)', '$98,000 ($90,000 – $110,000)']);
  });

  it('shows and hides the table with the toggle button', async () => {
    const user = userEvent.setup();
    render(<ExperienceChart series={series} years={0} period="annual" />);
    const table = screen.getByRole('table', { name: TABLE_NAME });
    expect(table.parentElement).toHaveClass('visually-hidden');

    await user.click(screen.getByRole('button', { name: 'Show as table' }));
    expect(screen.getByRole('button', { name: 'Hide table' })).toHaveAttribute('aria-expanded', 'true');
    expect(table.parentElement).not.toHaveClass('visually-hidden');

    await user.click(screen.getByRole('button', { name: 'Hide table' }));
    expect(screen.getByRole('button', { name: 'Show as table' })).toHaveAttribute('aria-expanded', 'false');
    expect(table.parentElement).toHaveClass('visually-hidden');
  });

  it('follows the chosen period: hourly figures on 2,080 hours a year, in the caption and the table', () => {
    render(<ExperienceChart series={series} years={2} period="hourly" />);
    expect(
      screen.getByRole('figure', { name: /^Base salary an hour by years of experience/ }),
    ).toBeInTheDocument();
    const table = screen.getByRole('table', {
      name: 'Base salary by years of experience, US dollars an hour: typical (low – high)',
    });
    const chosen = within(table).getByRole('row', { name: /2 \(you\)/ });
    expect(cellTexts(chosen)).toEqual(['$53 ($42 – $64)', '$49 ($44 – $55)']);
  });

  it('renders nothing for no roles', () => {
    const { container } = render(<ExperienceChart series={[]} years={3} period="annual" />);
    expect(container).toBeEmptyDOMElement();
  });
});
