/**
 * The pickers of the scenario form (issue 10): the line under each role saying how it differs, and the
 * mark at a choice that changes nothing for a role.
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { realDataset } from '../support/realData';
import { renderApp } from '../support/renderApp';

const dataset = realDataset();

describe('the role picker', () => {
  it('says under each role what sets it apart, from its profile, and links to the quotes', async () => {
    renderApp('/');
    await screen.findByTestId('estimate-devops-engineer');
    const lines = dataset.roles.roles.map((role) => {
      // The first role's name also carries its "primary" badge.
      const box = screen.getByRole('checkbox', { name: (name) => name.startsWith(role.title) });
      expect(box).toHaveAccessibleDescription(role.profile.focus.text);
      expect(role.profile.focus.source, `${role.id}: the line has a source`).toBeDefined();
      return role.profile.focus.text;
    });
    // Six roles, six different lines: the three AI roles and MLOps read apart.
    expect(new Set(lines).size).toBe(lines.length);
    expect(screen.getByRole('link', { name: 'the quotes' })).toHaveAttribute('href', '/methodology#sources');
  });

  it('shows the same line, with its source, in the role profile', async () => {
    renderApp('/?roles=ai-engineer');
    // The first role's profile is open from the start.
    const profile = (await screen.findByText('Role profile: AI Engineer')).closest('details')!;
    const term = within(profile).getByText('What sets it apart');
    const answer = term.nextElementSibling as HTMLElement;
    const focus = dataset.index.roles.get('ai-engineer')!.profile.focus;
    expect(answer).toHaveTextContent(focus.text);
    expect(answer).toHaveTextContent(focus.quote!);
  });
});

describe('choices that change nothing for a chosen role', () => {
  it('marks a certification or skill at the choice, with the reason as its description', async () => {
    renderApp('/?roles=devops-engineer,mlops-engineer&certs=cka');
    const cka = await screen.findByRole('checkbox', { name: 'Certified Kubernetes Administrator (CKA)' });
    expect(cka.closest('li')).toHaveTextContent('No effect on MLOps Engineer');
    expect(cka).toHaveAccessibleDescription(
      'No effect on MLOps Engineer Raises DevOps Engineer (5–12% for the group); no source prices it for MLOps Engineer.',
    );
    // The skill MLOps Engineer pay already assumes is marked with that reason.
    expect(screen.getByRole('checkbox', { name: 'MLOps' })).toHaveAccessibleDescription(
      'No effect on DevOps Engineer, MLOps Engineer No source prices it for DevOps Engineer; already part of MLOps Engineer pay, so it adds nothing.',
    );
  });

  it('leaves a choice that raises every chosen role unmarked', async () => {
    renderApp('/?roles=ai-ml-engineer,ai-engineer&certs=tensorflow');
    const tf = await screen.findByRole('checkbox', { name: 'TensorFlow certificate' });
    expect(tf.closest('li')).not.toHaveTextContent(/No effect/);
    expect(tf).toHaveAccessibleDescription(
      /^Raises AI\/ML Engineer, AI Engineer \(\d+–\d+% for the group\)\.$/,
    );
  });

  it('marks the education levels that change nothing for a chosen role at the option', async () => {
    renderApp('/?roles=devops-engineer,ml-engineer&education=masters');
    await screen.findByTestId('estimate-devops-engineer');
    const education = screen.getByRole('combobox', { name: 'Education' });
    expect(within(education).getByRole('option', { selected: true })).toHaveTextContent(
      "Master's degree (no effect on DevOps Engineer, ML Engineer)",
    );
    expect(within(education).getByRole('option', { name: /^PhD/ })).toHaveTextContent(
      /\(no effect on DevOps Engineer\)$/,
    );
    expect(within(education).getByRole('option', { name: /^Bachelor/ })).not.toHaveTextContent(/no effect/);
    expect(education).toHaveAccessibleDescription(
      'No source prices it for DevOps Engineer; already part of ML Engineer pay, so it adds nothing.',
    );
  });
});
