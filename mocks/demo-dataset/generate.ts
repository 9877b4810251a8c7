import {
  addDays,
  daysBetweenInclusive,
  fromDayNumber,
  toDayNumber,
  yearOf,
  type IsoDate,
} from '../../src/domain/calendar-date';
import { groupOf, type CommodityCode } from '../../src/domain/commodity';
import type { FlowSeries, FlowStore } from '../../src/domain/flow-store';
import { spreadAnnual } from '../../src/domain/production';
import type { OnwardSeries } from '../../src/local-api/local-api';
import { randomStream, hashSeed } from './random';
import {
  DEMO_FIRST_DAY,
  DEMO_LAST_DAY,
  DEMO_SEED,
  MEAN_DAILY_INFLOW,
  FISH_ONWARD,
  PIBC_ONWARD,
  PIBC_ONWARD_SOURCES,
  PIBC_STOCK_POINTS,
  PLANNED_SERIES,
  PRODUCTION_PLAN,
  type ShareAnchor,
} from './plan';
import { seasonalMultiplier } from './seasonality';

export interface DemoStock {
  firstDay: IsoDate;
  lastDay: IsoDate;
  /** Closing stock at PIBC, tonnes per day. */
  values: Float64Array;
  sourceIds: string[];
}

export interface DemoDataset {
  flows: FlowStore;
  pibcStock: DemoStock;
  onward: OnwardSeries[];
}

const RAMP_DAYS = 90;

/** Builds the whole demo dataset from the plan. Same seed, same numbers, on every run. */
export function generateDemoDataset(
  firstDay: IsoDate = DEMO_FIRST_DAY,
  lastDay: IsoDate = DEMO_LAST_DAY,
  seed: number = DEMO_SEED,
): DemoDataset {
  const days = daysBetweenInclusive(firstDay, lastDay);
  const firstDayNumber = toDayNumber(firstDay);
  const years = yearsOfDays(firstDayNumber, days);
  const seasonal = seasonalCurves(firstDayNumber, years);

  const series: FlowSeries[] = PLANNED_SERIES.map((plan) => {
    const random = randomStream(hashSeed(`${seed}:${plan.origin}:${plan.commodity}:${plan.entryPoint}`));
    const curve = seasonal.get(plan.commodity) ?? new Float64Array(days).fill(1);
    const values = new Float64Array(days);
    const startDay = plan.startsOn ? toDayNumber(plan.startsOn) : Number.NEGATIVE_INFINITY;
    const shareOn = shareTimeline(plan.share ?? 0);
    // Slow, persistent deviations (a lorry fleet, a harvest running late) plus day-to-day noise.
    let persistent = 0;
    const noiseSd = plan.status === 'synthetic' ? 0.12 : 0.06;
    for (let i = 0; i < days; i++) {
      persistent = 0.85 * persistent + 0.045 * random.normal();
      const daily = noiseSd * random.normal();
      const day = firstDayNumber + i;
      if (day < startDay) {
        values[i] = Number.NaN;
        continue;
      }
      const ramp = Number.isFinite(startDay) ? Math.min(1, (day - startDay + 1) / RAMP_DAYS) : 1;
      const base =
        plan.tonnesPerDay !== undefined
          ? plan.tonnesPerDay * (curve[i] ?? 1)
          : (MEAN_DAILY_INFLOW[plan.commodity][years[i] ?? 0] ?? 0) * (curve[i] ?? 1) * shareOn(day);
      // exp(x - σ²/2) has mean 1, so noise does not shift the calibrated means.
      const noise = Math.exp(persistent + daily - (noiseSd ** 2 + 0.045 ** 2 / (1 - 0.85 ** 2)) / 2);
      values[i] = Math.round(base * ramp * noise * 1000) / 1000;
    }
    return {
      origin: plan.origin,
      commodity: plan.commodity,
      entryPoint: plan.entryPoint,
      status: plan.status,
      sourceIds: plan.sourceIds,
      values,
    };
  });

  const flows: FlowStore = { firstDay, lastDay, series };
  return {
    flows,
    pibcStock: generatePibcStock(firstDayNumber, days, seed),
    onward: generateOnward(flows, firstDayNumber, days),
  };
}

/** A series' share of its commodity on any day: fixed, or linear between anchors and flat beyond them. */
function shareTimeline(share: number | ShareAnchor[]): (day: number) => number {
  if (typeof share === 'number') return () => share;
  const anchors = share.map((a) => ({ day: toDayNumber(a.on), share: a.share }));
  return (day) => {
    const first = anchors[0];
    const last = anchors[anchors.length - 1];
    if (!first || !last) return 0;
    if (day <= first.day) return first.share;
    if (day >= last.day) return last.share;
    for (let i = 1; i < anchors.length; i++) {
      const a = anchors[i - 1];
      const b = anchors[i];
      if (a && b && day <= b.day) return a.share + ((b.share - a.share) * (day - a.day)) / (b.day - a.day);
    }
    return last.share;
  };
}

function yearsOfDays(firstDayNumber: number, days: number): Int16Array {
  const years = new Int16Array(days);
  for (let i = 0; i < days; i++) years[i] = yearOf(fromDayNumber(firstDayNumber + i));
  return years;
}

/** Seasonal multipliers per commodity, normalised so each calendar year averages exactly 1. */
function seasonalCurves(firstDayNumber: number, years: Int16Array): Map<CommodityCode, Float64Array> {
  const days = years.length;
  const curves = new Map<CommodityCode, Float64Array>();
  for (const commodity of Object.keys(MEAN_DAILY_INFLOW) as CommodityCode[]) {
    const curve = new Float64Array(days);
    const yearSums = new Map<number, { sum: number; count: number }>();
    for (let i = 0; i < days; i++) {
      const day = firstDayNumber + i;
      const value = seasonalMultiplier(groupOf(commodity), commodity === 'fish-marine', day);
      curve[i] = value;
      const year = years[i] ?? 0;
      const entry = yearSums.get(year) ?? { sum: 0, count: 0 };
      entry.sum += value;
      entry.count += 1;
      yearSums.set(year, entry);
    }
    for (let i = 0; i < days; i++) {
      const entry = yearSums.get(years[i] ?? 0);
      curve[i] = (curve[i] ?? 0) / (entry ? entry.sum / entry.count : 1);
    }
    curves.set(commodity, curve);
  }
  return curves;
}

/**
 * PIBC's closing stock: a level that drifts, high after the main harvest and low in the lean
 * season, passing exactly through the published days (a smooth bump or dip around each, with the
 * noise faded nearby so the published day stays the local extreme).
 */
function generatePibcStock(firstDayNumber: number, days: number, seed: number): DemoStock {
  const random = randomStream(hashSeed(`${seed}:pibc-stock`));
  const values = new Float64Array(days);
  const points = PIBC_STOCK_POINTS.map((point) => ({
    ...point,
    index: toDayNumber(point.on) - firstDayNumber,
  }));
  let wander = 0;
  for (let i = 0; i < days; i++) {
    wander = 0.97 * wander + 180 * random.normal();
    const day = firstDayNumber + i;
    const dayOfYear = day - toDayNumber(`${addDays('1970-01-01', day).slice(0, 4)}-01-01`);
    const seasonal = 3200 * Math.cos((2 * Math.PI * (dayOfYear - 125)) / 365.25);
    const trend = 36500 + (day - toDayNumber('2021-10-07')) * 0.4;
    const fade = Math.min(1, ...points.map((point) => Math.abs(i - point.index) / (2 * point.width)));
    values[i] = trend + seasonal + wander * fade;
  }
  for (const point of points) {
    if (point.index < 0 || point.index >= days) continue;
    const height = point.tonnes - (values[point.index] ?? 0);
    for (let i = 0; i < days; i++)
      values[i] = (values[i] ?? 0) + height * Math.exp(-(((i - point.index) / point.width) ** 2));
  }
  for (let i = 0; i < days; i++) values[i] = Math.round(values[i] ?? 0);
  for (const point of points) if (point.index >= 0 && point.index < days) values[point.index] = point.tonnes;
  return {
    firstDay: addDays('1970-01-01', firstDayNumber),
    lastDay: addDays('1970-01-01', firstDayNumber + days - 1),
    values,
    sourceIds: [...points.map((point) => point.sourceId), 'demo-model'],
  };
}

/**
 * Onward outflow. From PIBC: each destination's published share of what leaves the market,
 * taken as the week's mean inflow (traders ship out steadily; Sundays' low arrivals are not
 * Sundays' low dispatch). From the fishing ports: fixed shares of what is landed and trucked in.
 * Elsewhere the model assumes nothing leaves (zero, not "not reported").
 */
function generateOnward(flows: FlowStore, firstDayNumber: number, days: number): OnwardSeries[] {
  const firstDay = flows.firstDay;
  const sumOf = (keep: (series: FlowSeries) => boolean) => {
    const total = new Float64Array(days);
    for (const series of flows.series.filter(keep)) {
      for (let i = 0; i < days; i++) {
        const value = series.values[i] ?? Number.NaN;
        if (!Number.isNaN(value)) total[i] = (total[i] ?? 0) + value;
      }
    }
    return total;
  };
  const pibc = sumOf((series) => series.entryPoint === 'PIBC');
  const weekly = new Float64Array(days);
  for (let i = 0; i < days; i++) {
    let sum = 0;
    let count = 0;
    for (let j = Math.max(0, i - 3); j <= Math.min(days - 1, i + 3); j++) {
      sum += pibc[j] ?? 0;
      count++;
    }
    weekly[i] = sum / count;
  }
  const rice = (Object.keys(PIBC_ONWARD) as (keyof typeof PIBC_ONWARD)[]).map((destination): OnwardSeries => {
    const share = shareTimeline(PIBC_ONWARD[destination]);
    const values = new Float64Array(days);
    for (let i = 0; i < days; i++)
      values[i] = Math.round((weekly[i] ?? 0) * share(firstDayNumber + i) * 1000) / 1000;
    return {
      commodity: 'rice-milled',
      destination,
      status: 'estimated',
      sourceIds: PIBC_ONWARD_SOURCES,
      firstDay,
      values,
    };
  });

  const portFish = sumOf(
    (series) =>
      series.commodity === 'fish-marine' &&
      (series.entryPoint === 'PPS-NIZAM-ZACHMAN' || series.entryPoint === 'PPI-MUARA-ANGKE'),
  );
  const landedPlan = PRODUCTION_PLAN.find(
    (plan) => plan.commodity === 'fish-marine' && plan.kind === 'landed',
  );
  const landed = spreadAnnual(landedPlan?.annual ?? [], { from: firstDay, to: flows.lastDay }, 'day');
  const fish = (Object.keys(FISH_ONWARD) as (keyof typeof FISH_ONWARD)[]).map((destination): OnwardSeries => {
    const values = new Float64Array(days);
    for (let i = 0; i < days; i++) {
      const base = (portFish[i] ?? 0) + (landed[i]?.tonnes ?? 0);
      values[i] = Math.round(base * FISH_ONWARD[destination] * 1000) / 1000;
    }
    return {
      commodity: 'fish-marine',
      destination,
      status: 'estimated',
      sourceIds: ['demo-model'],
      firstDay,
      values,
    };
  });

  const none = (['meat-beef', 'meat-buffalo', 'meat-chicken', 'fish-freshwater'] as const).map(
    (commodity): OnwardSeries => ({
      commodity,
      destination: 'buffer-zone',
      status: 'estimated',
      sourceIds: ['demo-model'],
      firstDay,
      values: new Float64Array(days),
    }),
  );
  return [...rice, ...fish, ...none];
}
