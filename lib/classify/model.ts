/** The shipped, JSON-serialisable classifier model (public/factors/classifier.json). */
import type { PackedTree } from './taxonomy';

/** Multinomial naive Bayes over title tokens, trained on shop titles with known categories. */
export interface BayesModel {
  /** Taxonomy node id of each class. */
  classes: number[];
  /** log P(class). */
  logPrior: number[];
  /**
   * The tokens the vote knows, sorted and front-coded (bayes.ts encodeTokens); tokens not listed are ignored.
   */
  tokens: string;
  /**
   * Per token in `tokens`, in the same order, one character per class: LOG_LIK_STEPS x log P(token | class)
   * minus the token's largest value, as integers (a per-token constant does not change the
   * posterior; see encodeLogLik). One string rather than a record of one string per token ships
   * about 3 kB smaller gzipped and parses faster.
   */
  logLik: string;
  /** What it was trained on, for the "about the data" view. */
  source: string;
}

/**
 * One table of the compiled lexicon: its kind ("c" curated, "d" a taxonomy name's English phrase,
 * "l" a translated phrase), its language ("" or "*" for several), and its lines of keys
 * "<key>|<key>|...", one line per group of keys that read alike, the lines ';'-separated
 * (key-index.ts TABLE_LINE_END). What line n reads as is line n of the table's references
 * (CompiledLexicon.lexiconRefs).
 */
export type LexiconSection = [kind: string, lang: string, keys: string];

/**
 * The phrase lexicon as the build compiles it (scripts/classify/compile-lexicon.ts): everything the
 * worker would otherwise derive on start (English phrases of the node names, folded forms, CJK
 * word lists) is computed already, so loading is one JSON.parse and one pass that fills a map.
 */
export interface CompiledLexicon {
  /**
   * Per table of `lexicon`, in its order, one line per line of keys (';'-separated too): its node references
   * "<ref>,<ref>,...", base-36 differences of positions in `nodes`, the first from the previous
   * line's first node, the others from the line's own first node, each with "~weight" (tenths, or a number with its decimal point: lexicon.ts refWeight) when it is
   * not the kind's default (see scripts/classify/compile-lexicon.ts). Shipped apart from the keys,
   * so that numbers sit next to numbers and words next to words: 8 kB less of the gzipped model
   * than lines "<refs>\t<keys>" (#15).
   */
  lexiconRefs: string[];
  lexicon: LexiconSection[];
  /** Word endings that name the product inside a compound ("Strick|pullover", "Wand|leuchte"). */
  compoundHeads: string[];
  /** [folded key, curated head]: a head read in its folded form ("jack" -> "jacke"). */
  foldedHeads: [string, string][];
  /** Words that are brands at least as often as products ("apple", "puma"): no derived hit. */
  brandWords: string[];
  /**
   * [brand word, languages it is a common noun in] ("miele": it, honey): at a title's start in
   * those languages it is the product when the title names nothing else (scripts/classify/brand-nouns.ts).
   */
  brandNouns?: [string, string[]][];
  /** Words CJK runs are cut into besides the table's own single words (parts of curated phrases). */
  cjkParts: string[];
  /** Length of the longest CJK word. */
  maxCjk: number;
  /**
   * When present, the keys of the plain English node names are not in the "d" table but derived on
   * load from the shipped names (name-keys.ts), except those of the nodes at these positions, ascending
   * ("Hardware", "Water": too generic to read, scripts/classify/synonyms.ts DERIVED_STOP).
   */
  nameSkip?: number[];
}

export interface ClassifierModel extends CompiledLexicon {
  /** Content hash of everything below: identical input gives an identical version. */
  version: string;
  taxonomyVersion: string;
  /** Every taxonomy node, depth first: [id, depth, name] rows packed into two strings (see PackedTree). */
  nodes: PackedTree;
  bayes: BayesModel | null;
  /**
   * [language, folded word, department id]: a department crumb the taxonomy names as one node but
   * uses across another department ("Construção": Hardware, not Business & Industrial >
   * Construction; scripts/classify/department-words.ts).
   */
  departmentWords?: [lang: string, word: string, dept: number][];
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
