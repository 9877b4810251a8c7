import { beforeAll, describe, expect, test } from 'vitest';
import { messagesEn } from '../../../src/i18n/messages-en';
import { messagesId } from '../../../src/i18n/messages-id';
import { loadLanguage, translate } from '../../../src/i18n/translate';

const placeholders = (text: string) => new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]));

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
        .filter(([key, text]) => text.trim() === '' && !DELIBERATELY_EMPTY.has(key))
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

  test('every {placeholder} in id also appears in en, and the other way round', () => {
    const mismatched = Object.entries(messagesId)
      .filter(([key, id]) => {
        const en = messagesEn[key as keyof typeof messagesEn];
        return [...placeholders(id)].sort().join() !== [...placeholders(en)].sort().join();
      })
      .map(([key]) => key);
    expect(mismatched).toEqual([]);
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

  test('values are inserted literally, never as patterns', () => {
    expect(translate('en', 'panel.error.invalidData', { fields: '$& {fields} $1' })).toBe(
      'Invalid data: $& {fields} $1',
    );
  });
});
