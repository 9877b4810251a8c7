import type { Region } from '../contract/schemas';

type Level = Region['level'];

function region(code: string, name: string, level: Level, lat: number, lon: number, en = name): Region {
  const parentCode = level === 'regency' || level === 'city' ? (code.split('.')[0] ?? null) : null;
  return { code, name: { id: name, en }, level, parentCode, centroid: { lat, lon } };
}

/** An origin that is no place: no province, no centroid (the map names it instead of drawing it). */
function unlocated(code: string, name: string, en: string): Region {
  return { code, name: { id: name, en }, level: 'unlocated', parentCode: null, centroid: null };
}

// Codes are Kemendagri's (tests check every one against the idn-area-data package); centroids
// are approximate positions of each area's centre, good enough for a national map.
export const REGIONS: readonly Region[] = [
  region('31', 'DKI Jakarta', 'province', -6.2, 106.83),
  region('31.71', 'Kota Jakarta Pusat', 'city', -6.18, 106.83, 'Central Jakarta'),
  region('31.72', 'Kota Jakarta Utara', 'city', -6.12, 106.88, 'North Jakarta'),
  region('31.73', 'Kota Jakarta Barat', 'city', -6.17, 106.76, 'West Jakarta'),
  region('31.74', 'Kota Jakarta Selatan', 'city', -6.27, 106.81, 'South Jakarta'),
  region('31.75', 'Kota Jakarta Timur', 'city', -6.23, 106.9, 'East Jakarta'),

  region('13', 'Sumatera Barat', 'province', -0.74, 100.8, 'West Sumatra'),
  region('13.77', 'Kota Pariaman', 'city', -0.63, 100.12),
  region('14', 'Riau', 'province', 0.29, 101.71),
  region('14.71', 'Kota Pekanbaru', 'city', 0.51, 101.45),
  region('16', 'Sumatera Selatan', 'province', -3.32, 104.91, 'South Sumatra'),
  region('16.07', 'Kabupaten Banyuasin', 'regency', -2.61, 104.75),
  region('16.08', 'Kabupaten Ogan Komering Ulu Timur', 'regency', -4.03, 104.17),
  region('18', 'Lampung', 'province', -4.56, 105.41),
  region('18.01', 'Kabupaten Lampung Selatan', 'regency', -5.56, 105.55),
  region('18.02', 'Kabupaten Lampung Tengah', 'regency', -4.8, 105.27),
  region('32', 'Jawa Barat', 'province', -6.92, 107.6, 'West Java'),
  region('32.01', 'Kabupaten Bogor', 'regency', -6.55, 106.8),
  region('32.02', 'Kabupaten Sukabumi', 'regency', -7.07, 106.7),
  region('32.03', 'Kabupaten Cianjur', 'regency', -7.0, 107.14),
  region('32.04', 'Kabupaten Bandung', 'regency', -7.1, 107.6),
  region('32.09', 'Kabupaten Cirebon', 'regency', -6.76, 108.48),
  region('32.12', 'Kabupaten Indramayu', 'regency', -6.45, 108.17),
  region('32.13', 'Kabupaten Subang', 'regency', -6.5, 107.76),
  region('32.14', 'Kabupaten Purwakarta', 'regency', -6.56, 107.44),
  region('32.15', 'Kabupaten Karawang', 'regency', -6.3, 107.3),
  region('32.17', 'Kabupaten Bandung Barat', 'regency', -6.86, 107.48),
  region('33', 'Jawa Tengah', 'province', -7.15, 110.14, 'Central Java'),
  region('33.01', 'Kabupaten Cilacap', 'regency', -7.58, 108.99),
  region('33.10', 'Kabupaten Klaten', 'regency', -7.71, 110.6),
  region('33.14', 'Kabupaten Sragen', 'regency', -7.43, 111.02),
  region('33.15', 'Kabupaten Grobogan', 'regency', -7.09, 110.92),
  region('33.18', 'Kabupaten Pati', 'regency', -6.75, 111.04),
  region('33.21', 'Kabupaten Demak', 'regency', -6.89, 110.64),
  region('33.25', 'Kabupaten Batang', 'regency', -6.98, 109.85),
  region('33.26', 'Kabupaten Pekalongan', 'regency', -7.03, 109.6),
  region('33.28', 'Kabupaten Tegal', 'regency', -7.03, 109.16),
  region('33.29', 'Kabupaten Brebes', 'regency', -7.05, 108.9),
  region('35', 'Jawa Timur', 'province', -7.54, 112.24, 'East Java'),
  region('35.21', 'Kabupaten Ngawi', 'regency', -7.46, 111.33),
  region('35.22', 'Kabupaten Bojonegoro', 'regency', -7.25, 111.8),
  region('35.23', 'Kabupaten Tuban', 'regency', -6.98, 111.95),
  region('35.24', 'Kabupaten Lamongan', 'regency', -7.12, 112.33),
  region('35.25', 'Kabupaten Gresik', 'regency', -7.15, 112.57),
  region('36', 'Banten', 'province', -6.41, 106.06),
  region('36.02', 'Kabupaten Lebak', 'regency', -6.56, 106.25),
  region('36.03', 'Kabupaten Tangerang', 'regency', -6.19, 106.48),
  region('36.04', 'Kabupaten Serang', 'regency', -6.14, 106.1),
  region('52', 'Nusa Tenggara Barat', 'province', -8.65, 117.36, 'West Nusa Tenggara'),
  region('52.04', 'Kabupaten Sumbawa', 'regency', -8.74, 117.27),
  region('53', 'Nusa Tenggara Timur', 'province', -8.66, 121.08, 'East Nusa Tenggara'),
  region('53.01', 'Kabupaten Kupang', 'regency', -9.99, 123.88),
  region('61', 'Kalimantan Barat', 'province', -0.28, 111.48, 'West Kalimantan'),
  region('61.04', 'Kabupaten Ketapang', 'regency', -1.86, 110.5),
  region('73', 'Sulawesi Selatan', 'province', -3.67, 119.97, 'South Sulawesi'),
  region('73.08', 'Kabupaten Bone', 'regency', -4.7, 120.14),
  region('73.14', 'Kabupaten Sidenreng Rappang', 'regency', -3.92, 119.98),
  region('73.15', 'Kabupaten Pinrang', 'regency', -3.63, 119.65),
  region('74', 'Sulawesi Tenggara', 'province', -4.14, 122.17, 'Southeast Sulawesi'),
  region('74.01', 'Kabupaten Kolaka', 'regency', -4.05, 121.59),

  region('AUS', 'Australia', 'country', -25.27, 133.78),
  region('BRA', 'Brasil', 'country', -14.24, -51.93, 'Brazil'),
  region('NZL', 'Selandia Baru', 'country', -40.9, 174.89, 'New Zealand'),
  region('USA', 'Amerika Serikat', 'country', 37.09, -95.71, 'United States'),
  region('IND', 'India', 'country', 20.59, 78.96),
  region('NOR', 'Norwegia', 'country', 60.47, 8.47, 'Norway'),
  region('CHN', 'Tiongkok', 'country', 35.86, 104.2, 'China'),
  region('THA', 'Thailand', 'country', 15.87, 100.99),
  region('VNM', 'Vietnam', 'country', 14.06, 108.28),

  // Food Station reports Bulog beside the provinces as an origin of PIBC's rice. Bulog's releases
  // (SPHP, operasi pasar) come from the government reserve, bought across the country: their
  // provinces are not reported. Imported rice Bulog releases is recorded by country (THA, VNM).
  unlocated('BULOG', 'Bulog (serapan dalam negeri)', 'Bulog (domestic procurement)'),
];

/** The province an origin belongs to; a province or a country stands for itself. */
export function provinceOf(regions: readonly Region[]): (code: string) => string {
  const byCode = new Map(regions.map((r) => [r.code, r]));
  return (code) => byCode.get(code)?.parentCode ?? code;
}
