// The balance table an analyst adds to imported flows, checked by hand: what is read, what is
// rejected and why, and what `/balance` and the accounting bases then make of it.
import { describe, expect, test } from 'vitest';
import { balanceTemplateCsv, readBalanceCsv } from '../../../src/import/balance-table';
import type { ImportedDataset } from '../../../src/import/imported-dataset-repository';
import { importedLocalDataset } from '../../../src/local-api/imported-local-dataset';
import { createLocalApi } from '../../../src/local-api/local-api';
import { commoditiesOf, shareUnderBasis } from '../../../src/domain/food-balance';
import { balancesOf } from '../../../src/features/overview/share-basis';
import type { BalanceRow, FlowRow } from '../../../src/contract/schemas';
import { HEADER, csv, importText } from './import-helpers';

describe('readBalanceCsv', () => {
  test('reads each item with the period and detail it takes, and reports every bad row', () => {
    const reading = readBalanceCsv(
      csv(
        'periode;komoditas;pos;rincian;ton;status;sumber',
        '2024-01;Beras;arus keluar;penyangga;3,1;dilaporkan;Laporan PIBC', // 2: a month of onward outflow
        '2024-01-31;rice-milled;stok;;10;;Laporan PIBC', // 3: closing stock
        '2023-12-31;rice-milled;stock;;8;;Laporan PIBC', // 4
        '2024;rice-milled;produksi;ditanam;36,6;perkiraan;', // 5: a year of own rice
        '2024;meat-beef;tanpa stok;;0;perkiraan;', // 6
        '2024-01;rice-milled;stock;;9;;', // 7: a stock needs a day
        '2024-01;rice-milled;onward;;5;;', // 8: onward needs its destination
        '2024;rice-milled;production;penyangga;5;;', // 9: a destination is no production kind
        '2024-01;rice-milled;arus keluar;penyangga;-2;;', // 10: negative
        '2024-01;daging;onward;export;1;;', // 11: a group, not a form
        '2024-01;Beras;arus keluar;buffer-zone;4;;', // 12: same as line 2
        '2024-01;rice-milled;konsumsi;;4;;', // 13: not an item
      ),
    );
    expect(reading.missingColumns).toEqual([]);
    expect(reading.totalRows).toBe(12);
    expect(reading.rows).toEqual([
      {
        period: '2024-01',
        commodity: 'rice-milled',
        item: 'onward',
        detail: 'buffer-zone',
        tonnes: 3.1,
        status: 'reported',
        source: 'Laporan PIBC',
      },
      {
        period: '2024-01-31',
        commodity: 'rice-milled',
        item: 'stock',
        detail: null,
        tonnes: 10,
        status: 'reported',
        source: 'Laporan PIBC',
      },
      {
        period: '2023-12-31',
        commodity: 'rice-milled',
        item: 'stock',
        detail: null,
        tonnes: 8,
        status: 'reported',
        source: 'Laporan PIBC',
      },
      {
        period: '2024',
        commodity: 'rice-milled',
        item: 'production',
        detail: 'grown',
        tonnes: 36.6,
        status: 'estimated',
        source: null,
      },
      {
        period: '2024',
        commodity: 'meat-beef',
        item: 'no-stock',
        detail: null,
        tonnes: 0,
        status: 'estimated',
        source: null,
      },
    ]);
    expect(reading.rejectedRows).toBe(7);
    expect(reading.problems.map((p) => `${p.line} ${p.column} ${p.reason} ${p.value}`)).toEqual([
      '7 periode bad-period 2024-01',
      '8 rincian missing-value ',
      '9 rincian bad-detail penyangga',
      '10 ton negative-tonnes -2',
      '11 komoditas unknown-commodity daging',
      '12  duplicate ',
      '13 pos unknown-item konsumsi',
    ]);
    expect(reading.problems.find((p) => p.line === 12)?.expected).toBe('line 2');
  });

  test('a table without its required columns is rejected as a whole, naming them', () => {
    const reading = readBalanceCsv(csv('tanggal,komoditas,ton', '2024-01-31,rice-milled,10'));
    expect(reading.missingColumns).toEqual(['item']);
    expect(reading.rows).toEqual([]);
  });

  test('the template reads back without a problem', () => {
    const reading = readBalanceCsv(balanceTemplateCsv());
    expect(reading.problems).toEqual([]);
    expect(reading.rows.map((row) => row.item)).toEqual(['onward', 'stock', 'no-stock', 'production']);
  });
});

describe('an imported dataset with a balance table', () => {
  async function dataset(): Promise<ImportedDataset> {
    // Rice in January 2024: 10 + 20 + 1 + 2 = 33 t in.
    const { report, flows, sources } = await importText(
      csv(
        HEADER,
        '2024-01-30,32.09,rice-milled,PIBC,10,reported,',
        '2024-01-31,32.09,rice-milled,PIBC,20,reported,',
        '2024-01-30,32.15,rice-milled,PIBC,1,reported,',
        '2024-01-31,32.15,rice-milled,PIBC,2,reported,',
      ),
    );
    if (!flows) throw new Error('no flows');
    const table = readBalanceCsv(
      csv(
        'period,commodity,item,detail,tonnes,status,source',
        '2024-01,rice-milled,onward,buffer-zone,3.1,reported,Laporan PIBC',
        '2024-01,rice-milled,onward,inter-island,0,reported,Laporan PIBC',
        '2024-01,rice-milled,onward,export,0,reported,Laporan PIBC',
        '2023-12-31,rice-milled,stock,,8,reported,Laporan PIBC',
        '2024-01-31,rice-milled,stock,,10,reported,Laporan PIBC',
        '2024,rice-milled,production,grown,36.6,estimated,',
      ),
    );
    return {
      info: {
        id: 'balance-1',
        name: 'Neraca uji',
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
      balance: { fileName: 'neraca.csv', importedAt: '2026-05-02T08:00:00.000Z', rows: table.rows },
    };
  }

  test('/balance serves the table, and the retained share is computed from it', async () => {
    const api = createLocalApi(importedLocalDataset(await dataset()));
    const month = new URLSearchParams({ from: '2024-01-01', to: '2024-01-31', granularity: 'month' });
    const balance = (api.handle('/balance', month).body as { rows: BalanceRow[] }).rows;
    const byItem = (item: string, detail: string | null) =>
      balance.find((row) => row.item === item && row.detail === detail)?.tonnes;
    expect(byItem('onward', 'buffer-zone')).toBeCloseTo(3.1, 9);
    expect(byItem('stock-change', null)).toBe(2); // closing 10 on 31 Jan − 8 on 31 Dec
    expect(byItem('production', 'grown')).toBeCloseTo((36.6 * 31) / 366, 9); // 3.1 t: 2024 has 366 days
    expect(balance.find((row) => row.item === 'onward')?.sourceIds).toEqual(['imported-balance-source-1']);

    month.set('groupBy', 'commodity');
    const flows = (api.handle('/flows', month).body as { rows: FlowRow[] }).rows;
    const share = shareUnderBasis('retained', balancesOf(flows, balance), commoditiesOf('rice'), null);
    // 33 in − 3.1 on − 2 into stock = 27.9 t outside; 3.1 t grown in DKI: 27.9 ÷ 31 = 90 %.
    expect(share.missing).toEqual([]);
    expect(share.share).toBeCloseTo(27.9 / 31, 9);
    expect(share.status).toBe('estimated');
    // The rice stock is PIBC's, so the stock tiles read it too.
    const stocks = api.handle(
      '/stocks',
      new URLSearchParams({ ...Object.fromEntries(month), entryPoint: 'PIBC' }),
    );
    expect((stocks.body as { rows: { closingTonnes: number | null }[] }).rows[0]?.closingTonnes).toBe(10);
  });

  test('a commodity without its stock says so: the basis names the missing part', async () => {
    const api = createLocalApi(importedLocalDataset(await dataset()));
    const params = new URLSearchParams({ from: '2024-01-01', to: '2024-01-31', granularity: 'month' });
    const balance = (api.handle('/balance', params).body as { rows: BalanceRow[] }).rows;
    params.set('groupBy', 'commodity');
    const flows = (api.handle('/flows', params).body as { rows: FlowRow[] }).rows;
    const beefFlow: FlowRow = { ...(flows[0] as FlowRow), commodity: 'meat-beef', tonnes: 5 };
    const share = shareUnderBasis('retained', balancesOf([beefFlow], balance), ['meat-beef'], null);
    expect(share.share).toBeNull();
    expect(share.missing.map((m) => m.part).sort()).toEqual(['onward', 'production', 'stock-change']);
  });
});

describe('a balance table in IndexedDB', () => {
  test('is stored with the dataset and read back as it was', async () => {
    const { IDBFactory } = await import('fake-indexeddb');
    const { createIndexedDbRepository } = await import('../../../src/import/imported-dataset-repository');
    const repository = createIndexedDbRepository({ factory: new IDBFactory() });
    const { report, flows, sources } = await importText(
      csv(HEADER, '2024-01-30,32.09,rice-milled,PIBC,10,,'),
    );
    if (!flows) throw new Error('no flows');
    const rows = readBalanceCsv(balanceTemplateCsv()).rows;
    const info = {
      id: 'stored-1',
      name: 'Uji',
      fileName: 'arus.csv',
      fileBytes: report.fileBytes,
      importedAt: '2026-05-01T08:00:00.000Z',
      totalRows: 1,
      acceptedRows: 1,
      rejectedRows: 0,
      firstDay: flows.firstDay,
      lastDay: flows.lastDay,
      origins: report.origins,
      seriesCount: 1,
      balanceRows: rows.length,
    };
    const balance = { fileName: 'neraca.csv', importedAt: '2026-05-02T08:00:00.000Z', rows };
    await repository.save({ info, flows, sources, balance });
    const loaded = await repository.load('stored-1');
    expect(loaded?.balance).toEqual(balance);
    expect(loaded?.info.balanceRows).toBe(4);
  });
});
