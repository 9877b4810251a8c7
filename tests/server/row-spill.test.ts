import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newChunk, ROW_CHUNK, type RowChunk } from '../../src/import/flow-rows';
import { fileRowSpill } from '../../server/row-spill';

/** A full chunk whose row i holds values made from `base` and i. */
function chunkOf(base: number): RowChunk {
  const chunk: RowChunk = { ...newChunk(), length: ROW_CHUNK };
  for (let i = 0; i < ROW_CHUNK; i++) {
    chunk.series[i] = base + (i % 3);
    chunk.day[i] = base * 100_000 + i;
    chunk.tonnes[i] = base + i / 4;
    chunk.status[i] = (base + i) % 6;
    chunk.source[i] = i % 5 === 0 ? -1 : base;
    chunk.line[i] = base * ROW_CHUNK + i + 2;
  }
  return chunk;
}

describe('the file the accepted rows of an upload wait in', () => {
  it('gives back each chunk as it was stored, in any order, and removes its file when disposed', () => {
    const spill = fileRowSpill();
    expect(existsSync(spill.path)).toBe(true);
    const reused = chunkOf(1);
    spill.store(reused);
    // The importer refills the chunk it handed over: the stored copy must not change with it.
    reused.tonnes.fill(0);
    spill.store(chunkOf(2));

    const second = spill.load(1);
    // Row 65,535 of the chunk made from 2: series 2 + 65,535 mod 3 = 2, day 265,535.
    expect([second.series[65_535], second.day[65_535], second.tonnes[65_535], second.line[65_535]]).toEqual([
      2,
      265_535,
      2 + 65_535 / 4,
      2 * 65_536 + 65_537,
    ]);
    const first = spill.load(0);
    expect([first.series[4], first.day[4], first.tonnes[4], first.status[4], first.source[5]]).toEqual([
      2, 100_004, 2, 5, -1,
    ]);
    expect(() => spill.load(2)).toThrow(/no row chunk 2/);
    spill.dispose();
    expect(existsSync(dirname(spill.path))).toBe(false);
  });

  it('takes only full chunks', () => {
    const spill = fileRowSpill();
    try {
      expect(() => spill.store({ ...chunkOf(0), length: 10 })).toThrow(/only full chunks/);
    } finally {
      spill.dispose();
    }
  });
});
