// One suite of requests, sent to every server of the contract: each endpoint, every granularity
// and grouping, the filters, the edges of the range and of the data, and the error answers.
import { FLOW_DIMENSIONS } from '../../src/domain/flow-store';
import { GRANULARITIES } from '../../src/domain/period';

export interface SuiteRequest {
  route: string;
  query: string;
}

const HOSTILE = ["'; DROP TABLE flow_days; --", '%', '\\', '\u0000', "2024-01-01' OR '1'='1", '"quoted"'];

/** The demo covers 2019-01-01 … 2026-10-31; ranges reach over both edges and beyond. */
const RANGES = [
  ['2024-01-01', '2024-12-31'], // a whole year
  ['2024-02-27', '2024-03-02'], // over a leap day
  ['2023-12-28', '2024-01-10'], // a week across the new year
  ['2018-12-20', '2019-01-15'], // over the first day of the data
  ['2026-10-20', '2026-11-10'], // over the last day of the data
  ['2010-01-01', '2010-03-31'], // entirely before the data
  ['2027-01-01', '2027-02-01'], // entirely after
  ['2025-06-15', '2025-06-15'], // one day
  ['2019-01-01', '2026-10-31'], // everything
];

export function querySuite(options: { origins: string[]; entryPoints: string[] }): SuiteRequest[] {
  const [originA = '', originB = ''] = options.origins;
  const [entryA = '', entryB = ''] = options.entryPoints;
  const requests: SuiteRequest[] = [];
  const add = (route: string, query: Record<string, string> | string = '') =>
    requests.push({
      route,
      query: typeof query === 'string' ? query : new URLSearchParams(query).toString(),
    });

  for (const route of [
    '/meta',
    '/regions',
    '/commodities',
    '/entry-points',
    '/sources',
    '/claims',
    '/agreements',
  ])
    add(route);
  add('/region-facts');
  add('/region-facts', { region: originA });
  add('/region-facts', { region: `${originA},${originB}` });
  add('/region-facts', { region: 'XX-NOWHERE' });

  const groupings = [
    [],
    ...FLOW_DIMENSIONS.map((d) => [d]),
    ['origin', 'commodity'],
    ['entryPoint', 'group'],
    ['province', 'commodity', 'entryPoint'],
  ];
  for (const granularity of GRANULARITIES) {
    for (const groupBy of groupings) {
      const range = granularity === 'day' ? RANGES[1] : granularity === 'week' ? RANGES[2] : RANGES[0];
      add('/flows', {
        from: range?.[0] ?? '',
        to: range?.[1] ?? '',
        granularity,
        ...(groupBy.length && { groupBy: groupBy.join(',') }),
      });
    }
    for (const [from = '', to = ''] of RANGES) {
      if (granularity === 'day' && from.slice(0, 4) !== to.slice(0, 4)) continue; // too many rows for a test
      add('/flows', { from, to, granularity, groupBy: 'group' });
      add('/production', { from, to, granularity });
      add('/stocks', { from, to, granularity });
      add('/balance', { from, to, granularity });
    }
    add('/balance', { from: '2024-02-27', to: '2024-03-02', granularity, commodity: 'rice' });
  }
  const year = { from: '2024-01-01', to: '2024-12-31', granularity: 'month' };
  const filters: Record<string, string>[] = [
    { commodity: 'rice' },
    { commodity: 'meat-beef,fish' },
    { commodity: 'meat', groupBy: 'commodity' },
    { origin: originA, groupBy: 'commodity' },
    { origin: `${originA},${originB}`, groupBy: 'origin,entryPoint' },
    { entryPoint: entryA },
    { entryPoint: `${entryA},${entryB}`, commodity: 'fish', groupBy: 'entryPoint' },
    { origin: originA, entryPoint: entryB },
  ];
  for (const filter of filters) add('/flows', { ...year, ...filter });
  add(
    '/flows',
    'from=2024-01-01&to=2024-03-31&granularity=week&commodity=rice&commodity=fish&groupBy=group&groupBy=origin',
  );
  add('/flows', 'from=2024-01-01&to=2024-03-31&groupBy=%20origin%20,,commodity,origin');
  add('/production', { ...year, group: 'rice' });
  add('/production', { ...year, group: 'fish,meat,fish' });
  add('/production', { from: '2020-02-15', to: '2021-03-10', granularity: 'year' });

  // The food balance: each commodity and group, periods cut by the range at both ends, the
  // largest answers refused, and the published needs over ranges that meet them or not.
  for (const commodity of [
    'rice',
    'meat',
    'fish',
    'meat-beef,fish',
    'fish-marine,rice-milled',
    'meat-chicken',
  ])
    add('/balance', { ...year, commodity });
  add('/balance', { from: '2020-02-15', to: '2021-03-10', granularity: 'year' });
  add('/balance', { from: '2023-01-18', to: '2023-03-09', granularity: 'week', commodity: 'rice' });
  add('/balance', 'from=2024-01-01&to=2024-03-31&granularity=month&commodity=fish&commodity=rice');
  add('/balance', { from: '2019-01-01', to: '2026-10-31', granularity: 'day' });
  add('/balance', { to: '2024-01-01' });
  add('/balance', { from: '2024-03-01', to: '2024-02-01' });
  add('/balance', { ...year, granularity: 'hour' });
  add('/balance', { ...year, commodity: 'gold' });
  add('/needs');
  for (const [from = '', to = ''] of [
    ['2025-09-01', '2025-09-30'],
    ['2025-10-31', '2025-12-31'],
    ['2025-11-01', '2025-12-31'],
    ['2024-01-01', '2024-12-31'],
    ['2019-01-01', '2026-10-31'],
  ])
    add('/needs', { from, to });
  add('/needs', { from: '2025-09-01' });
  add('/needs', { from: '2025-09-31', to: '2025-10-01' });

  // The destination: Jakarta by default and when named; another province answers with no rows
  // under its own code; a code that is no province is refused.
  for (const destination of ['31', '32', '96']) {
    add('/flows', { ...year, groupBy: 'group', destination });
    add('/flows', { ...year, groupBy: 'origin', commodity: 'rice', destination });
    add('/production', { ...year, destination });
    add('/stocks', { ...year, destination });
    add('/balance', { ...year, destination });
    add('/needs', { destination });
  }
  add('/stocks', { ...year, entryPoint: 'NOPE', destination: '32' });
  add('/flows', 'from=2024-01-01&to=2024-12-31&destination=31&destination=32');
  for (const destination of ['99', '3', '31.71', 'JKT', '', ...HOSTILE]) {
    add('/flows', { ...year, destination });
    add('/production', { ...year, destination });
    add('/stocks', { ...year, destination });
    add('/balance', { ...year, destination });
    add('/needs', { destination });
  }
  // Reduced to a plot width (M4): a year of days per group and per origin, a width wide enough
  // to keep every period, the narrowest and widest widths allowed, and widths refused.
  const days = { from: '2024-01-01', to: '2024-12-31', granularity: 'day' };
  for (const width of ['16', '100', '640', '1000', '10000']) {
    add('/flows', { ...days, groupBy: 'group', width });
    add('/flows', { ...days, groupBy: 'commodity', commodity: 'rice', width });
  }
  add('/flows', { ...days, width: '200' });
  add('/flows', { ...days, groupBy: 'group', width: '300', destination: '32' });
  for (const width of ['15', '10001', '0', '-5', '12.5', '1e3', 'wide', '', ...HOSTILE])
    add('/flows', { ...days, groupBy: 'group', width });

  // Errors: each names its field.
  add('/flows', { to: '2024-01-01' });
  add('/flows', { from: '2024-02-30', to: '2024-03-01' });
  add('/flows', { from: '2024-03-01', to: '2024-02-01' });
  add('/flows', { ...year, granularity: 'hour' });
  add('/flows', { ...year, groupBy: 'colour' });
  add('/flows', { ...year, commodity: 'gold' });
  add('/flows', { ...year, origin: 'XX' });
  add('/flows', { ...year, entryPoint: 'NOPE' });
  add('/flows', { from: '2019-01-01', to: '2026-10-31', granularity: 'day', groupBy: 'origin,entryPoint' });
  add('/production', { ...year, group: 'gold' });
  add('/stocks', { ...year, entryPoint: 'NOPE' });
  add('/stocks', { ...year, entryPoint: '' });
  add('/nothing-here');
  for (const value of HOSTILE) {
    for (const field of ['from', 'to', 'granularity', 'groupBy', 'commodity', 'origin', 'entryPoint']) {
      add('/flows', { ...year, [field]: value });
    }
    add('/production', { ...year, group: value });
    add('/stocks', { ...year, entryPoint: value });
    add('/balance', { ...year, commodity: value });
    add('/balance', { ...year, granularity: value });
    add('/needs', { from: value, to: '2025-12-31' });
    add('/region-facts', { region: value });
  }
  return requests;
}
