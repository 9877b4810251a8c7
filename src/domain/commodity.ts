export const COMMODITY_GROUPS = ['rice', 'meat', 'fish'] as const;
export type CommodityGroup = (typeof COMMODITY_GROUPS)[number];

/** Each commodity form belongs to exactly one group; flows are recorded per form. */
export const COMMODITY_FORMS = {
  'rice-milled': 'rice',
  'meat-beef': 'meat',
  'meat-buffalo': 'meat',
  'meat-chicken': 'meat',
  'fish-marine': 'fish',
  'fish-freshwater': 'fish',
} as const satisfies Record<string, CommodityGroup>;

export type CommodityCode = keyof typeof COMMODITY_FORMS;
export const COMMODITY_CODES = [
  'rice-milled',
  'meat-beef',
  'meat-buffalo',
  'meat-chicken',
  'fish-marine',
  'fish-freshwater',
] as const satisfies readonly CommodityCode[];

export function isCommodityGroup(value: string): value is CommodityGroup {
  return (COMMODITY_GROUPS as readonly string[]).includes(value);
}

export function isCommodityCode(value: string): value is CommodityCode {
  return Object.hasOwn(COMMODITY_FORMS, value);
}

export function groupOf(code: CommodityCode): CommodityGroup {
  return COMMODITY_FORMS[code];
}

export function formsOfGroup(group: CommodityGroup): CommodityCode[] {
  return COMMODITY_CODES.filter((code) => COMMODITY_FORMS[code] === group);
}

/** Expands a mix of groups and forms ("rice,meat-beef") into the forms they mean. */
export function expandCommoditySelection(
  values: readonly (CommodityGroup | CommodityCode)[],
): CommodityCode[] {
  const forms = new Set<CommodityCode>();
  for (const value of values) {
    if (isCommodityGroup(value)) formsOfGroup(value).forEach((form) => forms.add(form));
    else forms.add(value);
  }
  return COMMODITY_CODES.filter((code) => forms.has(code));
}
