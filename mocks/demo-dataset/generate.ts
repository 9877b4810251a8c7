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
import { randomStream, hashSeed } from './random';
import {
  DEMO_FIRST_DAY,
  DEMO_LAST_DAY,
  DEMO_SEED,
  MEAN_DAILY_INFLOW,
  PIBC_STOCK_ANCHORS,
  PLANNED_SERIES,
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

  return {
    flows: { firstDay, lastDay, series },
    pibcStock: generatePibcStock(firstDayNumber, days, seed),
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
 * PIBC's closing stock: a level that drifts between the two published points, high after the
 * main harvest and low in the lean season, with a peak placed on the reported day in 2024.
 */
function generatePibcStock(firstDayNumber: number, days: number, seed: number): DemoStock {
  const random = randomStream(hashSeed(`${seed}:pibc-stock`));
  const { october2021, peak2024 } = PIBC_STOCK_ANCHORS;
  const octDay = toDayNumber(october2021.on);
  const peakDay = toDayNumber(peak2024.on);
  const values = new Float64Array(days);
  let wander = 0;
  const raw = (i: number, noise: number) => {
    const day = firstDayNumber + i;
    const dayOfYear = day - toDayNumber(`${addDays('1970-01-01', day).slice(0, 4)}-01-01`);
    const seasonal = 3200 * Math.cos((2 * Math.PI * (dayOfYear - 125)) / 365.25);
    const trend = 36500 + (day - octDay) * 0.4;
    return trend + seasonal + noise;
  };
  const noises = new Float64Array(days);
  for (let i = 0; i < days; i++) {
    wander = 0.97 * wander + 180 * random.normal();
    noises[i] = wander;
  }
  // Shift the level so the October 2021 day matches the published stock exactly…
  const octIndex = octDay - firstDayNumber;
  const octOffset = october2021.tonnes - raw(octIndex, noises[octIndex] ?? 0);
  // …then add a three-week bump that lifts 2 May 2024 to its published peak.
  const peakIndex = peakDay - firstDayNumber;
  const bumpHeight = peak2024.tonnes - (raw(peakIndex, noises[peakIndex] ?? 0) + octOffset);
  for (let i = 0; i < days; i++) {
    const distance = i - peakIndex;
    const bump = bumpHeight * Math.exp(-((distance / 12) ** 2));
    // Near the peak the noise fades so that the reported day stays the year's highest.
    const noiseWeight = Math.min(1, Math.abs(distance) / 20);
    values[i] = Math.round(
      raw(i, (noises[i] ?? 0) * (Math.abs(distance) < 40 ? noiseWeight : 1)) + octOffset + bump,
    );
  }
  values[peakIndex] = peak2024.tonnes;
  return {
    firstDay: addDays('1970-01-01', firstDayNumber),
    lastDay: addDays('1970-01-01', firstDayNumber + days - 1),
    values,
    sourceIds: [october2021.sourceId, peak2024.sourceId, 'demo-model'],
  };
}
