import type { Agreement } from '../contract/schemas';

const SIGNED_ON = '2025-10-03';
const FOOD = ['rice', 'meat', 'fish'] as const;

// Only Pariaman's scope is published in full, and only its agreement names rice, meat and fish;
// the other four were reported as "similar" agreements, so their scope is recorded as food
// security alone, marked unconfirmed, and no commodities are named for them.
export const AGREEMENTS: readonly Agreement[] = [
  {
    id: 'dki-kota-pariaman-2025',
    partnerCode: '13.77',
    signedOn: SIGNED_ON,
    scope: [
      'human-resources',
      'digital-government',
      'tourism-creative-economy',
      'arts-culture',
      'food-security',
      'policy-learning',
    ],
    scopeConfirmed: true,
    commodityGroups: [...FOOD],
    sourceIds: ['ranahnews-2025-10-03'],
  },
  ...(['61', '74.01', '14.71', '61.04'] as const).map((partnerCode): Agreement => ({
    id: `dki-${partnerCode}-2025`,
    partnerCode,
    signedOn: SIGNED_ON,
    scope: ['food-security'],
    scopeConfirmed: false,
    commodityGroups: [],
    sourceIds: ['ranahnews-2025-10-03'],
  })),
];
