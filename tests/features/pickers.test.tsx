/**
 * The pickers of the scenario form (issue 10): the location combobox by the WAI-ARIA APG pattern, the
 * line under each role saying how it differs, and the mark at a choice that changes nothing for a role.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { realDataset } from '../support/realData';
import { renderApp } from '../support/renderApp';

const dataset = realDataset();
const label = (id: string) => dataset.index.locations.get(id)!.label;

/** The app at a URL, once the location picker has loaded: the box, its list and the router's query. */
async function openPicker(url = '/') {
  const app = renderApp(url);
  const box = await screen.findByRole('combobox', { name: 'Location' });
  return { ...app, box, list: () => document.getElementById(box.getAttribute('aria-controls')!)! };
}

/** The open list of locations and its options. */
const listbox = () => screen.getByRole('listbox', { name: 'Location' });
const options = () => within(listbox()).getAllByRole('option');
const optionNames = () => options().map((o) => o.textContent?.trim());
/** The picker's live status ("3 locations match"), in the location field (the form has others). */
const status = () =>
  within(screen.getByRole('combobox', { name: 'Location' }).closest<HTMLElement>('.field')!).getByRole(
    'status',
  );

describe('the location combobox', () => {
  it('shows the chosen location, closed, and names its list', async () => {
    const { box, list } = await openPicker('/?location=seattle');
    expect(box).toHaveValue(label('seattle'));
    expect(box).toHaveAttribute('aria-expanded', 'false');
    expect(box).toHaveAttribute('aria-autocomplete', 'list');
    expect(box).toHaveAttribute('aria-controls', list().id);
    expect(list()).toHaveAttribute('role', 'listbox');
    expect(list()).not.toBeVisible();
  });

  it('filters as one types, ignoring case and accents, and Enter chooses the match', async () => {
    const { user, box, search } = await openPicker();
    await user.clear(box);
    await user.type(box, 'SÁN fran');
    expect(box).toHaveAttribute('aria-expanded', 'true');
    expect(optionNames()).toEqual([label('sf-bay-area')]);
    expect(status()).toHaveTextContent('1 location matches.');
    await user.keyboard('{Enter}');
    expect(box).toHaveValue(label('sf-bay-area'));
    expect(box).toHaveAttribute('aria-expanded', 'false');
    await waitFor(() => expect(search()).toBe('location=sf-bay-area'));
  });

  it('moves the active option with the arrows and chooses it with Enter', async () => {
    const { user, box, search } = await openPicker();
    await user.clear(box);
    await user.type(box, 'san');
    const names = optionNames();
    expect(names.length).toBeGreaterThan(2);
    expect(status()).toHaveTextContent(`${names.length} locations match.`);
    expect(box).not.toHaveAttribute('aria-activedescendant');
    await user.keyboard('{ArrowDown}{ArrowDown}');
    const second = options()[1]!;
    expect(box).toHaveAttribute('aria-activedescendant', second.id);
    expect(second).toHaveAttribute('aria-selected', 'true');
    expect(options().filter((o) => o.getAttribute('aria-selected') === 'true')).toHaveLength(1);
    await user.keyboard('{ArrowUp}');
    expect(box).toHaveAttribute('aria-activedescendant', options()[0]!.id);
    // Up from the first wraps to the last, as in the APG example.
    await user.keyboard('{ArrowUp}');
    const last = options().at(-1)!;
    expect(box).toHaveAttribute('aria-activedescendant', last.id);
    await user.keyboard('{Enter}');
    expect(box).toHaveValue(names.at(-1));
    const id = dataset.modifiers.locations.find((l) => l.label === names.at(-1))!.id;
    await waitFor(() => expect(search()).toBe(`location=${id}`));
  });

  it('opens the whole list at the chosen location with ArrowDown', async () => {
    const { user, box } = await openPicker('/?location=denver');
    box.focus();
    await user.keyboard('{ArrowDown}');
    expect(options()).toHaveLength(dataset.modifiers.locations.length);
    const active = document.getElementById(box.getAttribute('aria-activedescendant')!);
    expect(active).toHaveTextContent(label('denver'));
  });

  it('closes with Escape, and a second Escape puts the chosen location back', async () => {
    const { user, box, search } = await openPicker('/?location=boston');
    await user.clear(box);
    await user.type(box, 'chi');
    expect(box).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{Escape}');
    expect(box).toHaveAttribute('aria-expanded', 'false');
    expect(box).toHaveValue('chi');
    await user.keyboard('{Escape}');
    expect(box).toHaveValue(label('boston'));
    expect(search()).toBe('location=boston');
  });

  it('leaving with text that matches nothing puts the chosen location back and says so', async () => {
    const { user, box, search } = await openPicker('/?location=austin');
    await user.clear(box);
    await user.type(box, 'Atlantis');
    expect(status()).toHaveTextContent('No location matches “Atlantis”.');
    expect(screen.queryByRole('listbox', { name: 'Location' })).toBeNull();
    await user.tab();
    expect(box).not.toHaveFocus();
    expect(box).toHaveValue(label('austin'));
    expect(status()).toHaveTextContent(
      `No location matches “Atlantis”; the location stays ${label('austin')}.`,
    );
    expect(search()).toBe('location=austin');
  });

  it('chooses an option that is clicked', async () => {
    const { user, box, search } = await openPicker();
    await user.click(box);
    expect(box).toHaveAttribute('aria-expanded', 'true');
    await user.click(within(listbox()).getByRole('option', { name: label('pittsburgh') }));
    expect(box).toHaveValue(label('pittsburgh'));
    expect(box).toHaveFocus();
    expect(box).toHaveAttribute('aria-expanded', 'false');
    await waitFor(() => expect(search()).toBe('location=pittsburgh'));
  });
});

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
