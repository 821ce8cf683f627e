import type { SimilarPosition } from '../lib/compare/similar';
import type { Correction } from '../lib/corrections';
import type { Estimate } from '../lib/estimate/schema';
import type { VariantChoice } from '../lib/inpage/variant-choices';
import type { LocalNames } from '../lib/messaging/protocol';

/**
 * An estimate as the page shows it: with the user's correction, its place among similar products,
 * its names in the UI language, and the other sizes the page offers (each estimated at its own weight), when known.
 */
export type ShownEstimate = Estimate & {
  /** Taxonomy names in the UI language, from the background; the estimate's English ones otherwise. */
  local?: LocalNames;
  corrected?: Correction;
  similar?: SimilarPosition;
  variants?: VariantChoice[];
};
