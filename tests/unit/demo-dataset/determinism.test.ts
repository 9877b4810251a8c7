import { describe, expect, test } from 'vitest';
import { generateDemoDataset, type DemoDataset } from '../../../mocks/demo-dataset/generate';
import { DEMO_SEED } from '../../../mocks/demo-dataset/plan';

const bytes = (values: Float64Array) => Buffer.from(values.buffer, values.byteOffset, values.byteLength);

function seriesBytes(dataset: DemoDataset): Buffer[] {
  return dataset.flows.series.map((s) => bytes(s.values));
}

describe('demo dataset generator', () => {
  const first = generateDemoDataset();
  const second = generateDemoDataset();

  test('two runs give byte-identical flows and stock', () => {
    expect(second.flows.series.length).toBe(first.flows.series.length);
    const a = seriesBytes(first);
    const b = seriesBytes(second);
    a.forEach((buffer, i) => expect(Buffer.compare(buffer, b[i] ?? Buffer.alloc(0)), `series ${i}`).toBe(0));
    expect(Buffer.compare(bytes(first.pibcStock.values), bytes(second.pibcStock.values))).toBe(0);
    expect(second.flows.series.map((s) => [s.origin, s.commodity, s.entryPoint, s.status])).toEqual(
      first.flows.series.map((s) => [s.origin, s.commodity, s.entryPoint, s.status]),
    );
  });

  test('a different seed gives different numbers', () => {
    const other = generateDemoDataset(undefined, undefined, DEMO_SEED + 1);
    const a = seriesBytes(first);
    const differing = seriesBytes(other).filter(
      (buffer, i) => Buffer.compare(buffer, a[i] ?? Buffer.alloc(0)) !== 0,
    );
    expect(differing.length).toBe(a.length);
    expect(Buffer.compare(bytes(other.pibcStock.values), bytes(first.pibcStock.values))).not.toBe(0);
  });
});
