import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import type { Region } from '../contract/schemas';
import type { Language } from '../i18n/format';
import { useApiClient } from './api-client-context';
import { regionsQuery } from './queries';

/** Region code → name in the language; an unknown code is shown as itself, never dropped. */
export function regionNameLookup(regions: readonly Region[], language: Language): (code: string) => string {
  const names = new Map(regions.map((region) => [region.code, region.name[language]]));
  return (code: string) => names.get(code) ?? code;
}

const codesAsNames = (code: string) => code;

/** The region names in the chosen language, from the regions query (codes until it answers). */
export function useRegionNames(language: Language): (code: string) => string {
  const client = useApiClient();
  const select = useCallback((regions: Region[]) => regionNameLookup(regions, language), [language]);
  const names = useQuery({ ...regionsQuery(client), select });
  return names.data ?? codesAsNames;
}

/**
 * True while the region catalogue is being fetched for the first time (neither names nor a failure
 * yet): a panel that names origins waits for it rather than flash their codes.
 */
export function useRegionNamesPending(): boolean {
  const client = useApiClient();
  const regions = useQuery(regionsQuery(client));
  return regions.isPending && regions.fetchStatus === 'fetching';
}

/**
 * The codes among `codes` that the region catalogue does not name (an unknown origin, a bad
 * catalogue record, or the catalogue not loaded at all): every panel showing them says so.
 */
export function useUnknownRegionCodes(codes: Iterable<string>): string[] {
  const client = useApiClient();
  const regions = useQuery(regionsQuery(client));
  const known = useMemo(() => new Set((regions.data ?? []).map((region) => region.code)), [regions.data]);
  if (regions.isPending) return [];
  return [...new Set(codes)].filter((code) => !known.has(code)).sort();
}
