import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ALERT_THRESHOLDS, type Alert, type AlertNorm } from '../../../src/domain/alerts';
import { alertView, alertsAsText } from '../../../src/features/overview/alert-text';
import { loadLanguage } from '../../../src/i18n/translate';
import { i18nFor } from '../../../src/i18n/use-i18n';

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

const dipNorm: AlertNorm = {
  tonnes: 18_200,
  ratePerDay: 2_600,
  yearsFound: 3,
  yearsRequested: 3,
  alignment: 'lebaran',
};
const dip: Alert = {
  date: '2025-06-16',
  granularity: 'week',
  group: 'rice',
  kind: 'below-norm',
  value: 12_345,
  threshold: 0.15,
  norm: dipNorm,
};
const beef: Alert = {
  date: '2025-01-01',
  granularity: 'month',
  group: 'meat-beef',
  kind: 'origin-share',
  value: 0.712,
  threshold: 0.4,
  origin: 'AUS',
  until: '2025-07-01',
  periods: 7,
};
const names = (code: string) => (code === 'AUS' ? 'Australia' : code);

describe('alertsAsText', () => {
  beforeAll(() => loadLanguage('en'));

  it('reads as a message in Bahasa Indonesia, naming the norm, with estimates to three figures', () => {
    const text = alertsAsText({
      alerts: [dip, beef],
      range: { from: '2025-01-01', to: '2025-12-31' },
      commodity: 'all',
      thresholds: DEFAULT_ALERT_THRESHOLDS,
      datasetName: 'demo',
      i18n: i18nFor('id'),
      regionName: names,
    });
    // 12,345 t over 7 days = 1,763.6 t/day; 1 − 12,345 / 18,200 = 32 %.
    expect(plain(text).split('\n')).toEqual([
      'Peringatan Arus Pangan, 1 Januari 2025 – 31 Desember 2025 (Semua pangan):',
      '• 16 Juni 2025 — Beras: pasokan 12.300 t (1.760 t/hari), 32% di bawah norma 18.200 t (rata-rata 3 tahun, disejajarkan ke Lebaran)',
      '• Jan 2025 – Jul 2025 — Daging sapi: Australia memasok hingga 71% per bulan, 7 bulan berturut-turut sampai Jul 2025 (ambang 40%)',
      'Data: demo. Ambang: 15% di bawah norma, satu asal > 40%, stok < 10 hari.',
    ]);
  });

  it('says so in English, and when fewer years than asked were found', () => {
    const short = { ...dip, norm: { ...dipNorm, yearsFound: 2, alignment: 'calendar' as const } };
    const text = alertsAsText({
      alerts: [short],
      range: { from: '2025-01-01', to: '2025-12-31' },
      commodity: 'rice',
      thresholds: DEFAULT_ALERT_THRESHOLDS,
      datasetName: 'demo',
      i18n: i18nFor('en'),
      regionName: names,
    });
    expect(plain(text)).toContain(
      'Rice: supply 12,300 t (1,760 t/day), 32% below the norm of 18,200 t (2-year average, same week of the year; only 2 of 3 years available)',
    );
  });
});

describe('alertView', () => {
  it('opens the week with eight weeks either side, within the data', () => {
    expect(alertView(dip, { from: '2019-01-01', to: '2026-10-31' }, 'regency')).toEqual({
      page: 'overview',
      period: 'custom',
      from: '2025-04-21',
      to: '2025-08-17',
      granularity: 'week',
      commodity: 'rice',
      originUnit: 'regency',
    });
    expect(alertView(dip, { from: '2025-06-01', to: '2025-06-30' }, 'province')).toMatchObject({
      from: '2025-06-01',
      to: '2025-06-30',
    });
  });

  it('opens the months of a run on the concentration of its group', () => {
    expect(alertView(beef, { from: '2019-01-01', to: '2026-10-31' }, 'province')).toMatchObject({
      from: '2025-01-01',
      to: '2025-07-31',
      granularity: 'month',
      commodity: 'meat',
    });
  });
});
