import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, test } from 'vitest';
import { unpackFlowStore } from '../../../src/import/packed-flow-store';
import { importAndStore } from '../../../src/import/import-and-store';
import { createIndexedDbRepository } from '../../../src/import/imported-dataset-repository';
import { createInThreadImportRunner } from '../../../src/import/import-runner';
import { HEADER, csv } from './import-helpers';

const FILE = csv(
  HEADER,
  '2024-01-01,32.09,rice-milled,PIBC,10,,',
  '2024-01-02,32.09,rice-milled,PIBC,,,',
  'bad,32.09,rice-milled,PIBC,1,,',
);

function fileOf(text: string, name = 'arus-jan.csv') {
  return new File([text], name, { type: 'text/csv' });
}

describe('imported datasets in IndexedDB', () => {
  test('stored, listed, loaded back (the same values), and removed', async () => {
    const factory = new IDBFactory();
    const repository = createIndexedDbRepository({ factory });
    let ids = 0;
    const result = await importAndStore(
      { file: fileOf(FILE), fileName: 'arus-jan.csv', datasetName: '' },
      { repository, now: () => new Date('2026-05-01T08:00:00Z'), newId: () => `id-${++ids}` },
    );
    expect(result.saveError).toBeNull();
    expect(result.dataset?.info).toEqual({
      id: 'id-1',
      name: 'arus-jan',
      fileName: 'arus-jan.csv',
      fileBytes: FILE.length,
      importedAt: '2026-05-01T08:00:00.000Z',
      totalRows: 3,
      acceptedRows: 2,
      rejectedRows: 1,
      firstDay: '2024-01-01',
      lastDay: '2024-01-02',
      origins: ['32.09'],
      seriesCount: 1,
    });

    // A reload: a new repository on the same database.
    const reopened = createIndexedDbRepository({ factory });
    expect((await reopened.list()).map((info) => info.name)).toEqual(['arus-jan']);
    const loaded = await reopened.load('id-1');
    expect(loaded && [...(unpackFlowStore(loaded.flows).series[0]?.values ?? [])]).toEqual([10, Number.NaN]);

    await reopened.remove('id-1');
    expect(await reopened.list()).toEqual([]);
    expect(await reopened.load('id-1')).toBeNull();
  });

  test('the list is newest first', async () => {
    const repository = createIndexedDbRepository({ factory: new IDBFactory() });
    for (const [at, name] of [
      ['2026-01-01', 'old'],
      ['2026-03-01', 'new'],
      ['2026-02-01', 'middle'],
    ]) {
      await importAndStore(
        { file: fileOf(FILE), fileName: 'x.csv', datasetName: name ?? '' },
        { repository, now: () => new Date(`${at}T00:00:00Z`), newId: () => name ?? '' },
      );
    }
    expect((await repository.list()).map((info) => info.name)).toEqual(['new', 'middle', 'old']);
  });

  test('a file with no accepted row is reported but not stored', async () => {
    const repository = createIndexedDbRepository({ factory: new IDBFactory() });
    const result = await importAndStore(
      { file: fileOf(csv(HEADER, 'bad,32.09,rice-milled,PIBC,1,,')), fileName: 'bad.csv', datasetName: '' },
      { repository },
    );
    expect(result.dataset).toBeNull();
    expect(result.report.rejectedRows).toBe(1);
    expect(await repository.list()).toEqual([]);
  });

  test('when storage fails the report still comes back, with the reason', async () => {
    const failing = {
      ...createIndexedDbRepository({ factory: new IDBFactory() }),
      save: () => Promise.reject(new Error('QuotaExceededError: the disk is full')),
    };
    const result = await importAndStore(
      { file: fileOf(FILE), fileName: 'a.csv', datasetName: '' },
      { repository: failing },
    );
    expect(result).toMatchObject({ dataset: null, saveError: 'QuotaExceededError: the disk is full' });
    expect(result.report.acceptedRows).toBe(2);
  });

  test('the in-thread runner imports and stores; a cancelled run stores nothing', async () => {
    const repository = createIndexedDbRepository({ factory: new IDBFactory() });
    const runner = createInThreadImportRunner(repository);
    const done = await runner({ file: fileOf(FILE), fileName: 'a.csv', datasetName: 'A' }, () => {}).outcome;
    expect(done.kind).toBe('done');

    const big = csv(
      HEADER,
      ...Array.from({ length: 50_000 }, (_, i) => `2024-01-01,32.09,rice-milled,PIBC,${i},,`),
    );
    const run = runner({ file: fileOf(big), fileName: 'b.csv', datasetName: 'B' }, () => {});
    run.cancel();
    expect(await run.outcome).toEqual({ kind: 'cancelled' });
    expect((await repository.list()).map((info) => info.name)).toEqual(['A']);
  });
});
