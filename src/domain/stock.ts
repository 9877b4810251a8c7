import { addDays, toDayNumber, type IsoDate } from './calendar-date';
import { nextPeriodStart, periodStarts, type DateRange, type Granularity } from './period';

export interface DailyStock {
  firstDay: IsoDate;
  lastDay: IsoDate;
  /** Closing stock in tonnes per day; NaN when not reported. */
  values: Float64Array;
}

export interface ClosingStock {
  period: IsoDate;
  closingTonnes: number | null;
}

/** The stock at the end of each period: the last reported day inside both period and range. */
export function closingStockByPeriod(
  stock: DailyStock,
  range: DateRange,
  granularity: Granularity,
): ClosingStock[] {
  const first = toDayNumber(stock.firstDay);
  const last = toDayNumber(stock.lastDay);
  const rangeFrom = toDayNumber(range.from);
  return periodStarts(range, granularity).map((start) => {
    const periodEnd = Math.min(
      toDayNumber(addDays(nextPeriodStart(start, granularity), -1)),
      toDayNumber(range.to),
      last,
    );
    const periodFirst = Math.max(toDayNumber(start), rangeFrom, first);
    for (let day = periodEnd; day >= periodFirst; day--) {
      const value = stock.values[day - first];
      if (value !== undefined && !Number.isNaN(value)) return { period: start, closingTonnes: value };
    }
    return { period: start, closingTonnes: null };
  });
}

/** Days of consumption the stock would last. */
export function stockCoverDays(stockTonnes: number, dailyConsumptionTonnes: number): number {
  return stockTonnes / dailyConsumptionTonnes;
}
