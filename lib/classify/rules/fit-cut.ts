/**
 * "Slim Fit", "Regular Fit", "Relaxed Fit": the cut of a garment, written in English by shops of
 * every language ("Erkek Slim Fit Kot Pantolon", "Kemeja Slim Fit", "Regular Fit Poloshirt"). Its
 * "fit" is no for-cue ("Case fit for iPhone 13"): the garment named after it is the product, not
 * what the product fits. A "fit" right after one of these cut words names the cut. Data, tested.
 */
const CUT_WORDS = new Set([
  'slim',
  'regular',
  'relaxed',
  'loose',
  'skinny',
  'straight',
  'tailored',
  'modern',
  'classic',
  'comfort',
  'athletic',
  'oversize',
  'oversized',
  'tapered',
  'muscle',
  'boxy',
  'wide',
]);

/** Whether `token` (normalised, stemmed) is a "fit" that names a cut, after the word `prev`. */
export const isCutFit = (prev: string, token: string): boolean => token === 'fit' && CUT_WORDS.has(prev);
