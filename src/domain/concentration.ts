// How concentrated Jakarta's supply of a commodity is across the regions it comes from. A city
// that gets most of its rice from two regencies is exposed to a harvest failure or a road closure
// there; the Herfindahl–Hirschman index (HHI) condenses that exposure into one number.

export interface OriginVolume {
  origin: string;
  tonnes: number | null;
}

/**
 * Tonnes per origin, with duplicate origins summed (the same origin can arrive through several
 * entry points). Null and non-finite volumes are "not reported" and add nothing; only origins
 * whose total is positive count, so an origin that sent nothing does not dilute the index.
 */
function totalsByOrigin(volumes: readonly OriginVolume[]): { totals: Map<string, number>; total: number } {
  const sums = new Map<string, number>();
  for (const { origin, tonnes } of volumes) {
    if (tonnes === null || !Number.isFinite(tonnes)) continue;
    sums.set(origin, (sums.get(origin) ?? 0) + tonnes);
  }
  const totals = new Map<string, number>();
  let total = 0;
  for (const [origin, tonnes] of sums) {
    if (tonnes <= 0) continue;
    totals.set(origin, tonnes);
    total += tonnes;
  }
  return { totals, total };
}

/**
 * Herfindahl–Hirschman index on the 0–10,000 scale: the sum of the squared percentage shares of
 * each origin (one origin = 10,000, two equal origins = 5,000). Null when nothing was reported or
 * the total is 0, because "no supply" is not "perfectly spread supply".
 */
export function herfindahl(volumes: readonly OriginVolume[]): number | null {
  const { totals, total } = totalsByOrigin(volumes);
  if (total <= 0) return null;
  let hhi = 0;
  for (const tonnes of totals.values()) {
    const percent = (tonnes / total) * 100;
    hhi += percent * percent;
  }
  return hhi;
}

/**
 * The `n` largest origins and their combined share (0–1) of all supply. Equal volumes are ordered
 * by origin code so the same data always names the same origins. Null when nothing was reported.
 */
export function topShare(
  volumes: readonly OriginVolume[],
  n: number,
): { share: number; origins: string[] } | null {
  const { totals, total } = totalsByOrigin(volumes);
  if (total <= 0) return null;
  const count = Number.isFinite(n) ? Math.max(0, Math.floor(n)) : 0;
  const top = [...totals]
    .sort(([originA, a], [originB, b]) => b - a || compareCodes(originA, originB))
    .slice(0, count);
  const topTonnes = top.reduce((sum, [, tonnes]) => sum + tonnes, 0);
  return { share: topTonnes / total, origins: top.map(([origin]) => origin) };
}

/** Code-point order, not locale order: the result must not depend on the reader's language. */
function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export type ConcentrationLevel = 'unconcentrated' | 'moderate' | 'high';

/**
 * Reads an HHI with the bands of the US DOJ/FTC Horizontal Merger Guidelines (2010, §5.3): below
 * 1,500 unconcentrated, 1,500–2,500 moderately concentrated, above 2,500 highly concentrated.
 * They are borrowed from antitrust as a proxy for supply risk because they are the most widely
 * cited HHI bands. Other editions draw other lines: the 1992/1997 guidelines used 1,000 / 1,800,
 * and the 2023 Merger Guidelines call a market "highly concentrated" above 1,800.
 */
export function concentrationLevel(hhi: number): ConcentrationLevel {
  if (hhi < 1500) return 'unconcentrated';
  if (hhi <= 2500) return 'moderate';
  return 'high';
}

export interface ConcentrationPoint {
  period: string;
  hhi: number | null;
  top3Share: number | null;
  top3: string[];
  /** Origins that sent a positive volume in the period. */
  originCount: number;
}

/**
 * HHI and top-3 share for each period, in period order. A row without an origin counts as one
 * origin coded '' so that its tonnes stay in the total (as the whole-range reading does), rather
 * than silently making the named origins look bigger.
 */
export function concentrationByPeriod(
  rows: readonly { period: string; origin?: string; tonnes: number | null }[],
): ConcentrationPoint[] {
  const byPeriod = new Map<string, OriginVolume[]>();
  for (const row of rows) {
    const volumes = byPeriod.get(row.period) ?? [];
    volumes.push({ origin: row.origin ?? '', tonnes: row.tonnes });
    byPeriod.set(row.period, volumes);
  }
  return [...byPeriod]
    .sort(([a], [b]) => compareCodes(a, b))
    .map(([period, volumes]) => {
      const top3 = topShare(volumes, 3);
      return {
        period,
        hhi: herfindahl(volumes),
        top3Share: top3?.share ?? null,
        top3: top3?.origins ?? [],
        originCount: totalsByOrigin(volumes).totals.size,
      };
    });
}

export interface ConcentrationReading {
  /** A commodity form ('meat-beef') or group ('meat'). */
  commodity: string;
  hhi: number | null;
  level: ConcentrationLevel | null;
  top3: { share: number; origins: string[] } | null;
  originCount: number;
}

function listIn<T>(map: Map<string, T[]>, key: string): T[] {
  let list = map.get(key);
  if (!list) {
    list = [];
    map.set(key, list);
  }
  return list;
}

function reading(commodity: string, volumes: readonly OriginVolume[]): ConcentrationReading {
  const hhi = herfindahl(volumes);
  return {
    commodity,
    hhi,
    level: hhi === null ? null : concentrationLevel(hhi),
    top3: topShare(volumes, 3),
    originCount: totalsByOrigin(volumes).totals.size,
  };
}

/**
 * One reading per commodity form and one per group over the whole of `rows` (each row one
 * form's tonnes from one origin, in any period). A group's reading pools its forms per origin:
 * "meat" can look spread while beef alone comes from one country, so both are shown.
 * `groupOf` maps a form to its group; forms come in the order given by `forms`.
 */
export function concentrationByForm(
  rows: readonly { commodity?: string; origin?: string; tonnes: number | null }[],
  forms: readonly string[],
  groupOf: (form: string) => string,
): { forms: ConcentrationReading[]; groups: ConcentrationReading[] } {
  const byForm = new Map<string, OriginVolume[]>();
  const byGroup = new Map<string, OriginVolume[]>();
  for (const row of rows) {
    if (row.commodity === undefined || !forms.includes(row.commodity)) continue;
    const volume = { origin: row.origin ?? '', tonnes: row.tonnes };
    listIn(byForm, row.commodity).push(volume);
    listIn(byGroup, groupOf(row.commodity)).push(volume);
  }
  const groups = [...new Set(forms.map(groupOf))];
  return {
    forms: forms.filter((form) => byForm.has(form)).map((form) => reading(form, byForm.get(form) ?? [])),
    groups: groups
      .filter((group) => byGroup.has(group))
      .map((group) => reading(group, byGroup.get(group) ?? [])),
  };
}
