import { getProvinces, getRegencies } from 'idn-area-data';
import { beforeAll, describe, expect, test } from 'vitest';
import { PROVINCES } from '../../../src/reference/provinces';
import { REGIONS } from '../../../src/reference/regions';

// Kemendagri codes as the idn-area-data package publishes them (provinces and regencies/cities,
// from the current regulation). Every Indonesian region the dashboard names must be one of them,
// under the same name and in the right province.
let provinces: Map<string, string>;
let regencies: Map<string, { name: string; provinceCode: string }>;

beforeAll(async () => {
  provinces = new Map((await getProvinces()).map((p) => [p.code, p.name]));
  regencies = new Map(
    (await getRegencies()).map((r) => [r.code, { name: r.name, provinceCode: r.province_code }]),
  );
});

/**
 * "KABUPATEN LAMPUNG SELATAN" and "Kabupaten Lampung Selatan" are the same name; Jakarta's five
 * cities are officially "Kota Administrasi …", shown in the common short form "Kota …".
 */
const normalised = (name: string) => name.toLocaleUpperCase('id-ID').replace(/^KOTA ADMINISTRASI /, 'KOTA ');
const sameName = (a: string, b: string) => normalised(a) === normalised(b);

describe('region codes against idn-area-data', () => {
  test('the list is loaded (38 provinces, over 500 regencies and cities)', () => {
    expect(provinces.size).toBe(38);
    expect(regencies.size).toBeGreaterThan(500);
  });

  test('every province code exists, with its name', () => {
    const ours = REGIONS.filter((r) => r.level === 'province');
    expect(ours.length).toBeGreaterThan(0);
    for (const region of ours) {
      const name = provinces.get(region.code);
      expect(name, region.code).toBeDefined();
      expect(sameName(name ?? '', region.name.id), `${region.code}: ${name} vs ${region.name.id}`).toBe(true);
    }
  });

  test('every regency and city code exists, with its name, kind and province', () => {
    const ours = REGIONS.filter((r) => r.level === 'regency' || r.level === 'city');
    expect(ours.length).toBeGreaterThan(0);
    for (const region of ours) {
      const listed = regencies.get(region.code);
      expect(listed, region.code).toBeDefined();
      expect(
        sameName(listed?.name ?? '', region.name.id),
        `${region.code}: ${listed?.name} vs ${region.name.id}`,
      ).toBe(true);
      expect(region.parentCode, region.code).toBe(listed?.provinceCode);
      expect(listed?.name.startsWith('KOTA '), region.code).toBe(region.level === 'city');
    }
  });

  test('unlocated origins are no Kemendagri or ISO code, and have no province or centroid', () => {
    const unlocated = REGIONS.filter((r) => r.level === 'unlocated');
    expect(unlocated.map((r) => r.code)).toEqual(['BULOG']);
    for (const region of unlocated) {
      expect(provinces.has(region.code) || regencies.has(region.code), region.code).toBe(false);
      expect(region.code, region.code).not.toMatch(/^[A-Z]{3}$/);
      expect(region.parentCode, region.code).toBeNull();
      expect(region.centroid, region.code).toBeNull();
    }
  });

  test('the rest are countries, named by ISO 3166 alpha-3 codes', () => {
    const rest = REGIONS.filter(
      (r) => r.level !== 'province' && r.level !== 'regency' && r.level !== 'city' && r.level !== 'unlocated',
    );
    for (const region of rest) {
      expect(region.level, region.code).toBe('country');
      expect(region.code, region.code).toMatch(/^[A-Z]{3}$/);
    }
  });
});

describe('the destinations: all 38 provinces', () => {
  test('every province of the list, and only those, under its name', () => {
    expect(PROVINCES.map((p) => p.code).sort()).toEqual([...provinces.keys()].sort());
    for (const province of PROVINCES) {
      const name = provinces.get(province.code) ?? '';
      expect(sameName(name, province.name), `${province.code}: ${name} vs ${province.name}`).toBe(true);
    }
  });
});
