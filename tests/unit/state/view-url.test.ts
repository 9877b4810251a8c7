import { describe, expect, test } from 'vitest';
import {
  DEFAULT_VIEW,
  parseViewState,
  serializeViewState,
  type ViewState,
} from '../../../src/state/view-url';

const view = (change: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, ...change });

// Valid views, each with the search string it is written as: only what differs from the default,
// in a fixed order (page, period, from, to, gran, commodity, claims, region, compare, layout, lang),
// commas percent-encoded by URLSearchParams.
const CASES: [string, ViewState][] = [
  ['the default view', DEFAULT_VIEW],
  ['English', view({ lang: 'en' })],
  ['a calendar year, monthly, rice', view({ period: 'y2024', granularity: 'month', commodity: 'rice' })],
  ['the last 30 days, daily', view({ period: '30d', granularity: 'day' })],
  ['90d, fish, English', view({ period: '90d', commodity: 'fish', lang: 'en' })],
  ['year to date, meat', view({ period: 'ytd', commodity: 'meat' })],
  ['a custom range', view({ period: 'custom', from: '2023-02-01', to: '2024-02-29' })],
  ['a custom range of a single day', view({ period: 'custom', from: '2025-10-03', to: '2025-10-03' })],
  ['two claims', view({ claims: ['biro-ksd-2025', 'okezone-2022'] })],
  ['no claim at all (not the same as the default selection)', view({ claims: [] })],
  [
    'gross inflow as the basis, compared with the 98% claim',
    view({ basis: 'gross', claim: 'laporan-ketahanan-pangan-2024' }),
  ],
  ['a region profile', view({ page: 'region', region: '32.09' })],
  ['a country (ISO code) as the region', view({ page: 'region', region: 'AUS' })],
  ['compare, overlaid', view({ page: 'compare', compare: ['32.09', '33.21', 'AUS'] })],
  [
    'compare as small multiples, in English',
    view({ page: 'compare', compare: ['31', '32.15'], compareLayout: 'multiples', lang: 'en' }),
  ],
  [
    'everything at once',
    view({
      page: 'compare',
      lang: 'en',
      period: 'custom',
      from: '2019-01-01',
      to: '2026-10-31',
      granularity: 'month',
      commodity: 'meat',
      claims: ['dkpkp-2025'],
      region: '32.01',
      compare: ['32.01', '32.02', '32.03', '32.04', '32.05', '32.06'],
      compareLayout: 'multiples',
    }),
  ],
  ['another page with the filters', view({ page: 'flows', period: 'y2019', commodity: 'fish' })],
  ['the regions page', view({ page: 'regions', granularity: 'day' })],
  ['the data page', view({ page: 'data' })],
  ['West Java as the destination', view({ destination: '32' })],
  ['the flows page for Bali, daily', view({ page: 'flows', destination: '51', granularity: 'day' })],
];

describe('view state in the URL', () => {
  test.each(CASES)('%s: view → URL → the same view, with nothing rejected', (_, state) => {
    const search = serializeViewState(state);
    const parsed = parseViewState(search);
    expect(parsed.rejected).toEqual([]);
    expect(parsed.view).toEqual(state);
  });

  test.each(CASES)('%s: URL → view → the same URL', (_, state) => {
    const search = serializeViewState(state);
    expect(serializeViewState(parseViewState(search).view)).toBe(search);
    // Also when the URL arrives without its "?".
    expect(serializeViewState(parseViewState(search.replace(/^\?/, '')).view)).toBe(search);
  });

  test('hand-written links in the canonical order come back character for character', () => {
    for (const search of [
      '',
      '?lang=en',
      '?period=y2024&gran=month&commodity=rice',
      '?period=custom&from=2024-01-01&to=2024-12-31&gran=day',
      '?claims=biro-ksd-2025%2Cdkpkp-2025',
      '?claims=',
      '?page=region&region=32.09&lang=en',
      '?page=compare&compare=32.09%2C33.21%2CAUS&compare-layout=multiples',
      '?page=compare&period=90d&commodity=fish&compare=31%2C32.15&lang=en',
      '?page=flows&dest=32&period=y2024',
    ]) {
      const parsed = parseViewState(search);
      expect(parsed.rejected, search).toEqual([]);
      expect(serializeViewState(parsed.view), search).toBe(search);
    }
  });

  test('the defaults write an empty search string, and read back from it', () => {
    expect(serializeViewState(DEFAULT_VIEW)).toBe('');
    expect(parseViewState('')).toEqual({ view: DEFAULT_VIEW, rejected: [] });
    expect(parseViewState('?')).toEqual({ view: DEFAULT_VIEW, rejected: [] });
  });

  test('links in another order or with plain commas mean the same view and are written canonically', () => {
    const parsed = parseViewState('?lang=en&commodity=rice&claims=okezone-2022,biro-ksd-2025&period=y2023');
    expect(parsed.rejected).toEqual([]);
    expect(parsed.view).toEqual(
      view({ lang: 'en', commodity: 'rice', claims: ['okezone-2022', 'biro-ksd-2025'], period: 'y2023' }),
    );
    expect(serializeViewState(parsed.view)).toBe(
      '?period=y2023&commodity=rice&claims=okezone-2022%2Cbiro-ksd-2025&lang=en',
    );
  });

  test('Jakarta, the default destination, is not written; a destination that is no province code is ignored', () => {
    expect(serializeViewState(view({ destination: '31' }))).toBe('');
    expect(parseViewState('?dest=31').view.destination).toBe('31');
    for (const bad of ['3', '31.71', 'JKT', '', '321']) {
      const parsed = parseViewState(`?dest=${bad}`);
      expect(parsed.view.destination, bad).toBe('31');
      expect(parsed.rejected, bad).toEqual(['dest']);
    }
  });

  test('from and to are written only for a custom period', () => {
    expect(serializeViewState(view({ period: 'y2024', from: '2024-01-01', to: '2024-03-01' }))).toBe(
      '?period=y2024',
    );
  });

  test('a malformed link falls back to the defaults and names what it ignored', () => {
    const parsed = parseViewState('?commodity=gold&period=2025-13&gran=hour');
    expect(parsed.view).toEqual(DEFAULT_VIEW);
    expect(parsed.rejected).toEqual(['gran', 'commodity', 'period']);
    expect(serializeViewState(parsed.view)).toBe('');
  });

  test('only the invalid parameters fall back; the valid ones are kept', () => {
    const parsed = parseViewState(
      '?lang=fr&commodity=fish&period=custom&from=2024-05-01&to=2024-04-01&claims=Bad%20Id&region=jakarta&compare=31%2C32%2C33%2C34%2C35%2C36%2C51&layout=grid&gran=month',
    );
    expect(parsed.view).toEqual(view({ commodity: 'fish', granularity: 'month' }));
    expect(parsed.rejected).toEqual(['lang', 'from', 'to', 'claims', 'region', 'compare', 'layout']);
  });
});
