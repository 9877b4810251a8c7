// Region, entry-point and commodity names as people type them, matched to their codes: either
// language, with or without "Kabupaten"/"Kota" (or "Kab.", "Regency", "City"), in any case,
// with any spacing and accents. "Kota Bandung" never matches "Kabupaten Bandung": the kind of
// area a name states must agree. A name that fits two codes matches neither, and says so.
import type { NamedCode } from './flow-rows';

type AreaKind = 'regency' | 'city' | 'province';

const PREFIXES: readonly [RegExp, AreaKind][] = [
  [/^kabupaten\s+/, 'regency'],
  [/^kab\s+/, 'regency'],
  [/^kota administrasi\s+/, 'city'],
  [/^kota adm\s+/, 'city'],
  [/^kota\s+/, 'city'],
  [/^provinsi\s+/, 'province'],
  [/^prov\s+/, 'province'],
  [/^regency of\s+/, 'regency'],
  [/^city of\s+/, 'city'],
];
const SUFFIXES: readonly [RegExp, AreaKind][] = [
  [/\s+regency$/, 'regency'],
  [/\s+city$/, 'city'],
  [/\s+province$/, 'province'],
];

/** Lower case, no accents, punctuation as spaces, one space between words. */
export function foldName(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[.,;:'’"()[\]_/\\-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The name without the words that say what kind of area it is, and that kind. */
export function splitAreaKind(folded: string): { core: string; kind: AreaKind | null } {
  for (const [pattern, kind] of PREFIXES) {
    if (pattern.test(folded)) return { core: folded.replace(pattern, ''), kind };
  }
  for (const [pattern, kind] of SUFFIXES) {
    if (pattern.test(folded)) return { core: folded.replace(pattern, ''), kind };
  }
  return { core: folded, kind: null };
}

interface Candidate {
  code: string;
  kind: AreaKind | null;
}

export type NameLookup =
  { kind: 'match'; code: string } | { kind: 'ambiguous'; codes: string[] } | { kind: 'none' };

export class NameMatcher {
  private readonly byCore = new Map<string, Candidate[]>();

  constructor(items: readonly NamedCode[]) {
    for (const item of items) {
      // A code spelt like a name (TANJUNG-PRIOK as "Tanjung Priok") is a name too; numeric codes
      // are not, or folding would read "32,09" (a mangled 32.09) as if it were certain.
      const names = [item.name.id, item.name.en, ...(/[a-z]/i.test(item.code) ? [item.code] : [])];
      const kinds = names.map((name) => splitAreaKind(foldName(name)).kind);
      const kind = kinds.find((k) => k !== null) ?? null;
      for (const name of names) {
        const { core } = splitAreaKind(foldName(name));
        if (core === '') continue;
        const list = this.byCore.get(core) ?? [];
        if (!list.some((candidate) => candidate.code === item.code)) list.push({ code: item.code, kind });
        this.byCore.set(core, list);
      }
    }
  }

  lookup(raw: string): NameLookup {
    const { core, kind } = splitAreaKind(foldName(raw));
    const candidates = (this.byCore.get(core) ?? []).filter(
      (candidate) =>
        kind === null || candidate.kind === kind || (kind === 'province' && candidate.kind === null),
    );
    if (candidates.length === 1 && candidates[0]) return { kind: 'match', code: candidates[0].code };
    if (candidates.length > 1) return { kind: 'ambiguous', codes: candidates.map((c) => c.code) };
    return { kind: 'none' };
  }
}
