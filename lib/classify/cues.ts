/**
 * Words that change how much a title hit counts. They are language cues, not product data, so
 * they live in code: "Hülle für iPhone 13" is a case, the iPhone is only what it fits.
 */
import { stemToken } from './text';

/** After one of these, the words name what the product fits or serves, not what it is. */
export const FOR_CUES = new Set(
  ['for', 'fur', 'pour', 'para', 'per', 'compatible', 'kompatibel', 'compatibile', 'fits', 'passend', 'fuer', 'voor'].map(stemToken),
);

/** After one of these, the words list features or bundled extras. */
export const WITH_CUES = new Set(['with', 'mit', 'avec', 'con', 'incl', 'inkl', 'including', 'inklusive', 'includes', 'w'].map(stemToken));

/** Weight of a hit found after a for-cue, and after a with-cue (before any for-cue). */
export const FOR_ZONE_WEIGHT = 0.2;
export const WITH_ZONE_WEIGHT = 0.45;
