import type { FactorId } from '../../src/model/factorId';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { factorAnchorId, methodologyHref } from '../../src/lib/anchors';
import { estimateRole } from '../../src/model/estimate';
import { DEFAULT_SCENARIO } from '../../src/model/scenario';
import type { Dataset } from '../../src/model/types';
import { realDataset } from '../support/realData';
import { renderApp } from '../support/renderApp';

const dataset = realDataset();

/** Every factor id the engine can put on a card: each role with each location, company and education, and every certification and skill. */
function everyFactorId(data: Dataset): Set<FactorId> {
  const ids = new Set<FactorId>();
  const m = data.modifiers;
  for (const role of data.roles.roles) {
    const certs = m.certifications.map((c) => c.id);
    const skills = m.skills.map((s) => s.id);
    const scenarios = [
      ...m.locations.map((l) => ({ location: l.id })),
      ...m.companies.map((c) => ({ company: c.id })),
      ...m.education.map((e) => ({ education: e.id })),
    ];
    for (const patch of scenarios) {
      const e = estimateRole(
        { ...DEFAULT_SCENARIO, roles: [role.id], certs, skills, ...patch },
        data,
        role.id,
      );
      for (const f of [...e.factors, e.compensationMix.bonus, e.compensationMix.equity]) ids.add(f.id);
    }
  }
  return ids;
}

async function openMethodology(url = '/methodology') {
  const view = renderApp(url);
  await screen.findByRole('heading', { level: 1, name: 'How Paypath estimates pay' });
  return view;
}

describe('methodologyHref', () => {
  it('links a factor id to its anchor on the page', () => {
    expect(methodologyHref('location:seattle')).toBe('/methodology#factor-location-seattle');
    expect(methodologyHref('band:ai-ml-engineer')).toBe('/methodology#factor-band-ai-ml-engineer');
    expect(factorAnchorId('certification:devops-certs')).toBe('factor-certification-devops-certs');
  });
});

describe('the methodology page', () => {
  it('lists all 17 sources by title, with vintage, confidence and what they measure', async () => {
    await openMethodology();
    expect(dataset.sources.sources).toHaveLength(17);
    const section = screen.getByRole('region', { name: 'Sources' });
    for (const source of dataset.sources.sources) {
      expect(within(section).getByRole('heading', { level: 3, name: source.title })).toBeInTheDocument();
    }
    const bls = document.getElementById('source-bls-oews-2024')!.closest('section')!;
    expect(bls).toHaveTextContent('May 2024');
    expect(bls).toHaveTextContent('Medium: a secondary page quoting the source');
    expect(bls).toHaveTextContent('median annual wage, all experience levels, employer survey');
  });

  it('lists the figures each source gave, in plain words', async () => {
    await openMethodology();
    const article = document.getElementById('source-devops-vs-aiml')!.closest('section')!;
    const items = within(article)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toContain('DevOps Engineer, mid band, low: $95,000');
    expect(items).toContain('AI/ML Engineer, contract rate, high: $200 an hour');
  });

  it('has one <h1> and an anchor for every factor a card can show', async () => {
    await openMethodology();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(document.getElementById('factor-location-seattle')).toHaveTextContent('Seattle');
    const ids = everyFactorId(dataset);
    expect(ids.size).toBeGreaterThan(30);
    const missing = [...ids].filter((id) => document.getElementById(factorAnchorId(id)) === null);
    expect(missing).toEqual([]);
  });

  it('lists every assumption once with why and what rests on it', async () => {
    await openMethodology();
    const section = screen.getByRole('region', { name: 'Assumptions' });
    expect(section).toHaveTextContent('Midpoint of the assumed entry span 0–2 years.');
    expect(section).toHaveTextContent('Entry level, band held exactly at: 1 year');
    const texts = within(section)
      .getAllByText(/./, { selector: '.assumptions__why' })
      .map((p) => p.textContent);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('explains how an estimate is made in plain words, with the figures from the data', async () => {
    await openMethodology();
    const section = screen.getByRole('region', { name: 'How an estimate is made' });
    expect(section).toHaveTextContent(
      '(entry level at 1, mid-career (3–6 years) at 4.5, senior (7+ years) at 10 years)',
    );
    expect(section).toHaveTextContent('its low end as the 25th percentile, its high end as the 75th');
    expect(section).toHaveTextContent(
      '50% for the second, 25% for the third, a cap of the largest high end plus 5 points',
    );
    expect(section).toHaveTextContent(
      'median base = market median(role, years) × location × employer × premiums (stacked)',
    );
  });

  it('names each certification group once in its heading', async () => {
    await openMethodology();
    const heading = document.getElementById(factorAnchorId('certification:devops-certs'))!;
    expect(heading).toHaveTextContent(/^AWS DevOps or CKA certification$/);
  });

  it('shows every article claim with what the model gives and whether it holds', async () => {
    await openMethodology();
    const section = screen.getByRole('region', { name: 'The articles’ claims, checked' });
    const rows = within(section).getAllByTestId('claim');
    expect(rows).toHaveLength(dataset.claims.claims.length);
    const held = rows.filter((r) => r.dataset.holds === 'true').length;
    expect(within(section).getByTestId('claims-summary')).toHaveTextContent(
      `The model holds ${held} of the ${rows.length} claims.`,
    );
    const sanJose = rows.find((r) => r.dataset.claim === 'san-jose-premium')!;
    expect(sanJose).toHaveTextContent('Does not hold');
    expect(sanJose).toHaveTextContent('+56.5% at 4.5 years');
    expect(rows.find((r) => r.dataset.claim === 'devops-cert-cka')).toHaveTextContent('Holds');
  });
});

describe('the navigation', () => {
  it('goes to the methodology and back to the estimator keeping the scenario', async () => {
    const { user, search, pathname } = renderApp('/?roles=devops-engineer,ai-ml-engineer&years=4');
    await screen.findByTestId('estimate-ai-ml-engineer');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Estimator' })).toHaveAttribute('aria-current', 'page');

    await user.click(within(nav).getByRole('link', { name: 'Methodology' }));
    await screen.findByRole('heading', { level: 1, name: 'How Paypath estimates pay' });
    expect(within(nav).getByRole('link', { name: 'Methodology' })).toHaveAttribute('aria-current', 'page');
    const back = within(nav).getByRole('link', { name: 'Estimator' });
    expect(back).not.toHaveAttribute('aria-current');
    expect(back).toHaveAttribute('href', '/?roles=devops-engineer,ai-ml-engineer&years=4');

    await user.click(back);
    expect(await screen.findByTestId('estimate-ai-ml-engineer')).toBeInTheDocument();
    expect(pathname()).toBe('/');
    expect(search()).toBe('roles=devops-engineer,ai-ml-engineer&years=4');
  });

  it('keeps the offer in the link back as well', async () => {
    const { user } = renderApp('/?roles=backend-developer&offer=120000');
    await screen.findByTestId('estimate-backend-developer');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    await user.click(within(nav).getByRole('link', { name: 'Methodology' }));
    await screen.findByRole('heading', { level: 1, name: 'How Paypath estimates pay' });
    expect(within(nav).getByRole('link', { name: 'Estimator' })).toHaveAttribute(
      'href',
      '/?roles=backend-developer&offer=120000',
    );
  });

  it('keeps the scenario of a link that opens the methodology page, for the way back', async () => {
    const { user, search } = renderApp('/methodology?roles=ai-engineer&years=9');
    await screen.findByRole('heading', { level: 1, name: 'How Paypath estimates pay' });
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Estimator' })).toHaveAttribute(
      'href',
      '/?roles=ai-engineer&years=9',
    );
    await user.click(within(nav).getByRole('link', { name: 'Estimator' }));
    expect(await screen.findByTestId('estimate-ai-engineer')).toBeInTheDocument();
    expect(search()).toBe('roles=ai-engineer&years=9');
  });

  it('carries the scenario to the methodology page, so its link can be shared', async () => {
    const { user, search, pathname } = renderApp('/?roles=mlops-engineer&years=3');
    await screen.findByTestId('estimate-mlops-engineer');
    await user.click(
      within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Methodology' }),
    );
    await screen.findByRole('heading', { level: 1, name: 'How Paypath estimates pay' });
    expect(pathname()).toBe('/methodology');
    expect(search()).toBe('roles=mlops-engineer&years=3');
  });

  it('links to the plain estimator when no scenario has been opened yet', async () => {
    await openMethodology();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Estimator' })).toHaveAttribute('href', '/');
  });
});

describe('a factor link on a card', () => {
  it('opens the methodology page at that factor’s entry', async () => {
    const { user, hash } = renderApp('/?location=seattle');
    await screen.findByTestId('estimate-devops-engineer');
    const link = screen
      .getAllByRole('link', { name: 'How this factor is used' })
      .find((a) => a.getAttribute('href') === methodologyHref('location:seattle'));
    expect(link).toBeDefined();
    await user.click(link!);
    await screen.findByRole('heading', { level: 1, name: 'How Paypath estimates pay' });
    expect(hash()).toBe('#factor-location-seattle');
    expect(document.getElementById('factor-location-seattle')).toHaveTextContent('× 1.272');
  });
});

describe('loading and errors', () => {
  it('shows one status message while the data loads', async () => {
    const original = globalThis.fetch;
    globalThis.fetch = () => new Promise<Response>(() => {});
    try {
      renderApp('/methodology', { dataset: null });
      await screen.findByText('Loading the sources…');
      expect(screen.getAllByRole('status')).toHaveLength(1);
    } finally {
      globalThis.fetch = original;
    }
  });

  it('names a broken file under the page heading', async () => {
    const original = globalThis.fetch;
    globalThis.fetch = async () => new Response('not json', { status: 200 });
    try {
      renderApp('/methodology', { dataset: null });
      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent(/not valid JSON/);
      await waitFor(() =>
        expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('How Paypath estimates pay'),
      );
    } finally {
      globalThis.fetch = original;
    }
  });
});

describe('a malformed link to the methodology page', () => {
  it('still opens the page, and the estimator afterwards', async () => {
    const { user } = renderApp('/methodology#%E0%A4%A');
    await screen.findByRole('heading', { level: 1, name: 'How Paypath estimates pay' });
    await user.click(
      within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Estimator' }),
    );
    expect(await screen.findByTestId('estimate-devops-engineer')).toBeInTheDocument();
  });
});

describe('the methodology page without its data', () => {
  it('keeps its heading, names the file that failed, and Retry loads the page', async () => {
    const original = globalThis.fetch;
    let broken = true;
    globalThis.fetch = async (input) => {
      const url = String(input);
      if (broken && url.endsWith('claims.json')) return new Response('<!doctype html>', { status: 200 });
      const key = url.split('/').pop()!.replace('.json', '') as 'sources';
      return new Response(JSON.stringify(await import('../support/realData').then((m) => m.readRaw(key))));
    };
    try {
      const { user } = renderApp('/methodology', { dataset: null });
      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent('data/claims.json');
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('How Paypath estimates pay');
      broken = false;
      await user.click(within(alert).getByRole('button', { name: 'Retry' }));
      expect(await screen.findByRole('heading', { name: /Sources/, level: 2 })).toBeInTheDocument();
    } finally {
      globalThis.fetch = original;
    }
  });
});
