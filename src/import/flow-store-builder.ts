// Turns the accepted rows into daily series: one Float64Array per (origin, commodity form, entry
// point) over the file's whole day range, all in one buffer. A row for a day its series already
// has is a duplicate: the first one in the file is kept and the later one reported.
import { fromDayNumber } from '../domain/calendar-date';
import type { FlowRowChecker } from './flow-rows';
import { statusAt } from './flow-rows';
import { type FileProblem, type Rejection } from './import-report';
import type { ImportColumn } from './import-columns';
import type { PackedFlowStore, PackedSeries } from './packed-flow-store';

/** 20 million days of series (160 MB): more would strain a browser tab and its storage. */
export const DEFAULT_MAX_CELLS = 20_000_000;

export interface BuiltFlows {
  packed: PackedFlowStore;
  acceptedRows: number;
  duplicateCount: number;
  /** The first duplicates (at most `cap`), in line order. */
  duplicates: Rejection[];
  origins: string[];
}

export interface BuildOptions {
  maxCells: number;
  cap: number;
  headerText: Record<ImportColumn, string | null>;
  /** Given to series whose rows name no source, so every figure points somewhere. */
  fileSourceId: string;
}

export function buildPackedFlowStore(
  checker: FlowRowChecker,
  { maxCells, cap, headerText, fileSourceId }: BuildOptions,
): BuiltFlows | { problem: FileProblem } | null {
  const { rows, keys } = checker;
  if (rows.length === 0) return null;
  const firstDay = checker.minDay;
  const dayCount = checker.maxDay - firstDay + 1;
  const seriesCount = keys.count;
  if (seriesCount * dayCount > maxCells) {
    return {
      problem: {
        kind: 'too-large',
        seriesCount,
        dayCount,
        maxCells,
        firstDate: fromDayNumber(checker.minDay),
        firstDateLine: checker.minDayLine,
        lastDate: fromDayNumber(checker.maxDay),
        lastDateLine: checker.maxDayLine,
      },
    };
  }

  const values = new Float64Array(seriesCount * dayCount).fill(Number.NaN);
  const filled = new Uint8Array(seriesCount * dayCount);
  const weakestStatus = new Uint8Array(seriesCount);
  const sourcesOf: Set<number>[] = Array.from({ length: seriesCount }, () => new Set<number>());
  const lastSourceOf = new Int32Array(seriesCount).fill(-2);
  /** The first duplicates (at most `cap`): their series, day and line. */
  const duplicateRows: { series: number; day: number; line: number }[] = [];
  let duplicateCount = 0;

  // Chunk after chunk, in file order: the first row of a cell is kept, a later one is a duplicate.
  for (const chunk of rows.chunks()) {
    for (let i = 0; i < chunk.length; i++) {
      const series = chunk.series[i] ?? 0;
      const day = chunk.day[i] ?? 0;
      const cell = series * dayCount + (day - firstDay);
      if (filled[cell]) {
        duplicateCount++;
        if (duplicateRows.length < cap) duplicateRows.push({ series, day, line: chunk.line[i] ?? 0 });
        continue;
      }
      filled[cell] = 1;
      values[cell] = chunk.tonnes[i] ?? Number.NaN;
      const status = chunk.status[i] ?? 0;
      if (status > (weakestStatus[series] ?? 0)) weakestStatus[series] = status;
      const source = chunk.source[i] ?? -1;
      if (source !== lastSourceOf[series]) {
        lastSourceOf[series] = source;
        sourcesOf[series]?.add(source);
      }
    }
  }

  const duplicates = describeDuplicates(checker, duplicateRows, dayCount, firstDay, headerText);
  const series: PackedSeries[] = [];
  const origins = new Set<string>();
  for (let s = 0; s < seriesCount; s++) {
    const origin = checker.originCodes[keys.origin[s] ?? 0] ?? '';
    origins.add(origin);
    // Days whose row named no source point to the file itself.
    const sourceIds = [...(sourcesOf[s] ?? [])].map((index) =>
      index >= 0 ? (checker.sources.ids[index] ?? fileSourceId) : fileSourceId,
    );
    series.push({
      origin,
      commodity: checker.commodityCodes[keys.commodity[s] ?? 0] ?? 'rice-milled',
      entryPoint: checker.entryPointCodes[keys.entryPoint[s] ?? 0] ?? '',
      status: statusAt(weakestStatus[s] ?? 0),
      sourceIds: [...new Set(sourceIds)].sort(),
    });
  }

  return {
    packed: {
      firstDay: fromDayNumber(firstDay),
      lastDay: fromDayNumber(checker.maxDay),
      dayCount,
      series,
      values: values.buffer,
    },
    acceptedRows: rows.length - duplicateCount,
    duplicateCount,
    duplicates,
    origins: [...origins].sort(),
  };
}

function describeDuplicates(
  checker: FlowRowChecker,
  duplicateRows: readonly { series: number; day: number; line: number }[],
  dayCount: number,
  firstDay: number,
  headerText: Record<ImportColumn, string | null>,
): Rejection[] {
  if (duplicateRows.length === 0) return [];
  const cellOf = (series: number, day: number) => series * dayCount + (day - firstDay);
  // The line each duplicated cell was first given on: one more pass, only over what is needed.
  const firstLine = new Map<number, number>(duplicateRows.map((d) => [cellOf(d.series, d.day), 0]));
  for (const chunk of checker.rows.chunks()) {
    for (let i = 0; i < chunk.length; i++) {
      const cell = cellOf(chunk.series[i] ?? 0, chunk.day[i] ?? 0);
      if (firstLine.get(cell) === 0) firstLine.set(cell, chunk.line[i] ?? 0);
    }
  }
  const keyColumns = (['date', 'origin', 'commodity', 'entry_point'] as const)
    .map((column) => headerText[column] ?? column)
    .join(', ');
  return duplicateRows.map(({ series, day, line }) => ({
    line,
    column: keyColumns,
    reason: 'duplicate',
    value: [
      fromDayNumber(day),
      checker.originCodes[checker.keys.origin[series] ?? 0],
      checker.commodityCodes[checker.keys.commodity[series] ?? 0],
      checker.entryPointCodes[checker.keys.entryPoint[series] ?? 0],
    ].join(', '),
    expected: String(firstLine.get(cellOf(series, day)) ?? ''),
  }));
}
