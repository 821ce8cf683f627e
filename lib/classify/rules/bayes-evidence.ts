/**
 * Whether the naive Bayes vote has read enough of a title to speak, and what outranks it. The vote
 * knows the words of its ten electronics and appliance classes; on a title from another domain it
 * still finds a few of them (a maker it has seen, a size, "tablets") and its posterior over ten
 * classes is confident about whichever class those few words lean to: "Drontal Dog Tasty Bone
 * 150/600mg 2 tablets" leans to Tablet Computers, "Ekspres ciśnieniowy De'Longhi ECAM" to
 * Microwave Ovens (De'Longhi's only class there).
 *
 * The title's content words are the words that can name the product: words (not numbers or
 * codes) that are not function words, not sizes (GENERIC_WORDS) and not the
 * page's brand. The vote speaks only when it
 * knows at least MIN_KNOWN_SHARE of them. A title of a maker and model codes only ("Samsung
 * UE55TU7100") has no content word past the maker and is the vote's own ground: the other checks
 * (bayes.ts) decide.
 *
 * And when the only content word it knows is the maker's slot (the first word) or none, the vote
 * stands for the maker and its codes, not for the product: any product noun the lexicon reads in
 * the title outranks it ("Philips Heißluftfritteuse HD9650/90" is a fryer whatever Philips's TVs
 * taught the vote).
 */
import { FUNCTION_WORDS, isWord } from './bayes-words';

/**
 * Sizes a line of any kind of goods comes in ("Airfryer XXL", "Chef XL"): the vote knows them from
 * its own classes (an "XXL" TV), but they name no product. Marketing words ("Pro", "Plus") are
 * left out: the vote's own titles lean on them ("Find X2 Pro"). Normalised, stemmed. Data, tested.
 */
const GENERIC_WORDS = new Set(['xxs', 'xs', 'xl', 'xxl', 'xxxl', 'mini', 'maxi']);

/** Whether a token is a size: no content word, no product noun. */
export const isGenericWord = (token: string): boolean => GENERIC_WORDS.has(token);

/** Share of the content words the vote must know: under it the title is mostly unread. */
const MIN_KNOWN_SHARE = 0.3;

export interface BayesReading {
  /** Content words (see above). */
  content: number;
  /** Content words the vote knows. */
  known: number;
  /** Known content words past the first, the maker's slot: the vote's reading of the product. */
  productKnown: number;
}

/**
 * The vote's reading of `tokens` (the main clause's normalised, stemmed tokens). `knows` tells a
 * token the vote was trained on; `brand` holds the page's brand tokens.
 */
export function bayesReading(
  tokens: readonly string[],
  knows: (token: string) => boolean,
  brand: ReadonlySet<string>,
): BayesReading {
  const out: BayesReading = { content: 0, known: 0, productKnown: 0 };
  tokens.forEach((t, i) => {
    if (t.length < 2 || !isWord(t) || FUNCTION_WORDS.has(t) || GENERIC_WORDS.has(t) || brand.has(t)) return;
    out.content++;
    if (!knows(t)) return;
    out.known++;
    if (i > 0) out.productKnown++;
  });
  return out;
}

/** Whether the vote has read enough of the title to speak. */
export const bayesMaySpeak = (r: BayesReading): boolean =>
  r.content === 0 || (r.known > 0 && r.known >= MIN_KNOWN_SHARE * r.content);

/**
 * A title hit this strong is a product noun that outranks a vote for the maker: the Bayes vote
 * that rests on the maker only, a maker's model code (model-codes.ts) and a maker's screen line
 * (maker-prior.ts). A translated or CJK noun weighs 0.24 to 0.4; a word after a for-cue less.
 */
export const PRODUCT_NOUN_WEIGHT = 0.2;

/** Zone weight of a hit in the title's head: not after a for- or with-cue, not in brackets. */
const HEAD_ZONE = 0.5;

/** Whether a title hit in the head zone reads a product noun (PRODUCT_NOUN_WEIGHT or more). */
export const hasProductNoun = (hits: readonly { zone: number; entries: readonly { w: number }[] }[]): boolean =>
  hits.some((h) => h.zone >= HEAD_ZONE && h.entries.some((e) => e.w >= PRODUCT_NOUN_WEIGHT));

/** Whether the vote rests on the maker's name and codes only, so that a product noun outranks it. */
export const bayesMakerOnly = (r: BayesReading): boolean => r.productKnown === 0;

/**
 * Whether a product noun the lexicon reads in the title's head is one the vote never learned: one of
 * its content words is no token the vote was trained on. The vote's ten classes never called a product
 * that, so the title is outside what it has seen, however well its other words fit: "Ready mixed
 * concrete 20 kg" knows "ready" and "mixed" (an "HD ready" TV) and would vote Televisions, but
 * "concrete" is a word no TV title holds. A noun the vote knows ("Nikon Z6 II Body": "body" also
 * reads as a body lotion) is part of its own vocabulary and does not outrank it; a phrase with one
 * word it never learned does ("wall plaster": TVs hang on walls, none is plaster). `words` are the
 * hit's stemmed tokens; `knows` tells a token the vote was trained on.
 */
export const unseenNoun = (words: readonly string[], knows: (token: string) => boolean): boolean =>
  words.some((t) => isWord(t) && !FUNCTION_WORDS.has(t) && !GENERIC_WORDS.has(t) && !knows(t));

/**
 * Whether a hit ending before `raw[end]` ends its run of words, where a head-final title's head
 * noun stands: at the title's end, or before a number, a code or a function word ("Ready mixed
 * concrete 20 kg"). A noun followed by another word modifies it: "Alcatel 2038 cocoa grey" is a
 * colour, "Zanussi Waschautomaten Toplader" a top loader. In a head-first language the head comes
 * first and any place is allowed.
 */
export const endsWordRun = (raw: readonly string[], end: number, headFirst: boolean): boolean =>
  headFirst || end >= raw.length || !isWord(raw[end]!) || FUNCTION_WORDS.has(raw[end]!);
