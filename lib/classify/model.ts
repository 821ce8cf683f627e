/** The shipped, JSON-serialisable classifier model (public/factors/classifier.json). */
import type { TaxonomyRow } from './taxonomy';

/** Multinomial naive Bayes over title tokens, trained on shop titles with known categories. */
export interface BayesModel {
  /** Taxonomy node id of each class. */
  classes: number[];
  /** log P(class). */
  logPrior: number[];
  /**
   * token -> 10 x log P(token | class) per class, minus the token's largest value, as integers
   * (a per-token constant does not change the posterior); tokens not listed are ignored.
   */
  logLik: Record<string, number[]>;
  /** What it was trained on, for the "about the data" view. */
  source: string;
}

export interface ClassifierModel {
  /** Content hash of everything below: identical input gives an identical version. */
  version: string;
  taxonomyVersion: string;
  /** Every taxonomy node: [id, parent id or 0, name]. */
  nodes: TaxonomyRow[];
  /** Hand-curated phrases (already normalised with phraseKey): [phrase, node id, weight]. */
  synonyms: [string, number, number][];
  /** Word endings that name the product inside a compound ("Strick|pullover", "Wand|leuchte"). */
  compoundHeads: string[];
  /** Phrases derived from taxonomy names that are too generic to count on their own. */
  derivedStop: string[];
  /** Words that are brands at least as often as products ("apple", "puma"): no derived hit. */
  brandWords: string[];
  bayes: BayesModel | null;
  /** Node names in other languages (and Shopify's finer English names), see LocalizedPhrases. */
  localized?: LocalizedPhrases;
  sources: string[];
}

/**
 * Phrases from the translated Google taxonomy and Shopify's taxonomy, already normalised: for each
 * language in `langs`, `phrases` holds lines "id[,id...]\tkey|key|...".
 */
export interface LocalizedPhrases {
  langs: string[];
  phrases: string[];
}
