/**
 * Multinomial naive Bayes vote over the classes it was trained on (PriceRunner's ten electronics
 * and appliance classes). It only speaks when the title uses enough of its vocabulary and one
 * class clearly wins, so titles from other domains are left to the lexicon.
 */
import type { BayesModel } from './model';
import type { Evidence } from './score';
import { isWord, namesProduct } from './rules/bayes-words';

/** Known tokens needed before the vote counts fully. */
const FULL_COVERAGE_TOKENS = 3;
/** Posterior below which the vote is silent; above it the weight grows linearly. */
const MIN_POSTERIOR = 0.5;
/** Weight of a certain, fully covered vote (a curated synonym weighs 1). */
const MAX_WEIGHT = 0.7;
/** Share of the title's word tokens it must know: other domains share few of its words. */
const MIN_COVERAGE = 0.4;

/**
 * A title's first word is its maker's name in most titles, and a maker of many kinds of goods
 * says nothing: it only counts as a product word when it alone gives one class this posterior.
 */
const MAKER_ALONE_POSTERIOR = 0.8;

/** A model code's letter prefix: its series ("ue49nu7100" -> "ue", "kai90vi20g" -> "kai"). */
const MODEL_PREFIX = /^([a-z]{1,4})\d/;
/** A number with its unit ("1400rpm" -> "rpm", "9kg" -> "kg"). */
const NUMBER_UNIT = /^\d+(?:\.\d+)?([a-z]{1,4})$/;
/** A word of letters only: a feature that names something, not a number, unit or model prefix. */
const PLAIN_WORD = /^[a-z]{2,}$/;
/** A maker's name: a plain word of letters, first in the title. */
const MAKER_WORD = /^[a-z]{2,}$/;

/**
 * Title tokens plus shape features that generalise across products of one kind: the letter
 * prefix of a model number ("ue49nu7100" -> "#ue", Samsung's TV series; "sms46mw02g" -> "#sms"),
 * the same prefix under the title's first word, its maker ("bosch#way" is a Bosch washing
 * machine series, "bosch#kai" a fridge one: a prefix alone means different things by maker), and
 * the unit of a number ("1400rpm" -> "#rpm", "9kg" -> "#kg").
 */
export function bayesFeatures(tokens: string[]): string[] {
  const out: string[] = [];
  const maker = tokens.length > 1 && MAKER_WORD.test(tokens[0]) ? tokens[0] : null;
  for (const t of tokens) {
    if (t.length < 2) continue;
    out.push(t);
    const model = MODEL_PREFIX.exec(t);
    if (model) {
      out.push('#' + model[1]);
      if (maker) out.push(maker + '#' + model[1]);
    }
    const unit = NUMBER_UNIT.exec(t);
    if (unit) out.push('#' + unit[1]);
  }
  return out;
}

/**
 * Steps of the shipped log-likelihoods per unit (nat): fifths. Tenths ship 1 kB more (gzipped)
 * and classified the PriceRunner held-out clusters no better (94.59% against 94.63%).
 */
export const LOG_LIK_STEPS = 5;
/**
 * One class's log-likelihood (0 to -LOG_LIK_FLOOR steps, i.e. down to -9) as one printable ASCII
 * character from "#" up, skipping the backslash, which JSON would escape.
 */
const CODE_BASE = 35;
const BACKSLASH = 92;
const LOG_LIK_FLOOR = 9 * LOG_LIK_STEPS;

export function encodeLogLik(values: number[]): string {
  return values
    .map((v) => {
      const code = CODE_BASE + Math.min(LOG_LIK_FLOOR, Math.max(0, -Math.round(v)));
      return String.fromCharCode(code >= BACKSLASH ? code + 1 : code);
    })
    .join('');
}

function decodeLogLik(table: string, at: number): number {
  const code = table.charCodeAt(at);
  return -((code > BACKSLASH ? code - 1 : code) - CODE_BASE);
}

/**
 * The sorted tokens front-coded: per token, how many of its first characters it shares with the
 * token before it, as a capital letter ("A" = none, up to "Z"), then its other characters
 * ("#a #abb #abe" -> "A#aC" "bbD" "e"). Tokens are lowercase, so a capital starts each one and no
 * separator is needed: 2.6 kB less of the gzipped model than space-separated (#15).
 */
const PREFIX_BASE = 65;
const MAX_PREFIX = 25;

export function encodeTokens(sorted: readonly string[]): string {
  let prev = '';
  return sorted
    .map((token) => {
      if (/[A-Z]/.test(token)) throw new Error(`Bayes token with a capital letter: ${token}`);
      let shared = 0;
      while (shared < MAX_PREFIX && shared < token.length && token[shared] === prev[shared]) shared++;
      prev = token;
      return String.fromCharCode(PREFIX_BASE + shared) + token.slice(shared);
    })
    .join('');
}

export function decodeTokens(text: string): string[] {
  const out: string[] = [];
  let prev = '';
  let start = 0;
  // One pass of charCodeAt, no regular expression: this runs cold, once per worker.
  for (let i = 1; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : PREFIX_BASE;
    if (code < PREFIX_BASE || code > PREFIX_BASE + MAX_PREFIX) continue;
    prev = prev.slice(0, text.charCodeAt(start) - PREFIX_BASE) + text.slice(start + 1, i);
    out.push(prev);
    start = i;
  }
  return out;
}

export class BayesScorer {
  /**
   * The known tokens, sorted: looked up by binary search, so a worker start fills no map. Decoded
   * on the first look-up (about 0.6 ms cold), not on the worker's start: a start that scores no
   * title does not pay for it.
   */
  private decoded: string[] | null = null;

  constructor(private readonly model: BayesModel) {
    if (model.logLik.length % Math.max(1, model.classes.length))
      throw new Error('classifier model: Bayes table size mismatch');
  }

  private get tokens(): string[] {
    if (this.decoded) return this.decoded;
    const tokens = decodeTokens(this.model.tokens);
    if (this.model.logLik.length !== tokens.length * this.model.classes.length)
      throw new Error('classifier model: Bayes table size mismatch');
    this.decoded = tokens;
    return tokens;
  }

  /** Offset of the token's row in model.logLik, or -1. */
  private rowOf(token: string): number {
    const tokens = this.tokens;
    let lo = 0;
    let hi = tokens.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const t = tokens[mid];
      if (t === token) return mid * this.model.classes.length;
      if (t < token) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** Whether the vote was trained on the token (a word or a bayesFeatures feature). */
  knows(token: string): boolean {
    return this.rowOf(token) >= 0;
  }

  /** Whether one known token alone gives a class MAKER_ALONE_POSTERIOR or more. */
  private soleMaker(token: string): boolean {
    const row = this.rowOf(token);
    if (row < 0) return false;
    const { classes, logPrior, logLik } = this.model;
    const scores = classes.map((_, c) => logPrior[c]! + decodeLogLik(logLik, row + c) / LOG_LIK_STEPS);
    const max = Math.max(...scores);
    const sum = scores.reduce((a, v) => a + Math.exp(v - max), 0);
    return 1 / sum >= MAKER_ALONE_POSTERIOR;
  }

  /**
   * Whether the vote reads a product line in the tokens, not only words: a model code of a series
   * it knows (a known "#ue" or "samsung#ue" from "ue55tu7100"). A title it reads by words alone
   * ("ready", "mixed") has given it nothing only an electronics title holds. A maker of one kind
   * is no line here: "Ready" alone leans to TVs as "Alcatel" leans to phones.
   */
  readsLine(tokens: string[]): boolean {
    const maker = MAKER_WORD.test(tokens[0] ?? '') ? tokens[0] : null;
    return tokens.some((t) => {
      const model = MODEL_PREFIX.exec(t);
      return !!model && (this.rowOf('#' + model[1]) >= 0 || (!!maker && this.rowOf(maker + '#' + model[1]) >= 0));
    });
  }

  /** Class posteriors for the tokens, or null when no token is known. */
  posterior(
    tokens: string[],
  ): { probs: number[]; known: number; words: number; knownWords: number; productWords: number } | null {
    const { classes, logPrior, logLik } = this.model;
    const scores = [...logPrior];
    let known = 0;
    let knownWords = 0;
    // Words of any script count (rules/bayes-words.ts); only plain known ones past the maker's
    // slot, not function words, can name the product.
    const words = tokens.filter(isWord).length;
    // A maker's series ("bosch#sms") names a product line as well as a word does; a bare prefix does not.
    let productWords = tokens.filter((t, i) => namesProduct(t, i, PLAIN_WORD) && this.rowOf(t) >= 0).length;
    // The first word, a maker's name, counts when it alone is sure: a maker of one kind ("Nokia").
    if (tokens.length && namesProduct(tokens[0]!, 1, PLAIN_WORD) && this.soleMaker(tokens[0]!)) productWords++;
    for (const t of bayesFeatures(tokens)) if (t.indexOf('#') > 0 && this.rowOf(t) >= 0) productWords++;
    for (const t of bayesFeatures(tokens)) {
      const row = this.rowOf(t);
      if (row < 0) continue;
      known++;
      if (PLAIN_WORD.test(t)) knownWords++;
      for (let c = 0; c < classes.length; c++) scores[c] += decodeLogLik(logLik, row + c) / LOG_LIK_STEPS;
    }
    if (!known) return null;
    const max = Math.max(...scores);
    const exp = scores.map((s) => Math.exp(s - max));
    const sum = exp.reduce((a, b) => a + b, 0);
    return { probs: exp.map((e) => e / sum), known, words, knownWords, productWords };
  }

  evidence(tokens: string[]): Evidence[] {
    const post = this.posterior(tokens);
    // Numbers and units alone ("Farina 00 1kg": "00", "#kg") say a spec, not which product.
    if (!post || post.known < MIN_COVERAGE * post.words || !post.knownWords || !post.productWords) return [];
    let best = 0;
    for (let c = 1; c < post.probs.length; c++) if (post.probs[c] > post.probs[best]) best = c;
    const p = post.probs[best];
    if (p < MIN_POSTERIOR) return [];
    const coverage = Math.min(1, post.known / FULL_COVERAGE_TOKENS);
    const w = (MAX_WEIGHT * coverage * (p - MIN_POSTERIOR)) / (1 - MIN_POSTERIOR);
    return [{ id: this.model.classes[best], w, source: 'title' }];
  }
}
