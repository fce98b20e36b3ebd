import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Dataset } from '../../src/model/types';
import { realDataset } from '../support/realData';
import { renderApp } from '../support/renderApp';

/** The <details> whose summary reads `summary`. */
async function disclosure(summary: string): Promise<HTMLElement> {
  const details = (await screen.findByText(summary)).closest('details');
  if (details === null) throw new Error(`no <details> for ${summary}`);
  return details;
}

/** The list item whose text holds every one of `parts`. */
function itemWith(container: HTMLElement, ...parts: string[]): HTMLElement | undefined {
  return within(container)
    .getAllByRole('listitem')
    .find((li) => parts.every((p) => li.textContent?.includes(p)));
}

describe('sources side by side', () => {
  it("shows each source's band for AI/ML entry level in text, with its source", async () => {
    renderApp('/?roles=ai-ml-engineer,devops-engineer&years=0');
    const aiml = await disclosure('Sources side by side: AI/ML Engineer');
    expect(aiml).toHaveAttribute('open');
    const entry = within(aiml).getByRole('heading', { name: 'AI/ML Engineer, Entry level your years' });
    const level = entry.parentElement!;
    expect(
      itemWith(level, 'Detailed Salary Comparison: DevOps vs AI/ML Engineer', '$80,000 – $110,000'),
    ).toBeDefined();
    expect(
      itemWith(
        level,
        'Detailed Salary Comparison: Backend Developer vs AI/ML Engineer',
        '$95,000 – $130,000',
      ),
    ).toBeDefined();
    // The band Paypath uses: the two pooled (median √(93,808 × 111,131) = 102,103), next to them, an
    // estimate shown to the nearest $1,000 (86,309 – 120,787).
    expect(itemWith(level, 'Paypath pools them', '$86,000 – $121,000')).toBeDefined();
    // The second role's panel starts closed, so the page stays calm.
    expect(await disclosure('Sources side by side: DevOps Engineer')).not.toHaveAttribute('open');
  });

  it('says the shipped AI/ML bands differ by no more than a fifth at every level', async () => {
    renderApp('/?roles=ai-ml-engineer');
    const aiml = await disclosure('Sources side by side: AI/ML Engineer');
    expect(within(aiml).getAllByText(/These sources differ, by no more than a fifth/)).toHaveLength(3);
    expect(within(aiml).queryByText(/differ by more than a fifth/)).toBeNull();
    // "$300K+" has no ceiling, and the label says so in words.
    expect(itemWith(aiml, '$160,000 – $300,000+', 'no ceiling given')).toBeDefined();
  });

  it('notes where the sources differ by more than a fifth', async () => {
    const dataset: Dataset = structuredClone(realDataset());
    const aiml = dataset.roles.roles.find((r) => r.id === 'ai-ml-engineer')!;
    const entry = aiml.bands.find((b) => b.level === 'entry' && b.low.source === 'backend-vs-aiml')!;
    entry.low.value = 100_000; // lows $80,000 and $100,000: 25% of the smaller apart
    renderApp('/?roles=ai-ml-engineer', { dataset });
    const panel = await disclosure('Sources side by side: AI/ML Engineer');
    const notes = within(panel).getAllByText(/differ by more than a fifth/);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toHaveTextContent('their lows are 25% apart, their highs are 18% apart.');
  });

  it('lists the public cross-checks and the quoted averages with what they measure and when', async () => {
    renderApp('/?roles=devops-engineer');
    const panel = await disclosure('Sources side by side: DevOps Engineer');
    const median = itemWith(panel, 'BLS OEWS May 2024, software developers (15-1252): median', '$133,080');
    expect(median).toHaveTextContent('Measures: all experience levels, employer survey, May 2024.');
    expect(median).toHaveTextContent('Dated May 2024.');
    const average = itemWith(panel, 'Average salary: $115,000');
    expect(average).toHaveTextContent('Dated undated (read 2026).');
    expect(average).toHaveTextContent(/Measures: not stated/);
  });
});

describe('role profiles', () => {
  it('shows DevOps growth to 2034 with its source', async () => {
    renderApp('/?roles=devops-engineer');
    const profile = await disclosure('Role profile: DevOps Engineer');
    const term = within(profile).getByText('Projected growth to 2034');
    const answer = term.nextElementSibling as HTMLElement;
    expect(answer).toHaveTextContent('+29.2%');
    expect(
      within(answer).getByText('DevOps Engineer vs MLOps Engineer: Career Comparison'),
    ).toBeInTheDocument();
    expect(answer).toHaveTextContent('Very high · +29.2% by 2034');
    for (const label of [
      'Typical education',
      'Education routes',
      'Top skills',
      'Where they work',
      'Day to day',
      'Career path',
      'Time to become job-ready',
    ]) {
      expect(within(profile).getByText(label)).toBeInTheDocument();
    }
  });

  it('flags a growth figure that is an assumption', async () => {
    renderApp('/?roles=ai-ml-engineer');
    const profile = await disclosure('Role profile: AI/ML Engineer');
    const answer = within(profile).getByText('Projected growth to 2034').nextElementSibling as HTMLElement;
    expect(answer).toHaveTextContent('+34%');
    expect(within(answer).getAllByText(/assumption/i).length).toBeGreaterThan(0);
  });

  it('says so when no source gives a projection', async () => {
    const dataset: Dataset = structuredClone(realDataset());
    dataset.roles.roles.find((r) => r.id === 'devops-engineer')!.profile.growthTo2034 = null;
    renderApp('/?roles=devops-engineer', { dataset });
    const profile = await disclosure('Role profile: DevOps Engineer');
    const answer = within(profile).getByText('Projected growth to 2034').nextElementSibling as HTMLElement;
    expect(answer).toHaveTextContent('No source gives a projection');
  });
});

describe('export', () => {
  const originals = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };
  let blobs: Blob[];
  let clicked: { download: string; href: string }[];

  beforeEach(() => {
    blobs = [];
    clicked = [];
    Object.defineProperty(URL, 'createObjectURL', {
      configurable: true,
      writable: true,
      value: vi.fn((blob: Blob) => {
        blobs.push(blob);
        return `blob:paypath/${blobs.length}`;
      }),
    });
    Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, writable: true, value: vi.fn() });
    // jsdom cannot navigate: record the click instead of following the link.
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ download: this.download, href: this.href });
    });
  });

  afterEach(() => {
    vi.restoreAllMocks();
    Object.defineProperty(URL, 'createObjectURL', {
      configurable: true,
      writable: true,
      value: originals.create,
    });
    Object.defineProperty(URL, 'revokeObjectURL', {
      configurable: true,
      writable: true,
      value: originals.revoke,
    });
  });

  it('Download CSV saves the comparison as a CSV blob', async () => {
    const { user } = renderApp('/?roles=devops-engineer,ai-ml-engineer&years=4');
    await user.click(await screen.findByRole('button', { name: 'Download CSV' }));
    expect(URL.createObjectURL).toHaveBeenCalledTimes(1);
    expect(blobs[0]?.type).toBe('text/csv;charset=utf-8');
    expect(clicked).toEqual([{ download: 'paypath-comparison.csv', href: 'blob:paypath/1' }]);
    // A byte-order mark first, so spreadsheets read UTF-8 (Blob.text() decodes it away).
    const bytes = new Uint8Array(await blobs[0]!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = await blobs[0]!.text();
    expect(
      text.startsWith('section,role,item,value,low,typical,high,unit,detail,source,quote_or_assumption\r\n'),
    ).toBe(true);
    expect(text).toContain('\r\nfigure,DevOps Engineer,base,,');
    expect(text).toContain('share_url,"http://localhost:3000/?roles=devops-engineer,ai-ml-engineer&years=4"');
    expect(screen.getByText('Saved paypath-comparison.csv.')).toBeInTheDocument();
    expect(document.querySelector('a[download]')).toBeNull();
  });

  it('Download JSON saves pretty-printed JSON', async () => {
    const { user } = renderApp('/?roles=backend-developer');
    await user.click(await screen.findByRole('button', { name: 'Download JSON' }));
    expect(blobs[0]?.type).toBe('application/json');
    expect(clicked[0]?.download).toBe('paypath-comparison.json');
    const data = JSON.parse(await blobs[0]!.text()) as { roles: { roleId: string }[] };
    expect(data.roles.map((r) => r.roleId)).toEqual(['backend-developer']);
  });
});
