import { formatUsd, ROUND_TO, roundingRule } from '../../lib/format';
import { growthAfter, growthStopsAt } from '../../model/band';
import type { Dataset } from '../../model/dataset';
import { LEVEL_IDS } from '../../model/domain';

/**
 * How an estimate is made, in plain words, with the numbers read from the data: the same account as
 * the README's "How estimates are made".
 */
export function ModelExplained({ dataset }: { dataset: Dataset }) {
  const { bandPercentiles, levels, levelShape } = dataset.index;
  const anchors = levels.map((l) => `${l.label.toLowerCase()} at ${l.anchorYears.value}`).join(', ');
  const last = levels[levels.length - 1];
  const lastAnchor = last?.anchorYears.value ?? 10;
  const stopsAt = growthStopsAt(dataset);
  const growthAt20 = growthAfter(dataset, lastAnchor, 20);
  const weight = dataset.modifiers.stacking.weight.value;
  const margin = dataset.modifiers.stacking.marginPercent.value;
  const shapeRoles = levelShape.from.map((id) => dataset.index.roles.get(id)?.title ?? id).join(', ');
  const shape = LEVEL_IDS.map((l) => `${l} ${levelShape.ratioToMid[l].toFixed(2)}×`).join(', ');
  const blsMedian = dataset.benchmarks.bls.percentiles.find((p) => p.percentile === 50)?.annualUsd.value;
  return (
    <>
      <ol className="formula-steps">
        <li>
          <strong>A distribution, not a product of extremes.</strong>{' '}
          {dataset.roles.bandPercentiles.low.assumption} Pay is taken as log-normal (skewed, with premiums
          acting as percentages). The typical figure is the median; low and high are the {bandPercentiles.low}
          th and {bandPercentiles.high}th percentiles of the same distribution, and an offer’s percentile is
          read off it too. Where two sources give a band for the same level, both count equally: the median is
          their geometric mean and the spread includes the gap between them.
        </li>
        <li>
          <strong>Experience.</strong> A level’s distribution holds exactly at its anchor year ({anchors}{' '}
          years); between anchors the median moves in a straight line on a log scale, so there is no jump
          between 6 and 7 years, and pay never falls. Before the first anchor the entry band holds. After{' '}
          {lastAnchor} years pay keeps rising at the slower rate of the Levels.fyi medians by years of
          experience (+{Math.round((growthAt20 - 1) * 100)}% by 20 years)
          {stopsAt !== null && (
            <>
              ; from {stopsAt} years on it is flat, because those figures stop rising there (their 20+ bucket
              is below their 15–19 bucket)
            </>
          )}
          . The card names the band it stands on, and says when it is between two.
        </li>
        <li>
          <strong>Derived bands.</strong> MLOps Engineer and Machine Learning Engineer have only a
          whole-career range, and AI Engineer only words. Their levels take the shape of the roles whose
          sources give bands by level ({shapeRoles}): each level’s median relative to mid level ({shape}), and
          each level’s spread. A whole-career range is placed with its geometric midpoint as the mid-level
          median; for DevOps, the one role with both, Qoollege’s range ($76k–$168k, midpoint $113k) and the
          level bands’ mid median ($115k) agree within 2%. AI Engineer is ML Engineer raised by the stated
          percentage at each level. Each derived band is marked “derived” on the card.
        </li>
        <li>
          <strong>Employer and location.</strong> Location multiplies the median by the metro’s median pay ÷
          the national median (BLS OEWS May 2024; for metros not in that extract, the DOL OFLC level-3 wage ÷
          the 40-metro median, marked as such). An employer type moves the median by the middle of its stated
          range, for the roles a source names; where a source says one role is paid like another there
          (“DevOps can match or exceed AI/ML pay in finance”), the role’s median is raised to the other’s. The
          uncertainty of a stated range (any value in it equally likely) adds to the band’s spread as an
          independent error, in quadrature on a log scale, so a range does not balloon as choices stack.
        </li>
        <li>
          <strong>Premiums overlap.</strong> {dataset.modifiers.stacking.weight.assumption}{' '}
          {dataset.modifiers.stacking.marginPercent.assumption} In numbers: {Math.round(weight * 100)}% for
          the second, {Math.round(weight * weight * 100)}% for the third, a cap of the largest high end plus{' '}
          {margin} points. A role’s defining education or skill (a master’s for ML Engineer, MLOps for an
          MLOps Engineer) adds nothing to that role, and a higher degree adds only its premium over the
          defining one.
        </li>
        <li>
          <strong>Bonus and equity.</strong> Each role’s equity and bonus are a share of total compensation;
          some employer types state their own (equity worth a share of base, a different bonus share). Total =
          base × (1 + equity as a share of base) ÷ (1 − equity share − bonus share), and the uncertainty of
          the shares adds to the spread of total pay.
        </li>
        <li>
          <strong>Contract rates.</strong> Only DevOps and AI/ML have a sourced contract rate; it moves with
          location only, not with experience, employer or premiums. Roles without one say so.
        </li>
        <li>
          <strong>Placed among public figures.</strong> Every card says where its typical base sits among all
          US software developers in the chosen location: BLS OEWS May 2024 percentiles (national median{' '}
          {blsMedian !== undefined ? formatUsd(blsMedian) : 'not given'}), scaled by the location’s ratio,
          measuring wages without stock. Stack Overflow 2023 medians (self-reported pay) stand beside it where
          the survey covers the role.
        </li>
        <li>
          <strong>Beyond the sources, said out loud.</strong> When a base figure is above the highest figure
          any source gives for its role, level and location (the location’s ratio or the articles’ premium,
          whichever is higher), it carries a † and the reason.
        </li>
        <li>
          <strong>Rounded as the sources are.</strong> {roundingRule('annual')} Monthly figures are rounded to{' '}
          {formatUsd(ROUND_TO.monthly)} and hourly ones to {formatUsd(ROUND_TO.hourly)}; a figure quoted from
          a source, or an offer you type, is shown as given.
        </li>
        <li>
          <strong>Every article claim as a check.</strong> Each relative claim the articles make is checked
          against the engine in the table below.
        </li>
      </ol>
      <p className="formula-equation">
        <code>median base = market median(role, years) × location × employer × premiums (stacked)</code>
      </p>
      <p className="formula-equation">
        <code>
          spread = √(band² + employer² + premium₁² + …) on a log scale; low, high = 25th, 75th percentile
        </code>
      </p>
      <p className="formula-equation">
        <code>total = base × (1 + equity share of base) ÷ (1 − equity share − bonus share)</code>
      </p>
      <p>
        These are estimates from a handful of sources, not offers. Use the ranges and the sources to ask
        better questions.
      </p>
    </>
  );
}
