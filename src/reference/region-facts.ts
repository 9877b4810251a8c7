import type { RegionFact } from '../contract/schemas';

type FactInput = Omit<RegionFact, 'status'>;
const found = (fact: FactInput): RegionFact => ({ ...fact, status: 'reported' });
/** A figure its publisher calls preliminary ("angka sementara"). */
const preliminary = (fact: FactInput): RegionFact => ({ ...fact, status: 'preliminary' });
/** A publisher's projection or "potensi", not a measured harvest. */
const forecast = (fact: FactInput): RegionFact => ({ ...fact, status: 'forecast' });

// Published figures about supplier regions' own production (reference-figures.md, status F).
// Nothing here is a flow to Jakarta: no source reports those for the partner regions.
export const REGION_FACTS: readonly RegionFact[] = [
  found({
    regionCode: '13.77',
    measure: 'rice-harvested-area',
    value: 3752,
    unit: 'ha',
    period: '2024',
    sourceIds: ['radarsumbar-2024-pariaman-rice'],
  }),
  found({
    regionCode: '13.77',
    measure: 'paddy-production-gkp',
    value: 21_400,
    unit: 't',
    period: '2024',
    sourceIds: ['radarsumbar-2024-pariaman-rice'],
  }),
  found({
    regionCode: '13.77',
    measure: 'rice-production',
    value: 11_100,
    unit: 't',
    period: '2024',
    sourceIds: ['radarsumbar-2024-pariaman-rice'],
  }),
  ...(
    [
      ['2021', 6229],
      ['2022', 6244],
      ['2023', 6011],
      ['2024', 6087],
    ] as const
  ).map(([period, value]) =>
    found({
      regionCode: '13.77',
      measure: 'fish-catch',
      value,
      unit: 't',
      period,
      sourceIds: ['antara-sumbar-pariaman-fish'],
    }),
  ),
  found({
    regionCode: '13',
    measure: 'rice-production',
    value: 785_426,
    unit: 't',
    period: '2024',
    sourceIds: ['harianhaluan-sumbar-rice'],
  }),
  found({
    regionCode: '13',
    measure: 'rice-production',
    value: 800_613,
    unit: 't',
    period: '2025',
    sourceIds: ['bps-sumbar-2026-02-02-rice'],
  }),
  found({
    regionCode: '13',
    measure: 'paddy-production-gkg',
    value: 1_457_502,
    unit: 't',
    period: '2023',
    sourceIds: ['radarsumbar-sumbar-paddy-2023'],
  }),
  found({
    regionCode: '13',
    measure: 'rice-consumption',
    value: 560_000,
    unit: 't',
    period: '2021',
    sourceIds: ['sumbarkita-2021-rice-use'],
  }),
  preliminary({
    regionCode: '61',
    measure: 'paddy-production-gkg',
    value: 799_990,
    unit: 't',
    period: '2024',
    sourceIds: ['bps-kalbar-2024-paddy'],
  }),
  found({
    regionCode: '61',
    measure: 'fish-shipped-to-java',
    value: 74_888.5,
    unit: 't',
    period: '2016-10',
    sourceIds: ['antara-kalbar-2016-fish'],
  }),
  forecast({
    regionCode: '61.04',
    measure: 'paddy-production-gkg',
    value: 106_711,
    unit: 't',
    period: '2021',
    sourceIds: ['antara-kalbar-ketapang-2021'],
  }),
  found({
    regionCode: '61.04',
    measure: 'fish-catch',
    value: 25_730,
    unit: 't',
    period: '2022',
    sourceIds: ['suarakalbar-ketapang-fish-2022'],
  }),
  forecast({
    regionCode: '74.01',
    measure: 'paddy-production-gkg',
    value: 23_870,
    unit: 't',
    period: '2025-04',
    sourceIds: ['antara-sultra-kolaka-2025'],
  }),
];
