// The API contract as zod schemas. The HTTP client validates every response with these, and the
// mock server builds its responses to them; docs/api/openapi.yaml describes the same shapes.
import { z } from 'zod';
import { isIsoDate } from '../domain/calendar-date';
import { COMMODITY_CODES, COMMODITY_GROUPS } from '../domain/commodity';
import { DATA_STATUSES } from '../domain/data-status';
import { FLOW_DIMENSIONS } from '../domain/flow-store';
import { GRANULARITIES } from '../domain/period';

// The Content-Security-Policy forbids eval; without this zod probes `new Function` and the
// browser reports a violation even though zod catches it.
z.config({ jitless: true });

export const isoDateSchema = z.string().refine(isIsoDate, { message: 'expected a date as YYYY-MM-DD' });
/** A publication date that may be known only to the year or month. */
export const partialDateSchema = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD');
const httpsUrlSchema = z.string().regex(/^https:\/\/[^\s]+$/, 'expected an https:// address');
const tonnesSchema = z.number().finite().nonnegative();

export const localizedTextSchema = z.object({ id: z.string().min(1), en: z.string().min(1) });
export const commodityGroupSchema = z.enum(COMMODITY_GROUPS);
export const commodityCodeSchema = z.enum(COMMODITY_CODES);
export const dataStatusSchema = z.enum(DATA_STATUSES);
export const granularitySchema = z.enum(GRANULARITIES);
export const flowDimensionSchema = z.enum(FLOW_DIMENSIONS);

export const centroidSchema = z.object({
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
});

export const regionSchema = z.object({
  code: z.string().min(1),
  name: localizedTextSchema,
  level: z.enum(['province', 'regency', 'city', 'country']),
  parentCode: z.string().nullable(),
  centroid: centroidSchema,
});

export const commoditySchema = z.object({
  code: commodityCodeSchema,
  group: commodityGroupSchema,
  name: localizedTextSchema,
});

export const entryPointSchema = z.object({
  code: z.string().min(1),
  name: localizedTextSchema,
  kind: z.enum(['wholesale-market', 'slaughterhouse', 'fishing-port', 'fish-market', 'seaport', 'road']),
  regionCode: z.string().min(1),
  centroid: centroidSchema,
  commodityGroups: z.array(commodityGroupSchema).min(1),
});

export const sourceSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  publisher: z.string().min(1),
  url: httpsUrlSchema.nullable(),
  date: partialDateSchema,
  kind: z.enum(['news', 'statistics', 'report', 'thesis', 'model']),
});

export const claimSchema = z.object({
  id: z.string().min(1),
  /** The claimed share of Jakarta's food supplied from outside, as a fraction 0–1. */
  share: z.number().min(0).max(1),
  comparator: z.enum(['about', 'almost', 'over', 'exact']),
  who: z.string().min(1),
  date: partialDateSchema,
  sourceIds: z.array(z.string().min(1)).min(1),
  note: localizedTextSchema.nullable(),
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
  id: z.string().min(1),
  partnerCode: z.string().min(1),
  signedOn: isoDateSchema,
  scope: z.array(agreementScopeSchema).min(1),
  scopeConfirmed: z.boolean(),
  commodityGroups: z.array(commodityGroupSchema),
  sourceIds: z.array(z.string().min(1)).min(1),
});

export const datasetMetaSchema = z.object({
  dataset: z.object({
    id: z.string().min(1),
    name: z.string().min(1),
    kind: z.enum(['demo', 'server', 'imported']),
  }),
  coverage: z.object({ from: isoDateSchema, to: isoDateSchema }),
  maxRows: z.number().int().positive(),
});

const flowKeyFields = {
  commodity: commodityCodeSchema.optional(),
  group: commodityGroupSchema.optional(),
  origin: z.string().min(1).optional(),
  province: z.string().min(1).optional(),
  entryPoint: z.string().min(1).optional(),
};

export const flowRowSchema = z.object({
  period: isoDateSchema,
  ...flowKeyFields,
  tonnes: tonnesSchema.nullable(),
  status: dataStatusSchema,
  sourceIds: z.array(z.string().min(1)),
});

export const flowsResponseSchema = z.object({
  from: isoDateSchema,
  to: isoDateSchema,
  granularity: granularitySchema,
  groupBy: z.array(flowDimensionSchema),
  rows: z.array(flowRowSchema),
});

export const productionRowSchema = z.object({
  period: isoDateSchema,
  group: commodityGroupSchema,
  tonnes: tonnesSchema.nullable(),
  status: dataStatusSchema,
  sourceIds: z.array(z.string().min(1)),
});

export const productionResponseSchema = z.object({
  from: isoDateSchema,
  to: isoDateSchema,
  granularity: granularitySchema,
  rows: z.array(productionRowSchema),
});

export const stockRowSchema = z.object({
  period: isoDateSchema,
  /** Stock at the end of the period's last covered day. */
  closingTonnes: tonnesSchema.nullable(),
  status: dataStatusSchema,
  sourceIds: z.array(z.string().min(1)),
});

export const stocksResponseSchema = z.object({
  entryPoint: z.string().min(1),
  from: isoDateSchema,
  to: isoDateSchema,
  granularity: granularitySchema,
  rows: z.array(stockRowSchema),
});

export const problemSchema = z.object({
  type: z.string().default('about:blank'),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
});

export const regionsResponseSchema = z.array(regionSchema);
export const commoditiesResponseSchema = z.array(commoditySchema);
export const entryPointsResponseSchema = z.array(entryPointSchema);
export const sourcesResponseSchema = z.array(sourceSchema);
export const claimsResponseSchema = z.array(claimSchema);
export const agreementsResponseSchema = z.array(agreementSchema);

export type LocalizedText = z.infer<typeof localizedTextSchema>;
export type Region = z.infer<typeof regionSchema>;
export type Commodity = z.infer<typeof commoditySchema>;
export type EntryPoint = z.infer<typeof entryPointSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Claim = z.infer<typeof claimSchema>;
export type Agreement = z.infer<typeof agreementSchema>;
export type AgreementScope = z.infer<typeof agreementScopeSchema>;
export type DatasetMeta = z.infer<typeof datasetMetaSchema>;
export type FlowRow = z.infer<typeof flowRowSchema>;
export type FlowsResponse = z.infer<typeof flowsResponseSchema>;
export type ProductionRow = z.infer<typeof productionRowSchema>;
export type ProductionResponse = z.infer<typeof productionResponseSchema>;
export type StockRow = z.infer<typeof stockRowSchema>;
export type StocksResponse = z.infer<typeof stocksResponseSchema>;
export type Problem = z.infer<typeof problemSchema>;
