// The built-in demo dataset (generated, calibrated to published figures, flagged "demo" in /meta)
// as the first revision of the dataset "demo".
import { demoLocalDataset } from '../mocks/demo-dataset/demo-local-dataset';
import type { DataStore, RevisionRecord } from './store/data-store';

export async function loadDemoDataset(store: DataStore): Promise<RevisionRecord> {
  const dataset = demoLocalDataset();
  let reportedDays = 0;
  for (const series of dataset.flows.series) {
    for (const value of series.values) if (!Number.isNaN(value)) reportedDays++;
  }
  const { revision } = await store.writeRevision({
    datasetId: dataset.meta.dataset.id,
    datasetName: dataset.meta.dataset.name,
    kind: 'demo',
    dataset,
    record: {
      tokenName: null,
      fileName: null,
      fileHash: null,
      fileBytes: null,
      totalRows: reportedDays,
      acceptedRows: reportedDays,
      rejectedRows: 0,
    },
  });
  return revision;
}
