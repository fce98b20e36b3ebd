import { memo } from 'react';
import { formatCount } from '../../lib/format';
import { HOURS_PER_YEAR, PERIODS, type Period } from '../../model/period';
import { useScenarioActions, useView } from '../../state/useScenario';

const PERIOD_LABEL: Record<Period, string> = { annual: 'Annual', monthly: 'Monthly', hourly: 'Hourly' };

/** Annual, monthly or hourly figures; the automated hooks stay annual. */
export function PeriodSwitch() {
  return <PeriodChoices period={useView().period} />;
}

/** memo: an address-bar write re-renders PeriodSwitch (it reads the view), not its three inputs. */
const PeriodChoices = memo(function PeriodChoices({ period }: { period: Period }) {
  const { changeView } = useScenarioActions();
  return (
    <fieldset className="period-switch">
      <legend>Show pay</legend>
      <div className="segmented">
        {PERIODS.map((p) => (
          <label key={p} className={p === period ? 'segmented__item segmented__item--on' : 'segmented__item'}>
            <input
              type="radio"
              name="period"
              value={p}
              checked={p === period}
              onChange={() => changeView({ period: p })}
            />
            {PERIOD_LABEL[p]}
          </label>
        ))}
      </div>
      <p className="hint">
        Monthly is annual ÷ 12; hourly is annual ÷ {formatCount(HOURS_PER_YEAR)} hours (40 a week, 52 weeks).
      </p>
    </fieldset>
  );
});
