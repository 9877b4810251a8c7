// The series built from a file answer the API exactly as the demo does: checked by hand against
// the rows below, through createLocalApi and through the normal ApiClient.
import { describe, expect, test } from 'vitest';
import { createLocalApi } from '../../../src/local-api/local-api';
import { createImportedApiClient, importedBaseUrl } from '../../../src/data-source/imported-api-client';
import { importedLocalDataset } from '../../../src/local-api/imported-local-dataset';
import type { ImportedDataset } from '../../../src/import/imported-dataset-repository';
import { HEADER, csv, importText } from './import-helpers';

const FILE = csv(
  HEADER,
  // Unsorted on purpose; 1 Feb of 32.09 is not reported (empty), which is not 0.
  '2024-02-02,32.09,rice-milled,PIBC,5,reported,Catatan PIBC',
  '2024-01-30,32.09,rice-milled,PIBC,10,reported,Catatan PIBC',
  '2024-01-31,32.09,rice-milled,PIBC,20,reported,Catatan PIBC',
  '2024-02-01,32.09,rice-milled,PIBC,,reported,Catatan PIBC',
  '2024-01-30,32.15,rice-milled,PIBC,1,estimated,',
  '2024-01-31,32.15,rice-milled,PIBC,2,estimated,',
  '2024-02-01,32.15,rice-milled,PIBC,3,estimated,',
  '2024-01-31,AUS,meat-beef,TANJUNG-PRIOK,0,synthetic,',
  '2024-01-31,32.15,rice-milled,PIBC,999,reported,', // duplicate: the 2 above is kept
);

async function importedDataset(): Promise<ImportedDataset> {
  const { report, flows, sources } = await importText(FILE, { name: 'arus.csv' });
  expect(report).toMatchObject({ totalRows: 9, acceptedRows: 8, rejectedRows: 1 });
  if (!flows) throw new Error('no flows');
  return {
    info: {
      id: 'test-1',
      name: 'Arus uji',
      fileName: 'arus.csv',
      fileBytes: report.fileBytes,
      importedAt: '2026-05-01T08:00:00.000Z',
      totalRows: report.totalRows,
      acceptedRows: report.acceptedRows,
      rejectedRows: report.rejectedRows,
      firstDay: flows.firstDay,
      lastDay: flows.lastDay,
      origins: report.origins,
      seriesCount: flows.series.length,
    },
    flows,
    sources,
  };
}

const MONTHS = { from: '2024-01-01', to: '2024-02-29', granularity: 'month' } as const;

describe('imported flows through createLocalApi', () => {
  test('monthly sums by group: a month with nothing reported is null, a reported 0 stays 0', async () => {
    const api = createLocalApi(importedLocalDataset(await importedDataset()));
    const response = api.handle('/flows', new URLSearchParams({ ...MONTHS, groupBy: 'group' }));
    expect(response.status).toBe(200);
    const rows = (
      response.body as { rows: { period: string; group: string; tonnes: number | null; status: string }[] }
    ).rows;
    expect(rows.map(({ period, group, tonnes, status }) => ({ period, group, tonnes, status }))).toEqual([
      { period: '2024-01-01', group: 'rice', tonnes: 10 + 20 + 1 + 2, status: 'estimated' },
      { period: '2024-01-01', group: 'meat', tonnes: 0, status: 'synthetic' },
      { period: '2024-02-01', group: 'rice', tonnes: 5 + 3, status: 'estimated' },
      { period: '2024-02-01', group: 'meat', tonnes: null, status: 'synthetic' },
    ]);
  });

  test('daily values by origin, with the file and its sources cited', async () => {
    const api = createLocalApi(importedLocalDataset(await importedDataset()));
    const response = api.handle(
      '/flows',
      new URLSearchParams({
        from: '2024-01-30',
        to: '2024-02-02',
        granularity: 'day',
        groupBy: 'origin',
        origin: '32.09',
      }),
    );
    const rows = (response.body as { rows: { tonnes: number | null; sourceIds: string[] }[] }).rows;
    expect(rows.map((r) => r.tonnes)).toEqual([10, 20, null, 5]);
    expect(rows[0]?.sourceIds).toEqual(['imported-source-1']);
  });
});

describe('createImportedApiClient', () => {
  test('is the normal ApiClient: schema-checked answers from the imported data', async () => {
    const dataset = await importedDataset();
    const client = createImportedApiClient(dataset, { timeoutMs: 2000 });
    expect(client.baseUrl).toBe(importedBaseUrl('test-1'));
    expect(client.baseUrl).toBe('local://imported/test-1');

    expect(await client.getMeta()).toEqual({
      dataset: { id: 'test-1', name: 'Arus uji', kind: 'imported' },
      coverage: { from: '2024-01-30', to: '2024-02-02' },
      maxRows: 50_000,
      destinations: ['31'],
    });
    const flows = await client.getFlows({ ...MONTHS, groupBy: ['province'] });
    expect(flows.rows.map((r) => [r.period, r.province, r.tonnes])).toEqual([
      ['2024-01-01', '32', 33],
      ['2024-01-01', 'AUS', 0],
      ['2024-02-01', '32', 8],
      ['2024-02-01', 'AUS', null],
    ]);
    const sources = await client.getSources();
    expect(sources.filter((s) => s.id.startsWith('imported'))).toEqual([
      {
        id: 'imported-source-1',
        title: 'Catatan PIBC',
        publisher: 'Arus uji',
        url: null,
        date: '2026-05-01',
        kind: 'report',
      },
      {
        id: 'imported-file',
        title: 'arus.csv',
        publisher: 'Arus uji',
        url: null,
        date: '2026-05-01',
        kind: 'report',
      },
    ]);
    expect((await client.getRegions()).length).toBeGreaterThan(60);
  });

  test('own production and the PIBC stock are "not reported", never invented', async () => {
    const client = createImportedApiClient(await importedDataset());
    const production = await client.getProduction(MONTHS);
    expect(production.rows.every((r) => r.tonnes === null)).toBe(true);
    const stocks = await client.getStocks({ ...MONTHS, entryPoint: 'PIBC' });
    expect(stocks.rows.map((r) => r.closingTonnes)).toEqual([null, null]);
  });

  test('bad queries get the same problem answers as from a server', async () => {
    const client = createImportedApiClient(await importedDataset());
    await expect(client.getFlows({ ...MONTHS, groupBy: [], origins: ['XX'] })).rejects.toMatchObject({
      kind: 'http',
      status: 400,
    });
  });

  test('a cancelled request is cancelled, not answered', async () => {
    const client = createImportedApiClient(await importedDataset());
    const controller = new AbortController();
    controller.abort(new Error('gone'));
    await expect(client.getMeta(controller.signal)).rejects.toThrow('gone');
  });
});
