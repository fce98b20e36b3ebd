import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { formatPay } from '../../src/lib/format';
import { standingText } from '../../src/lib/offerWords';
import { estimateRole } from '../../src/model/estimate';
import { checkOffer } from '../../src/model/offer';
import { DEFAULT_SCENARIO } from '../../src/model/scenario';
import { SAMPLE_OFFER } from '../support/offers';
import { realDataset } from '../support/realData';
import { renderApp } from '../support/renderApp';

const dataset = realDataset();
const dataValue = (el: HTMLElement, name = 'data-value') => Number(el.getAttribute(name));
const scenario = { ...DEFAULT_SCENARIO, roles: ['ai-ml-engineer' as const, 'devops-engineer' as const] };
const offer = SAMPLE_OFFER;
const link =
  '/?roles=ai-ml-engineer,devops-engineer&offer=150000&offerBonus=15000&offerStock=200000&offerSignOn=20000&counter=90';

describe('an offer package on the cards', () => {
  it('places each part, the yearly total and the counter, and says which shares are assumed', async () => {
    renderApp(link);
    for (const roleId of scenario.roles) {
      const card = await screen.findByTestId(`estimate-${roleId}`);
      const check = checkOffer(offer, estimateRole(scenario, dataset, roleId), 90);
      const base = await within(card).findByTestId('offer-position');
      expect(dataValue(base)).toBe(check.base!.percentile);
      expect(base).toHaveTextContent(standingText('base', check.base!.percentile));
      // The role bonus shares are assumptions in the data: the card says so instead of a percentile.
      const bonus = within(card).getByTestId('offer-bonus-position');
      expect(bonus).toHaveAttribute('data-kind', 'assumed');
      expect(bonus).not.toHaveAttribute('data-value');
      expect(bonus).toHaveTextContent(/no percentile, as this role’s bonus share \(0–8%/);

      const stock = within(card).getByTestId('offer-stock-position');
      expect(stock).toHaveTextContent('$200,000 over 4 years');
      expect(stock).toHaveAttribute('data-kind', check.stock!.place.kind);
      expect(within(card).getByTestId('offer-signon')).toHaveTextContent('$20,000, paid once');
      expect(dataValue(within(card).getByTestId('offer-package-total'))).toBe(150000 + 15000 + 50000);
      expect(within(card).getByTestId('offer-total-position')).toHaveTextContent(
        'base + bonus + stock a year',
      );

      const counter = within(card).getByTestId('offer-counter');
      expect(dataValue(counter)).toBe(check.counter!.base.annualUsd);
      expect(dataValue(counter, 'data-percentile')).toBe(90);
      expect(counter).toHaveTextContent(`base ${formatPay(check.counter!.base.annualUsd, 'annual')} a year`);
      expect(counter).toHaveTextContent('the 90th percentile');
    }
    // The AI/ML stock share is sourced (10–30% of total): a percentile; DevOps borrows it: an assumption.
    const aiml = screen.getByTestId('estimate-ai-ml-engineer');
    const aimlStock = within(aiml).getByTestId('offer-stock-position');
    expect(aimlStock).toHaveAttribute('data-kind', 'placed');
    const expected = checkOffer(offer, estimateRole(scenario, dataset, 'ai-ml-engineer'), 90).stock!.place;
    expect(expected.kind === 'placed' && dataValue(aimlStock)).toBe(
      expected.kind === 'placed' && expected.percentile,
    );
    expect(aimlStock).toHaveTextContent(standingText('stock', dataValue(aimlStock)));
    expect(
      within(screen.getByTestId('estimate-devops-engineer')).getByTestId('offer-stock-position'),
    ).toHaveAttribute('data-kind', 'assumed');
  });

  it('lets a typed total win over the parts and says what the parts add up to', async () => {
    renderApp(`${link}&offerTotal=230000`);
    const card = await screen.findByTestId('estimate-ai-ml-engineer');
    expect(dataValue(await within(card).findByTestId('offer-package-total'))).toBe(230000);
    expect(within(card).getByTestId('offer-total-position')).toHaveTextContent(
      'as you typed it; the parts add up to $215,000 a year',
    );
  });
});

describe('the offer fields', () => {
  it('write every part into the link as it is typed, one stock form at a time', async () => {
    const { user, search } = renderApp('/');
    await screen.findByTestId('estimate-devops-engineer');
    await user.type(await screen.findByLabelText('Offer: base salary'), '140000');
    await user.type(screen.getByLabelText('Offer: annual bonus (target)'), '12000');
    await user.click(screen.getByRole('radio', { name: 'A value a year' }));
    await user.type(screen.getByLabelText('Offer: stock per year'), '30000');
    await user.type(screen.getByLabelText('Offer: sign-on bonus (one-time)'), '10000');
    await user.selectOptions(screen.getByLabelText('Counter-offer at'), '65');
    await waitFor(() =>
      expect(search()).toBe(
        'offer=140000&offerBonus=12000&offerStockYear=30000&offerSignOn=10000&counter=65',
      ),
    );
    const card = screen.getByTestId('estimate-devops-engineer');
    expect(dataValue(await within(card).findByTestId('offer-package-total'))).toBe(140000 + 12000 + 30000);

    // Choosing a grant drops the value a year: the link holds one stock figure.
    await user.click(screen.getByRole('radio', { name: 'A grant' }));
    await user.type(screen.getByLabelText('Offer: stock grant (total)'), '90000');
    await user.selectOptions(screen.getByLabelText('Vesting years'), '3');
    await waitFor(() =>
      expect(search()).toBe(
        'offer=140000&offerBonus=12000&offerStock=90000&offerVest=3&offerSignOn=10000&counter=65',
      ),
    );
    expect(dataValue(within(card).getByTestId('offer-package-total'))).toBe(140000 + 12000 + 30000);
  });

  it('refuses a malformed part with a message, and asks for the base when only parts are given', async () => {
    const { user } = renderApp('/?offerBonus=15000');
    const base = await screen.findByLabelText('Offer: base salary');
    expect(base).toHaveAccessibleDescription(/Enter the base salary too/);
    const card = await screen.findByTestId('estimate-devops-engineer');
    expect(await within(card).findByText(/Add the offer’s base salary/)).toBeInTheDocument();
    expect(within(card).queryByTestId('offer-bonus-position')).toBeNull();

    const signOn = screen.getByLabelText('Offer: sign-on bonus (one-time)');
    await user.type(signOn, '5k');
    expect(signOn).toHaveAttribute('aria-invalid', 'true');
    expect(signOn).toHaveAccessibleDescription('Enter whole dollars, for example 20000.');
    const bonus = screen.getByLabelText('Offer: annual bonus (target)');
    await user.clear(bonus);
    await user.type(bonus, 'lots');
    expect(bonus).toHaveAccessibleDescription('Enter whole dollars a year, for example 15000.');
  });
});
