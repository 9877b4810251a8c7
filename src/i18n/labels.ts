import type { Claim } from '../contract/schemas';
import type { MessageKey } from './messages-id';
import type { I18n } from './use-i18n';

const GROUP_KEYS: Record<string, MessageKey> = {
  rice: 'commodity.rice',
  meat: 'commodity.meat',
  fish: 'commodity.fish',
  all: 'commodity.all',
};

/** "Beras", "Daging", "Ikan", "Semua pangan" — or the raw code, visibly, if it is unknown. */
export function groupLabel(group: string, { t }: Pick<I18n, 't'>): string {
  const key = GROUP_KEYS[group];
  return key ? t(key) : group;
}

const COMPARATOR_KEYS: Record<Claim['comparator'], MessageKey> = {
  about: 'comparator.about',
  almost: 'comparator.almost',
  over: 'comparator.over',
  exact: 'comparator.exact',
};

/** The word before a claim's percentage: "sekitar", "hampir", "lebih dari", or none. */
export function comparatorLabel(comparator: Claim['comparator'], { t }: Pick<I18n, 't'>): string {
  return t(COMPARATOR_KEYS[comparator]);
}
