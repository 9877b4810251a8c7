// One answer everywhere: the query suite against the in-memory local API (through the MSW
// handlers the dashboard's tests and demo use) and against the server over loopback HTTP, on each
// database engine (one test file per engine). Status, content type and the JSON text must be
// identical, byte for byte.
import { getResponse } from 'msw';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBalanceFile } from '../../src/import/balance-file';
import { bytesByteSource, importFlowFile } from '../../src/import/import-flow-file';
import { BUILT_IN_IMPORT_REFERENCE } from '../../src/import/import-reference';
import { importedLocalDataset } from '../../src/local-api/imported-local-dataset';
import type { LocalDataset } from '../../src/local-api/local-api';
import { ENTRY_POINTS } from '../../src/reference/entry-points';
import { createHandlers, inProcessAnswerer, TEST_API_BASE_URL } from '../../mocks/handlers';
import { demoLocalDataset } from '../../mocks/demo-dataset/demo-local-dataset';
import { startTestServer, upload, type TestServer } from './harness';
import { querySuite, type SuiteRequest } from './query-suite';

interface Answer {
  status: number;
  contentType: string;
  body: string;
}

async function viaMsw(dataset: () => LocalDataset, request: SuiteRequest): Promise<Answer> {
  const handlers = createHandlers(TEST_API_BASE_URL, inProcessAnswerer(dataset));
  const url = `${TEST_API_BASE_URL}${request.route}${request.query ? `?${request.query}` : ''}`;
  const response = await getResponse(handlers, new Request(url));
  if (!response) throw new Error(`MSW did not answer ${url}`);
  return {
    status: response.status,
    contentType: response.headers.get('Content-Type') ?? '',
    body: await response.text(),
  };
}

async function viaServer(url: string): Promise<Answer> {
  const response = await fetch(url);
  return {
    status: response.status,
    contentType: response.headers.get('Content-Type') ?? '',
    body: await response.text(),
  };
}

/** A few hundred requests each; embedded ClickHouse on a shared machine takes minutes for them. */
const SUITE_TIMEOUT_MS = 600_000;

const demo = demoLocalDataset();
const origins = [...new Set(demo.flows.series.map((s) => s.origin))];
const suite = querySuite({
  origins: [origins[0] ?? '', origins[3] ?? ''],
  entryPoints: [ENTRY_POINTS[0]?.code ?? '', ENTRY_POINTS[4]?.code ?? ''],
});

/** The whole differential suite against a server on the database `env` names. */
export function differentialSuite(engine: string, env: () => Record<string, string>): void {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ env: env() });
    expect(server.store.engine).toBe(engine);
  });
  afterAll(async () => {
    await server.dispose();
  });

  describe('the demo dataset', () => {
    it('the suite covers every kind of answer', () => {
      expect(suite.length).toBeGreaterThan(200);
    });

    it(
      'answers every request of the suite exactly as the local API does',
      async () => {
        const mismatches: string[] = [];
        const statuses = new Set<number>();
        for (const request of suite) {
          const expected = await viaMsw(() => demo, request);
          const actual = await viaServer(
            `${server.api(request.route)}${request.query ? `?${request.query}` : ''}`,
          );
          statuses.add(actual.status);
          if (JSON.stringify(actual) !== JSON.stringify(expected)) {
            mismatches.push(
              `${request.route}?${request.query}\n  local:  ${expected.status} ${expected.body.slice(0, 300)}\n  server: ${actual.status} ${actual.body.slice(0, 300)}`,
            );
          }
        }
        expect(mismatches).toEqual([]);
        expect([...statuses].sort()).toEqual([200, 400, 404, 422]);
      },
      SUITE_TIMEOUT_MS,
    );

    it('reduces a year of days to the plot width the request names, and says so', async () => {
      // 3 groups at 100 px: m4ColumnsFor(100, 3) = floor(100 / 8) = 12 columns of about 30 days,
      // each keeping at most 2 + 2 × 3 = 8 days, so at most 96 of the 366 days of 2024.
      const year = '/flows?from=2024-01-01&to=2024-12-31&granularity=day&groupBy=group';
      const full = JSON.parse((await viaServer(server.api(year))).body);
      const answer = JSON.parse((await viaServer(server.api(`${year}&width=100`))).body);
      expect(full.rows).toHaveLength(366 * 3);
      expect(answer.reduction).toMatchObject({ method: 'm4', width: 100, periods: 366 });
      expect(answer.reduction.keptPeriods).toBeLessThanOrEqual(96);
      expect(answer.rows).toHaveLength(answer.reduction.keptPeriods * 3);
      // The year's largest day of each group survives the reduction at its true value.
      for (const group of ['rice', 'meat', 'fish']) {
        const peak = (rows: { group: string; tonnes: number | null }[]) =>
          Math.max(...rows.filter((r) => r.group === group).map((r) => r.tonnes ?? 0));
        expect(peak(answer.rows), group).toBe(peak(full.rows));
      }
    });

    it('says which destinations it holds, and answers another province with no rows', async () => {
      const meta = JSON.parse((await viaServer(server.api('/meta'))).body);
      expect(meta.destinations).toEqual(['31']);
      const jakarta = JSON.parse((await viaServer(server.api('/flows?from=2024-01-01&to=2024-12-31'))).body);
      const westJava = JSON.parse(
        (await viaServer(server.api('/flows?from=2024-01-01&to=2024-12-31&destination=32'))).body,
      );
      expect(jakarta.destination).toBe('31');
      expect(jakarta.rows).toHaveLength(12);
      expect(westJava).toMatchObject({ destination: '32', rows: [] });
    });

    it('tables survive every hostile parameter (bound parameters, not text in SQL)', async () => {
      const before = await viaServer(server.api('/flows?from=2024-01-01&to=2024-12-31&groupBy=origin'));
      await fetch(
        server.api('/flows?from=2024-01-01&to=2024-12-31&origin=%27%3B%20DROP%20TABLE%20flow_days%3B%20--'),
      );
      const after = await viaServer(server.api('/flows?from=2024-01-01&to=2024-12-31&groupBy=origin'));
      expect(after).toEqual(before);
      expect(JSON.parse(after.body).rows.length).toBeGreaterThan(12);
    });
  });

  describe('an uploaded dataset', () => {
    // Hand-made: two origins, one series with a gap (15 Jan not reported), a zero, values with
    // three decimals, a cell with SQL in its source, and one bad row the report must name.
    const file = [
      'date,origin,commodity,entry_point,tonnes,status,source',
      '2024-01-15,13.77,rice-milled,PIBC,12.5,reported,Laporan Dinas',
      '2024-01-16,13.77,rice-milled,PIBC,0,reported,Laporan Dinas',
      '2024-01-31,13.77,rice-milled,PIBC,7.125,reported,Laporan Dinas',
      '2024-02-01,13.77,rice-milled,PIBC,1.001,estimated,Laporan Dinas',
      "2024-01-20,14.71,fish-marine,PIM-MUARA-BARU,3.3,reported,'); DELETE FROM flow_days; --",
      '2024-02-29,14.71,fish-marine,PIM-MUARA-BARU,2.2,derived,',
      '2024-02-10,99.99,fish-marine,PIM-MUARA-BARU,1,reported,',
    ].join('\n');
    const bytes = new TextEncoder().encode(`${file}\n`);
    let local: LocalDataset;

    beforeAll(async () => {
      const token = server.token('differential');
      const response = await upload(server, bytes, {
        token,
        dataset: 'Dinas KPKP 2024',
        fileName: 'kpkp.csv',
      });
      expect(response.status).toBe(201);
      const outcome = await importFlowFile(bytesByteSource(bytes, 'kpkp.csv'), {
        reference: BUILT_IN_IMPORT_REFERENCE,
      });
      if (!outcome.flows) throw new Error('the browser import accepted nothing');
      const imported = importedLocalDataset({
        info: {
          id: 'dinas-kpkp-2024',
          name: 'Dinas KPKP 2024',
          fileName: 'kpkp.csv',
          fileBytes: bytes.length,
          importedAt: new Date().toISOString(),
          totalRows: outcome.report.totalRows,
          acceptedRows: outcome.report.acceptedRows,
          rejectedRows: outcome.report.rejectedRows,
          firstDay: outcome.flows.firstDay,
          lastDay: outcome.flows.lastDay,
          origins: outcome.report.origins,
          seriesCount: outcome.flows.series.length,
        },
        flows: outcome.flows,
        sources: outcome.sources,
      });
      local = {
        ...imported,
        meta: {
          ...imported.meta,
          dataset: { id: 'dinas-kpkp-2024', name: 'Dinas KPKP 2024', kind: 'server' },
        },
      };
    });

    it('has the figures worked out by hand', async () => {
      const answer = await viaServer(
        server.api(
          '/datasets/dinas-kpkp-2024/flows?from=2024-01-01&to=2024-02-29&granularity=month&groupBy=origin',
        ),
      );
      const rows = JSON.parse(answer.body).rows as {
        period: string;
        origin: string;
        tonnes: number | null;
        status: string;
      }[];
      expect(rows.map((r) => [r.period, r.origin, r.tonnes, r.status])).toEqual([
        ['2024-01-01', '13.77', 19.625, 'estimated'],
        ['2024-01-01', '14.71', 3.3, 'derived'],
        ['2024-02-01', '13.77', 1.001, 'estimated'],
        ['2024-02-01', '14.71', 2.2, 'derived'],
      ]);
    });

    it(
      'answers the suite exactly as the browser import does',
      async () => {
        const mismatches: string[] = [];
        const fileSuite = querySuite({
          origins: ['13.77', '14.71'],
          entryPoints: ['PIBC', 'PIM-MUARA-BARU'],
        });
        for (const request of fileSuite) {
          const expected = await viaMsw(() => local, request);
          const actual = await viaServer(
            `${server.api(`/datasets/dinas-kpkp-2024${request.route}`)}${request.query ? `?${request.query}` : ''}`,
          );
          if (JSON.stringify(actual) !== JSON.stringify(expected)) {
            mismatches.push(
              `${request.route}?${request.query}\n  local:  ${expected.status} ${expected.body.slice(0, 300)}\n  server: ${actual.status} ${actual.body.slice(0, 300)}`,
            );
          }
        }
        expect(mismatches).toEqual([]);
      },
      SUITE_TIMEOUT_MS,
    );
  });

  describe('an uploaded dataset with a balance table', () => {
    // Rice and marine fish in January and February 2024, then a balance table for them: onward
    // months and a day, closing stocks around both months, a yearly production figure, fish held
    // in no stock, and fish exported beyond what came in (a balance that does not close).
    const flows = [
      'date,origin,commodity,entry_point,tonnes,status,source',
      '2024-01-01,32.09,rice-milled,PIBC,0,reported,',
      '2024-01-30,32.09,rice-milled,PIBC,10,reported,',
      '2024-01-31,32.15,rice-milled,PIBC,20,reported,',
      '2024-02-10,32.09,rice-milled,PIBC,5,reported,',
      '2024-02-29,14.71,fish-marine,PIM-MUARA-BARU,3.3,reported,',
    ].join('\n');
    const table = [
      'period,commodity,item,detail,tonnes,status,source',
      '2024-01,rice-milled,onward,buffer-zone,3.1,reported,Laporan PIBC',
      '2024-01-15,rice-milled,onward,inter-island,1.5,reported,Laporan PIBC',
      '2024-02,rice-milled,onward,buffer-zone,2.9,estimated,Laporan PIBC',
      '2023-12-31,rice-milled,stock,,8,reported,Laporan PIBC',
      '2024-01-31,rice-milled,stock,,10,reported,Laporan PIBC',
      '2024-02-29,rice-milled,stock,,4,reported,Laporan PIBC',
      '2024,rice-milled,production,grown,36.6,estimated,',
      '2024,fish-marine,no-stock,,0,estimated,',
      `2024,fish-marine,production,landed,120,reported,"'); DROP TABLE onward_days; --"`,
      '2024-01,fish-marine,onward,export,500,reported,',
    ].join('\n');
    const tableBytes = new TextEncoder().encode(`${table}\n`);
    const base = (path: string) => server.api(`/datasets/neraca-2024${path}`);
    let local: LocalDataset;

    beforeAll(async () => {
      const token = server.token('balance');
      const flowBytes = new TextEncoder().encode(`${flows}\n`);
      expect(
        (await upload(server, flowBytes, { token, dataset: 'Neraca 2024', fileName: 'arus.csv' })).status,
      ).toBe(201);
      const stored = await upload(server, tableBytes, {
        token,
        dataset: 'Neraca 2024',
        fileName: 'neraca.csv',
      });
      expect(stored.status).toBe(201);
      const outcome = await importFlowFile(bytesByteSource(flowBytes, 'arus.csv'), {
        reference: BUILT_IN_IMPORT_REFERENCE,
      });
      const reading = await readBalanceFile(bytesByteSource(tableBytes, 'neraca.csv'));
      if (!outcome.flows) throw new Error('the browser import accepted nothing');
      const importedAt = new Date().toISOString();
      const imported = importedLocalDataset({
        info: {
          id: 'neraca-2024',
          name: 'Neraca 2024',
          fileName: 'arus.csv',
          fileBytes: flowBytes.length,
          importedAt,
          totalRows: outcome.report.totalRows,
          acceptedRows: outcome.report.acceptedRows,
          rejectedRows: outcome.report.rejectedRows,
          firstDay: outcome.flows.firstDay,
          lastDay: outcome.flows.lastDay,
          origins: outcome.report.origins,
          seriesCount: outcome.flows.series.length,
        },
        flows: outcome.flows,
        sources: outcome.sources,
        balance: { fileName: 'neraca.csv', importedAt, rows: reading.rows },
      });
      local = {
        ...imported,
        meta: { ...imported.meta, dataset: { id: 'neraca-2024', name: 'Neraca 2024', kind: 'server' } },
      };
    });

    it('has the balance worked out by hand, the one that does not close as it is', async () => {
      const answer = await viaServer(base('/balance?from=2024-01-01&to=2024-02-29&granularity=month'));
      const rows = JSON.parse(answer.body).rows as {
        period: string;
        commodity: string;
        item: string;
        detail: string | null;
        tonnes: number | null;
        status: string;
      }[];
      expect(rows.map((r) => [r.period, r.commodity, r.item, r.detail, r.tonnes, r.status])).toEqual([
        // A series takes the weakest status of its rows (the February estimate).
        ['2024-01-01', 'rice-milled', 'onward', 'buffer-zone', 3.1, 'estimated'],
        ['2024-01-01', 'rice-milled', 'onward', 'inter-island', 1.5, 'reported'],
        // 10 t at the end of January − 8 t at the end of December.
        ['2024-01-01', 'rice-milled', 'stock-change', null, 2, 'reported'],
        // 36.6 t × 31 / 366 days.
        ['2024-01-01', 'rice-milled', 'production', 'grown', 3.1, 'estimated'],
        ['2024-01-01', 'fish-marine', 'onward', 'export', 500, 'reported'],
        ['2024-01-01', 'fish-marine', 'stock-change', null, 0, 'estimated'],
        // 120 × 31 / 366 = 10.1639… t; a reported year cut into months is derived.
        ['2024-01-01', 'fish-marine', 'production', 'landed', 10.164, 'derived'],
        ['2024-02-01', 'rice-milled', 'onward', 'buffer-zone', 2.9, 'estimated'],
        ['2024-02-01', 'rice-milled', 'onward', 'inter-island', null, 'reported'],
        // Drawn down: 4 t − 10 t.
        ['2024-02-01', 'rice-milled', 'stock-change', null, -6, 'reported'],
        // 36.6 × 29 / 366.
        ['2024-02-01', 'rice-milled', 'production', 'grown', 2.9, 'estimated'],
        ['2024-02-01', 'fish-marine', 'onward', 'export', null, 'reported'],
        ['2024-02-01', 'fish-marine', 'stock-change', null, 0, 'estimated'],
        // 120 × 29 / 366 = 9.5081… t.
        ['2024-02-01', 'fish-marine', 'production', 'landed', 9.508, 'derived'],
      ]);
      const revisions = JSON.parse((await viaServer(base('/revisions'))).body) as { fileName: string }[];
      // The balance's revision carries the flows: both answer from revision 2.
      expect(revisions.map((r) => r.fileName)).toEqual(['neraca.csv', 'arus.csv']);
      const inflow = JSON.parse((await viaServer(base('/flows?from=2024-01-01&to=2024-01-31'))).body);
      expect(inflow.rows[0].tonnes).toBe(30);
    });

    it(
      'answers the suite exactly as the browser import with the same table does',
      async () => {
        const mismatches: string[] = [];
        const fileSuite = querySuite({
          origins: ['32.09', '14.71'],
          entryPoints: ['PIBC', 'PIM-MUARA-BARU'],
        });
        for (const request of fileSuite) {
          const expected = await viaMsw(() => local, request);
          const actual = await viaServer(`${base(request.route)}${request.query ? `?${request.query}` : ''}`);
          if (JSON.stringify(actual) !== JSON.stringify(expected)) {
            mismatches.push(
              `${request.route}?${request.query}\n  local:  ${expected.status} ${expected.body.slice(0, 300)}\n  server: ${actual.status} ${actual.body.slice(0, 300)}`,
            );
          }
        }
        expect(mismatches).toEqual([]);
      },
      SUITE_TIMEOUT_MS,
    );

    it('keeps the SQL of a source cell as text, and every table', async () => {
      const sources = JSON.parse((await viaServer(base('/sources'))).body) as { title: string }[];
      expect(sources.map((s) => s.title)).toContain("'); DROP TABLE onward_days; --");
      const again = JSON.parse(
        (await viaServer(base('/balance?from=2024-01-01&to=2024-01-31&commodity=rice'))).body,
      );
      expect(again.rows).toHaveLength(4);
    });
  });
}
