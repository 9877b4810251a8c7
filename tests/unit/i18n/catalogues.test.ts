import { beforeAll, describe, expect, test } from 'vitest';
import { messagesEn } from '../../../src/i18n/messages-en';
import { messagesId } from '../../../src/i18n/messages-id';
import type { MessageKey } from '../../../src/i18n/messages-id';
import { loadLanguage, translate, type Message } from '../../../src/i18n/translate';

const placeholders = (text: string) => new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]));
/** The texts of a message: itself, or each plural form. */
const formsOf = (message: Message): string[] =>
  typeof message === 'string' ? [message] : Object.values(message).filter((form) => form !== undefined);
const KEYS = Object.keys(messagesId).filter((key): key is MessageKey => Object.hasOwn(messagesEn, key));

// The word before a claim's percentage for an exact claim ("98%", not "about 98%") is empty on
// purpose in both languages; every other message must say something.
const DELIBERATELY_EMPTY = new Set(['comparator.exact']);

describe('message catalogues', () => {
  test('en and id have exactly the same keys', () => {
    expect(Object.keys(messagesEn).sort()).toEqual(Object.keys(messagesId).sort());
  });

  test('no empty messages (apart from the deliberately empty ones)', () => {
    for (const catalogue of [messagesId, messagesEn]) {
      const empty = Object.entries(catalogue)
        .filter(
          ([key, message]) =>
            formsOf(message).some((text) => text.trim() === '') && !DELIBERATELY_EMPTY.has(key),
        )
        .map(([key]) => key);
      expect(empty).toEqual([]);
    }
  });

  test('the deliberately empty messages are empty in both languages', () => {
    for (const key of DELIBERATELY_EMPTY) {
      expect(Object.entries(messagesId).find(([k]) => k === key)?.[1]).toBe('');
      expect(Object.entries(messagesEn).find(([k]) => k === key)?.[1]).toBe('');
    }
  });

  test('every {placeholder} in id also appears in each English form, and the other way round', () => {
    const mismatched = KEYS.filter((key) => {
      const id = [...placeholders(messagesId[key])].sort().join();
      return formsOf(messagesEn[key]).some((en) => [...placeholders(en)].sort().join() !== id);
    });
    expect(KEYS).toHaveLength(Object.keys(messagesId).length);
    expect(mismatched).toEqual([]);
  });

  test('a plural message counts {count} and has the forms its language needs', () => {
    const plural = KEYS.filter((key) => typeof messagesEn[key] !== 'string');
    expect(plural.length).toBeGreaterThan(5);
    for (const key of plural) {
      const message = messagesEn[key];
      if (typeof message === 'string') continue;
      expect(Object.keys(message).sort(), key).toEqual(['one', 'other']);
      expect(placeholders(message.one ?? ''), key).toContain('count');
    }
  });
});

describe('translate', () => {
  beforeAll(() => loadLanguage('en'));
  test('fills placeholders', () => {
    expect(translate('id', 'panel.error.timeout', { seconds: 15 })).toBe(
      'Server data tidak menjawab dalam 15 detik.',
    );
    expect(translate('en', 'externalShare.claimBy', { who: 'Marulina Dewi', date: '3 October 2025' })).toBe(
      'Marulina Dewi, 3 October 2025',
    );
  });

  test('a missing value stays visible as {name}', () => {
    expect(translate('id', 'panel.error.http', {})).toBe('Server data menjawab dengan galat {status}.');
  });

  test("plural messages take the form for the count, written in the language's digits", () => {
    expect(translate('en', 'deck.added', { count: 1 })).toBe('Added; the presentation has 1 slide.');
    expect(translate('en', 'deck.added', { count: 2 })).toBe('Added; the presentation has 2 slides.');
    expect(translate('en', 'deck.added', { count: 0 })).toBe('Added; the presentation has 0 slides.');
    expect(translate('en', 'alerts.count', { count: 1 })).toBe('1 alert.');
    expect(translate('en', 'import.report.emptyLines', { count: 1250 })).toBe('1,250 empty lines ignored.');
    // Bahasa Indonesia does not inflect: "1 slide", "2 slide".
    expect(translate('id', 'deck.added', { count: 1 })).toBe('Ditambahkan; presentasi berisi 1 slide.');
    expect(translate('id', 'deck.added', { count: 2 })).toBe('Ditambahkan; presentasi berisi 2 slide.');
    expect(translate('id', 'import.report.emptyLines', { count: 1250 })).toBe(
      '1.250 baris kosong diabaikan.',
    );
  });

  test('values are inserted literally, never as patterns', () => {
    expect(translate('en', 'panel.error.invalidData', { fields: '$& {fields} $1' })).toBe(
      'Invalid data: $& {fields} $1',
    );
  });
});
