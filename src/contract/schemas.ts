// The API contract as zod schemas (zod/mini: the same checks in a fifth of the bundle). The HTTP client validates every response with these, and the
// mock server builds its responses to them; docs/api/openapi.yaml describes the same shapes.
import * as z from 'zod/mini';
import { isIsoDate } from '../domain/calendar-date';
import { COMMODITY_CODES, COMMODITY_GROUPS } from '../domain/commodity';
import { DATA_STATUSES } from '../domain/data-status';
import { FLOW_DIMENSIONS, type FlowDimension } from '../domain/flow-store';
import { BASKET_ITEMS, DESTINATIONS, PRODUCTION_KINDS } from '../domain/food-balance';
import { GRANULARITIES } from '../domain/period';

// The Content-Security-Policy forbids eval; without this zod probes `new Function` and the
// browser reports a violation even though zod catches it.
z.config({ jitless: true });

const nonEmpty = z.string().check(z.minLength(1, 'must not be empty'));
export const isoDateSchema = z
  .string()
  .check(z.refine(isIsoDate, { message: 'expected a date as YYYY-MM-DD' }));
/** A publication date that may be known only to the year or month. */
export const partialDateSchema = z
  .string()
  .check(z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD'));
const httpsUrlSchema = z.string().check(z.regex(/^https:\/\/[^\s]+$/, 'expected an https:// address'));
/**
 * No single row of Jakarta's food supply comes near a billion tonnes (the city eats about three
 * million tonnes of rice a year): a larger figure is a unit or encoding error, and summing values
 * near the float limit would print "∞ t" and "NaN %".
 */
export const MAX_ROW_TONNES = 1e9;
const tonnesSchema = z
  .number()
  .check(
    z.nonnegative('expected tonnes ≥ 0'),
    z.lte(MAX_ROW_TONNES, 'expected at most 1,000,000,000 t in one row'),
  );

export const localizedTextSchema = z.object({ id: nonEmpty, en: nonEmpty });
export const commodityGroupSchema = z.enum(COMMODITY_GROUPS);
export const commodityCodeSchema = z.enum(COMMODITY_CODES);
export const dataStatusSchema = z.enum(DATA_STATUSES);
export const granularitySchema = z.enum(GRANULARITIES);
export const flowDimensionSchema = z.enum(FLOW_DIMENSIONS);

export const centroidSchema = z.object({
  lat: z.number().check(z.gte(-90), z.lte(90)),
  lon: z.number().check(z.gte(-180), z.lte(180)),
});

/**
 * An origin is a place (a province, regency, city or country) or `unlocated`: a source of supply
 * that is no place, such as Bulog's releases from the government rice stock, which Food Station
 * reports as an origin share beside the provinces. An unlocated origin has no province and no
 * centroid (null): a map names it instead of drawing it.
 */
export const regionSchema = z
  .object({
    code: nonEmpty,
    name: localizedTextSchema,
    level: z.enum(['province', 'regency', 'city', 'country', 'unlocated']),
    parentCode: z.nullable(z.string()),
    centroid: z.nullable(centroidSchema),
  })
  .check(
    z.refine((region) => (region.level === 'unlocated') === (region.centroid === null), {
      message: 'an unlocated origin has no centroid (null); every place has one',
      path: ['centroid'],
    }),
  );

export const commoditySchema = z.object({
  code: commodityCodeSchema,
  group: commodityGroupSchema,
  name: localizedTextSchema,
});

export const entryPointSchema = z.object({
  code: nonEmpty,
  name: localizedTextSchema,
  kind: z.enum(['wholesale-market', 'slaughterhouse', 'fishing-port', 'fish-market', 'seaport', 'road']),
  regionCode: nonEmpty,
  centroid: centroidSchema,
  commodityGroups: z.array(commodityGroupSchema).check(z.minLength(1)),
});

export const sourceSchema = z.object({
  id: nonEmpty,
  title: nonEmpty,
  publisher: nonEmpty,
  url: z.nullable(httpsUrlSchema),
  date: partialDateSchema,
  kind: z.enum(['news', 'statistics', 'report', 'thesis', 'model']),
});

export const basketItemSchema = z.enum(BASKET_ITEMS);

export const claimSchema = z.object({
  id: nonEmpty,
  /** What the claim covers, as its source names it; null when it names no commodities. */
  basket: z.nullable(z.array(basketItemSchema).check(z.minLength(1))),
  /** The claimed share of Jakarta's food supplied from outside, as a fraction 0–1. */
  share: z.number().check(z.gte(0), z.lte(1)),
  comparator: z.enum(['about', 'almost', 'over', 'exact']),
  who: nonEmpty,
  date: partialDateSchema,
  sourceIds: z.array(nonEmpty).check(z.minLength(1)),
  note: z.nullable(localizedTextSchema),
});

export const agreementScopeSchema = z.enum([
  'food-security',
  'human-resources',
  'digital-government',
  'tourism-creative-economy',
  'arts-culture',
  'policy-learning',
]);

export const agreementSchema = z.object({
  id: nonEmpty,
  partnerCode: nonEmpty,
  signedOn: isoDateSchema,
  scope: z.array(agreementScopeSchema).check(z.minLength(1)),
  scopeConfirmed: z.boolean(),
  commodityGroups: z.array(commodityGroupSchema),
  sourceIds: z.array(nonEmpty).check(z.minLength(1)),
});

export const regionFactSchema = z.object({
  regionCode: nonEmpty,
  measure: z.enum([
    'rice-production',
    'rice-consumption',
    'rice-harvested-area',
    'paddy-production-gkg',
    'paddy-production-gkp',
    'fish-catch',
    'fish-shipped-to-java',
  ]),
  value: z.number().check(z.nonnegative()),
  unit: z.enum(['t', 'ha']),
  /** The year (or the year and last month, for a partial year) the figure covers. */
  period: partialDateSchema,
  status: dataStatusSchema,
  sourceIds: z.array(nonEmpty).check(z.minLength(1)),
});

export const datasetMetaSchema = z.object({
  dataset: z.object({
    id: nonEmpty,
    name: nonEmpty,
    kind: z.enum(['demo', 'server', 'imported']),
  }),
  coverage: z.object({ from: isoDateSchema, to: isoDateSchema }),
  maxRows: z.int().check(z.positive()),
  /**
   * The provinces (Kemendagri codes) whose inflows the dataset holds, its home destination first
   * (Jakarta when held): own production, stocks, the food balance and needs are the home
   * destination's. Absent from a server that predates the destination parameter, which means
   * DKI Jakarta (31) alone.
   */
  destinations: z.optional(z.array(nonEmpty).check(z.minLength(1))),
});

/** The province an answer is about; absent means DKI Jakarta (31), the contract's default. */
const destinationField = { destination: z.optional(nonEmpty) };

/**
 * Present when a series was reduced to a plot width: M4 kept, per column of periods, the first,
 * last, smallest and largest value of every series, so no peak or trough is lost.
 */
export const reductionSchema = z.object({
  method: z.literal('m4'),
  width: z.int().check(z.positive()),
  periods: z.int().check(z.nonnegative()),
  keptPeriods: z.int().check(z.nonnegative()),
});

const flowKeyFields = {
  commodity: z.optional(commodityCodeSchema),
  group: z.optional(commodityGroupSchema),
  origin: z.optional(nonEmpty),
  province: z.optional(nonEmpty),
  entryPoint: z.optional(nonEmpty),
};

export const flowRowSchema = z.object({
  period: isoDateSchema,
  ...flowKeyFields,
  tonnes: z.nullable(tonnesSchema),
  status: dataStatusSchema,
  sourceIds: z.array(nonEmpty),
});

/**
 * Two rows for the same period and group would be added up by every chart (a doubled total that
 * looks like growth): such an answer is refused, naming each repeated row and the row it repeats.
 */
function uniqueRows<R, V extends { rows: readonly R[] } = { rows: readonly R[] }>(
  keyOf: (row: R, value: V) => string,
) {
  return z.superRefine<V>((value, ctx) => {
    const first = new Map<string, number>();
    value.rows.forEach((row, index) => {
      const key = keyOf(row, value);
      const earlier = first.get(key);
      if (earlier === undefined) first.set(key, index);
      else
        ctx.issues.push({
          code: 'custom',
          message: `duplicate of rows.${earlier} (${key})`,
          path: ['rows', index],
          input: row,
        });
    });
  });
}

export const flowsResponseSchema = z
  .object({
    from: isoDateSchema,
    to: isoDateSchema,
    ...destinationField,
    granularity: granularitySchema,
    groupBy: z.array(flowDimensionSchema),
    reduction: z.optional(reductionSchema),
    rows: z.array(flowRowSchema),
  })
  .check(
    uniqueRows<
      z.output<typeof flowRowSchema>,
      { groupBy: FlowDimension[]; rows: z.output<typeof flowRowSchema>[] }
    >((row, value) =>
      [row.period, ...value.groupBy.map((dimension) => `${dimension}=${row[dimension] ?? ''}`)].join(' '),
    ),
  );

export const productionRowSchema = z.object({
  period: isoDateSchema,
  group: commodityGroupSchema,
  tonnes: z.nullable(tonnesSchema),
  status: dataStatusSchema,
  sourceIds: z.array(nonEmpty),
});

export const productionResponseSchema = z
  .object({
    from: isoDateSchema,
    to: isoDateSchema,
    ...destinationField,
    granularity: granularitySchema,
    rows: z.array(productionRowSchema),
  })
  .check(uniqueRows((row: z.output<typeof productionRowSchema>) => `${row.period} group=${row.group}`));

export const stockRowSchema = z.object({
  period: isoDateSchema,
  /** Stock at the end of the period's last covered day. */
  closingTonnes: z.nullable(tonnesSchema),
  status: dataStatusSchema,
  sourceIds: z.array(nonEmpty),
});

export const stocksResponseSchema = z
  .object({
    entryPoint: nonEmpty,
    from: isoDateSchema,
    to: isoDateSchema,
    ...destinationField,
    granularity: granularitySchema,
    rows: z.array(stockRowSchema),
  })
  .check(uniqueRows((row: z.output<typeof stockRowSchema>) => row.period));

export const destinationSchema = z.enum(DESTINATIONS);
export const productionKindSchema = z.enum(PRODUCTION_KINDS);
export const balanceItemSchema = z.enum(['onward', 'stock-change', 'production']);

const ITEM_DETAILS: Record<string, readonly (string | null)[]> = {
  onward: DESTINATIONS,
  'stock-change': [null],
  production: PRODUCTION_KINDS,
};

/**
 * One part of Jakarta's food balance besides the inflow (which /flows serves): onward outflow
 * from Jakarta's hubs by destination, the change of stock held in them, own production by kind.
 */
export const balanceRowSchema = z
  .object({
    period: isoDateSchema,
    commodity: commodityCodeSchema,
    item: balanceItemSchema,
    /** The destination (onward), the kind of production (production); null for stock change. */
    detail: z.nullable(z.string()),
    /** Tonnes; only a stock change may be negative (stock drawn down). */
    tonnes: z.nullable(z.number()),
    status: dataStatusSchema,
    sourceIds: z.array(nonEmpty),
  })
  .check(
    z.refine((row) => (ITEM_DETAILS[row.item] ?? []).includes(row.detail), {
      message: 'detail must be a destination (onward), a production kind (production) or null (stock-change)',
      path: ['detail'],
    }),
    z.refine((row) => row.item === 'stock-change' || row.tonnes === null || row.tonnes >= 0, {
      message: 'expected tonnes ≥ 0 (only a stock change may be negative)',
      path: ['tonnes'],
    }),
  );

export const balanceResponseSchema = z.object({
  from: isoDateSchema,
  to: isoDateSchema,
  ...destinationField,
  granularity: granularitySchema,
  rows: z.array(balanceRowSchema),
});

/** A published estimate of what Jakarta needs, over the period its publisher gave, never re-cut. */
export const needSchema = z.object({
  id: nonEmpty,
  from: isoDateSchema,
  to: isoDateSchema,
  /** What the figure covers: "beef + buffalo" is one figure over two items. */
  items: z.array(basketItemSchema).check(z.minLength(1)),
  tonnes: tonnesSchema,
  reference: z.enum(['dkpkp-prognosis', 'bapanas-balance', 'official-statement']),
  status: dataStatusSchema,
  sourceIds: z.array(nonEmpty).check(z.minLength(1)),
});

export const problemSchema = z.object({
  type: z._default(z.string(), 'about:blank'),
  title: z.string(),
  status: z.int(),
  detail: z.optional(z.string()),
  errors: z.optional(z.array(z.object({ field: z.string(), message: z.string() }))),
});

/**
 * A reference catalogue read record by record: one bad record (a region without a centroid, a
 * source cited over http://) is left out and only what uses it loses its name or details — the
 * code is shown with a notice — instead of every panel failing on the whole list.
 */
function referenceList<T extends z.ZodMiniType>(record: T) {
  return z.pipe(
    z.array(z.unknown()),
    z.transform((items): z.output<T>[] =>
      items.flatMap((item) => {
        const parsed = record.safeParse(item);
        return parsed.success ? [parsed.data as z.output<T>] : [];
      }),
    ),
  );
}

export const regionsResponseSchema = referenceList(regionSchema);
export const commoditiesResponseSchema = z.array(commoditySchema);
export const entryPointsResponseSchema = z.array(entryPointSchema);
export const sourcesResponseSchema = referenceList(sourceSchema);
export const claimsResponseSchema = z.array(claimSchema);
export const agreementsResponseSchema = z.array(agreementSchema);
export const regionFactsResponseSchema = z.array(regionFactSchema);
export const needsResponseSchema = z.array(needSchema);

export type LocalizedText = z.infer<typeof localizedTextSchema>;
export type Region = z.infer<typeof regionSchema>;
export type Commodity = z.infer<typeof commoditySchema>;
export type EntryPoint = z.infer<typeof entryPointSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Claim = z.infer<typeof claimSchema>;
export type Agreement = z.infer<typeof agreementSchema>;
export type AgreementScope = z.infer<typeof agreementScopeSchema>;
export type RegionFact = z.infer<typeof regionFactSchema>;
export type DatasetMeta = z.infer<typeof datasetMetaSchema>;
export type FlowRow = z.infer<typeof flowRowSchema>;
export type Reduction = z.infer<typeof reductionSchema>;
export type FlowsResponse = z.infer<typeof flowsResponseSchema>;
export type ProductionRow = z.infer<typeof productionRowSchema>;
export type ProductionResponse = z.infer<typeof productionResponseSchema>;
export type StockRow = z.infer<typeof stockRowSchema>;
export type StocksResponse = z.infer<typeof stocksResponseSchema>;
export type Problem = z.infer<typeof problemSchema>;
export type BasketItemName = z.infer<typeof basketItemSchema>;
export type BalanceRow = z.infer<typeof balanceRowSchema>;
export type BalanceResponse = z.infer<typeof balanceResponseSchema>;
export type Need = z.infer<typeof needSchema>;
