// The demo API worker checks its own answers against the contract before it sends them, so the
// page does not run the schemas on its main thread (src/contract/checked-answer.ts).
import type * as z from 'zod/mini';
import * as schemas from '../src/contract/schemas';
import type { LocalApiRoute } from '../src/local-api/local-api';

/** The schema the API client checks each route's answer with (src/api/http-client.ts). */
const ANSWER_SCHEMAS: Record<LocalApiRoute, z.ZodMiniType> = {
  '/meta': schemas.datasetMetaSchema,
  '/regions': schemas.regionsResponseSchema,
  '/commodities': schemas.commoditiesResponseSchema,
  '/entry-points': schemas.entryPointsResponseSchema,
  '/sources': schemas.sourcesResponseSchema,
  '/claims': schemas.claimsResponseSchema,
  '/agreements': schemas.agreementsResponseSchema,
  '/region-facts': schemas.regionFactsResponseSchema,
  '/flows': schemas.flowsResponseSchema,
  '/production': schemas.productionResponseSchema,
  '/stocks': schemas.stocksResponseSchema,
  '/balance': schemas.balanceResponseSchema,
  '/needs': schemas.needsResponseSchema,
};

/**
 * A successful answer checked here: the schema's output, marked as checked. An answer that fails
 * its schema goes out unmarked and as it is, so the page checks it and reports it exactly as it
 * reports a server's bad answer.
 */
export function checkedAnswer(route: string, body: unknown): { body: unknown; checked: boolean } {
  const schema = (ANSWER_SCHEMAS as Partial<Record<string, z.ZodMiniType>>)[route];
  if (!schema) return { body, checked: false };
  const parsed = schema.safeParse(body);
  return parsed.success ? { body: parsed.data, checked: true } : { body, checked: false };
}
