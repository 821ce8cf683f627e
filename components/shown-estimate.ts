import type { SimilarPosition } from '../lib/compare/similar';
import type { Correction } from '../lib/corrections';
import type { Estimate } from '../lib/estimate/schema';
import type { VariantChoice } from '../lib/inpage/variant-choices';

/**
 * An estimate as the page shows it: with the user's correction, its place among similar products,
 * and the other sizes the page offers (each estimated at its own weight), when known.
 */
export type ShownEstimate = Estimate & {
  corrected?: Correction;
  similar?: SimilarPosition;
  variants?: VariantChoice[];
};
