import type { Claim } from '../contract/schemas';

// Official statements of how much of Jakarta's food comes from outside the province. They are
// data with a speaker, a date and a source, never a constant in the code.
export const CLAIMS: readonly Claim[] = [
  {
    id: 'biro-ksd-2025',
    basket: null,
    share: 0.9,
    comparator: 'exact',
    who: 'Marulina Dewi, Kepala Biro Kerja Sama Daerah DKI Jakarta',
    date: '2025-10-03',
    sourceIds: ['ranahnews-2025-10-03'],
    note: null,
  },
  {
    id: 'dkpkp-2025',
    basket: null,
    share: 0.98,
    comparator: 'exact',
    who: 'Dinas Ketahanan Pangan, Kelautan dan Pertanian (KPKP) DKI Jakarta',
    date: '2025',
    sourceIds: ['kppu-2025-dkpkp-98'],
    note: {
      id: 'Produksi beras sendiri cukup untuk ±2 hari kebutuhan.',
      en: "Jakarta's own rice covers about 2 days of need.",
    },
  },
  {
    id: 'laporan-ketahanan-pangan-2024',
    basket: ['rice', 'beef', 'eggs', 'chicken', 'chili', 'shallots'],
    share: 0.98,
    comparator: 'almost',
    who: 'Laporan Ketahanan Pangan Jakarta 2024',
    date: '2024',
    sourceIds: ['antara-2024-factcheck-98'],
    note: {
      id: 'Kerja sama dengan 36 kabupaten/kota di 9 provinsi untuk 6 komoditas.',
      en: 'Cooperation with 36 regencies/cities in 9 provinces on 6 commodities.',
    },
  },
  {
    id: 'okezone-2022',
    basket: null,
    share: 0.95,
    comparator: 'over',
    who: 'Pemberitaan 2022 (tanpa nama pejabat)',
    date: '2022-07-04',
    sourceIds: ['okezone-2022-07-04-95'],
    note: null,
  },
  {
    id: 'gubernur-2018',
    basket: null,
    share: 0.98,
    comparator: 'exact',
    who: 'Gubernur Anies Baswedan',
    date: '2018-12-06',
    sourceIds: ['kompas-2018-12-06-98'],
    note: null,
  },
];
