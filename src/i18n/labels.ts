import type { Claim } from '../contract/schemas';
import type { MessageKey } from './messages-id';
import type { I18n } from './use-i18n';

const GROUP_KEYS: Record<string, MessageKey> = {
  rice: 'commodity.rice',
  meat: 'commodity.meat',
  fish: 'commodity.fish',
  all: 'commodity.all',
  'rice-milled': 'commodity.rice-milled',
  'meat-beef': 'commodity.meat-beef',
  'meat-buffalo': 'commodity.meat-buffalo',
  'meat-chicken': 'commodity.meat-chicken',
  'fish-marine': 'commodity.fish-marine',
  'fish-freshwater': 'commodity.fish-freshwater',
};

/**
 * "Beras", "Daging", "Ikan", "Semua pangan", or a commodity form ("Daging sapi") — or the raw
 * code, visibly, if it is unknown.
 */
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
