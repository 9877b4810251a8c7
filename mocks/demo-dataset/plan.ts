import type { IsoDate } from '../../src/domain/calendar-date';
import type { CommodityCode } from '../../src/domain/commodity';
import type { DataStatus } from '../../src/domain/data-status';
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
  // "beef demand ~6,000 t/month (Oct 2021)" = 200 t/day; 2020 dips with the pandemic (assumption).
  'meat-beef': { 2019: 190, 2020: 175, 2021: 200, 2022: 205, 2023: 210, 2024: 215, 2025: 220, 2026: 225 },
  // No published figure: an assumption for frozen buffalo meat imported from India.
  'meat-buffalo': { 2019: 22, 2020: 24, 2021: 25, 2022: 25, 2023: 26, 2024: 26, 2025: 27, 2026: 27 },
  // "chicken demand ~1,000 t/day (2018)".
  'meat-chicken': {
    2019: 1000,
    2020: 960,
    2021: 1010,
    2022: 1040,
    2023: 1060,
    2024: 1080,
    2025: 1100,
    2026: 1120,
  },
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
];
const SEP_2020 = '2020-09-14';
const OCT_2021 = '2021-10-15';

// Rice: PIBC origin shares of Oct 2021 (Cirebon 31.52%, Jawa Tengah 23.13%, Karawang 20.25%,
// Bandung 7.46%, Jawa Timur 4.27%, rest inter-island 13.37%), and of the 14 Sep 2020 morning
// (Cirebon 38.99%, Karawang 24.46%, Jawa Tengah 18.25%; the rest scaled to fill 100%). How
// Jawa Tengah, Jawa Timur and the inter-island rest divide among regencies is an assumption.
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
const REST_SCALE_2020 = (1 - 0.3899 - 0.2446 - 0.1825) / (1 - 0.3152 - 0.2025 - 0.2313);

function riceShare2020(origin: string, share2021: number): number {
  if (origin === '32.09') return 0.3899;
  if (origin === '32.15') return 0.2446;
  if (JAWA_TENGAH_RICE.includes(origin)) return share2021 * (0.1825 / 0.2313);
  return share2021 * REST_SCALE_2020;
}

const riceSeries: PlannedSeries[] = Object.entries(RICE_2021).map(([origin, share2021]) => ({
  origin,
  commodity: 'rice-milled',
  entryPoint: 'PIBC',
  status: 'estimated',
  sourceIds: PIBC_SOURCES,
  share: [
    { on: SEP_2020, share: riceShare2020(origin, share2021) },
    { on: OCT_2021, share: share2021 },
  ],
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
  ...beefSeries,
  ...buffaloSeries,
  ...chickenSeries,
  ...marineSeries,
  ...freshwaterSeries,
  ...partnerSeries,
];

/** Jakarta's own production per year; `reported` where BPS or the province published it. */

function ownProduction(
  reported: Record<number, [number, string]>,
  estimates: Record<number, number>,
): AnnualProduction[] {
  const years = Object.keys({ ...reported, ...estimates })
    .map(Number)
    .sort();
  return years.map((year) => {
    const found = reported[year];
    return found
      ? { year, tonnes: found[0], status: 'reported', sourceIds: [found[1]] }
      : { year, tonnes: estimates[year] ?? 0, status: 'estimated', sourceIds: ['demo-model'] };
  });
}

export const OWN_PRODUCTION: Record<'rice' | 'meat' | 'fish', AnnualProduction[]> = {
  // "1,359.57 t rice (2024); 1,576.37 t rice (2023)"; other years extrapolate the decline of
  // Jakarta's paddy land (414 ha in 2019).
  rice: ownProduction(
    { 2023: [1576.37, 'bps-dki-2024-rice-production'], 2024: [1359.57, 'bps-dki-2024-rice-production'] },
    { 2019: 1950, 2020: 1850, 2021: 1750, 2022: 1650, 2025: 1300, 2026: 1250 },
  ),
  // No published figure: small poultry and cattle keeping inside the city (assumption).
  meat: ownProduction(
    {},
    { 2019: 1600, 2020: 1550, 2021: 1500, 2022: 1500, 2023: 1450, 2024: 1400, 2025: 1400, 2026: 1350 },
  ),
  // "capture 107,828.84 t, aquaculture 3,869.48 t (2020)".
  fish: ownProduction(
    { 2020: [107828.84 + 3869.48, 'statistik-jakarta-2020-fisheries'] },
    { 2019: 110500, 2021: 110000, 2022: 109000, 2023: 108000, 2024: 107000, 2025: 106000, 2026: 105000 },
  ),
};

/** PIBC rice stock anchors: "stock 37,912 t (Oct 2021)"; "peak 46,634 t on 2 May 2024". */
export const PIBC_STOCK_ANCHORS = {
  october2021: { on: '2021-10-15', tonnes: 37912, sourceId: 'antara-2021-10-pibc-origins' },
  peak2024: { on: '2024-05-02', tonnes: 46634, sourceId: 'antara-2024-pibc-stock' },
  safetyStock: 30000,
} as const;
