import { COMMODITY_CODES, groupOf, type CommodityCode, type CommodityGroup } from './commodity';
import { STATUS_RANK, weakestStatus, type DataStatus } from './data-status';

// Jakarta's food balance per commodity form, and the share "supplied from outside" under named
// accounting bases. A claim such as "90% comes from outside" has no single answer: it turns on
// what counts as own production (fish landed in Jakarta from boats based elsewhere?), on whether
// rice that only passes through the wholesale market counts, and on the basket. Each basis below
// is one such definition, named so the screen can say which one it shows.

/** Where food leaves Jakarta's hubs for: the buffer zones (Bodetabek), other islands, abroad. */
export const DESTINATIONS = ['buffer-zone', 'inter-island', 'export'] as const;
export type Destination = (typeof DESTINATIONS)[number];

/**
 * What "own production" is made of. Only some of it grew or lived in Jakarta:
 * - grown: crops harvested on DKI's land (rice paddies);
 * - raised: animals kept in DKI;
 * - slaughtered: animals raised elsewhere and slaughtered in DKI (what BPS counts as DKI's meat
 *   production); the animals already arrive as inflow, so no basis counts this as own supply;
 * - caught: fish caught by Jakarta's own fleet;
 * - landed: fish landed at Jakarta's ports by boats from elsewhere (what Jakarta's fisheries
 *   statistics call "capture");
 * - farmed: aquaculture in DKI.
 */
export const PRODUCTION_KINDS = ['grown', 'raised', 'slaughtered', 'caught', 'landed', 'farmed'] as const;
export type ProductionKind = (typeof PRODUCTION_KINDS)[number];

/** Kinds that grew or lived inside DKI: own supply under every basis. */
const LOCAL_KINDS: readonly ProductionKind[] = ['grown', 'raised', 'caught', 'farmed'];

export const ACCOUNTING_BASES = ['retained', 'gross', 'claim'] as const;
export type AccountingBasis = (typeof ACCOUNTING_BASES)[number];

/** The items a claim's basket may name; only some are commodities this dashboard records. */
export const BASKET_ITEMS = [
  'rice',
  'beef',
  'buffalo',
  'chicken',
  'fish',
  'eggs',
  'chili',
  'shallots',
] as const;
export type BasketItem = (typeof BASKET_ITEMS)[number];

const BASKET_FORMS: Record<BasketItem, readonly CommodityCode[]> = {
  rice: ['rice-milled'],
  beef: ['meat-beef'],
  buffalo: ['meat-buffalo'],
  chicken: ['meat-chicken'],
  fish: ['fish-marine', 'fish-freshwater'],
  eggs: [],
  chili: [],
  shallots: [],
};

export interface StatusedTonnes {
  tonnes: number | null;
  status: DataStatus;
  sourceIds: readonly string[];
}

/** Everything known about one commodity form in one period. Absent parts are simply missing. */
export interface CommodityBalance {
  commodity: CommodityCode;
  inflow?: StatusedTonnes;
  onward?: Partial<Record<Destination, StatusedTonnes>>;
  /** Closing minus opening stock in Jakarta's hubs: positive when stock was built up. */
  stockChange?: StatusedTonnes;
  production?: Partial<Record<ProductionKind, StatusedTonnes>>;
}

export type BalancePart = 'inflow' | 'onward' | 'stock-change' | 'production';

export interface MissingPart {
  commodity: CommodityCode;
  part: BalancePart;
}

/** A retained supply below zero: more left the hubs (or went into stock) than came in. */
export interface BalanceWarning {
  commodity: CommodityCode;
  /** inflow + landings from elsewhere − onward outflow − stock change, in tonnes (negative). */
  retainedOutside: number;
}

export interface BasisShare {
  basis: AccountingBasis;
  /** The commodity forms added up. */
  commodities: CommodityCode[];
  /** Tonnes counted as supplied from outside; may be negative when the balance does not close. */
  outside: number | null;
  /** Tonnes counted as Jakarta's own supply. */
  own: number | null;
  /** outside ÷ (outside + own); never clamped, so a balance that does not close shows as such. */
  share: number | null;
  status: DataStatus;
  sourceIds: string[];
  /** What the dataset lacks for this basis; the share is null when anything is missing. */
  missing: MissingPart[];
  warnings: BalanceWarning[];
  /** Items of a claim's basket that the dataset does not record (eggs, chili …). */
  notCovered: BasketItem[];
}

interface Accumulated {
  tonnes: number;
  statuses: DataStatus[];
  sourceIds: Set<string>;
}

function add(acc: Accumulated, value: StatusedTonnes | undefined, sign = 1): void {
  if (!value || value.tonnes === null) return;
  acc.tonnes += sign * value.tonnes;
  acc.statuses.push(value.status);
  value.sourceIds.forEach((id) => acc.sourceIds.add(id));
}

function present(values: Partial<Record<string, StatusedTonnes>> | undefined): boolean {
  return Object.values(values ?? {}).some((value) => value !== undefined && value.tonnes !== null);
}

function has(value: StatusedTonnes | undefined): boolean {
  return value !== undefined && value.tonnes !== null;
}

/** What a basis needs from one commodity's balance, in the order a reader would fill it in. */
function missingParts(balance: CommodityBalance, basis: AccountingBasis): BalancePart[] {
  const missing: BalancePart[] = [];
  if (!has(balance.inflow)) missing.push('inflow');
  if (!present(balance.production)) missing.push('production');
  if (basis !== 'gross') {
    if (!present(balance.onward)) missing.push('onward');
    if (!has(balance.stockChange)) missing.push('stock-change');
  }
  return missing;
}

/**
 * The share supplied from outside for a set of commodity forms under one basis:
 * - gross: inflow ÷ (inflow + own production as Jakarta's statistics count it: everything
 *   grown, raised, caught, landed or farmed in DKI; slaughter of animals from elsewhere is not
 *   added, those animals are in the inflow);
 * - retained: what stays in Jakarta. Outside = inflow + fish landed from elsewhere − onward
 *   outflow − stock change; own = grown + raised + caught by Jakarta's fleet + farmed;
 * - claim: the retained rule over the claim's basket (`basket`), naming what is not recorded.
 * Commodity forms without any balance are missing, never zero.
 */
export function shareUnderBasis(
  basis: AccountingBasis,
  balances: readonly CommodityBalance[],
  commodities: readonly CommodityCode[],
  basket: readonly BasketItem[] | null = null,
): BasisShare {
  const notCovered =
    basis === 'claim' && basket ? basket.filter((item) => BASKET_FORMS[item].length === 0) : [];
  const forms =
    basis === 'claim' && basket
      ? commodities.filter((code) => basket.some((item) => BASKET_FORMS[item].includes(code)))
      : [...commodities];
  const byCommodity = new Map(balances.map((balance) => [balance.commodity, balance]));
  const outside: Accumulated = { tonnes: 0, statuses: [], sourceIds: new Set() };
  const own: Accumulated = { tonnes: 0, statuses: [], sourceIds: new Set() };
  const missing: MissingPart[] = [];
  const warnings: BalanceWarning[] = [];

  for (const commodity of forms) {
    const balance = byCommodity.get(commodity) ?? { commodity };
    const lacking = missingParts(balance, basis);
    missing.push(...lacking.map((part) => ({ commodity, part })));
    if (lacking.length > 0) continue;
    const production = balance.production ?? {};
    if (basis === 'gross') {
      add(outside, balance.inflow);
      for (const kind of [...LOCAL_KINDS, 'landed'] as const) add(own, production[kind]);
      continue;
    }
    const retained: Accumulated = { tonnes: 0, statuses: [], sourceIds: new Set() };
    add(retained, balance.inflow);
    add(retained, production.landed);
    for (const destination of DESTINATIONS) add(retained, balance.onward?.[destination], -1);
    add(retained, balance.stockChange, -1);
    if (retained.tonnes < 0) warnings.push({ commodity, retainedOutside: retained.tonnes });
    outside.tonnes += retained.tonnes;
    outside.statuses.push(...retained.statuses);
    retained.sourceIds.forEach((id) => outside.sourceIds.add(id));
    for (const kind of LOCAL_KINDS) add(own, production[kind]);
  }

  const computable = missing.length === 0 && forms.length > 0;
  const total = outside.tonnes + own.tonnes;
  return {
    basis,
    commodities: forms,
    outside: computable ? outside.tonnes : null,
    own: computable ? own.tonnes : null,
    share: computable && total !== 0 ? outside.tonnes / total : null,
    status: weakestStatus([...outside.statuses, ...own.statuses]),
    sourceIds: [...new Set([...outside.sourceIds, ...own.sourceIds])].sort(),
    missing,
    warnings,
    notCovered,
  };
}

/** Forms of a commodity group, or of all groups, that this dashboard records. */
export function commoditiesOf(group: CommodityGroup | 'all'): CommodityCode[] {
  return COMMODITY_CODES.filter((code) => group === 'all' || groupOf(code) === group);
}

/** The basket items a claim names that map onto forms the dashboard records. */
export function basketCommodities(basket: readonly BasketItem[]): CommodityCode[] {
  return COMMODITY_CODES.filter((code) => basket.some((item) => BASKET_FORMS[item].includes(code)));
}

/** True when the claim's basket is not exactly the forms shown. A claim naming no basket differs too. */
export function basketDiffers(
  basket: readonly BasketItem[] | null,
  shown: readonly CommodityCode[],
): boolean {
  if (basket === null) return true;
  const covered = basketCommodities(basket);
  const notCovered = basket.some((item) => BASKET_FORMS[item].length === 0);
  return notCovered || covered.length !== shown.length || covered.some((code) => !shown.includes(code));
}

export interface BalanceRowInput {
  commodity: CommodityCode;
  item: 'onward' | 'stock-change' | 'production';
  /** The destination (onward), or the production kind; null for stock change. */
  detail: Destination | ProductionKind | null;
  tonnes: number | null;
  status: DataStatus;
  sourceIds: readonly string[];
}

export interface InflowRowInput {
  commodity: CommodityCode;
  tonnes: number | null;
  status: DataStatus;
  sourceIds: readonly string[];
}

/**
 * Rows of one balance part added up as they come, giving what merging them pairwise gives: the
 * sum, weakest status and sources of the reported rows (the single reported row itself when there
 * is one), or, when none was reported, the first row. Sources are gathered in one Set rather than
 * a new array per row: a trailing share adds up every row of its window for every period drawn.
 */
class PartSum {
  private readonly first: StatusedTonnes;
  private reported: StatusedTonnes | null = null;
  private count = 0;
  private tonnes = 0;
  private status: DataStatus = 'reported';
  private sourceIds: Set<string> | null = null;

  constructor(row: StatusedTonnes) {
    this.first = row;
    this.add(row);
  }

  add(row: StatusedTonnes): void {
    if (row.tonnes === null) return;
    this.count++;
    if (this.count === 1) {
      this.reported = row;
      this.tonnes = row.tonnes;
      this.status = row.status;
      return;
    }
    if (this.count === 2 && this.reported) this.sourceIds = new Set(this.reported.sourceIds);
    this.tonnes += row.tonnes;
    if (STATUS_RANK[row.status] > STATUS_RANK[this.status]) this.status = row.status;
    for (const id of row.sourceIds) this.sourceIds?.add(id);
  }

  result(): StatusedTonnes {
    if (this.count === 0 || !this.reported) return this.first;
    if (this.count === 1) return this.reported;
    return { tonnes: this.tonnes, status: this.status, sourceIds: [...(this.sourceIds ?? [])] };
  }
}

function addTo<K extends string>(sums: Map<K, PartSum>, key: K, row: StatusedTonnes): void {
  const sum = sums.get(key);
  if (sum) sum.add(row);
  else sums.set(key, new PartSum(row));
}

function resultsOf<K extends string>(sums: Map<K, PartSum>): Partial<Record<K, StatusedTonnes>> | undefined {
  if (sums.size === 0) return undefined;
  const results: Partial<Record<K, StatusedTonnes>> = {};
  for (const [key, sum] of sums) results[key] = sum.result();
  return results;
}

interface BalanceSums {
  inflow: PartSum | null;
  stockChange: PartSum | null;
  onward: Map<Destination, PartSum>;
  production: Map<ProductionKind, PartSum>;
}

/** Sums inflow rows and balance rows (any periods) into one balance per commodity form. */
export function balancesFromRows(
  inflowRows: readonly InflowRowInput[],
  balanceRows: readonly BalanceRowInput[],
): CommodityBalance[] {
  const sums = new Map<CommodityCode, BalanceSums>();
  const of = (commodity: CommodityCode) => {
    let entry = sums.get(commodity);
    if (!entry) {
      entry = { inflow: null, stockChange: null, onward: new Map(), production: new Map() };
      sums.set(commodity, entry);
    }
    return entry;
  };
  for (const row of inflowRows) {
    const entry = of(row.commodity);
    if (entry.inflow) entry.inflow.add(row);
    else entry.inflow = new PartSum(row);
  }
  for (const row of balanceRows) {
    const entry = of(row.commodity);
    if (row.item === 'stock-change') {
      if (entry.stockChange) entry.stockChange.add(row);
      else entry.stockChange = new PartSum(row);
    } else if (row.item === 'onward' && isDestination(row.detail)) addTo(entry.onward, row.detail, row);
    else if (row.item === 'production' && isProductionKind(row.detail))
      addTo(entry.production, row.detail, row);
  }
  return COMMODITY_CODES.flatMap((code) => {
    const entry = sums.get(code);
    if (!entry) return [];
    const balance: CommodityBalance = { commodity: code };
    if (entry.inflow) balance.inflow = entry.inflow.result();
    const onward = resultsOf(entry.onward);
    if (onward) balance.onward = onward;
    const production = resultsOf(entry.production);
    if (production) balance.production = production;
    if (entry.stockChange) balance.stockChange = entry.stockChange.result();
    return [balance];
  });
}

export function isDestination(value: string | null): value is Destination {
  return value !== null && (DESTINATIONS as readonly string[]).includes(value);
}

export function isProductionKind(value: string | null): value is ProductionKind {
  return value !== null && (PRODUCTION_KINDS as readonly string[]).includes(value);
}
