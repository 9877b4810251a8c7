import { describe, expect, it } from 'vitest';
import { DEFAULT_ALERT_THRESHOLDS, mergeConsecutive, type Alert } from '../../../src/domain/alerts';
import { addDays } from '../../../src/domain/calendar-date';
import { COMMODITY_GROUPS } from '../../../src/domain/commodity';
import { lookBackRange, overviewAlerts, type OverviewAlertInput } from '../../../src/domain/overview-alerts';
import { resolvePeriod } from '../../../src/domain/period-preset';
import { seasonalNorm, dailySeries } from '../../../src/domain/seasonal-norm';
import { demoApi } from '../../helpers/demo-api';

const api = demoApi();
const coverage = api.dataset.meta.coverage;

function demoInput(year: number): OverviewAlertInput {
  const { range } = resolvePeriod(`y${year}`, coverage);
  const back = lookBackRange(range, coverage.from);
  return {
    range,
    groups: COMMODITY_GROUPS,
    dailyByGroup: api.flows({ from: back.from, to: back.to, granularity: 'day', groupBy: 'group' }).rows,
    monthlyByFormAndOrigin: api.flows({
      from: range.from,
      to: range.to,
      granularity: 'month',
      groupBy: 'commodity,origin',
    }).rows,
    weeklyStock: api.stocks({ from: range.from, to: range.to, granularity: 'week', entryPoint: 'PIBC' }).rows,
    riceConsumptionTonnesPerDay: 2866,
    thresholds: DEFAULT_ALERT_THRESHOLDS,
  };
}

// The Mondays of the weeks holding Idul Fitri 2023–2026 (22 Apr 2023, 10 Apr 2024, 31 Mar 2025, 21 Mar 2026).
const LEBARAN_WEEKS = {
  2023: '2023-04-17',
  2024: '2024-04-08',
  2025: '2025-03-31',
  2026: '2026-03-16',
} as const;

describe('alerts on the demo data', () => {
  it.each(Object.entries(LEBARAN_WEEKS))(
    'raise no below-norm alert in the Lebaran week of %s',
    (year, week) => {
      const input = demoInput(Number(year));
      const { alerts } = overviewAlerts(input);
      expect(alerts.filter((alert) => alert.kind === 'below-norm')).toEqual([]);
      // The week is compared with the Lebaran weeks of the three years before, all of them found.
      for (const group of COMMODITY_GROUPS) {
        const series = dailySeries(input.dailyByGroup.filter((row) => row.group === group));
        const norm = seasonalNorm(series, { from: week, to: addDays(week, 6) }, 3);
        expect(norm.alignment).toBe('lebaran');
        expect(norm.yearsFound).toBe(3);
      }
    },
  );

  it('compare the 2024 Lebaran week with 2023 on the days both can be compared', () => {
    // Rice, 8–14 April 2024 (Lebaran on Wednesday 10 April) against 20–26 April 2023 (Lebaran on
    // Saturday 22 April), from the demo's daily tonnes: 1,795 594 0 384 1,526 3,171 [Sun 401]
    // against 1,840 654 0 [Sun 403] 1,585 3,241 5,380. Leaving out both Sundays' pairs (days 3 and
    // 6): 7,086 t against 7,319 t, −3.2 %. Whole weeks (7,871 t against 13,103 t) would read −40 %.
    const input = demoInput(2024);
    const series = dailySeries(input.dailyByGroup.filter((row) => row.group === 'rice'));
    const norm = seasonalNorm(series, { from: '2024-04-08', to: '2024-04-14' }, 1);
    expect(norm.windows).toEqual([{ from: '2023-04-20', to: '2023-04-26' }]);
    expect(norm.comparableDays).toBe(5);
    expect((norm.observedRatePerDay ?? 0) / (norm.ratePerDay ?? 1) - 1).toBeCloseTo(7086 / 7319 - 1, 3);
  });

  it('do not assess the three days of the last week of 2025', () => {
    const { alerts, partialWeeks } = overviewAlerts(demoInput(2025));
    expect(partialWeeks).toEqual(['2024-12-30', '2025-12-29']);
    expect(alerts.some((alert) => alert.date === '2025-12-29' || alert.date === '2024-12-30')).toBe(false);
  });

  it('raise one alert for a real drop injected into the rice supply', () => {
    const input = demoInput(2025);
    const inWeek = (period: string) => period >= '2025-06-16' && period <= '2025-06-22';
    const weekTonnes = input.dailyByGroup
      .filter((row) => row.group === 'rice' && inWeek(row.period))
      .reduce((sum, row) => sum + (row.tonnes ?? 0), 0);
    const dropped = input.dailyByGroup.map((row) =>
      row.group === 'rice' && inWeek(row.period) ? { ...row, tonnes: (row.tonnes ?? 0) * 0.6 } : row,
    );
    const belowNorm = overviewAlerts({ ...input, dailyByGroup: dropped }).alerts.filter(
      (alert) => alert.kind === 'below-norm',
    );
    expect(belowNorm).toHaveLength(1);
    expect(belowNorm[0]).toMatchObject({ date: '2025-06-16', group: 'rice', granularity: 'week' });
    expect(belowNorm[0]?.value).toBeCloseTo(weekTonnes * 0.6, 6);
    expect(belowNorm[0]?.norm).toMatchObject({ yearsFound: 3, yearsRequested: 3, alignment: 'calendar' });
  });

  it('run the one-origin alert per commodity form, so imported beef and buffalo meat show', () => {
    const shares = overviewAlerts(demoInput(2025)).alerts.filter((alert) => alert.kind === 'origin-share');
    expect(
      shares.map((alert) => [alert.group, alert.origin, alert.date, alert.until, alert.periods]),
    ).toEqual(
      expect.arrayContaining([
        ['meat-beef', 'AUS', '2025-01-01', '2025-12-01', 12],
        ['meat-buffalo', 'IND', '2025-01-01', '2025-12-01', 12],
      ]),
    );
  });
});

describe('mergeConsecutive', () => {
  const share = (date: string, value: number, origin = 'A'): Alert => ({
    date,
    granularity: 'month',
    group: 'meat-beef',
    kind: 'origin-share',
    value,
    threshold: 0.4,
    origin,
  });

  it('joins consecutive periods of the same alert and keeps the largest value', () => {
    const merged = mergeConsecutive([
      share('2025-02-01', 0.5),
      share('2025-01-01', 0.6),
      share('2025-03-01', 0.45),
      share('2025-05-01', 0.7),
      share('2025-01-01', 0.42, 'B'),
    ]);
    expect(merged).toEqual([
      { ...share('2025-01-01', 0.6), until: '2025-03-01', periods: 3 },
      share('2025-05-01', 0.7),
      share('2025-01-01', 0.42, 'B'),
    ]);
  });
});
