import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { estimate } from '../../src/model/estimate';
import { DEFAULT_SCENARIO } from '../../src/model/scenario';
import { URL_WRITE_MS } from '../../src/state/useScenario';
import { realDataset } from '../support/realData';
import { renderApp } from '../support/renderApp';

const dataset = realDataset();
const value = (card: HTMLElement, id: string) =>
  Number(within(card).getByTestId(id).getAttribute('data-value'));
const card = (roleId: string) => screen.getByTestId(`estimate-${roleId}`);

describe('opening a URL', () => {
  it('shows the estimate the engine computes for that scenario', async () => {
    renderApp('/?roles=mlops-engineer,backend-developer&years=8&location=seattle&certs=tensorflow');
    const expected = estimate(
      {
        ...DEFAULT_SCENARIO,
        roles: ['mlops-engineer', 'backend-developer'],
        years: 8,
        location: 'seattle',
        certs: ['tensorflow'],
      },
      dataset,
    );
    for (const e of expected) {
      const c = await screen.findByTestId(`estimate-${e.roleId}`);
      expect(value(c, 'base-typical')).toBe(e.baseAnnualUsd.typical);
      expect(value(c, 'total-high')).toBe(e.totalAnnualUsd.high);
      if (e.hourlyUsd === null) {
        expect(within(c).queryByTestId('hourly-low')).toBeNull();
        expect(c).toHaveTextContent(`Contract rate: no source gives one for ${e.title}`);
      } else {
        expect(value(c, 'hourly-low')).toBe(e.hourlyUsd.low);
      }
      expect(value(c, 'public-position')).toBe(e.publicPosition.percentile);
      // The text is the hook's figure to the nearest $1,000, the precision the sources support.
      expect(within(c).getByTestId('base-typical')).toHaveTextContent(
        new Intl.NumberFormat('en-US', {
          style: 'currency',
          currency: 'USD',
          maximumFractionDigits: 0,
        }).format(Math.round(e.baseAnnualUsd.typical / 1000) * 1000),
      );
    }
    expect(await screen.findByRole('combobox', { name: 'Location' })).toHaveValue(
      dataset.index.locations.get('seattle')?.label,
    );
    expect(await screen.findByRole('checkbox', { name: 'TensorFlow certificate' })).toBeChecked();
  });

  it('says at the choice when an education or skill is already part of a role’s pay', async () => {
    renderApp('/?roles=ml-engineer,ai-ml-engineer&education=masters&skills=pytorch');
    await screen.findByTestId('estimate-ml-engineer');
    expect(screen.getByLabelText('Education')).toHaveAccessibleDescription(
      'Raises AI/ML Engineer; already part of ML Engineer pay, so it adds nothing.',
    );
    expect(
      (await screen.findByRole('checkbox', { name: 'PyTorch / TensorFlow' })).closest('li'),
    ).toHaveTextContent(/Raises AI\/ML Engineer \(10–25% for the group\); already part of ML Engineer pay/);
  });

  it('says in one quiet line where sources differ, and opens to the sentences and their sources', async () => {
    const user = userEvent.setup();
    renderApp('/?roles=ai-ml-engineer&years=0');
    const c = await screen.findByTestId('estimate-ai-ml-engineer');
    const note = within(c).getByRole('note', { name: /sources disagree/i });
    const line = within(note).getByText(/^Sources differ:/);
    expect(line).toHaveTextContent(/^Sources differ: entry level bands \$80K–\$110K to \$95K–\$130K/);
    const sentence = within(note).getByText(
      /different entry level bands \(\$80,000 – \$110,000 and \$95,000 – \$130,000\)/,
    );
    expect(sentence).not.toBeVisible();
    await user.click(line);
    expect(sentence).toBeVisible();
  });
});

describe('moving a control', () => {
  it('updates the numbers and, rate-limited, the URL', async () => {
    const { search } = renderApp('/');
    const before = value(await screen.findByTestId('estimate-devops-engineer'), 'base-typical');
    const [slider] = screen.getAllByLabelText('Years of experience');
    fireEvent.change(slider!, { target: { value: '12' } });
    const after = value(card('devops-engineer'), 'base-typical');
    expect(after).toBeGreaterThan(before);
    expect(screen.getByRole('spinbutton', { name: 'Years of experience' })).toHaveValue(12);
    await waitFor(() => expect(search()).toBe('years=12'));
  });

  it('a step of the years slider touches only the years field of the form, not its other inputs', async () => {
    renderApp('/?roles=devops-engineer,ml-engineer');
    await screen.findByTestId('estimate-devops-engineer');
    const form = screen.getByRole('form', { name: 'Your scenario' });
    const [slider, box] = screen.getAllByLabelText('Years of experience');
    // React rewrites an input's attributes whenever it renders it again (name, type, value), so any
    // attribute change on the other inputs means the step re-rendered them: 30-odd inputs a step.
    const others = [...form.querySelectorAll('input, select')].filter((el) => el !== slider && el !== box);
    expect(others.length).toBeGreaterThan(8);
    const observer = new MutationObserver(() => {});
    for (const el of others) observer.observe(el, { attributes: true });
    fireEvent.change(slider!, { target: { value: '12' } });
    expect(box).toHaveValue(12);
    const touched = observer
      .takeRecords()
      .map((r) => `${(r.target as Element).outerHTML.slice(0, 60)} ${r.attributeName}`);
    observer.disconnect();
    expect(touched).toEqual([]);
  });

  it('a change undone before the URL caught up leaves the URL on the value shown', async () => {
    const { search } = renderApp('/?years=8');
    await screen.findByTestId('estimate-devops-engineer');
    const [slider] = screen.getAllByLabelText('Years of experience');
    // The rate limit and the frames run on a fake clock, so the pending write is where the test puts it,
    // however busy the machine: 9 is written after the next frame; 10 waits for the rate limit; back to 9
    // before it runs. Only synchronous events below: Testing Library's async helpers wait on setTimeout,
    // which is fake here.
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'Date', 'requestAnimationFrame', 'cancelAnimationFrame'],
    });
    try {
      fireEvent.change(slider!, { target: { value: '9' } });
      act(() => vi.advanceTimersByTime(20)); // the frame (fake ones are 16 ms apart), then the write
      expect(search()).toBe('years=9');
      fireEvent.change(slider!, { target: { value: '10' } });
      expect(search()).toBe('years=9');
      fireEvent.change(slider!, { target: { value: '9' } });
      // Past the moment the write of 10 was due: had it not been cancelled, it would have run by now.
      act(() => vi.advanceTimersByTime(URL_WRITE_MS * 2));
      expect(search()).toBe('years=9');
    } finally {
      vi.useRealTimers();
    }
  });

  it('adds a certification: the figure rises and the URL records it', async () => {
    const { user, search } = renderApp('/');
    const before = value(await screen.findByTestId('estimate-devops-engineer'), 'base-typical');
    await user.click(await screen.findByRole('checkbox', { name: /CKA/ }));
    expect(value(card('devops-engineer'), 'base-typical')).toBeGreaterThan(before);
    await waitFor(() => expect(search()).toBe('certs=cka'));
  });

  it('says beside a certification that it does not affect the chosen role', async () => {
    renderApp('/?roles=backend-developer');
    await screen.findByTestId('estimate-backend-developer');
    const box = await screen.findByRole('checkbox', { name: 'TensorFlow certificate' });
    expect(box).toHaveAccessibleDescription(/No effect on Backend Developer/);
  });

  it('compares up to three roles and refuses a fourth with a reason', async () => {
    const { user } = renderApp('/');
    await screen.findByTestId('estimate-devops-engineer');
    await user.click(screen.getByRole('checkbox', { name: 'AI/ML Engineer' }));
    await user.click(screen.getByRole('checkbox', { name: 'MLOps Engineer' }));
    expect(screen.getAllByTestId(/^estimate-/)).toHaveLength(3);
    const fourth = screen.getByRole('checkbox', { name: 'AI Engineer' });
    expect(fourth).toBeDisabled();
    expect(fourth).toHaveAccessibleDescription(/most Paypath compares/);
  });

  it('resets to the defaults', async () => {
    const { user, search } = renderApp('/?roles=ai-engineer&years=20&company=startup');
    await screen.findByTestId('estimate-ai-engineer');
    await user.click(screen.getByRole('button', { name: 'Reset to defaults' }));
    expect(screen.getByTestId('estimate-devops-engineer')).toBeInTheDocument();
    await waitFor(() => expect(search()).toBe(''));
  });
});

describe('a bad link', () => {
  it('shows a notice naming what was ignored and rewrites the URL', async () => {
    const { search } = renderApp('/?roles=devops-engineer,pirate&years=abc&location=atlantis');
    const notice = await screen.findByRole('status', { name: /part of the link was ignored/i });
    expect(notice).toHaveTextContent('"pirate"');
    expect(notice).toHaveTextContent('"abc"');
    expect(notice).toHaveTextContent('"atlantis"');
    expect(screen.getByTestId('estimate-devops-engineer')).toBeInTheDocument();
    await waitFor(() => expect(search()).toBe(''));
  });
});

describe('loading and data errors', () => {
  it('shows one status message while loading', async () => {
    const pending = new Promise<Response>(() => {});
    const original = globalThis.fetch;
    globalThis.fetch = () => pending;
    try {
      renderApp('/', { dataset: null });
      expect(await screen.findByRole('status')).toHaveTextContent(/loading pay data/i);
    } finally {
      globalThis.fetch = original;
    }
  });

  it('names the broken file and offers a retry that recovers, keeping the scenario', async () => {
    const original = globalThis.fetch;
    let broken = true;
    globalThis.fetch = async (input) => {
      const url = String(input);
      if (broken && url.endsWith('roles.json')) return new Response('{"provenance": 1', { status: 200 });
      const key = url.split('/').pop()!.replace('.json', '') as 'sources' | 'roles' | 'modifiers';
      return new Response(JSON.stringify(await import('../support/realData').then((m) => m.readRaw(key))));
    };
    try {
      const { user, search } = renderApp('/?roles=backend-developer&years=9', { dataset: null });
      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent('data/roles.json');
      expect(alert).toHaveTextContent(/not valid JSON/);
      expect(search()).toBe('roles=backend-developer&years=9');
      broken = false;
      await user.click(within(alert).getByRole('button', { name: 'Retry' }));
      expect(await screen.findByTestId('estimate-backend-developer')).toBeInTheDocument();
      expect(screen.getByRole('spinbutton', { name: 'Years of experience' })).toHaveValue(9);
    } finally {
      globalThis.fetch = original;
    }
  });
});

describe('the years number field', () => {
  it('accepts typing without losing the value mid-edit', async () => {
    const { user } = renderApp('/');
    await screen.findByTestId('estimate-devops-engineer');
    const box = screen.getByRole('spinbutton', { name: 'Years of experience' });
    await user.clear(box);
    await user.type(box, '17');
    await act(async () => {});
    expect(screen.getAllByLabelText('Years of experience')[0]).toHaveValue('17');
  });
});

describe('the level a card names', () => {
  it.each([
    [0, 'Entry level'],
    [2, 'Entry level'],
    [5, 'Mid-career (3–6 years)'],
    [7, 'Senior (7+ years)'],
    [25, 'Senior (7+ years)'],
  ])('at %i years is the level whose stated years include them: %s', async (years, label) => {
    renderApp(`/?years=${years}`);
    const card = await screen.findByTestId('estimate-devops-engineer');
    expect(card.querySelector('.role-card__level')).toHaveTextContent(label);
  });
});
