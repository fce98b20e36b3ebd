/**
 * What a phone shows first and what paper says: the scenario's summary that opens to edit, the sticky
 * strip's label, each card's own line and the printout's header.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { formatDate, formatPay } from '../../src/lib/format';
import { cardScenarioLine, scenarioDetails, scenarioLine, scenarioRoles } from '../../src/lib/scenarioWords';
import { estimate } from '../../src/model/estimate';
import { DEFAULT_SCENARIO } from '../../src/model/scenario';
import type { Scenario } from '../../src/model/types';
import { realDataset } from '../support/realData';
import { renderApp } from '../support/renderApp';

const dataset = realDataset();
/** The phone's summary: the roles and the choices, leaving out an employer and education left as they are. */
const summary = (s: Scenario) =>
  [scenarioRoles(dataset, s), ...scenarioDetails(dataset, s, { brief: true })].join(' · ');
const THREE = '/?roles=devops-engineer,ai-ml-engineer,mlops-engineer&years=7&location=seattle&certs=cka';
const threeScenario: Scenario = {
  ...DEFAULT_SCENARIO,
  roles: ['devops-engineer', 'ai-ml-engineer', 'mlops-engineer'],
  years: 7,
  location: 'seattle',
  certs: ['cka'],
};

describe('the summary of the scenario above the figures', () => {
  it('states the scenario and opens the controls to edit, by mouse or keyboard, giving focus back on Done', async () => {
    const { user } = renderApp(THREE);
    const edit = await screen.findByRole('button', { name: 'Edit scenario' });
    expect(edit).toHaveAttribute('aria-expanded', 'false');
    // The summary describes the button, so a screen reader hears what is being edited.
    expect(edit).toHaveAccessibleDescription(summary(threeScenario));
    expect(edit).toHaveAccessibleDescription(
      /^DevOps Engineer, AI\/ML Engineer, MLOps Engineer · 7 years · Seattle · /,
    );
    const panel = document.getElementById(edit.getAttribute('aria-controls') ?? '');
    expect(panel).not.toBeNull();
    expect(within(panel!).getByRole('form', { name: 'Your scenario' })).toBeInTheDocument();

    await user.click(edit);
    expect(screen.getByRole('button', { name: 'Close scenario' })).toHaveAttribute('aria-expanded', 'true');
    await user.click(screen.getByRole('button', { name: 'Close scenario' }));
    expect(screen.getByRole('button', { name: 'Edit scenario' })).toHaveAttribute('aria-expanded', 'false');

    edit.focus();
    await user.keyboard('{Enter}');
    expect(edit).toHaveAttribute('aria-expanded', 'true');
    expect(edit).toHaveFocus();
    // Tab goes from the button straight into the controls it opened.
    await user.tab();
    expect(panel!.contains(document.activeElement)).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Done editing the scenario' }));
    expect(edit).toHaveAttribute('aria-expanded', 'false');
    expect(edit).toHaveFocus();
  });

  it('follows an edit, naming an employer once one is chosen', async () => {
    const { user } = renderApp('/');
    const edit = await screen.findByRole('button', { name: 'Edit scenario' });
    expect(edit).toHaveAccessibleDescription(summary(DEFAULT_SCENARIO));
    expect(edit).not.toHaveAccessibleDescription(/employer/);
    await user.click(edit);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Company type' }), 'startup');
    const startup = dataset.modifiers.companies.find((c) => c.id === 'startup')!.label;
    // The summary is words, not figures: it follows once the figures have painted.
    await waitFor(() =>
      expect(edit).toHaveAccessibleDescription(summary({ ...DEFAULT_SCENARIO, company: 'startup' })),
    );
    expect(edit).toHaveAccessibleDescription(new RegExp(` · ${startup} employer`));
  });
});

describe('what each card says it is for', () => {
  it("states the scenario and the data's vintage on every card", async () => {
    renderApp(THREE);
    for (const roleId of threeScenario.roles) {
      const card = await screen.findByTestId(`estimate-${roleId}`);
      expect(within(card).getByText(cardScenarioLine(dataset, threeScenario))).toBeInTheDocument();
      expect(within(card).getByText(/^Data: sources dated \d{4}(–\d{4})?/)).toBeInTheDocument();
    }
  });
});

describe('the sticky strip', () => {
  it('says its figure is the typical total pay, in the period shown', async () => {
    const { user } = renderApp('/?roles=devops-engineer,mlops-engineer');
    const [devops] = estimate({ ...DEFAULT_SCENARIO, roles: ['devops-engineer'] }, dataset);
    const label = await screen.findByText('Typical total pay, a year:');
    const strip = label.parentElement!;
    expect(strip).toHaveTextContent(`DevOps Engineer ${formatPay(devops!.totalAnnualUsd.typical, 'annual')}`);
    await user.click(screen.getByRole('radio', { name: 'Monthly' }));
    expect(strip).toHaveTextContent('Typical total pay, a month:');
    expect(strip).toHaveTextContent(
      `DevOps Engineer ${formatPay(devops!.totalAnnualUsd.typical, 'monthly')}`,
    );
  });
});

describe('the printout', () => {
  it('states the scenario, the day it was printed and the link that reopens it', async () => {
    renderApp(THREE);
    const scenario = await screen.findByText(scenarioLine(dataset, threeScenario));
    const header = scenario.closest('.print-summary');
    expect(header).not.toBeNull();
    expect(header).toHaveTextContent(`Printed ${formatDate(new Date())}`);
    expect(header).toHaveTextContent(`${window.location.origin}${THREE}`);
  });
});
