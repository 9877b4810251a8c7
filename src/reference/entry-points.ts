import type { Commodity, EntryPoint } from '../contract/schemas';

export const ENTRY_POINTS: readonly EntryPoint[] = [
  {
    code: 'PIBC',
    name: { id: 'Pasar Induk Beras Cipinang', en: 'Cipinang Rice Wholesale Market' },
    kind: 'wholesale-market',
    regionCode: '31.75',
    centroid: { lat: -6.213, lon: 106.886 },
    commodityGroups: ['rice'],
  },
  {
    code: 'RPH-CAKUNG',
    name: { id: 'RPH Cakung (PD Dharma Jaya)', en: 'Cakung slaughterhouse (PD Dharma Jaya)' },
    kind: 'slaughterhouse',
    regionCode: '31.75',
    centroid: { lat: -6.183, lon: 106.947 },
    commodityGroups: ['meat'],
  },
  {
    code: 'TANJUNG-PRIOK',
    name: { id: 'Pelabuhan Tanjung Priok', en: 'Port of Tanjung Priok' },
    kind: 'seaport',
    regionCode: '31.72',
    centroid: { lat: -6.104, lon: 106.881 },
    commodityGroups: ['meat', 'fish'],
  },
  {
    code: 'PPS-NIZAM-ZACHMAN',
    name: { id: 'PPS Nizam Zachman (Muara Baru)', en: 'Nizam Zachman fishing port (Muara Baru)' },
    kind: 'fishing-port',
    regionCode: '31.72',
    centroid: { lat: -6.1, lon: 106.806 },
    commodityGroups: ['fish'],
  },
  {
    code: 'PPI-MUARA-ANGKE',
    name: { id: 'PPI Muara Angke', en: 'Muara Angke fish landing' },
    kind: 'fishing-port',
    regionCode: '31.72',
    centroid: { lat: -6.107, lon: 106.774 },
    commodityGroups: ['fish'],
  },
  {
    code: 'PIM-MUARA-BARU',
    name: { id: 'Pasar Ikan Modern Muara Baru', en: 'Muara Baru modern fish market' },
    kind: 'fish-market',
    regionCode: '31.72',
    centroid: { lat: -6.103, lon: 106.81 },
    commodityGroups: ['fish'],
  },
  {
    code: 'JALUR-DARAT',
    name: { id: 'Jalur darat ke pasar dan RPH unggas', en: 'By road to markets and poultry slaughterhouses' },
    kind: 'road',
    regionCode: '31',
    centroid: { lat: -6.3, lon: 106.85 },
    commodityGroups: ['meat', 'fish'],
  },
];

export const COMMODITIES: readonly Commodity[] = [
  { code: 'rice-milled', group: 'rice', name: { id: 'Beras', en: 'Milled rice' } },
  { code: 'meat-beef', group: 'meat', name: { id: 'Daging sapi', en: 'Beef' } },
  { code: 'meat-buffalo', group: 'meat', name: { id: 'Daging kerbau', en: 'Buffalo meat' } },
  { code: 'meat-chicken', group: 'meat', name: { id: 'Daging ayam', en: 'Chicken' } },
  { code: 'fish-marine', group: 'fish', name: { id: 'Ikan laut', en: 'Marine fish' } },
  { code: 'fish-freshwater', group: 'fish', name: { id: 'Ikan air tawar', en: 'Freshwater fish' } },
];
