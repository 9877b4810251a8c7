import { describe, expect, test } from 'vitest';
import { HttpError } from '../../../src/api/errors';
import { createApiClient, type FlowsParams } from '../../../src/api/http-client';
import {
  agreementsResponseSchema,
  balanceResponseSchema,
  balanceRowSchema,
  needsResponseSchema,
  claimsResponseSchema,
  commoditiesResponseSchema,
  datasetMetaSchema,
  entryPointsResponseSchema,
  flowsResponseSchema,
  productionResponseSchema,
  regionsResponseSchema,
  sourcesResponseSchema,
  stocksResponseSchema,
  type FlowRow,
} from '../../../src/contract/schemas';
import type { FlowDimension } from '../../../src/domain/flow-store';
import { GRANULARITIES, periodStarts } from '../../../src/domain/period';
import { demoLocalDataset } from '../../../mocks/demo-dataset/demo-local-dataset';
import { createHandlers, TEST_API_BASE_URL } from '../../../mocks/handlers';
import { server } from '../../../mocks/node';
import { as, caught } from '../../helpers/caught';

// Every response goes through the real HTTP client (which validates it) against MSW in Node; the
// tests parse it once more with the schema so a client that stopped validating would be noticed.
const client = createApiClient({ baseUrl: TEST_API_BASE_URL, timeoutMs: 10_000 });

function expectValid(schema: { safeParse(value: unknown): { success: boolean } }, value: unknown) {
  expect(schema.safeParse(value).success).toBe(true);
}

async function flows(params: Partial<FlowsParams> & Pick<FlowsParams, 'from' | 'to'>) {
  const response = await client.getFlows({ granularity: 'month', groupBy: [], ...params });
  expectValid(flowsResponseSchema, response);
  return response;
}

const DIMENSION_FIELD: Record<FlowDimension, keyof FlowRow> = {
  commodity: 'commodity',
  group: 'group',
  origin: 'origin',
  province: 'province',
  entryPoint: 'entryPoint',
};

describe('catalogue endpoints', () => {
  test('/meta: a demo dataset covering 2019-01-01 to at least 2025-12-31', async () => {
    const meta = await client.getMeta();
    expectValid(datasetMetaSchema, meta);
    expect(meta.dataset.kind).toBe('demo');
    expect(meta.coverage.from).toBe('2019-01-01');
    expect(meta.coverage.to >= '2025-12-31').toBe(true);
  });

  test('/regions: unique codes; every regency or city has a parent in the list', async () => {
    const regions = await client.getRegions();
    expectValid(regionsResponseSchema, regions);
    // The list is read record by record (a bad record is left out): every record sent is whole.
    expect(regions).toHaveLength(demoLocalDataset().regions.length);
    const codes = new Set(regions.map((r) => r.code));
    expect(codes.size).toBe(regions.length);
    for (const region of regions) {
      if (region.level === 'regency' || region.level === 'city')
        expect(codes.has(region.parentCode ?? '')).toBe(true);
      else expect(region.parentCode).toBeNull();
    }
  });

  test('/commodities, /entry-points, /sources: valid', async () => {
    expectValid(commoditiesResponseSchema, await client.getCommodities());
    expectValid(entryPointsResponseSchema, await client.getEntryPoints());
    const sources = await client.getSources();
    expectValid(sourcesResponseSchema, sources);
    expect(sources).toHaveLength(demoLocalDataset().sources.length);
    expect(new Set(sources.map((s) => s.id)).size).toBe(sources.length);
  });

  test('/claims: valid, with the 90% claim of Biro Kerja Sama Daerah', async () => {
    const claims = await client.getClaims();
    expectValid(claimsResponseSchema, claims);
    expect(claims.find((c) => c.id === 'biro-ksd-2025')).toMatchObject({ share: 0.9, date: '2025-10-03' });
  });

  test('/agreements: valid, one per partner of 3 October 2025', async () => {
    const agreements = await client.getAgreements();
    expectValid(agreementsResponseSchema, agreements);
    expect(agreements.map((a) => a.partnerCode).sort()).toEqual(['13.77', '14.71', '61', '61.04', '74.01']);
  });

  test('every source id a claim or agreement cites exists', async () => {
    const ids = new Set((await client.getSources()).map((s) => s.id));
    const cited = [
      ...(await client.getClaims()).flatMap((c) => c.sourceIds),
      ...(await client.getAgreements()).flatMap((a) => a.sourceIds),
    ];
    expect(cited.filter((id) => !ids.has(id))).toEqual([]);
  });
});

describe('/flows across a spread of parameters', () => {
  test.each(GRANULARITIES)('granularity %s: one row per period, periods in order', async (granularity) => {
    const range = { from: '2021-09-20', to: '2021-10-20' };
    const response = await flows({ ...range, granularity });
    expect(response.granularity).toBe(granularity);
    expect(response.rows.map((r) => r.period)).toEqual(periodStarts(range, granularity));
    expect(response.rows.every((r) => r.tonnes !== null && r.tonnes > 0)).toBe(true);
  });

  test('commodity as a group ("meat") gives the same total as its three forms', async () => {
    const range = { from: '2022-01-01', to: '2022-03-31' };
    const byGroup = await flows({ ...range, commodities: ['meat'] });
    const byForms = await flows({ ...range, commodities: ['meat-beef', 'meat-buffalo', 'meat-chicken'] });
    expect(byGroup.rows).toEqual(byForms.rows);
  });

  test('commodity as a form ("meat-beef") with groupBy commodity returns only that form', async () => {
    const response = await flows({
      from: '2022-01-01',
      to: '2022-12-31',
      commodities: ['meat-beef'],
      groupBy: ['commodity'],
    });
    expect(new Set(response.rows.map((r) => r.commodity))).toEqual(new Set(['meat-beef']));
  });

  test.each<FlowDimension[]>([
    ['commodity'],
    ['group'],
    ['origin'],
    ['province'],
    ['entryPoint'],
    ['group', 'province'],
    ['commodity', 'origin', 'entryPoint'],
  ])('groupBy %j: every row carries exactly those keys', async (...groupBy) => {
    const response = await flows({ from: '2023-01-01', to: '2023-06-30', groupBy });
    // The client sorts list parameters (one URL per query, for caching); order carries no meaning.
    expect([...response.groupBy].sort()).toEqual([...groupBy].sort());
    expect(response.rows.length).toBeGreaterThan(0);
    const absent = (Object.keys(DIMENSION_FIELD) as FlowDimension[]).filter((d) => !groupBy.includes(d));
    for (const row of response.rows) {
      for (const dimension of groupBy) expect(row[DIMENSION_FIELD[dimension]]).toBeTruthy();
      for (const dimension of absent) expect(row[DIMENSION_FIELD[dimension]]).toBeUndefined();
    }
  });

  test('grouped rows add up to the ungrouped total', async () => {
    const range = { from: '2023-01-01', to: '2023-12-31', granularity: 'year' as const };
    const total = (await flows(range)).rows[0]?.tonnes ?? Number.NaN;
    const byProvince = await flows({ ...range, groupBy: ['province'] });
    const sum = byProvince.rows.reduce((acc, row) => acc + (row.tonnes ?? 0), 0);
    expect(sum).toBeCloseTo(total, 1);
  });

  test('an origin filter returns only those origins', async () => {
    const response = await flows({
      from: '2021-01-01',
      to: '2021-12-31',
      origins: ['32.09', '32.15'],
      groupBy: ['origin'],
    });
    expect(new Set(response.rows.map((r) => r.origin))).toEqual(new Set(['32.09', '32.15']));
  });

  test('an entry-point filter returns only that entry point', async () => {
    const response = await flows({
      from: '2021-01-01',
      to: '2021-12-31',
      entryPoints: ['PIBC'],
      groupBy: ['entryPoint', 'group'],
    });
    expect(response.rows.every((r) => r.entryPoint === 'PIBC' && r.group === 'rice')).toBe(true);
  });

  test('the first month and the last month of coverage', async () => {
    const meta = await client.getMeta();
    const first = await flows({ from: meta.coverage.from, to: '2019-01-31', granularity: 'day' });
    expect(first.rows).toHaveLength(31);
    expect(first.rows.every((r) => r.tonnes !== null)).toBe(true);
    const lastMonth = `${meta.coverage.to.slice(0, 7)}-01`;
    const last = await flows({ from: lastMonth, to: meta.coverage.to, granularity: 'day' });
    expect(last.rows.at(-1)?.period).toBe(meta.coverage.to);
    expect(last.rows.every((r) => r.tonnes !== null)).toBe(true);
  });

  test('a range straddling the start of coverage: the month before is null (not reported), not 0', async () => {
    const response = await flows({ from: '2018-12-01', to: '2019-01-31' });
    expect(response.rows.map((r) => r.period)).toEqual(['2018-12-01', '2019-01-01']);
    expect(response.rows[0]?.tonnes).toBeNull();
    expect(response.rows[1]?.tonnes).toBeGreaterThan(0);
  });

  test('a single day', async () => {
    const response = await flows({
      from: '2021-10-15',
      to: '2021-10-15',
      granularity: 'day',
      commodities: ['rice'],
    });
    expect(response.rows).toHaveLength(1);
    expect(response.rows[0]?.period).toBe('2021-10-15');
  });

  test('a range outside coverage: no rows', async () => {
    const response = await flows({ from: '2035-01-01', to: '2035-12-31', groupBy: ['group'] });
    expect(response.rows).toEqual([]);
  });

  test('from after to → HttpError 400 naming the field "to"', async () => {
    const error = as(
      await caught(
        client.getFlows({ from: '2024-12-31', to: '2024-01-01', granularity: 'month', groupBy: [] }),
      ),
      HttpError,
    );
    expect(error.status).toBe(400);
    expect(error.retryable).toBe(false);
    expect(error.problem?.errors?.map((e) => e.field)).toEqual(['to']);
  });

  test('an unknown commodity "gold" → HttpError 400 naming the field "commodity"', async () => {
    const error = as(
      await caught(
        client.getFlows({
          from: '2024-01-01',
          to: '2024-12-31',
          granularity: 'month',
          groupBy: [],
          // The contract's types forbid it; a hand-edited URL does not.
          commodities: ['gold' as 'rice'],
        }),
      ),
      HttpError,
    );
    expect(error.status).toBe(400);
    expect(error.problem?.errors?.map((e) => e.field)).toEqual(['commodity']);
    expect(error.problem?.errors?.[0]?.message).toContain('gold');
  });

  test('an unknown origin → HttpError 400 naming the field "origin"', async () => {
    const error = as(
      await caught(
        client.getFlows({
          from: '2024-01-01',
          to: '2024-12-31',
          granularity: 'month',
          groupBy: [],
          origins: ['99.99'],
        }),
      ),
      HttpError,
    );
    expect(error.status).toBe(400);
    expect(error.problem?.errors?.map((e) => e.field)).toEqual(['origin']);
  });

  test('a daily query by origin over seven years is too large → HttpError 422', async () => {
    const error = as(
      await caught(
        client.getFlows({ from: '2019-01-01', to: '2025-12-31', granularity: 'day', groupBy: ['origin'] }),
      ),
      HttpError,
    );
    expect(error.status).toBe(422);
    expect(error.retryable).toBe(false);
    expect(error.problem?.errors?.map((e) => e.field)).toEqual(['granularity']);
  });
});

describe('/production', () => {
  test.each(GRANULARITIES)('granularity %s: valid, one row per group and period', async (granularity) => {
    const range = { from: '2024-02-20', to: '2024-03-10' };
    const response = await client.getProduction({ ...range, granularity });
    expectValid(productionResponseSchema, response);
    expect(response.rows).toHaveLength(periodStarts(range, granularity).length * 3);
  });

  test('a group filter', async () => {
    const response = await client.getProduction({
      from: '2023-01-01',
      to: '2024-12-31',
      granularity: 'year',
      groups: ['rice'],
    });
    expect(response.rows.map((r) => [r.period, r.group])).toEqual([
      ['2023-01-01', 'rice'],
      ['2024-01-01', 'rice'],
    ]);
  });

  test('a range outside coverage: rows with null tonnes', async () => {
    const response = await client.getProduction({
      from: '2010-01-01',
      to: '2010-12-31',
      granularity: 'year',
    });
    expect(response.rows).toHaveLength(3);
    expect(response.rows.every((r) => r.tonnes === null)).toBe(true);
  });

  test('from after to → 400 naming "to"', async () => {
    const error = as(
      await caught(client.getProduction({ from: '2024-02-01', to: '2024-01-01', granularity: 'month' })),
      HttpError,
    );
    expect(error.status).toBe(400);
    expect(error.problem?.errors?.map((e) => e.field)).toEqual(['to']);
  });
});

describe('/stocks', () => {
  test.each(GRANULARITIES)('granularity %s: valid closing stock at PIBC', async (granularity) => {
    const range = { from: '2024-04-25', to: '2024-05-05' };
    const response = await client.getStocks({ ...range, granularity, entryPoint: 'PIBC' });
    expectValid(stocksResponseSchema, response);
    expect(response.rows.map((r) => r.period)).toEqual(periodStarts(range, granularity));
    expect(response.rows.every((r) => r.closingTonnes !== null && r.closingTonnes > 0)).toBe(true);
  });

  test('a range outside coverage: rows with null stock', async () => {
    const response = await client.getStocks({
      from: '2035-01-01',
      to: '2035-03-31',
      granularity: 'month',
      entryPoint: 'PIBC',
    });
    expect(response.rows).toHaveLength(3);
    expect(response.rows.every((r) => r.closingTonnes === null)).toBe(true);
  });

  test('an entry point without stock → 404 naming "entryPoint"', async () => {
    const error = as(
      await caught(
        client.getStocks({
          from: '2024-01-01',
          to: '2024-01-31',
          granularity: 'day',
          entryPoint: 'RPH-CAKUNG',
        }),
      ),
      HttpError,
    );
    expect(error.status).toBe(404);
    expect(error.problem?.errors?.map((e) => e.field)).toEqual(['entryPoint']);
  });
});

describe('base URL', () => {
  test('the client puts the base URL from its options in front of every request', async () => {
    const otherBase = 'http://mirror.arus-pangan.test/data/v2';
    server.use(...createHandlers(otherBase));
    const requested: string[] = [];
    server.events.on('request:start', ({ request }) => requested.push(request.url));

    const other = createApiClient({ baseUrl: `${otherBase}/`, timeoutMs: 10_000 });
    expect(other.baseUrl).toBe(otherBase);
    await other.getMeta();
    await other.getRegions();
    await other.getCommodities();
    await other.getEntryPoints();
    await other.getSources();
    await other.getClaims();
    await other.getAgreements();
    await other.getFlows({ from: '2024-01-01', to: '2024-01-31', granularity: 'month', groupBy: [] });
    await other.getProduction({ from: '2024-01-01', to: '2024-01-31', granularity: 'month' });
    await other.getStocks({ from: '2024-01-01', to: '2024-01-31', granularity: 'month', entryPoint: 'PIBC' });

    expect(requested).toHaveLength(10);
    expect(requested.filter((url) => !url.startsWith(`${otherBase}/`))).toEqual([]);
    expect(requested.map((url) => new URL(url).pathname)).toEqual(
      [
        '/meta',
        '/regions',
        '/commodities',
        '/entry-points',
        '/sources',
        '/claims',
        '/agreements',
        '/flows',
        '/production',
        '/stocks',
      ].map((path) => `/data/v2${path}`),
    );
  });
});

describe('/balance and /needs', () => {
  test('onward by destination, stock change and production by kind, each with status and sources', async () => {
    const response = await client.getBalance({ from: '2024-01-01', to: '2024-12-31', granularity: 'month' });
    expectValid(balanceResponseSchema, response);
    const kinds = new Set(response.rows.map((row) => `${row.commodity}:${row.item}:${row.detail ?? '-'}`));
    for (const key of [
      'rice-milled:onward:buffer-zone',
      'rice-milled:onward:inter-island',
      'rice-milled:stock-change:-',
      'rice-milled:production:grown',
      'fish-marine:onward:export',
      'fish-marine:production:landed',
      'fish-marine:production:caught',
      'fish-freshwater:production:farmed',
      'meat-beef:production:raised',
      'meat-beef:production:slaughtered',
    ])
      expect(kinds, key).toContain(key);
    expect(response.rows.every((row) => row.sourceIds.length > 0)).toBe(true);
    // 12 months of every series: no period is left out
    const rice = response.rows.filter(
      (row) => row.commodity === 'rice-milled' && row.item === 'stock-change',
    );
    expect(rice.map((row) => row.period)).toEqual(
      periodStarts({ from: '2024-01-01', to: '2024-12-31' }, 'month'),
    );
  });

  test('the stock change of a period is its closing stock minus the closing stock of the day before', async () => {
    const [balance, stocks] = await Promise.all([
      client.getBalance({
        from: '2024-03-01',
        to: '2024-03-31',
        granularity: 'month',
        commodities: ['rice'],
      }),
      client.getStocks({ from: '2024-02-29', to: '2024-03-31', granularity: 'day', entryPoint: 'PIBC' }),
    ]);
    const change = balance.rows.find((row) => row.item === 'stock-change')?.tonnes;
    const opening = stocks.rows[0]?.closingTonnes ?? Number.NaN;
    const closing = stocks.rows.at(-1)?.closingTonnes ?? Number.NaN;
    expect(change).toBeCloseTo(closing - opening, 3);
  });

  test('monthly rows add up to the yearly row', async () => {
    const monthly = await client.getBalance({
      from: '2023-01-01',
      to: '2023-12-31',
      granularity: 'month',
      commodities: ['fish-marine'],
    });
    const yearly = await client.getBalance({
      from: '2023-01-01',
      to: '2023-12-31',
      granularity: 'year',
      commodities: ['fish-marine'],
    });
    const export2023 =
      yearly.rows.find((row) => row.item === 'onward' && row.detail === 'export')?.tonnes ?? Number.NaN;
    const sum = monthly.rows
      .filter((row) => row.item === 'onward' && row.detail === 'export')
      .reduce((total, row) => total + (row.tonnes ?? Number.NaN), 0);
    expect(sum).toBeCloseTo(export2023, 1);
  });

  test('a row with a destination on a production item, or a negative onward outflow, breaks the contract', () => {
    const row = {
      period: '2024-01-01',
      commodity: 'rice-milled',
      item: 'production',
      detail: 'export',
      tonnes: 5,
      status: 'reported',
      sourceIds: [],
    };
    expect(balanceRowSchema.safeParse(row).success).toBe(false);
    expect(balanceRowSchema.safeParse({ ...row, item: 'onward', tonnes: -1 }).success).toBe(false);
    expect(
      balanceRowSchema.safeParse({ ...row, item: 'stock-change', detail: null, tonnes: -1 }).success,
    ).toBe(true);
  });

  test('/needs: published needs as their own series; a range keeps those that overlap it', async () => {
    const needs = await client.getNeeds();
    expectValid(needsResponseSchema, needs);
    expect(needs.some((need) => need.reference === 'dkpkp-prognosis' && need.status === 'forecast')).toBe(
      true,
    );
  });

  test('claims name their basket, or null when the source names none', async () => {
    const claims = await client.getClaims();
    expect(claims.find((claim) => claim.id === 'laporan-ketahanan-pangan-2024')?.basket).toEqual([
      'rice',
      'beef',
      'eggs',
      'chicken',
      'chili',
      'shallots',
    ]);
    expect(claims.find((claim) => claim.id === 'biro-ksd-2025')?.basket).toBeNull();
  });

  test('a missing range is a 400 with the field named', async () => {
    const error = as(
      await caught(client.getBalance({ from: '2024-01-01', to: '', granularity: 'month' })),
      HttpError,
    );
    expect(error.status).toBe(400);
    expect(error.problem?.errors?.map((e) => e.field)).toEqual(['to']);
  });
});
