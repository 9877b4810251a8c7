import type { IsoDate } from '../../src/domain/calendar-date';
import type { CommodityCode } from '../../src/domain/commodity';
import type { DataStatus } from '../../src/domain/data-status';
import type { ProductionKind } from '../../src/domain/food-balance';
import type { AnnualProduction } from '../../src/domain/production';

// What the demo dataset is calibrated to. Each number names the row of
// ../shared/data/reference-figures.md it comes from; numbers without a row are the generator's
// own assumptions (source "demo-model") and their series carry the status "estimated" or "synthetic".

export const DEMO_FIRST_DAY: IsoDate = '2019-01-01';
export const DEMO_LAST_DAY: IsoDate = '2026-10-31';
export const DEMO_SEED = 20251003;

/** Mean tonnes per day of inflow from outside Jakarta, by commodity and year. */
export const MEAN_DAILY_INFLOW: Record<CommodityCode, Record<number, number>> = {
  // "rice entering PIBC 3,000–3,200 t/day (Aug 2021)"; other years a gentle trend.
  'rice-milled': {
    2019: 3000,
    2020: 3050,
    2021: 3100,
    2022: 3120,
    2023: 3150,
    2024: 3180,
    2025: 3200,
    2026: 3220,
  },
  // Beef + buffalo: "6,918 t/month (Sep 2020)" ≈ 230 t/day; beef "~6,000 t/month (Oct 2021)" =
  // 200 t/day; the DKPKP prognosis "beef + buffalo 11,999 t, Sep–Oct 2025" ≈ 197 t/day. Years
  // between move linearly.
  'meat-beef': { 2019: 200, 2020: 205, 2021: 200, 2022: 193, 2023: 185, 2024: 175, 2025: 165, 2026: 165 },
  // No published figure for buffalo alone: an assumption for frozen buffalo meat from India.
  'meat-buffalo': { 2019: 22, 2020: 25, 2021: 25, 2022: 25, 2023: 26, 2024: 26, 2025: 26, 2026: 26 },
  // Chicken: the DKPKP prognosis "30,176 t, Sep–Oct 2025" ≈ 495 t/day. It conflicts with "~1,000
  // t/day ≈ 1 million birds (2018)" and "1,127 t/day (2018)"; the model follows the prognosis
  // (docs/reference-figures.md says why).
  'meat-chicken': { 2019: 470, 2020: 455, 2021: 470, 2022: 480, 2023: 485, 2024: 490, 2025: 497, 2026: 500 },
  // "daily fish demand ~650 t/day (2015)" less Jakarta's own fisheries (~306 t/day, 2020) ≈ 345 t/day
  // from outside, split between marine fish by truck and freshwater fish (Cirata, Jatiluhur).
  'fish-marine': { 2019: 205, 2020: 200, 2021: 205, 2022: 210, 2023: 212, 2024: 215, 2025: 218, 2026: 220 },
  'fish-freshwater': {
    2019: 140,
    2020: 138,
    2021: 140,
    2022: 142,
    2023: 144,
    2024: 146,
    2025: 148,
    2026: 150,
  },
};

export interface ShareAnchor {
  /** The day the shares hold exactly (in expectation); shares move linearly between anchors. */
  on: IsoDate;
  share: number;
}

export interface PlannedSeries {
  origin: string;
  commodity: CommodityCode;
  entryPoint: string;
  status: DataStatus;
  sourceIds: string[];
  /** Share of the commodity's inflow, fixed or moving between anchors. */
  share?: number | ShareAnchor[];
  /** A synthetic flow outside the calibrated shares, in tonnes per day. */
  tonnesPerDay?: number;
  /** No data before this day (null, "not reported"); the flow ramps up over 90 days. */
  startsOn?: IsoDate;
}

const PIBC_SOURCES = [
  'antara-2021-10-pibc-origins',
  'beritasatu-2021-08-pibc',
  'kontan-2020-09-14-pibc-morning',
  'okezone-2020-pibc-sunday',
];
/**
 * The days the published origin shares hold. Shares published as "cumulative to" a day are placed
 * mid-window: 1–13 Sep 2020 (Kontan, 14 Sep), 1–7 Oct 2021 (ANTARA, "per Kamis 7 Oktober").
 * 15 Aug 2021 (Beritasatu) gives that day's shares.
 */
export const RICE_SHARE_DAYS = {
  sep2020: '2020-09-07',
  aug2021: '2021-08-15',
  oct2021: '2021-10-04',
} as const;

// Rice: PIBC origin shares of 1–7 Oct 2021 (Cirebon 31.52%, Jawa Tengah 23.13%, Karawang 20.25%,
// Bandung 7.46%, Jawa Timur 4.27%, rest inter-island 13.37%). How Jawa Tengah, Jawa Timur and the
// inter-island rest divide among regencies is an assumption.
const RICE_2021: Record<string, number> = {
  '32.09': 0.3152,
  '32.15': 0.2025,
  '32.04': 0.0746,
  '33.21': 0.05,
  '33.15': 0.05,
  '33.14': 0.04,
  '33.10': 0.0313,
  '33.29': 0.03,
  '33.18': 0.03,
  '35.21': 0.02,
  '35.22': 0.0127,
  '35.24': 0.01,
  '73.14': 0.03,
  '73.15': 0.02,
  '73.08': 0.015,
  '18.02': 0.02,
  '16.07': 0.015,
  '16.08': 0.01,
  '52.04': 0.0087,
  '36.04': 0.015,
};
const JAWA_TENGAH_RICE = ['33.21', '33.15', '33.14', '33.10', '33.29', '33.18'];
const JAWA_TENGAH_2021 = 0.2313;

/** Shares published for one day: named origins fixed, Jawa Tengah scaled, the rest filling 100%. */
function riceSharesOn(named: { cirebon: number; karawang: number; jawaTengah: number; bandung?: number }) {
  const bandung = named.bandung ?? RICE_2021['32.04'] ?? 0;
  const fixed = named.cirebon + named.karawang + named.jawaTengah + bandung;
  const rest2021 = 1 - 0.3152 - 0.2025 - JAWA_TENGAH_2021 - 0.0746;
  return (origin: string, share2021: number): number => {
    if (origin === '32.09') return named.cirebon;
    if (origin === '32.15') return named.karawang;
    if (origin === '32.04') return bandung;
    if (JAWA_TENGAH_RICE.includes(origin)) return share2021 * (named.jawaTengah / JAWA_TENGAH_2021);
    return share2021 * ((1 - fixed) / rest2021);
  };
}
const riceSep2020 = riceSharesOn({ cirebon: 0.3899, karawang: 0.2446, jawaTengah: 0.1825 });
const riceAug2021 = riceSharesOn({ cirebon: 0.33, karawang: 0.302, jawaTengah: 0.226, bandung: 0.076 });

const riceSeries: PlannedSeries[] = Object.entries(RICE_2021).map(([origin, share2021]) => ({
  origin,
  commodity: 'rice-milled',
  entryPoint: 'PIBC',
  status: 'estimated',
  sourceIds: PIBC_SOURCES,
  share: [
    { on: RICE_SHARE_DAYS.sep2020, share: riceSep2020(origin, share2021) },
    { on: RICE_SHARE_DAYS.aug2021, share: riceAug2021(origin, share2021) },
    { on: RICE_SHARE_DAYS.oct2021, share: share2021 },
  ],
}));

// Bulog's releases at PIBC (SPHP, operasi pasar). Food Station lists Bulog as an origin beside the
// provinces, so its domestic rice is the origin "BULOG" (no province: the reserve is bought
// across the country) and its imported rice is recorded by country (THA, VNM; the countries are
// an assumption). Calibrated to "13,000 t of Bulog rice into PIBC since January" (Republika,
// 22 Feb 2023) and to releases going on through 2023–24 (CNBC 2023, RMOL 2024); the rice Bulog
// put in at the start of 2023 was imported (Media Indonesia, 3 Feb 2023), so imports carry most of
// that window. "35% of PIBC supply from Bulog" (detik, Jan 2018) lies before the demo's first day.
// Outside these windows the shares are assumptions ("demo-model").
const BULOG_SOURCES = [
  'detik-2018-01-bulog-pibc',
  'republika-2023-02-22-bulog-pibc',
  'cnbc-2023-sphp-pibc',
  'rmol-2024-sphp-pibc',
  'demo-model',
];
const bulogSeries: PlannedSeries[] = [
  {
    origin: 'BULOG',
    commodity: 'rice-milled',
    entryPoint: 'PIBC',
    status: 'estimated',
    sourceIds: BULOG_SOURCES,
    share: [
      { on: '2019-01-01', share: 0.02 },
      { on: '2019-06-30', share: 0.01 },
      { on: '2022-09-30', share: 0.01 },
      { on: '2023-02-22', share: 0.02 },
      { on: '2023-09-15', share: 0.04 },
      { on: '2024-06-30', share: 0.03 },
      { on: '2025-06-30', share: 0.005 },
    ],
  },
];
const importedRiceSeries: PlannedSeries[] = (['THA', 'VNM'] as const).map((origin) => ({
  origin,
  commodity: 'rice-milled',
  entryPoint: 'PIBC',
  status: 'estimated',
  sourceIds: [...BULOG_SOURCES, 'mediaindonesia-2023-02-03-bulog-pibc'],
  share: [
    { on: '2022-10-01', share: 0.002 },
    { on: '2023-01-15', share: 0.035 },
    { on: '2024-12-31', share: 0.035 },
    { on: '2025-06-30', share: 0.005 },
  ],
}));

// Rice that reaches Jakarta outside PIBC ("direct to shops, modern retail, Bulog", Aug 2021). Its
// size is set so that what stays in Jakarta meets the DKPKP prognosis of Sep–Oct 2025 (156,745 t);
// the origins are assumptions.
const directRiceSeries: PlannedSeries[] = (
  [
    ['32.15', 0.05],
    ['32.09', 0.03],
    ['32.13', 0.025],
    ['36.04', 0.025],
  ] as const
).map(([origin, share]) => ({
  origin,
  commodity: 'rice-milled',
  entryPoint: 'JALUR-DARAT',
  status: 'estimated',
  sourceIds: ['beritasatu-2021-08-pibc', 'posnews-2025-09-dkpkp-prognosis', 'demo-model'],
  share,
}));

// Beef: "~95% imported" (Oct 2021). Imported boxed beef lands at Tanjung Priok; Australian feeder
// cattle fattened in feedlots are slaughtered at RPH Cakung; local cattle come from NTT, NTB and
// Lampung. The split between countries is an assumption.
const BEEF_SOURCES = ['bisnis-2021-10-26-beef'];
const beefSeries: PlannedSeries[] = [
  ['AUS', 'TANJUNG-PRIOK', 0.48],
  ['AUS', 'RPH-CAKUNG', 0.22],
  ['BRA', 'TANJUNG-PRIOK', 0.1],
  ['NZL', 'TANJUNG-PRIOK', 0.08],
  ['USA', 'TANJUNG-PRIOK', 0.07],
  ['53.01', 'RPH-CAKUNG', 0.03],
  ['52.04', 'RPH-CAKUNG', 0.01],
  ['18.02', 'RPH-CAKUNG', 0.01],
].map(([origin, entryPoint, share]) => ({
  origin: origin as string,
  commodity: 'meat-beef' as const,
  entryPoint: entryPoint as string,
  status: 'estimated' as const,
  sourceIds: BEEF_SOURCES,
  share: share as number,
}));

// Chicken: "Jawa Barat's surplus goes mostly to Jabodetabek"; the split is an assumption.
const CHICKEN_SOURCES = ['sindonews-2018-chicken', 'republika-2016-jabar-chicken'];
const chickenSeries: PlannedSeries[] = (
  [
    ['32.01', 0.24],
    ['32.02', 0.15],
    ['32.03', 0.1],
    ['32.13', 0.1],
    ['32.04', 0.08],
    ['36.03', 0.13],
    ['36.04', 0.08],
    ['36.02', 0.05],
    ['33.10', 0.04],
    ['18.01', 0.03],
  ] as const
).map(([origin, share]) => ({
  origin,
  commodity: 'meat-chicken',
  entryPoint: 'JALUR-DARAT',
  status: 'estimated',
  sourceIds: CHICKEN_SOURCES,
  share,
}));

// Marine fish by truck: "Batang, Pekalongan, Cilacap, Indramayu, Tuban, Gresik and others" into
// Muara Baru; "largest truck supplier to Muara Angke: Indramayu". Shares are assumptions.
const FISH_SOURCES = ['bisnis-2015-07-08-fish', 'ipb-2010-muara-baru'];
const marineSeries: PlannedSeries[] = (
  [
    ['32.12', 'PPI-MUARA-ANGKE', 0.16],
    ['32.12', 'PPS-NIZAM-ZACHMAN', 0.06],
    ['33.25', 'PPS-NIZAM-ZACHMAN', 0.13],
    ['33.26', 'PPS-NIZAM-ZACHMAN', 0.12],
    ['33.01', 'PPS-NIZAM-ZACHMAN', 0.11],
    ['35.23', 'PPS-NIZAM-ZACHMAN', 0.08],
    ['35.25', 'PPS-NIZAM-ZACHMAN', 0.08],
    ['33.28', 'PPI-MUARA-ANGKE', 0.06],
    ['32.13', 'PPI-MUARA-ANGKE', 0.05],
    ['18.01', 'PPI-MUARA-ANGKE', 0.05],
    ['36.04', 'PPI-MUARA-ANGKE', 0.04],
    ['NOR', 'TANJUNG-PRIOK', 0.03],
    ['CHN', 'TANJUNG-PRIOK', 0.03],
  ] as const
).map(([origin, entryPoint, share]) => ({
  origin,
  commodity: 'fish-marine',
  entryPoint,
  status: 'estimated',
  sourceIds: FISH_SOURCES,
  share,
}));

// Freshwater fish: "Cirata reservoir 200–300 t/day (Jabodetabek) and Jatiluhur 45–70 t/day".
// Cirata lies in Cianjur, Purwakarta and Bandung Barat; Jatiluhur in Purwakarta.
const freshwaterSeries: PlannedSeries[] = (
  [
    ['32.03', 0.3],
    ['32.14', 0.32],
    ['32.17', 0.16],
    ['32.01', 0.14],
    ['32.13', 0.08],
  ] as const
).map(([origin, share]) => ({
  origin,
  commodity: 'fish-freshwater',
  entryPoint: 'PIM-MUARA-BARU',
  status: 'estimated',
  sourceIds: FISH_SOURCES,
  share,
}));

// Fish that reaches Jakarta by road outside the ports' auctions (cold chains, processed and frozen
// fish for retail). Its size is set so that what Jakarta keeps matches "48.92 kg per person per
// year (2024)" for 11,010,514 residents; the origins are assumptions.
const FISH_ROAD_SOURCES = ['antara-2024-fish-consumption', 'dukcapil-2025-population', 'demo-model'];
const roadFishSeries: PlannedSeries[] = (
  [
    ['32.12', 250],
    ['33.26', 150],
    ['18.01', 150],
    ['36.04', 130],
    ['35.25', 100],
    ['33.01', 100],
  ] as const
).map(([origin, tonnesPerDay]) => ({
  origin,
  commodity: 'fish-marine',
  entryPoint: 'JALUR-DARAT',
  status: 'estimated',
  sourceIds: FISH_ROAD_SOURCES,
  tonnesPerDay,
}));

const buffaloSeries: PlannedSeries[] = [
  {
    origin: 'IND',
    commodity: 'meat-buffalo',
    entryPoint: 'TANJUNG-PRIOK',
    status: 'estimated',
    sourceIds: ['demo-model'],
    share: 1,
  },
];

// Partner regions of the 3 October 2025 agreements. No source reports what they ship to Jakarta,
// so every one of these flows is synthetic. Kalimantan Barat's fish reached Java before the
// agreements ("74,888.5 t to Java, 2016"); Pariaman and Kolaka appear only after the signing.
// Kota Pekanbaru, a consumer city, is an agreement without flows.
const SYNTHETIC = ['demo-model'];
const partnerSeries: PlannedSeries[] = [
  { origin: '13.77', commodity: 'rice-milled', entryPoint: 'PIBC', tonnesPerDay: 4, startsOn: '2026-01-05' },
  {
    origin: '13.77',
    commodity: 'fish-marine',
    entryPoint: 'PPS-NIZAM-ZACHMAN',
    tonnesPerDay: 1.5,
    startsOn: '2026-01-05',
  },
  { origin: '74.01', commodity: 'rice-milled', entryPoint: 'PIBC', tonnesPerDay: 8, startsOn: '2026-01-05' },
  { origin: '61.04', commodity: 'fish-marine', entryPoint: 'PPS-NIZAM-ZACHMAN', tonnesPerDay: 5 },
  { origin: '61', commodity: 'fish-marine', entryPoint: 'PPS-NIZAM-ZACHMAN', tonnesPerDay: 12 },
].map((series) => ({
  ...series,
  commodity: series.commodity as CommodityCode,
  status: 'synthetic',
  sourceIds: SYNTHETIC,
}));

export const PLANNED_SERIES: readonly PlannedSeries[] = [
  ...riceSeries,
  ...bulogSeries,
  ...importedRiceSeries,
  ...directRiceSeries,
  ...roadFishSeries,
  ...beefSeries,
  ...buffaloSeries,
  ...chickenSeries,
  ...marineSeries,
  ...freshwaterSeries,
  ...partnerSeries,
];

/** Jakarta's own production per year; `reported` where BPS or the province published it. */
function annual(
  reported: Record<number, [number, string, DataStatus?]>,
  estimates: Record<number, number>,
  monthlyShares?: readonly number[],
): AnnualProduction[] {
  const years = Object.keys({ ...reported, ...estimates })
    .map(Number)
    .sort();
  return years.map((year) => {
    const found = reported[year];
    const entry: AnnualProduction = found
      ? { year, tonnes: found[0], status: found[2] ?? 'reported', sourceIds: [found[1]] }
      : { year, tonnes: estimates[year] ?? 0, status: 'estimated', sourceIds: ['demo-model'] };
    return monthlyShares ? { ...entry, monthlyShares, profileStatus: 'estimated' } : entry;
  });
}

/**
 * Rice comes in the harvest months: the main harvest February–April, the second July–September
 * (the usual pattern of Java's lowland paddy; DKI's own monthly KSA figures are not in the model).
 */
export const RICE_HARVEST_PROFILE = [0.02, 0.1, 0.22, 0.16, 0.04, 0.03, 0.08, 0.14, 0.12, 0.05, 0.02, 0.02];
/** Landings dip in the west monsoon (December–February), when boats stay in port. */
export const LANDINGS_PROFILE = [0.06, 0.06, 0.08, 0.09, 0.095, 0.095, 0.095, 0.095, 0.09, 0.09, 0.08, 0.07];

/** BPS milling factor: 1,359.57 t rice ÷ 2,306.54 t GKG (2024) = 0.5894 (derived). */
export const MILLING_FACTOR = 1359.57 / 2306.54;
const RICE_GROWN = annual(
  {
    2019: [Math.round(3359.31 * MILLING_FACTOR * 100) / 100, 'antara-bps-dki-rice-2019-2022', 'derived'],
    2020: [Math.round(4543.93 * MILLING_FACTOR * 100) / 100, 'antara-bps-dki-rice-2019-2022', 'derived'],
    2021: [1915, 'antara-bps-dki-rice-2019-2022'],
    2022: [1615, 'antara-bps-dki-rice-2019-2022', 'forecast'],
    2023: [1576.37, 'bps-dki-2024-rice-production'],
    2024: [1359.57, 'bps-dki-2024-rice-production'],
  },
  { 2025: 1300, 2026: 1250 },
  RICE_HARVEST_PROFILE,
);

/** Share of the fish landed at Muara Angke and Nizam Zachman caught by Jakarta's own fleet: an assumption. */
export const JAKARTA_FLEET_SHARE = 0.03;
/** "capture 107,828.84 t (2020)" is what is landed; other years an assumption of slow decline. */
const LANDINGS: Record<number, number> = {
  2019: 107000,
  2020: 107828.84,
  2021: 106500,
  2022: 105500,
  2023: 104500,
  2024: 103500,
  2025: 102500,
  2026: 101500,
};
const splitLandings = (share: number) =>
  Object.keys(LANDINGS)
    .map(Number)
    .map((year) => ({
      year,
      tonnes: Math.round((LANDINGS[year] ?? 0) * share * 100) / 100,
      status: 'estimated' as const,
      sourceIds: year === 2020 ? ['statistik-jakarta-2020-fisheries', 'demo-model'] : ['demo-model'],
      monthlyShares: LANDINGS_PROFILE,
      profileStatus: 'estimated' as const,
    }));

const FARMED = annual(
  { 2020: [3869.48, 'statistik-jakarta-2020-fisheries'] },
  { 2019: 3900, 2021: 3850, 2022: 3800, 2023: 3750, 2024: 3700, 2025: 3650, 2026: 3600 },
);

// Animals kept in the city: no published figure (an assumption), a fifth beef and the rest chicken.
const RAISED_TOTAL: Record<number, number> = {
  2019: 1600,
  2020: 1550,
  2021: 1500,
  2022: 1500,
  2023: 1450,
  2024: 1400,
  2025: 1400,
  2026: 1350,
};
const raised = (share: number) =>
  annual(
    {},
    Object.fromEntries(Object.entries(RAISED_TOTAL).map(([year, tonnes]) => [year, tonnes * share])),
  );

/**
 * Slaughter in DKI of animals raised elsewhere, what BPS counts as DKI's beef production:
 * "16,185 t (2019)". DKPKP's "≈24,728 t red meat (2019)" counts more than beef and carries a unit
 * error; the model follows BPS. Later years: an assumption at the 2019 level.
 */
const BEEF_SLAUGHTERED = annual(
  { 2019: [16185, 'kontan-bps-dki-beef-2019'] },
  { 2020: 16000, 2021: 16000, 2022: 16000, 2023: 16000, 2024: 16000, 2025: 16000, 2026: 16000 },
);

export const PRODUCTION_PLAN: readonly {
  commodity: CommodityCode;
  kind: ProductionKind;
  annual: readonly AnnualProduction[];
}[] = [
  { commodity: 'rice-milled', kind: 'grown', annual: RICE_GROWN },
  { commodity: 'meat-beef', kind: 'raised', annual: raised(0.2) },
  { commodity: 'meat-beef', kind: 'slaughtered', annual: BEEF_SLAUGHTERED },
  { commodity: 'meat-buffalo', kind: 'raised', annual: raised(0) },
  { commodity: 'meat-chicken', kind: 'raised', annual: raised(0.8) },
  { commodity: 'fish-marine', kind: 'caught', annual: splitLandings(JAKARTA_FLEET_SHARE) },
  { commodity: 'fish-marine', kind: 'landed', annual: splitLandings(1 - JAKARTA_FLEET_SHARE) },
  { commodity: 'fish-freshwater', kind: 'farmed', annual: FARMED },
];

/** Own production per commodity group as Jakarta's statistics count it (landings included). */
export const OWN_PRODUCTION: Record<'rice' | 'meat' | 'fish', AnnualProduction[]> = {
  rice: RICE_GROWN,
  meat: annual({}, RAISED_TOTAL),
  // "capture 107,828.84 t, aquaculture 3,869.48 t (2020)".
  fish: Object.keys(LANDINGS)
    .map(Number)
    .map((year) => {
      const farmed = FARMED.find((entry) => entry.year === year);
      const reported = year === 2020;
      return {
        year,
        tonnes: Math.round(((LANDINGS[year] ?? 0) + (farmed?.tonnes ?? 0)) * 100) / 100,
        status: reported ? 'reported' : 'estimated',
        sourceIds: reported ? ['statistik-jakarta-2020-fisheries'] : ['demo-model'],
        monthlyShares: LANDINGS_PROFILE,
        profileStatus: 'estimated',
      };
    }),
};

/**
 * Onward outflow from PIBC as shares of what leaves it: "61.18% stays in DKI, 21.25% inter-island"
 * (1–13 Sep 2020), "only ~63% absorbed in Jakarta" (15 Aug 2021), "67.31% stays in DKI, 15.32%
 * inter-island" (1–7 Oct 2021); the rest goes to the buffer zones. Flat beyond the first and last.
 */
export const PIBC_ONWARD: Record<'buffer-zone' | 'inter-island', ShareAnchor[]> = {
  'inter-island': [
    { on: RICE_SHARE_DAYS.sep2020, share: 0.2125 },
    { on: RICE_SHARE_DAYS.aug2021, share: 0.185 },
    { on: RICE_SHARE_DAYS.oct2021, share: 0.1532 },
  ],
  'buffer-zone': [
    { on: RICE_SHARE_DAYS.sep2020, share: 1 - 0.6118 - 0.2125 },
    { on: RICE_SHARE_DAYS.aug2021, share: 1 - 0.63 - 0.185 },
    { on: RICE_SHARE_DAYS.oct2021, share: 1 - 0.6731 - 0.1532 },
  ],
};
export const PIBC_ONWARD_SOURCES = [
  'kontan-2020-09-14-pibc-morning',
  'beritasatu-2021-08-pibc',
  'antara-2021-10-pibc-origins',
];

/** Marine fish leaving the ports: exports and trade to Bodetabek. No published split: assumptions. */
export const FISH_ONWARD = { export: 0.1, 'buffer-zone': 0.1 } as const;

/** PIBC closing stock: days the model passes through exactly. */
export const PIBC_STOCK_POINTS = [
  { on: '2020-09-13', tonnes: 32703, sourceId: 'kontan-2020-09-14-pibc-morning', width: 10 },
  { on: '2021-10-07', tonnes: 37912, sourceId: 'antara-2021-10-pibc-origins', width: 10 },
  { on: '2023-02-07', tonnes: 14487, sourceId: 'medcom-2023-02-07-pibc-stock', width: 14 },
  { on: '2024-05-02', tonnes: 46634, sourceId: 'antara-2024-pibc-stock', width: 12 },
] as const;
