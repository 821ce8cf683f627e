import type { SimilarPosition } from '../lib/compare/similar';
import type { Correction } from '../lib/corrections';
import type { Estimate } from '../lib/estimate/schema';

/** An estimate as the page shows it: with the user's correction and its place among similar products, when known. */
export type ShownEstimate = Estimate & { corrected?: Correction; similar?: SimilarPosition };
