// A province's profile aggregates its regencies and cities: flows are recorded per regency (and
// per country for imports), and some origins are whole provinces (a shipment recorded only as
// "Kalimantan Barat"). The province's figures are the sum over all of them.

export interface RegionNode {
  code: string;
  level: 'province' | 'regency' | 'city' | 'country' | 'unlocated';
  parentCode: string | null;
}

/** The regencies and cities of a province, in code order; empty for any other region. */
export function membersOf(regions: readonly RegionNode[], code: string): RegionNode[] {
  const region = regions.find((r) => r.code === code);
  if (region?.level !== 'province') return [];
  return regions
    .filter((r) => r.parentCode === code)
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

/** The origin codes whose flows a region's profile sums: a province and its members, or the region itself. */
export function originCodesOf(regions: readonly RegionNode[], code: string): string[] {
  return [code, ...membersOf(regions, code).map((member) => member.code)];
}
