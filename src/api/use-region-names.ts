import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Language } from '../i18n/format';
import { useApiClient } from './api-client-context';
import { regionsQuery } from './queries';

/** Region code → name in the chosen language; an unknown code is shown as itself, never dropped. */
export function useRegionNames(language: Language): (code: string) => string {
  const client = useApiClient();
  const regions = useQuery(regionsQuery(client));
  return useMemo(() => {
    const names = new Map((regions.data ?? []).map((region) => [region.code, region.name[language]]));
    return (code: string) => names.get(code) ?? code;
  }, [regions.data, language]);
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
