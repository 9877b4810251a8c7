// The one interface between the HTTP layer and the database. Handlers speak in the contract's
// terms (ranges, granularities, dimensions); each engine answers them in its own dialect of SQL,
// kept together in one module per engine: store/duckdb/ (the embedded default) and
// store/clickhouse/ (a ClickHouse server, or ClickHouse embedded). store/open-store.ts picks one.
import type { DatasetMeta, Need, StockRow } from '../../src/contract/schemas';
import type { CommodityCode, CommodityGroup } from '../../src/domain/commodity';
import type { DataStatus } from '../../src/domain/data-status';
import type { FlowAggregate, FlowDimension } from '../../src/domain/flow-store';
import type { Destination, ProductionKind } from '../../src/domain/food-balance';
import type { DateRange, Granularity } from '../../src/domain/period';
import type { AnnualProduction } from '../../src/domain/production';
import type { LocalDataset } from '../../src/local-api/local-api';

/** Reference lists served as they were stored, in their stored order. */
export const REFERENCE_KINDS = [
  'regions',
  'commodities',
  'entry-points',
  'sources',
  'claims',
  'agreements',
  'region-facts',
] as const;
export type ReferenceKind = (typeof REFERENCE_KINDS)[number];

export type DatasetKind = DatasetMeta['dataset']['kind'];

/** What a read needs to know about the revision it reads, loaded once per revision. */
export interface RevisionContext {
  revisionId: number;
  meta: DatasetMeta;
  regionCodes: ReadonlySet<string>;
  entryPointCodes: ReadonlySet<string>;
  stockEntryPoints: ReadonlySet<string>;
}

export interface FlowFilter {
  /** The province the flows go to (Kemendagri code). */
  destination: string;
  commodities?: readonly CommodityCode[];
  origins?: readonly string[];
  entryPoints?: readonly string[];
}

export interface FlowPlan {
  /** How many groups the query makes (at least 1). */
  groups: number;
  /**
   * How many stored rows it would read, estimated without reading them (at least the rows it
   * reads); null when not asked for.
   */
  scanRows: number | null;
}

export interface FlowQuery extends FlowFilter {
  range: DateRange;
  granularity: Granularity;
  groupBy: readonly FlowDimension[];
}

export interface RevisionRecord {
  number: number;
  createdAt: string;
  tokenName: string | null;
  fileName: string | null;
  fileHash: string | null;
  fileBytes: number | null;
  totalRows: number;
  acceptedRows: number;
  rejectedRows: number;
  coverage: { from: string; to: string };
}

export interface DatasetSummary {
  id: string;
  name: string;
  kind: DatasetKind;
  /** The revision reads are answered from. */
  revision: RevisionRecord;
  revisionCount: number;
}

export interface ImportAttempt {
  datasetId: string;
  tokenName: string | null;
  fileName: string;
  fileHash: string;
  fileBytes: number;
  outcome: 'stored' | 'duplicate' | 'rejected';
  acceptedRows: number;
  rejectedRows: number;
}

/**
 * The parts of a revision's food balance besides the inflow, as stored: small lists (a series
 * per commodity and destination or kind), read whole; the daily rows stay in the database.
 */
export interface StoredBalance {
  /** Onward series in the order they were stored; their day rows are summed by `onwardSums`. */
  onward: {
    ordinal: number;
    commodity: CommodityCode;
    destination: Destination;
    status: DataStatus;
    sourceIds: string[];
  }[];
  /** Per commodity: the stock series whose change it takes, or a statement that none is held. */
  stockChange: (
    | { commodity: CommodityCode; stock: string }
    | { commodity: CommodityCode; none: true; status: DataStatus; sourceIds: string[] }
  )[];
  /** Stock series by key (status and sources), for the stock changes that name one. */
  stocks: Map<string, { status: DataStatus; sourceIds: string[] }>;
  production: { commodity: CommodityCode; kind: ProductionKind; annual: AnnualProduction[] }[];
}

export interface NewRevision {
  datasetId: string;
  datasetName: string;
  kind: DatasetKind;
  dataset: LocalDataset;
  /**
   * A revision that takes its flows (series, day and month rows) from an earlier revision of the
   * dataset instead of `dataset.flows` (which then only names their first and last day): a
   * balance table joining the flows already stored. The write fails with RevisionConflictError
   * when that revision is no longer the dataset's current one.
   */
  flowsFrom?: number;
  /** The first and last day of the flows; the dataset's coverage when absent. */
  record: Omit<RevisionRecord, 'number' | 'createdAt' | 'coverage'>;
  /** Called inside the transaction after the rows are written, before commit (tests and logs). */
  beforeCommit?: () => Promise<void> | void;
}

export interface DataStore {
  readonly engine: 'duckdb' | 'clickhouse';
  /** Resolves when the database answers; rejects with StoreUnavailableError saying why not. */
  checkReady(): Promise<void>;
  /** The dataset answered under /api/v1/…: the configured one, the demo, or the oldest. */
  defaultDatasetId(): Promise<string | null>;
  revisionContext(datasetId: string): Promise<RevisionContext | null>;
  referenceItems(revisionId: number, kind: ReferenceKind, codes?: readonly string[]): Promise<unknown[]>;
  /**
   * What a flows query would cost, found before it runs so that an oversized one is refused up
   * front: its groups and, when `withScanRows` (a scan budget is set), the stored rows it would read.
   */
  flowPlan(
    revisionId: number,
    filter: FlowFilter,
    range: DateRange,
    groupBy: readonly FlowDimension[],
    withScanRows: boolean,
  ): Promise<FlowPlan>;
  flows(revisionId: number, query: FlowQuery): Promise<FlowAggregate[]>;
  /** Own production by group, the yearly figures as stored (with their monthly profile). */
  ownProduction(
    revisionId: number,
    groups: readonly CommodityGroup[],
  ): Promise<Map<CommodityGroup, AnnualProduction[]>>;
  balance(revisionId: number): Promise<StoredBalance>;
  /**
   * Onward tonnes per series and period: the reported days of [from, to] in each period, added
   * in day order (as the local API adds them, so the same figure to the last bit). A period
   * without a reported day has no entry.
   */
  onwardSums(
    revisionId: number,
    ordinals: readonly number[],
    range: DateRange,
    granularity: Granularity,
  ): Promise<{ ordinal: number; period: string; tonnes: number }[]>;
  /**
   * Closing stock at the end of each period (cut to the range) minus the closing stock of the day
   * before it starts, per stock series; a period where either day is not reported has no entry.
   */
  stockChanges(
    revisionId: number,
    stocks: readonly string[],
    range: DateRange,
    granularity: Granularity,
  ): Promise<{ stock: string; period: string; change: number }[]>;
  /** Published needs in stored order: all, or those overlapping the range. */
  needs(revisionId: number, range: DateRange | null): Promise<Need[]>;
  stocks(
    revisionId: number,
    entryPoint: string,
    range: DateRange,
    granularity: Granularity,
  ): Promise<StockRow[]>;

  listDatasets(): Promise<DatasetSummary[]>;
  revisions(datasetId: string): Promise<RevisionRecord[] | null>;
  revisionByHash(datasetId: string, fileHash: string): Promise<RevisionRecord | null>;
  /**
   * Writes a whole revision in one transaction and makes it current; nothing of it on failure.
   * Writes run one after another; a file whose hash a revision of the dataset already has adds
   * nothing and answers that revision (`created: false`).
   */
  writeRevision(revision: NewRevision): Promise<{ revision: RevisionRecord; created: boolean }>;
  recordAttempt(attempt: ImportAttempt): Promise<void>;
  datasetCount(): Promise<number>;
  close(): Promise<void>;
}
