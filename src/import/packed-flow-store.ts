// A FlowStore in a form that crosses threads and goes into IndexedDB cheaply: every series' daily
// values side by side in one ArrayBuffer (transferred, not copied, from the worker) and a small
// list describing the series. Unpacking makes Float64Array views onto the buffer, no copy.
import { fromDayNumber, toDayNumber, type IsoDate } from '../domain/calendar-date';
import type { CommodityCode } from '../domain/commodity';
import type { DataStatus } from '../domain/data-status';
import type { FlowStore } from '../domain/flow-store';

export interface PackedSeries {
  origin: string;
  commodity: CommodityCode;
  entryPoint: string;
  status: DataStatus;
  sourceIds: string[];
}

export interface PackedFlowStore {
  firstDay: IsoDate;
  lastDay: IsoDate;
  dayCount: number;
  series: PackedSeries[];
  /** Float64 values, series after series, dayCount each; NaN = not reported. */
  values: ArrayBuffer;
}

/** A source named in the file's "source" column, listed with the reference sources. */
export interface ImportedSource {
  id: string;
  title: string;
}

export function unpackFlowStore(packed: PackedFlowStore): FlowStore {
  checkPackedFlowStore(packed);
  return {
    firstDay: packed.firstDay,
    lastDay: packed.lastDay,
    series: packed.series.map((series, index) => ({
      ...series,
      values: new Float64Array(packed.values, index * packed.dayCount * 8, packed.dayCount),
    })),
  };
}

/** Data read back from storage may be from an older version or damaged; fail loudly, not later. */
export function checkPackedFlowStore(packed: PackedFlowStore): void {
  const expectedDays = toDayNumber(packed.lastDay) - toDayNumber(packed.firstDay) + 1;
  if (packed.dayCount !== expectedDays || fromDayNumber(toDayNumber(packed.firstDay)) !== packed.firstDay) {
    throw new Error(
      `Stored flows cover ${packed.firstDay}–${packed.lastDay} but hold ${packed.dayCount} days`,
    );
  }
  // Not `instanceof`: a buffer read back from storage may belong to another realm.
  const isBuffer = Object.prototype.toString.call(packed.values) === '[object ArrayBuffer]';
  if (!isBuffer || packed.values.byteLength !== packed.series.length * packed.dayCount * 8) {
    throw new Error('Stored flow values do not match their series');
  }
}
