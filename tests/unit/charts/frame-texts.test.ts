import { describe, expect, test } from 'vitest';
import { badgeText, sourceLineText } from '../../../src/charts/frame-texts';
import type { Source } from '../../../src/contract/schemas';
import { i18nFor } from '../../../src/i18n/use-i18n';

const id = i18nFor('id');
const en = i18nFor('en');

const bps: Source = {
  id: 'bps',
  kind: 'statistics',
  publisher: 'BPS',
  date: '2025-03-12',
  title: 'Statistik',
  url: null,
};
const model: Source = {
  id: 'model',
  kind: 'model',
  publisher: 'Arus Pangan',
  date: '2026-01-01',
  title: 'Model',
  url: null,
};

describe('sourceLineText', () => {
  test('as read on screen: label, then publisher and date per source, a model by what it is', () => {
    expect(sourceLineText(['bps', 'model', 'bps'], [bps, model], id)).toBe(
      'Sumber: BPS, 12 Maret 2025; model Arus Pangan (asumsi), dikalibrasi ke sumber lain yang disebut',
    );
  });

  test('a source the catalogue lacks is named by its id; no sources, no line', () => {
    expect(sourceLineText(['bps', 'gone'], [bps], en)).toBe('Sources: BPS, 12 March 2025; gone');
    expect(sourceLineText([], [bps], id)).toBeNull();
  });
});

describe('badgeText', () => {
  test('the weakest status in view when it needs a badge, nothing for sourced figures', () => {
    expect(badgeText(['reported', 'estimated'], id)).toBe('Berisi perkiraan');
    expect(badgeText(['estimated', 'synthetic'], id)).toBe('Berisi data sintetis');
    expect(badgeText(['reported'], id)).toBeNull();
    expect(badgeText([], id)).toBeNull();
  });
});
