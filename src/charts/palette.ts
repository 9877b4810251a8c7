// Okabe–Ito colours: distinguishable with the common forms of colour blindness, and dark enough
// on white for a projector. Commodities keep the same colour on every chart.
export const COMMODITY_COLORS: Record<string, string> = {
  rice: '#E69F00',
  meat: '#CC79A7',
  fish: '#0072B2',
  all: '#009E73',
};

export const SERIES_COLORS = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#D55E00',
  '#56B4E9',
  '#8C6D1F',
  '#000000',
];
export const OTHERS_COLOR = '#A5ADA9';

/** Claims are red with a different dash each, so several can be told apart without colour. */
export const CLAIM_COLOR = '#B3261E';
export const CLAIM_DASHES = ['8 4', '2 3', '12 3 2 3', '4 4', '1 5'];
