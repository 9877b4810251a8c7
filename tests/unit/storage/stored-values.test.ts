import { describe, expect, test } from 'vitest';
import { readDeckFile, STORED_DECK } from '../../../src/storage/deck-value';
import {
  QUARANTINE_KEY,
  readStoredValue,
  writeStoredValue,
  type StoredValueDefinition,
} from '../../../src/storage/stored-value';
import {
  STORED_ALERT_THRESHOLDS,
  STORED_CHART_NOTES,
  STORED_DATA_SOURCE,
} from '../../../src/storage/stored-values';

/** A Storage in memory; `full` makes every write fail as a full localStorage does. */
function memoryStorage(initial: Record<string, string> = {}, full = false): Storage {
  const items = new Map(Object.entries(initial));
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    key: (index) => [...items.keys()][index] ?? null,
    getItem: (key) => items.get(key) ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => {
      if (full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      items.set(key, value);
    },
  };
}

const NOW = () => new Date('2026-03-01T05:00:00Z');
const slide = (search: string, title = 't') => ({
  id: title,
  panelId: 'share-over-time',
  title,
  search,
  notes: '',
});

function readRaw<T>(definition: StoredValueDefinition<T>, raw: string) {
  const storage = memoryStorage({ [definition.key]: raw });
  return { storage, read: readStoredValue(storage, definition, NOW) };
}

describe('stored values are checked on every read', () => {
  test('notes of the wrong shape are set aside, and the app starts with no notes', () => {
    const raw = '{"state":{"notes":{"a":1}},"version":1}';
    const { storage, read } = readRaw(STORED_CHART_NOTES, raw);
    expect(read.value).toEqual({ notes: [] });
    expect(read.quarantined).toMatchObject({ key: 'arus-pangan:chart-notes', raw, partial: false });
    // Kept aside under its own key (exportable), and gone from the key the app reads.
    const aside = JSON.parse(storage.getItem(QUARANTINE_KEY) ?? '{}');
    expect(aside.state).toHaveLength(1);
    expect(aside.state[0]).toMatchObject({
      key: 'arus-pangan:chart-notes',
      raw,
      at: '2026-03-01T05:00:00.000Z',
    });
    expect(storage.getItem('arus-pangan:chart-notes')).toBeNull();
  });

  test('a null among the notes is set aside; the good note is kept', () => {
    const good = { id: 'n1', panelId: 'share-over-time', date: '2025-03-31', text: 'Lebaran' };
    const { read } = readRaw(
      STORED_CHART_NOTES,
      JSON.stringify({ state: { notes: [null, good] }, version: 1 }),
    );
    expect(read.value).toEqual({ notes: [good] });
    expect(read.quarantined?.partial).toBe(true);
  });

  test('a deck whose slides are not a list is set aside', () => {
    const { read } = readRaw(STORED_DECK, '{"state":{"slides":"oops"},"version":1}');
    expect(read.value).toEqual({ slides: [] });
    expect(read.quarantined?.reason).toBe('slides: expected a list');
  });

  test('a stored version-1 deck is migrated; a slide showing the deck page is set aside', () => {
    const { read } = readRaw(
      STORED_DECK,
      JSON.stringify({
        state: { slides: [slide('?page=deck', 'loop'), slide('?period=y2024', 'ok')] },
        version: 1,
      }),
    );
    expect(read.value.slides.map((s) => s.title)).toEqual(['ok']);
    expect(read.quarantined?.partial).toBe(true);
  });

  test('a value written by a newer version, or text that is not JSON, is set aside', () => {
    expect(readRaw(STORED_DECK, '{"state":{"slides":[]},"version":99}').read.quarantined?.reason).toMatch(
      /newer/,
    );
    expect(readRaw(STORED_DECK, 'not json').read.quarantined?.reason).toBe('not JSON');
  });

  test('thresholds "abc" and -1 are rejected field by field; the default takes their place', () => {
    const { read } = readRaw(
      STORED_ALERT_THRESHOLDS,
      JSON.stringify({
        state: { belowNormFraction: 'abc', originShareFraction: -1, stockCoverDays: 7 },
        version: 1,
      }),
    );
    expect(read.value).toEqual({ belowNormFraction: 0.15, originShareFraction: 0.4, stockCoverDays: 7 });
    expect(read.quarantined?.partial).toBe(true);
  });

  test('a data-source choice that is not a short string is set aside', () => {
    expect(readRaw(STORED_DATA_SOURCE, '{"state":{"active":42},"version":1}').read.value).toEqual({
      active: 'default',
    });
    expect(readRaw(STORED_DATA_SOURCE, '{"state":{"active":"ds-1"},"version":1}').read).toEqual({
      value: { active: 'ds-1' },
      quarantined: null,
      problem: null,
    });
  });

  test('a full storage makes a write report "quota" instead of throwing', () => {
    const storage = memoryStorage({}, true);
    expect(writeStoredValue(storage, STORED_CHART_NOTES, { notes: [] })).toBe('quota');
  });

  test('blocked storage reads as the defaults and says so', () => {
    const blocked = {
      getItem: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
    } as unknown as Storage;
    expect(readStoredValue(blocked, STORED_DECK)).toEqual({
      value: { slides: [] },
      quarantined: null,
      problem: 'blocked',
    });
    expect(readStoredValue(null, STORED_DECK).problem).toBe('blocked');
  });
});

describe('deck files', () => {
  const file = (body: object) => JSON.stringify({ format: 'arus-pangan-deck', version: 1, ...body });

  test('the recursive deck of the report is read as one rejected slide and nothing to import', () => {
    const reading = readDeckFile(
      '{"format":"arus-pangan-deck","version":1,"slides":[{"id":"a","panelId":"deck-x","search":"?page=deck","title":"loop"}]}',
    );
    expect(reading).toEqual({
      ok: true,
      slides: [],
      rejected: [{ number: 1, title: 'loop', reason: 'page' }],
      overLimit: 0,
      total: 1,
    });
  });

  test('the presentation page cannot be a slide either', () => {
    const reading = readDeckFile(file({ slides: [slide('?page=present&slide=1')] }));
    expect(reading.ok && reading.rejected[0]?.reason).toBe('page');
  });

  test('version -5, 1.5 or "1" is refused', () => {
    for (const version of [-5, 1.5, '1', 2]) {
      expect(readDeckFile(JSON.stringify({ format: 'arus-pangan-deck', version, slides: [] }))).toMatchObject(
        {
          ok: false,
          problem: 'version',
        },
      );
    }
  });

  test('a 3,000-slide file gives 200 slides and says how many were left out', () => {
    const slides = Array.from({ length: 3000 }, (_, i) => slide('?period=y2024', `s${i}`));
    const reading = readDeckFile(file({ slides }));
    expect(reading.ok && [reading.slides.length, reading.overLimit, reading.total]).toEqual([
      200, 2800, 3000,
    ]);
  });

  test('a file larger than 1 MB is refused unread', () => {
    expect(readDeckFile(' '.repeat(1_000_001))).toEqual({ ok: false, problem: 'too-big' });
  });
});
