import { isIsoDate } from '../domain/calendar-date';
import { COMMODITY_CODES } from '../domain/commodity';
import { ACCOUNTING_BASES, type AccountingBasis } from '../domain/food-balance';
import { parsePeriodPreset, type PeriodPreset } from '../domain/period-preset';
import { LANGUAGES, type Language } from '../i18n/format';
import { THEME_CHOICES, type ThemeChoice } from '../theme/theme-choice';

// The view lives in the URL so that every view is a link. This module is the pure mapping
// between the query string and the view, and the one place that reads and writes its
// parameters: parsing validates every one, falls back to the default for anything invalid, and
// reports what it ignored so the page can say so. (url-store.ts follows the address bar;
// view-hooks.ts lets components read one field each.)

export const PAGES = [
  'overview',
  'flows',
  'regions',
  'region',
  'compare',
  'data',
  'deck',
  'present',
] as const;
export type Page = (typeof PAGES)[number];

export const VIEW_GRANULARITIES = ['day', 'week', 'month'] as const;
export type ViewGranularity = (typeof VIEW_GRANULARITIES)[number];

export const COMMODITY_FILTERS = ['all', 'rice', 'meat', 'fish'] as const;
export type CommodityFilter = (typeof COMMODITY_FILTERS)[number];

/** What counts as one origin in concentration and one-origin alerts. */
export const ORIGIN_UNITS = ['regency', 'province'] as const;
export type OriginUnit = (typeof ORIGIN_UNITS)[number];

export interface ViewState {
  page: Page;
  lang: Language;
  period: PeriodPreset;
  /** Only used when period is "custom". */
  from: string | null;
  to: string | null;
  granularity: ViewGranularity;
  commodity: CommodityFilter;
  /** The origin unit of concentration readings and one-origin alerts. */
  originUnit: OriginUnit;
  /** Claim ids drawn as reference lines; null means the default selection. */
  claims: string[] | null;
  /** Which definition of "supplied from outside" the shares use. */
  basis: AccountingBasis;
  /** The claim the external share is compared with; null means the headline claim. */
  claim: string | null;
  /** The region whose profile is open (page "region"). */
  region: string | null;
  /** Regions side by side (page "compare"), two to six. */
  compare: string[];
  compareLayout: CompareLayout;
  /** The slide shown in presentation mode, counted from 1. */
  slide: number | null;
  /** Presentation mode: this window is the presenter's (notes, next slide, timer), not the audience's. */
  presenter: boolean;
  /** Colour theme; 'system' follows the operating system (colour scheme and contrast). */
  theme: ThemeChoice;
  /** What the flows page (Sankey and map) is narrowed to: one code per dimension at most. */
  flowSelection: FlowSelectionState;
  /** The ranking of origins (page "regions"): sort, search text, province filter. */
  rankingSort: RankingSort;
  rankingSearch: string;
  rankingProvince: string | null;
}

export const FLOW_SELECTION_DIMENSIONS = ['province', 'origin', 'commodity', 'entryPoint'] as const;
export type FlowSelectionDimension = (typeof FLOW_SELECTION_DIMENSIONS)[number];
export type FlowSelectionState = Partial<Record<FlowSelectionDimension, string>>;

export const RANKING_SORT_KEYS = ['name', 'tonnes', 'share', 'change'] as const;
export type RankingSortKey = (typeof RANKING_SORT_KEYS)[number];
export interface RankingSort {
  key: RankingSortKey;
  descending: boolean;
}

export const COMPARE_LAYOUTS = ['overlay', 'multiples'] as const;
export type CompareLayout = (typeof COMPARE_LAYOUTS)[number];
export const MAX_COMPARED_REGIONS = 6;

export const DEFAULT_VIEW: ViewState = {
  page: 'overview',
  lang: 'id',
  period: '12m',
  from: null,
  to: null,
  granularity: 'week',
  commodity: 'all',
  originUnit: 'regency',
  claims: null,
  basis: 'retained',
  claim: null,
  region: null,
  compare: [],
  compareLayout: 'overlay',
  slide: null,
  presenter: false,
  theme: 'system',
  flowSelection: {},
  rankingSort: { key: 'tonnes', descending: true },
  rankingSearch: '',
  rankingProvince: null,
};

export interface ParsedView {
  view: ViewState;
  /** Names of parameters that were present but invalid, and fell back to defaults. */
  rejected: string[];
}

const MAX_PARAM_LENGTH = 200;
export const MAX_RANKING_SEARCH_LENGTH = 100;
const ENTRY_POINT_CODE = /^[A-Z0-9-]{1,40}$/;
/** The URL's short names of the selection's dimensions: ?sel=origin:32.09,entry:PIBC */
const SELECTION_PARAM_NAMES: Record<FlowSelectionDimension, string> = {
  province: 'province',
  origin: 'origin',
  commodity: 'commodity',
  entryPoint: 'entry',
};

function isSelectionCode(dimension: FlowSelectionDimension, code: string): boolean {
  switch (dimension) {
    case 'province':
    case 'origin':
      return REGION_CODE.test(code);
    case 'commodity':
      return (COMMODITY_CODES as readonly string[]).includes(code);
    case 'entryPoint':
      return ENTRY_POINT_CODE.test(code);
  }
}

function parseFlowSelection(value: string): FlowSelectionState | null {
  if (value.length > MAX_PARAM_LENGTH) return null;
  const selection: FlowSelectionState = {};
  for (const part of value === '' ? [] : value.split(',')) {
    const [name, code = '', ...rest] = part.split(':');
    const dimension = FLOW_SELECTION_DIMENSIONS.find((d) => SELECTION_PARAM_NAMES[d] === name);
    if (
      !dimension ||
      rest.length > 0 ||
      selection[dimension] !== undefined ||
      !isSelectionCode(dimension, code)
    )
      return null;
    selection[dimension] = code;
  }
  return selection;
}

function serializeFlowSelection(selection: FlowSelectionState): string {
  return FLOW_SELECTION_DIMENSIONS.flatMap((dimension) => {
    const code = selection[dimension];
    return code === undefined ? [] : [`${SELECTION_PARAM_NAMES[dimension]}:${code}`];
  }).join(',');
}

/**
 * Links written by earlier versions of the dashboard, read as they were meant: each entry renames
 * a parameter whose name changed. A link never says its version; a parameter under its old name
 * is taken only when the new name is absent, so applying the table to a current link changes
 * nothing. Add to it whenever a parameter is renamed; never reuse an old name for something else.
 */
const RENAMED_PARAMETERS: readonly { from: string; to: string }[] = [
  // "layout" (until the narrow-screen layouts came) named the comparison's overlay/multiples.
  { from: 'layout', to: 'compare-layout' },
];

/** The query string of an older link in today's parameter names. Pure; the URL stays as given. */
export function migrateViewParams(params: URLSearchParams): URLSearchParams {
  const migrated = new URLSearchParams(params);
  for (const { from, to } of RENAMED_PARAMETERS) {
    const value = migrated.get(from);
    if (value === null) continue;
    migrated.delete(from);
    if (!migrated.has(to)) migrated.set(to, value);
  }
  return migrated;
}
const CLAIM_ID = /^[a-z0-9-]{1,60}$/;
/** Kemendagri codes (31, 32.09) and ISO country codes (AUS). */
const REGION_CODE = /^(\d{2}(\.\d{2}){0,3}|[A-Z]{3})$/;

function pick<T extends string>(
  params: URLSearchParams,
  name: string,
  allowed: readonly T[],
  fallback: T,
  rejected: string[],
): T {
  const value = params.get(name);
  if (value === null) return fallback;
  if (value.length <= MAX_PARAM_LENGTH && (allowed as readonly string[]).includes(value)) return value as T;
  rejected.push(name);
  return fallback;
}

export function parseViewState(search: string): ParsedView {
  const given = new URLSearchParams(search.length > 4000 ? '' : search);
  const params = migrateViewParams(given);
  const rejected: string[] = search.length > 4000 ? ['(url)'] : [];
  const view: ViewState = {
    ...DEFAULT_VIEW,
    page: pick(params, 'page', PAGES, DEFAULT_VIEW.page, rejected),
    lang: pick(params, 'lang', LANGUAGES, DEFAULT_VIEW.lang, rejected),
    granularity: pick(params, 'gran', VIEW_GRANULARITIES, DEFAULT_VIEW.granularity, rejected),
    commodity: pick(params, 'commodity', COMMODITY_FILTERS, DEFAULT_VIEW.commodity, rejected),
    theme: pick(params, 'theme', THEME_CHOICES, DEFAULT_VIEW.theme, rejected),
    basis: pick(params, 'basis', ACCOUNTING_BASES, DEFAULT_VIEW.basis, rejected),
    originUnit: pick(params, 'unit', ORIGIN_UNITS, DEFAULT_VIEW.originUnit, rejected),
  };

  const period = params.get('period');
  if (period !== null) {
    const preset = period.length <= MAX_PARAM_LENGTH ? parsePeriodPreset(period) : null;
    if (preset) view.period = preset;
    else rejected.push('period');
  }
  if (view.period === 'custom') {
    const from = params.get('from');
    const to = params.get('to');
    if (from && to && isIsoDate(from) && isIsoDate(to) && from <= to) {
      view.from = from;
      view.to = to;
    } else {
      rejected.push('from', 'to');
      view.period = DEFAULT_VIEW.period;
    }
  }

  const claims = params.get('claims');
  if (claims !== null) {
    const ids = claims === '' ? [] : claims.split(',');
    if (claims.length <= MAX_PARAM_LENGTH && ids.every((id) => CLAIM_ID.test(id)))
      view.claims = [...new Set(ids)];
    else rejected.push('claims');
  }
  const claim = params.get('claim');
  if (claim !== null) {
    if (CLAIM_ID.test(claim)) view.claim = claim;
    else rejected.push('claim');
  }
  const region = params.get('region');
  if (region !== null) {
    if (REGION_CODE.test(region)) view.region = region;
    else rejected.push('region');
  }
  const compare = params.get('compare');
  if (compare !== null) {
    const codes = compare === '' ? [] : compare.split(',');
    if (codes.length <= MAX_COMPARED_REGIONS && codes.every((code) => REGION_CODE.test(code))) {
      view.compare = [...new Set(codes)];
    } else rejected.push('compare');
  }
  view.compareLayout = pick(params, 'compare-layout', COMPARE_LAYOUTS, DEFAULT_VIEW.compareLayout, rejected);
  const slide = params.get('slide');
  if (slide !== null) {
    if (/^[1-9]\d{0,2}$/.test(slide)) view.slide = Number(slide);
    else rejected.push('slide');
  }
  const presenter = params.get('presenter');
  if (presenter !== null) {
    if (presenter === '1') view.presenter = true;
    else rejected.push('presenter');
  }
  const selection = params.get('sel');
  if (selection !== null) {
    const parsed = parseFlowSelection(selection);
    if (parsed) view.flowSelection = parsed;
    else rejected.push('sel');
  }
  const sort = params.get('sort');
  if (sort !== null) {
    const match = /^(name|tonnes|share|change)-(asc|desc)$/.exec(sort);
    if (match) view.rankingSort = { key: match[1] as RankingSortKey, descending: match[2] === 'desc' };
    else rejected.push('sort');
  }
  const query = params.get('q');
  if (query !== null) {
    if (query.length <= MAX_RANKING_SEARCH_LENGTH) view.rankingSearch = query;
    else rejected.push('q');
  }
  const province = params.get('prov');
  if (province !== null) {
    if (REGION_CODE.test(province)) view.rankingProvince = province;
    else rejected.push('prov');
  }
  // A bad value under an old name is reported under the name the link used.
  const asGiven = (name: string) =>
    RENAMED_PARAMETERS.find(({ from, to }) => to === name && given.has(from) && !given.has(to))?.from ?? name;
  return { view, rejected: rejected.map(asGiven) };
}

/** Only what differs from the defaults goes into the URL, in a fixed order. */
export function serializeViewState(view: ViewState): string {
  const params = new URLSearchParams();
  if (view.page !== DEFAULT_VIEW.page) params.set('page', view.page);
  if (view.period !== DEFAULT_VIEW.period) params.set('period', view.period);
  if (view.period === 'custom' && view.from && view.to) {
    params.set('from', view.from);
    params.set('to', view.to);
  }
  if (view.granularity !== DEFAULT_VIEW.granularity) params.set('gran', view.granularity);
  if (view.commodity !== DEFAULT_VIEW.commodity) params.set('commodity', view.commodity);
  if (view.originUnit !== DEFAULT_VIEW.originUnit) params.set('unit', view.originUnit);
  if (view.claims !== null) params.set('claims', view.claims.join(','));
  if (view.basis !== DEFAULT_VIEW.basis) params.set('basis', view.basis);
  if (view.claim !== null) params.set('claim', view.claim);
  if (view.region !== null) params.set('region', view.region);
  if (view.compare.length > 0) params.set('compare', view.compare.join(','));
  if (view.compareLayout !== DEFAULT_VIEW.compareLayout) params.set('compare-layout', view.compareLayout);
  if (view.slide !== null) params.set('slide', String(view.slide));
  if (view.presenter) params.set('presenter', '1');
  const selection = serializeFlowSelection(view.flowSelection);
  if (selection !== '') params.set('sel', selection);
  const { key, descending } = view.rankingSort;
  if (key !== DEFAULT_VIEW.rankingSort.key || descending !== DEFAULT_VIEW.rankingSort.descending)
    params.set('sort', `${key}-${descending ? 'desc' : 'asc'}`);
  if (view.rankingSearch !== '') params.set('q', view.rankingSearch);
  if (view.rankingProvince !== null) params.set('prov', view.rankingProvince);
  if (view.theme !== DEFAULT_VIEW.theme) params.set('theme', view.theme);
  if (view.lang !== DEFAULT_VIEW.lang) params.set('lang', view.lang);
  const search = params.toString();
  return search ? `?${search}` : '';
}

export type ViewChange = Partial<ViewState>;
