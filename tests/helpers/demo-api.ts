import type * as z from 'zod/mini';
import {
  balanceResponseSchema,
  flowsResponseSchema,
  needsResponseSchema,
  problemSchema,
  productionResponseSchema,
  stocksResponseSchema,
} from '../../src/contract/schemas';
import { createLocalApi, type LocalApiRoute } from '../../src/local-api/local-api';
import { demoLocalDataset } from '../../mocks/demo-dataset/demo-local-dataset';

/**
 * The demo dataset answered in-process through the local API (no HTTP), with every answer checked
 * against the contract. Generated once per test file (each file has its own module registry).
 */
export function demoApi() {
  const dataset = demoLocalDataset();
  const api = createLocalApi(dataset);

  function call<T extends z.ZodMiniType>(
    route: LocalApiRoute,
    params: Record<string, string>,
    schema: T,
  ): z.output<T> {
    const response = api.handle(route, new URLSearchParams(params));
    if (response.status !== 200) {
      const problem = problemSchema.safeParse(response.body);
      throw new Error(`${route} answered ${response.status}: ${problem.success ? problem.data.detail : ''}`);
    }
    return schema.parse(response.body);
  }

  return {
    dataset,
    flows: (params: Record<string, string>) => call('/flows', params, flowsResponseSchema),
    production: (params: Record<string, string>) => call('/production', params, productionResponseSchema),
    stocks: (params: Record<string, string>) => call('/stocks', params, stocksResponseSchema),
    balance: (params: Record<string, string>) => call('/balance', params, balanceResponseSchema),
    needs: (params: Record<string, string> = {}) => call('/needs', params, needsResponseSchema),
  };
}

/** Sum of the tonnes of some rows; a null row makes the whole sum NaN so it cannot pass silently. */
export function totalTonnes(rows: readonly { tonnes: number | null }[]): number {
  return rows.reduce((sum, row) => sum + (row.tonnes ?? Number.NaN), 0);
}
