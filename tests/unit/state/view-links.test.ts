// Every view is a link: the flows selection, the ranking's sort, search and province, and links
// written by earlier versions (parameters since renamed) keep opening the view they meant.
import { describe, expect, test } from 'vitest';
import {
  DEFAULT_VIEW,
  migrateViewParams,
  parseViewState,
  serializeViewState,
  type ViewState,
} from '../../../src/state/view-url';

const view = (change: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, ...change });

describe('the flows selection in the URL', () => {
  test('written in a fixed order and read back', () => {
    const state = view({
      page: 'flows',
      flowSelection: { entryPoint: 'PIBC', origin: '32.09', commodity: 'rice-milled', province: '32' },
    });
    const search = serializeViewState(state);
    expect(search).toBe(
      '?page=flows&sel=province%3A32%2Corigin%3A32.09%2Ccommodity%3Arice-milled%2Centry%3APIBC',
    );
    expect(parseViewState(search)).toEqual({ view: state, rejected: [] });
  });

  test.each([
    ['an unknown dimension', 'sel=colour:red'],
    ['an unknown commodity form', 'sel=commodity:gold'],
    ['a region code that is no code', 'sel=origin:Cirebon'],
    ['one dimension twice', 'sel=origin:32.09,origin:32.15'],
    ['markup', 'sel=entry:<script>'],
  ])('%s is rejected as a whole, and the view shows everything', (_, query) => {
    const parsed = parseViewState(`?page=flows&${query}`);
    expect(parsed.view.flowSelection).toEqual({});
    expect(parsed.rejected).toEqual(['sel']);
  });
});

describe('the ranking in the URL', () => {
  test('sort, search and province round-trip; the default sort (tonnes, largest first) is not written', () => {
    const state = view({
      page: 'regions',
      rankingSort: { key: 'name', descending: false },
      rankingSearch: 'kab cire',
      rankingProvince: '32',
    });
    const search = serializeViewState(state);
    expect(search).toBe('?page=regions&sort=name-asc&q=kab+cire&prov=32');
    expect(parseViewState(search)).toEqual({ view: state, rejected: [] });
    expect(
      serializeViewState(view({ page: 'regions', rankingSort: { key: 'tonnes', descending: true } })),
    ).toBe('?page=regions');
  });

  test('a bad sort, an overlong search or a bad province falls back to the default, named', () => {
    const parsed = parseViewState(`?page=regions&sort=volume-up&q=${'x'.repeat(101)}&prov=Jawa`);
    expect(parsed.view.rankingSort).toEqual(DEFAULT_VIEW.rankingSort);
    expect(parsed.view.rankingSearch).toBe('');
    expect(parsed.view.rankingProvince).toBeNull();
    expect(parsed.rejected).toEqual(['sort', 'q', 'prov']);
  });
});

describe('links from earlier versions', () => {
  test('"layout" (the comparison before it was renamed) opens the same comparison', () => {
    const old = '?page=compare&compare=32.09%2C33.21%2CAUS&layout=multiples';
    const parsed = parseViewState(old);
    expect(parsed.rejected).toEqual([]);
    expect(parsed.view).toEqual(
      view({ page: 'compare', compare: ['32.09', '33.21', 'AUS'], compareLayout: 'multiples' }),
    );
    // Written again, the link uses today's name.
    expect(serializeViewState(parsed.view)).toBe(
      '?page=compare&compare=32.09%2C33.21%2CAUS&compare-layout=multiples',
    );
  });

  test('the new name wins when a link somehow has both', () => {
    const params = migrateViewParams(new URLSearchParams('layout=multiples&compare-layout=overlay'));
    expect(params.toString()).toBe('compare-layout=overlay');
  });

  test('every parameter a link of the first versions could hold still means the same', () => {
    // A link of the first overview, the profile and comparison pages, and a presentation slide.
    const parsed = parseViewState(
      '?page=compare&period=custom&from=2025-01-01&to=2025-06-30&gran=month&commodity=rice&claims=dkpkp-2025&region=13.77&compare=13.77%2C32.09&layout=multiples&slide=2&lang=en',
    );
    expect(parsed.rejected).toEqual([]);
    expect(parsed.view).toEqual(
      view({
        page: 'compare',
        period: 'custom',
        from: '2025-01-01',
        to: '2025-06-30',
        granularity: 'month',
        commodity: 'rice',
        claims: ['dkpkp-2025'],
        region: '13.77',
        compare: ['13.77', '32.09'],
        compareLayout: 'multiples',
        slide: 2,
        lang: 'en',
      }),
    );
  });
});
