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

// The same colours per theme. Okabe–Ito was designed for lightness differences that survive
// colour blindness, but orange, sky blue and reddish purple are too light for lines on white
// (2.2–3:1); on white they are darkened just enough to reach 3:1, each pair checked under
// protanopia, deuteranopia and tritanopia (tests/unit/theme/palette.test.ts). On the dark
// surface the original Okabe–Ito colours work (blue slightly lighter, yellow back in place of
// the brown, white in place of black). High contrast uses the light set with thicker lines.
// Keys are the colours above, so panels keep naming one colour and the chart adapts it.
const ON_WHITE: Record<string, string> = {
  '#0072B2': '#005A98',
  '#E69F00': '#C88300',
  '#009E73': '#00855C',
  '#CC79A7': '#B36290',
  '#D55E00': '#B94400',
  '#56B4E9': '#3A9BCE',
  '#8C6D1F': '#9B7C31',
  '#000000': '#000000',
  '#000': '#000000',
  '#A5ADA9': '#838B87',
  '#B3261E': '#B3261E',
};

export const THEMED_COLORS: Record<'light' | 'dark' | 'contrast', Record<string, string>> = {
  light: ON_WHITE,
  contrast: { ...ON_WHITE, '#A5ADA9': '#595959', '#8A5A00': '#6B4500', '#B3261E': '#A0140C' },
  dark: {
    '#0072B2': '#0A78B8',
    '#E69F00': '#E69F00',
    '#009E73': '#009E73',
    '#CC79A7': '#CC79A7',
    '#D55E00': '#D55E00',
    '#56B4E9': '#56B4E9',
    '#8C6D1F': '#F0E442',
    '#000000': '#F5F5F5',
    '#000': '#F5F5F5',
    '#A5ADA9': '#A5ADA9',
    '#B3261E': '#F28B82',
    '#8A5A00': '#E0A84A',
    '#6B3FA0': '#B89AE8',
  },
};
