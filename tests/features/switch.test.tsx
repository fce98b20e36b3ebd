import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO } from '../../src/model/scenario';
import { jobReadyOf, planSwitch } from '../../src/model/switchPlan';
import type { RoleId, Scenario } from '../../src/model/types';
import { realDataset } from '../support/realData';
import { renderApp } from '../support/renderApp';

const dataset = realDataset();
const dataValue = (el: HTMLElement) => Number(el.getAttribute('data-value'));
const scenario: Scenario = { ...DEFAULT_SCENARIO, roles: ['ai-engineer'], years: 4 };
const planFrom = (fromRoleId: RoleId, carryPercent = 50) =>
  planSwitch(dataset, {
    scenario,
    fromRoleId,
    carryPercent,
    jobReadyMonths: jobReadyOf(dataset, 'ai-engineer').months,
  });

describe('the switch planner', () => {
  it('is closed until a current role is chosen, and never offers the target role itself', async () => {
    const { user, search } = renderApp('/?roles=ai-engineer&years=4');
    const select = await screen.findByRole('combobox', { name: 'Your current role' });
    expect(screen.queryByTestId('switch-plan')).toBeNull();
    expect(within(select).queryByRole('option', { name: 'AI Engineer' })).toBeNull();
    await user.selectOptions(select, 'backend-developer');
    const plan = await screen.findByTestId('switch-plan');
    expect(dataValue(within(plan).getByTestId('switch-gain-10y'))).toBe(
      planFrom('backend-developer').gain10yUsd,
    );
    await waitFor(() => expect(search()).toBe('roles=ai-engineer&years=4&switchFrom=backend-developer'));
  });

  it('shows the model’s break-even and ten-year gain from a shared link, with the table of both paths', async () => {
    renderApp('/?roles=ai-engineer&years=4&switchFrom=backend-developer');
    const expected = planFrom('backend-developer');
    const plan = await screen.findByTestId('switch-plan');
    expect(dataValue(within(plan).getByTestId('switch-gain-10y'))).toBe(expected.gain10yUsd);
    const breakEven = within(plan).queryByTestId('switch-breakeven');
    if (expected.breakEvenYear === null) expect(breakEven).toBeNull();
    else expect(dataValue(breakEven!)).toBe(expected.breakEvenYear);
    const table = await screen.findByRole('table', { name: /Pay by year/, hidden: true });
    const rows = within(table).getAllByRole('row', { hidden: true });
    expect(rows).toHaveLength(11);
    expect(
      within(table).getByRole('columnheader', { name: 'Staying: Backend Developer', hidden: true }),
    ).toBeTruthy();
  });

  it('follows a monthly view in the yearly pay columns; the running total stays in dollars', async () => {
    renderApp('/?roles=ai-engineer&years=4&switchFrom=backend-developer&period=monthly');
    const expected = planFrom('backend-developer');
    const table = await screen.findByRole('table', { name: /Pay by year, US dollars a month/, hidden: true });
    const first = within(table).getAllByRole('row', { hidden: true })[1]!;
    const cells = within(first)
      .getAllByRole('cell', { hidden: true })
      .map((c) => Number(c.textContent!.replace(/[$,]/g, '').replace('−', '-')));
    const year1 = expected.path[0]!;
    // A month to the nearest $100; the cumulative sum to the nearest $1,000, as a sum of dollars.
    expect(cells[0]).toBe(Math.round(year1.stayAnnualUsd / 12 / 100) * 100);
    expect(cells[1]).toBe(Math.round(year1.switchAnnualUsd / 12 / 100) * 100);
    expect(cells[3]).toBe(Math.round(year1.cumulativeUsd / 1000) * 1000);
  });

  it('moves the ten-year gain with the carried-over years, as the model does', async () => {
    const { search } = renderApp('/?roles=ai-engineer&years=4&switchFrom=devops-engineer');
    const slider = await screen.findByRole('slider', { name: /Years that carry over/ });
    fireEvent.change(slider, { target: { value: '100' } });
    await waitFor(() =>
      expect(dataValue(screen.getByTestId('switch-gain-10y'))).toBe(
        planFrom('devops-engineer', 100).gain10yUsd,
      ),
    );
    await waitFor(() => expect(search()).toMatch(/carry=100/));
  });

  it('says when the switch has not paid for itself, and leaves out the break-even hook', async () => {
    // Staying an AI Engineer at 20 years against switching to backend with nothing carried over.
    const s: Scenario = { ...DEFAULT_SCENARIO, roles: ['backend-developer'], years: 20 };
    const expected = planSwitch(dataset, {
      scenario: s,
      fromRoleId: 'ai-engineer',
      carryPercent: 0,
      jobReadyMonths: jobReadyOf(dataset, 'backend-developer').months,
    });
    expect(expected.breakEvenYear).toBeNull();
    renderApp('/?roles=backend-developer&years=20&switchFrom=ai-engineer&carry=0');
    const plan = await screen.findByTestId('switch-plan');
    expect(within(plan).queryByTestId('switch-breakeven')).toBeNull();
    expect(within(plan).getByText(/has not paid for itself after 10 years/)).toBeTruthy();
    expect(dataValue(within(plan).getByTestId('switch-gain-10y'))).toBe(expected.gain10yUsd);
  });
});
