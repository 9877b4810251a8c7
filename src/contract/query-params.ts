// Reading the query parameters of the contract: one set of rules and messages for every server
// of the API (the in-memory local API and the database server), so a bad request gets the same
// 400 answer, naming the same field, wherever it is sent.
import { isIsoDate, type IsoDate } from '../domain/calendar-date';
import {
  COMMODITY_GROUPS,
  expandCommoditySelection,
  isCommodityCode,
  isCommodityGroup,
  type CommodityCode,
  type CommodityGroup,
} from '../domain/commodity';
import { FLOW_DIMENSIONS, type FlowDimension } from '../domain/flow-store';
import { GRANULARITIES, type DateRange, type Granularity } from '../domain/period';

export type FieldError = { field: string; message: string };

export class BadRequest extends Error {
  constructor(
    readonly errors: FieldError[],
    readonly status = 400,
    readonly title = 'Invalid query parameters',
  ) {
    super(errors.map((e) => `${e.field}: ${e.message}`).join('; '));
  }
}

/** The destination a request without `destination` is about: DKI Jakarta. */
export const DEFAULT_DESTINATION = '31';

/** The stock series a request without `entryPoint` asks for. */
export const DEFAULT_STOCK_ENTRY_POINT = 'PIBC';

export function readRange(params: URLSearchParams): DateRange {
  const errors: FieldError[] = [];
  const read = (field: 'from' | 'to'): IsoDate => {
    const value = params.get(field);
    if (!value) errors.push({ field, message: 'required' });
    else if (!isIsoDate(value)) errors.push({ field, message: `"${value}" is not a date (YYYY-MM-DD)` });
    return value ?? '';
  };
  const from = read('from');
  const to = read('to');
  if (errors.length === 0 && from > to) errors.push({ field: 'to', message: 'must not be before "from"' });
  if (errors.length > 0) throw new BadRequest(errors);
  return { from, to };
}

export function readGranularity(params: URLSearchParams): Granularity {
  const value = params.get('granularity') ?? 'month';
  if (!(GRANULARITIES as readonly string[]).includes(value)) {
    throw new BadRequest([
      { field: 'granularity', message: `"${value}" is not one of ${GRANULARITIES.join(', ')}` },
    ]);
  }
  return value as Granularity;
}

function splitList(params: URLSearchParams, field: string): string[] | undefined {
  const raw = params.getAll(field).flatMap((v) => v.split(','));
  const values = raw.map((v) => v.trim()).filter(Boolean);
  return values.length > 0 ? values : undefined;
}

function readList<T extends string>(
  params: URLSearchParams,
  field: string,
  isValid: (v: string) => v is T,
): T[] | undefined {
  const values = splitList(params, field);
  if (!values) return undefined;
  const unknown = values.filter((v) => !isValid(v));
  if (unknown.length > 0)
    throw new BadRequest([{ field, message: `unknown value(s): ${unknown.join(', ')}` }]);
  return [...new Set(values)] as T[];
}

export function readGroupBy(params: URLSearchParams): FlowDimension[] {
  return (
    readList(params, 'groupBy', (v): v is FlowDimension =>
      (FLOW_DIMENSIONS as readonly string[]).includes(v),
    ) ?? []
  );
}

export function readCommodities(params: URLSearchParams): CommodityCode[] | undefined {
  const values = readList(
    params,
    'commodity',
    (v): v is CommodityGroup | CommodityCode => isCommodityGroup(v) || isCommodityCode(v),
  );
  return values && expandCommoditySelection(values);
}

export function readProductionGroups(params: URLSearchParams): CommodityGroup[] {
  return readList(params, 'group', (v): v is CommodityGroup => isCommodityGroup(v)) ?? [...COMMODITY_GROUPS];
}

export function readCodes(
  params: URLSearchParams,
  field: string,
  known: ReadonlySet<string>,
): string[] | undefined {
  return readList(params, field, (v): v is string => known.has(v));
}

/** The province (Kemendagri code) whose inflows a request is about; Jakarta when not given. */
export function readDestination(params: URLSearchParams, provinces: ReadonlySet<string>): string {
  const value = params.get('destination') ?? DEFAULT_DESTINATION;
  if (!provinces.has(value))
    throw new BadRequest([
      {
        field: 'destination',
        message: `"${value}" is not a province code (Kemendagri, e.g. 31 for DKI Jakarta)`,
      },
    ]);
  return value;
}

/** The narrowest and widest plot a time series may be reduced to, in pixels. */
export const MIN_PLOT_WIDTH = 16;
export const MAX_PLOT_WIDTH = 10_000;

/** The plot width a series is reduced to (M4), or undefined for every period. */
export function readPlotWidth(params: URLSearchParams): number | undefined {
  const value = params.get('width');
  if (value === null) return undefined;
  const width = /^\d{1,5}$/.test(value) ? Number(value) : Number.NaN;
  if (!(width >= MIN_PLOT_WIDTH && width <= MAX_PLOT_WIDTH))
    throw new BadRequest([
      {
        field: 'width',
        message: `"${value}" is not a plot width (a whole number of pixels from ${MIN_PLOT_WIDTH} to ${MAX_PLOT_WIDTH})`,
      },
    ]);
  return width;
}

export function readStockEntryPoint(params: URLSearchParams): string {
  return params.get('entryPoint') ?? DEFAULT_STOCK_ENTRY_POINT;
}

export function noStockRecorded(entryPoint: string): BadRequest {
  return new BadRequest(
    [{ field: 'entryPoint', message: `no stock is recorded for "${entryPoint}"` }],
    404,
    'Not found',
  );
}

export function resultTooLarge(expectedRows: number, maxRows: number): BadRequest {
  return new BadRequest(
    [
      {
        field: 'granularity',
        message: `the query would return about ${expectedRows} rows (at most ${maxRows}); choose a coarser granularity or a shorter range`,
      },
    ],
    422,
    'Result too large',
  );
}
