/**
 * Phrase look-up over titles and breadcrumbs: taxonomy node names, the hand-curated multilingual
 * synonyms and the translated taxonomy names, compiled at build time
 * (scripts/classify/compile-lexicon.ts) so the worker only fills one map on start.
 */
import type { CompiledLexicon } from './model';
import { CJK_CHAR, foldToken, stemToken } from './text';
import { segmentCjk } from './segment';
import { KeyIndex, TABLE_LINE_END } from './key-index';
import { hasPhraseForms, otherForms, phraseForms } from './rules/inflection';
import { cliticForms, cliticSplits, SEMITIC_WORD } from './rules/clitic-prefix';
import { absoluteForms } from './rules/hebrew-construct';
import { UNSPACED_CHAR } from './unspaced';
import { hasSlavicCases, isSlavicCaseForm } from './rules/slavic-inflection';
import { foreignTableScale } from './rules/foreign-table';
import { nameKeyText } from './name-keys';
import { isNotAPlural } from './rules/not-a-plural';

export interface LexEntry {
  id: number;
  w: number;
}

export interface Hit {
  start: number;
  end: number; // exclusive
  entries: LexEntry[];
  curated: boolean;
}

/** A translated phrase and its language ("*" = several). */
interface LocalEntry {
  entries: LexEntry[];
  lang: string;
}

/** Kind letters of a compiled reading: a curated phrase, a taxonomy name's phrase, a translation. */
export const READING_CURATED = 'c';
export const READING_DERIVED = 'd';
export const READING_LOCAL = 'l';
export type ReadingKind = typeof READING_CURATED | typeof READING_DERIVED | typeof READING_LOCAL;

/**
 * Weights of translated phrases: a little below the English names', whose phrases were reviewed
 * against titles (derivedStop, brandWords); a translated word more often has a second meaning.
 */
const LOCAL_WEIGHT = 0.7;
const LOCAL_SINGLE_WORD_WEIGHT = 0.4;
/** The first character of Cyrillic (U+0400): a table whose keys start from it on is read when first needed. */
const FAR_SCRIPT = 0x400;
/** Languages that write compounds closed up, head last ("Bier|glas", "bier|glas", "öl|glas"). */
const CLOSED_COMPOUND_LANGS = new Set(['de', 'nl', 'sv', 'da']);
/** A word of Hangul syllables only. */
const HANGUL_WORD = /^[\uac00-\ud7af]+$/;
/**
 * A spec of a device (a wattage, a capacity, a port): in a title holding one, a maker's name that
 * is also a word is the maker wherever it stands ("Nabíjačka USB-C 20W Apple", "Shell Helix 5W-30").
 */
const DEVICE_SPEC =
  /^(?:\d+(?:[.,]\d+)?(?:w|v|mah|wh|gb|tb|mb|hz|mhz|ghz|mp)|usb|hdmi|bluetooth|wifi|lightning|magsafe)$/;
const isDeviceSpec = (key: string) => DEVICE_SPEC.test(key);
/** A translated single word as a title's first word: often a brand or a model name there. */
const FIRST_WORD_LOCAL = 0.7;
/**
 * Languages whose titles put the product noun first and the maker after it ("Boneca Reborn Bebê",
 * "Bomba de água Anauger", "Vodka Smirnoff", "Szampon Ziaja", "Kuprinė Nike", "Gấu bông Teddy",
 * "Sepatu Nike", "حذاء نايك", "נעלי ספורט Nike", "รองเท้าผ้าใบ Nike"; Lao and Khmer alike): there a title's first word is the product at
 * least as often as a brand, so it keeps its full weight.
 */
const HEAD_FIRST_LANGS = new Set([
  'fr',
  'es',
  'it',
  'pt',
  'pl',
  'cs',
  'ru',
  'uk',
  'ro',
  'el',
  'sk',
  'hr',
  'sr',
  'bs',
  'sl',
  'bg',
  'lt',
  'lv',
  'vi',
  'id',
  'ms',
  'ar',
  'he',
  'th',
  'lo',
  'km',
]);

/** Whether titles of the language (a lowercase code such as "ms"; none: no) put the product noun first (HEAD_FIRST_LANGS). */
export function isHeadFirst(lang: string | null | undefined): boolean {
  return typeof lang === 'string' && HEAD_FIRST_LANGS.has(lang);
}
/**
 * What foldToken takes off a Latin word ("-a", "-o", "-y", "-en"), tried back on to find the
 * curated word a folded title word comes from; so is the fleeting vowel ("kubk" -> "kubek").
 */
const INFLECTED_ENDINGS = ['a', 'e', 'i', 'o', 'u', 'y', 'en'];
const MIN_INFLECTED = 4;
/**
 * What a plural adds to a noun that ends in a consonant, as the stemmed title word shows it (the
 * "-s" of "-es" is off already): the languages where a curated word's folded plural is the word.
 */
const PLURAL_ENDING: Record<string, string> = { es: 'e', pt: 'e', fr: 'e', ro: 'e', pl: 'y', cs: 'y' };
/** Polish and Czech prepositions followed by the genitive: for, of, from, without. */
const GENITIVE_AFTER: Record<string, Set<string>> = {
  pl: new Set(['do', 'dla', 'od', 'bez', 'z', 'ze']),
  cs: new Set(['do', 'od', 'bez', 'z', 'ze']),
};
/**
 * A Polish or Czech masculine noun's genitive singular after a preposition that takes it: the
 * curated word, ending in a consonant, plus "-a" or "-u" ("Pilot do telewizora", "Ładowarka do
 * laptopa", "Filtr do odkurzacza"; "Baterie do notebooku"). Only there: a brand or a word of
 * another language may end alike ("Motorola"), and a Portuguese "panela" is no "panel".
 */
const isSlavicGenitive = (token: string, fold: string, lang: string | null, before = '') =>
  GENITIVE_AFTER[lang ?? '']?.has(before) === true &&
  /[^aeiouy]$/.test(fold) &&
  (token === `${fold}a` || token === `${fold}u`);
/**
 * A Turkish noun ending in a consonant with the possessive vowel a noun takes after another, the
 * curated word plus "-ı", "-i", "-u" or "-ü" ("şehir bisikleti", "çay fincanı", "kol saati";
 * folded, "-i" or "-u"). "-sı"/"-si" after a vowel, and the k/ğ and p/b changes, are rewritten
 * forms (rules/inflection.ts).
 */
const isTurkishPossessive = (token: string, fold: string, lang: string | null) =>
  lang === 'tr' && /[^aeiou]$/.test(fold) && (token === `${fold}i` || token === `${fold}u`);
/** Whether a title word is a curated word (its folded key) with a plural, case or possessive ending. */
const isFormOfFold = (token: string, fold: string, lang: string | null, before?: string) =>
  token === fold + PLURAL_ENDING[lang ?? ''] ||
  isSlavicGenitive(token, fold, lang, before) ||
  isTurkishPossessive(token, fold, lang) ||
  isSlavicCaseForm(token, fold, lang, before);
/** The key and folded key of the phrase of `n` words at `i`. */
const phraseKeys = (keys: string[], folded: string[], i: number, n: number): [string, string] => [
  keys.slice(i, i + n).join(' '),
  folded.slice(i, i + n).join(' '),
];
/** Most segmenter pieces a mis-cut listed word is looked for across ("กระ ทะ" -> "กระทะ"). */
const MAX_UNSPACED_PIECES = 4;
/** The key of one or more normalised words, each keyed by `key` (stemToken, foldToken). */
const phraseKeyOf = (words: string, key: (w: string) => string) => words.split(' ').map(key).join(' ');
/** Whether two lists of a title's word keys differ in the `n` words at `i`. */
const differs = (a: string[], b: string[], i: number, n: number) => {
  for (let j = i; j < i + n; j++) if (a[j] !== b[j]) return true;
  return false;
};
/** A title's word keys and their folded keys. */
interface WordKeys {
  keys: string[];
  folded: string[];
}
/**
 * A title's words as phrases are looked up by (Lexicon.wordForms): their keys, as written, in the
 * form of a listed phrase's word, and each word's inflected forms (null: its language has none
 * that phrases are looked up by).
 */
interface PhraseWords extends WordKeys {
  written: WordKeys | null;
  parts: WordKeys | null;
  inflected: ((j: number) => string[]) | null;
}
const sameReadings = (a: LexEntry[], b: LexEntry[]) =>
  a.length === b.length && a.every((e, i) => e.id === b[i].id && e.w === b[i].w);
/**
 * A title word, not part of a model code: letters only, with a vowel ("di", "acacia", "millefiori";
 * not "wwd", "sc", "120"). Any script's letters count: Cyrillic and CJK titles have no codes to
 * tell apart.
 */
const WORD_WITH_VOWEL = /^(?=[^\d]*$)(?:.*[aeiouyàâäéèêëíìîïóòôöúùûüýąęó]|.*[^\x00-\x7f])/;
/** A unit after a figure ("500 g", "500g"): what is weighed or poured, not a model code ("G 7100"). */
const SOLD_BY_UNIT = /^(?:\d+(?:[.,]\d+)?)?(?:k?g|gr|m?l|cl|dl)$/;
/** Shortest compound head (Latin letters), and the shortest modifier in front of it. */
const MIN_HEAD = 4;
const MIN_MODIFIER = 3;
/**
 * In a title of a language that closes compounds up (de, nl, sv), any curated word this long is a
 * compound's head, not only the listed heads ("Schnittkäse" is cheese, "Stellingkast" a cabinet).
 */
const MIN_CURATED_HEAD = 4;

/**
 * Weight of a phrase taken from a taxonomy node name (curated synonyms carry their own). One
 * word alone ("Congas", "Hatches", "Squares") is more often something else in a title.
 */
const DERIVED_WEIGHT = 0.8;
const DERIVED_SINGLE_WORD_WEIGHT = 0.5;
/** Weight of a compound-word ending ("Strickpullover" -> "pullover"), relative to its entry. */
const COMPOUND_WEIGHT = 0.8;
const MAX_PHRASE = 5;
/**
 * German adjectives in -isch ("automatisch", "magnetisch", "praktisch", "optisch", "elastisch")
 * end like the compound head "tisch" (table) but are no compounds. "Esstisch", "Gartentisch",
 * "Bistrotisch" keep their reading.
 */
const GERMAN_ISCH_ADJECTIVE = /(?:a|e|i|u|k|p|[^s]s)tisch$/;

/**
 * Phrases a node name stands for: "Dance Dresses, Skirts & Costumes" -> "dance dresses",
 * "dance skirts", "dance costumes"; "Hunting & Tactical Pants" -> "hunting pants", "tactical pants".
 * A singular group of several words before a plural head shares the head too: "Power Tool &
 * Equipment Manuals" are manuals of power tools, so "power tool manuals", not "power tool" (a shop's
 * "Power Tools" crumb is no manual); "Coffee Maker & Espresso Machine Accessories" -> "coffee maker
 * accessories". A group ending in -ing is a mass noun of its own ("Weather Stripping").
 */
/** "Power Tool" before "Equipment Manuals": a singular group of words, a plural head after it. */
function sharesPluralHead(group: string[], last: string[]): boolean {
  const end = group[group.length - 1]!.toLowerCase();
  const head = last[last.length - 1]!.toLowerCase();
  return last.length > 1 && /^[a-z]+s$/.test(head) && /^[a-z]+$/.test(end) && !/(?:s|ing)$/.test(end);
}

export function namePhrases(name: string): string[] {
  const parts = name
    .split(/\s*(?:,|&|\band\b)\s*/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length <= 1) return [name];
  const words = parts.map((p) => p.split(/\s+/));
  const first = words[0];
  const last = words[words.length - 1];
  const out = new Set<string>();
  words.forEach((w, i) => {
    // A bare word that shares a modifier or head with its siblings ("Skirts" in "Dance Dresses,
    // Skirts & Costumes", "Hunting" in "Hunting & Tactical Pants") only counts with it.
    if (w.length === 1 && first.length > 1 && i > 0) out.add([...first.slice(0, -1), w[0]].join(' '));
    else if (w.length === 1 && last.length > 1 && i < words.length - 1) out.add([w[0], ...last.slice(1)].join(' '));
    else if (i < words.length - 1 && sharesPluralHead(w, last)) out.add([...w, last[last.length - 1]].join(' '));
    else out.add(w.join(' '));
  });
  return [...out];
}

/** One table of the compiled lexicon, as the model ships it. */
interface Section {
  kind: string;
  lang: string;
  /** The plain names' keys derived on load (name-keys.ts): line n reads as node n. */
  names?: boolean;
}

export class Lexicon {
  /** Every table's lines, one after the other (TABLE_LINE_END between), then the derived name keys. */
  private readonly text: string;
  /** Phrase key -> where it is in `text`; its line (one per group of keys with the same reading) says what it reads as. */
  private readonly keys: KeyIndex;
  private readonly sections: Section[];
  /** Per table (the derived names' last): where it starts in `text`; then the text's length + 1. */
  private readonly sectionStart: number[] = [];
  /** Per table, its lines' node references (model.lexiconRefs), and those cut into lines on first use. */
  private readonly refs: readonly string[];
  private readonly refLines: string[][] = [];
  /**
   * Per table, where each line starts in `text` and its first node's position (for the derived
   * names: the line's number): read a table at a time on the first look-up of one of its lines,
   * so a worker start reads no line of any table (a title touches a few of them).
   */
  private readonly lineStart: Int32Array[] = [];
  private readonly lineFirst: Int32Array[] = [];
  /** Lines decoded into entries on first use: the line's start * 2 (+1 for a phrase of several words). */
  private readonly decoded = new Map<number, LexEntry[]>();
  private readonly headNames: Set<string>;
  /** The languages of the translated tables. */
  private readonly tableLangs: Set<string>;
  /**
   * Curated compound heads by their folded key ("jack" -> "jacke": "Herrjacka", "Regenjacken"),
   * for titles not in English. Whole words are not folded against the curated lists: those mix
   * languages, and folding merges words apart ("style"/"stylo", "jack"/"Jacke").
   */
  private readonly headsFolded: Map<string, string>;
  private readonly brandWords: Set<string>;
  private readonly brandNouns: Map<string, string[]>;
  private readonly cjkParts: Set<string>;
  private readonly maxCjk: number;

  /**
   * `nodeIds`: the taxonomy ids in the model's node order, which the tables refer to by position.
   * `names`: the model's packed names (PackedTree), of which a model with `nameSkip` derives the
   * plain names' keys.
   */
  constructor(
    model: CompiledLexicon,
    private readonly nodeIds: readonly number[],
    names?: string,
  ) {
    this.sections = model.lexicon.map(([kind, lang]) => ({ kind, lang }));
    if (model.lexiconRefs?.length !== model.lexicon.length)
      throw new Error('classifier model: the lexicon needs one table of references per table of keys');
    this.refs = model.lexiconRefs;
    if (model.nameSkip && names === undefined) throw new Error('classifier model: the lexicon needs the node names');
    const derived = model.nameSkip && nameKeyText(names ?? '');
    // One text, so that the index keeps no table number per key (a copy of ~0.5 MB in native code).
    const tables = model.lexicon.map(([, , lines]) => lines);
    this.text = (derived ? [...tables, derived] : tables).join(TABLE_LINE_END);
    // About one key per 10 characters of table text (one per 15 of the names'); the index grows if there are more.
    const chars = tables.reduce((n, lines) => n + lines.length, 0);
    this.keys = new KeyIndex(this.text, chars / 10 + (derived ? derived.length / 15 : 0));
    const start = this.fillTables(tables);
    if (derived) {
      this.sections.push({ kind: READING_DERIVED, lang: '', names: true });
      this.sectionStart.push(start);
      this.fillNames(start, model.nameSkip ?? []);
    }
    this.sectionStart.push(this.text.length + 1);
    this.headNames = new Set(model.compoundHeads);
    this.tableLangs = new Set(this.sections.filter((s) => s.kind === READING_LOCAL).map((s) => s.lang));
    this.headsFolded = new Map(model.foldedHeads);
    this.brandWords = new Set(model.brandWords);
    this.brandNouns = new Map(model.brandNouns ?? []);
    this.cjkParts = new Set(model.cjkParts);
    this.maxCjk = model.maxCjk;
  }

  /**
   * Adds the tables' keys, the tables one after the other in `text` (TABLE_LINE_END between them too), and
   * notes where each starts; returns where the names' lines start. Each '|'-separated key of each
   * line is added in place (no string cut per key: key-index.ts), in one call for a run of tables: a
   * call per table costs a cold start more. An empty table is no line (no empty key), so it ends a
   * run. The last tables, of keys in another script than Latin (Cyrillic, CJK, Hangul: their first
   * key starts with a character from U+0400 up), are read in full on the first look-up of such a key
   * (KeyIndex.deferLines): a page in a Latin script never needs them.
   */
  private fillTables(tables: string[]): number {
    let start = 0;
    let run = 0;
    let far = tables.length;
    while (far > 0 && tables[far - 1]!.charCodeAt(0) >= FAR_SCRIPT) far--;
    tables.forEach((lines, t) => {
      this.sectionStart.push(start);
      if (!lines.length || t === far) {
        if (run < start - 1) this.keys.addLines(run, start - 1);
        run = lines.length ? start : start + 1;
      }
      start += lines.length + 1;
    });
    if (run < start - 1) {
      if (far < tables.length) this.keys.deferLines(run, start - 1);
      else this.keys.addLines(run, start - 1);
    }
    return start;
  }

  /**
   * The derived keys of the names, from text[from, end): line n is node n's depth digit and its
   * keys, '|'-separated. A key a table holds already (a curated word, a name several nodes share)
   * keeps the table's reading, and the names at the model's `nameSkip` positions are too generic
   * to read at all (DERIVED_STOP), as in the compiled table; a line holding a tab marks a name these
   * keys do not read, which the table holds instead.
   */
  private fillNames(from: number, skip: readonly number[]): void {
    this.keys.addNewLines(from, this.text.length, 1, skip);
  }

  /** The table holding text position `at`. */
  private sectionAt(at: number): number {
    let s = 0;
    while (this.sectionStart[s + 1]! <= at) s++;
    return s;
  }

  /** The number, within table `s`, of the line holding text position `at` (its lines read on first use). */
  private lineAt(s: number, at: number): number {
    const starts = this.lineStart[s] ?? this.readLines(s);
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /**
   * Reads table `s`'s lines: where each starts, and its first node (the running sum of the lines'
   * first references; for the derived names, the line's number). Returns the starts.
   */
  private readLines(s: number): Int32Array {
    const text = this.text;
    const { names } = this.sections[s]!;
    const refs = names ? [] : (this.refLines[s] = this.refs[s] ? this.refs[s].split(TABLE_LINE_END) : []);
    const starts: number[] = [];
    const firsts: number[] = [];
    let first = 0;
    for (let start = this.sectionStart[s]!; start < this.sectionStart[s + 1]! - 1;) {
      // A line's references start with its first's difference: parseInt reads up to the ',' or '~'.
      first = names ? starts.length : first + parseInt(refs[starts.length] ?? '', 36);
      starts.push(start);
      firsts.push(first);
      // The derived names' lines end at a '\n' (name-keys.ts), the tables' at TABLE_LINE_END.
      const end = text.indexOf(names ? '\n' : TABLE_LINE_END, start);
      start = end < 0 ? text.length : end + 1;
    }
    if (!names && refs.length !== starts.length)
      throw new Error('classifier model: a lexicon table and its references differ in lines');
    this.lineFirst[s] = Int32Array.from(firsts);
    return (this.lineStart[s] = Int32Array.from(starts));
  }

  private sectionOf(key: string): Section | undefined {
    const at = this.keys.get(key);
    return at === undefined ? undefined : this.sections[this.sectionAt(at)];
  }

  /** The entries a key reads as when its table is of `kind`. */
  private entriesOf(key: string, kind: ReadingKind): LexEntry[] | undefined {
    const at = this.keys.get(key);
    if (at === undefined) return undefined;
    const s = this.sectionAt(at);
    const section = this.sections[s];
    if (section.kind !== kind) return undefined;
    const single = !key.includes(' ');
    const line = this.lineAt(s, at);
    const slot = this.lineStart[s]![line]! * 2 + (single ? 0 : 1);
    let entries = this.decoded.get(slot);
    if (!entries) {
      entries = this.decodeLine(s, line, single);
      this.decoded.set(slot, entries);
    }
    return entries;
  }

  /**
   * A line's entries. Curated entries carry their own weights; a taxonomy name's or a
   * translation's weight depends on whether the phrase is one word or several.
   */
  private decodeLine(s: number, line: number, single: boolean): LexEntry[] {
    const { kind, names } = this.sections[s];
    const first = this.lineFirst[s]![line]!;
    if (names) return [{ id: this.nodeIds[first], w: single ? DERIVED_SINGLE_WORD_WEIGHT : DERIVED_WEIGHT }];
    const base =
      kind === READING_CURATED
        ? 1
        : kind === READING_DERIVED
          ? single
            ? DERIVED_SINGLE_WORD_WEIGHT
            : DERIVED_WEIGHT
          : single
            ? LOCAL_SINGLE_WORD_WEIGHT
            : LOCAL_WEIGHT;
    return this.refLines[s]![line]!.split(',').map((ref, i) => {
      const [delta, w] = ref.split('~');
      return {
        id: this.nodeIds[i === 0 ? first : first + parseInt(delta, 36)],
        w: w === undefined ? base : refWeight(w),
      };
    });
  }

  /** The reading of a key: its table's kind and language and its entries (tests, explanations). */
  reading(key: string): { kind: string; lang: string; entries: LexEntry[] } | undefined {
    const section = this.sectionOf(key);
    const entries = section && this.entriesOf(key, section.kind as ReadingKind);
    return section && entries && { kind: section.kind, lang: section.lang, entries };
  }

  private curatedOf(key: string): LexEntry[] | undefined {
    return this.entriesOf(key, READING_CURATED);
  }

  private localOf(key: string): LocalEntry | undefined {
    const entries = this.entriesOf(key, READING_LOCAL);
    return entries && { entries, lang: this.sectionOf(key)?.lang ?? '' };
  }

  /**
   * A translated single word of a language that closes compounds up: a compound's head. Read only
   * where the title's language closes compounds up too, or is unknown: an Italian "fresche"
   * holds no German word.
   */
  private localHead(fold: string, titleLang: string | null): LexEntry[] | undefined {
    const allowed = titleLang === null || CLOSED_COMPOUND_LANGS.has(titleLang);
    const lang = allowed ? this.sectionOf(fold)?.lang : undefined;
    if (lang === undefined || fold.length < MIN_HEAD || !CLOSED_COMPOUND_LANGS.has(lang)) return undefined;
    return this.entriesOf(fold, READING_LOCAL);
  }

  /** A word CJK runs are cut into: a single-word phrase of the tables or a part of a curated one. */
  private readonly isCjkWord = { has: (w: string) => this.keys.has(w) || this.cjkParts.has(w) };

  /** Whether CJK segmentation knows the piece as a word (a lexicon line or a listed part). */
  knowsCjk(piece: string): boolean {
    return this.isCjkWord.has(piece);
  }

  /**
   * Title or crumb tokens with CJK runs cut into known words ("ビールグラス" -> "ビール", "グラス"),
   * and Arabic and Hebrew words read without their prefixes (withoutClitics).
   */
  tokens(words: string[]): string[] {
    const clitics = words.some((t) => SEMITIC_WORD.test(t)) ? this.withoutClitics(words) : words;
    const tokens = clitics.some((t) => UNSPACED_CHAR.test(t)) ? this.joinUnspaced(clitics) : clitics;
    if (!tokens.some((t) => CJK_CHAR.test(t))) return tokens;
    return this.joinSpaced(tokens).flatMap((t) =>
      CJK_CHAR.test(t) ? segmentCjk(t, this.isCjkWord, this.maxCjk) : [t],
    );
  }

  /**
   * An Arabic or Hebrew word that no table holds but holds without its article or prepositions
   * ("الحذاء" -> "حذاء", "לאייפון" -> "ל", "אייפון"; rules/clitic-prefix.ts): the word left, after
   * the for-preposition as a word of its own when the prefix holds one, which cues.ts reads as a
   * for-cue ("charger | for | laptop").
   */
  private withoutClitics(words: string[]): string[] {
    return words.flatMap((word, i) => {
      if (!SEMITIC_WORD.test(word) || this.knowsWord(word)) return [word];
      // The word left may be the first of a listed phrase ("למחשב נייד": "מחשב נייד", a laptop;
      // "بزيت الزيتون": "زيت زيتون", olive oil).
      const next = words[i + 1];
      const nextForms = next === undefined ? [] : [next, ...cliticForms(next)];
      const known = (w: string) => this.knowsWord(w) || nextForms.some((n) => this.knowsWord(`${w} ${n}`));
      const split = cliticSplits(word).find((s) => known(s.rest) || absoluteForms(s.rest).some(known));
      if (!split) return [word];
      return split.cue ? [split.cue, split.rest] : [split.rest];
    });
  }

  /**
   * A Thai (Lao, Khmer, Myanmar) word the segmenter cut in pieces because a word it does not know
   * stands next to it: "กระทะเทฟล่อน" (a Teflon pan) comes as "กระ ทะ เท ฟ ล่อน", "ที่นอนพ็อกเก็ต"
   * (a pocket-spring mattress) as "ที่ นอ นพ็ อก เก็ต", the cut inside a piece. From a piece that is
   * no listed word, the longest listed word its letters and the next pieces' begin with is read as
   * that word, and the rest of the piece it ends in as a piece of its own.
   */
  private joinUnspaced(tokens: string[]): string[] {
    const out: string[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      if (!UNSPACED_CHAR.test(token) || this.keys.has(token)) {
        out.push(token);
        continue;
      }
      let run = token;
      let last = i;
      while (last + 1 < tokens.length && last - i + 1 < MAX_UNSPACED_PIECES && UNSPACED_CHAR.test(tokens[last + 1]))
        run += tokens[++last];
      let len = run.length;
      while (len > token.length && !this.keys.has(run.slice(0, len))) len--;
      if (len === token.length) {
        out.push(token);
        continue;
      }
      out.push(run.slice(0, len));
      // The pieces the word covers; the rest of the one it ends in stays a piece.
      let end = i;
      let covered = token.length;
      while (covered < len) covered += tokens[++end].length;
      if (covered > len) out.push(run.slice(len, covered));
      i = end;
    }
    return out;
  }

  /** Whether a table holds a word, by its key or its folded key. */
  private knowsWord(word: string): boolean {
    return this.keys.has(phraseKeyOf(word, stemToken)) || this.keys.has(phraseKeyOf(word, foldToken));
  }

  /**
   * Korean titles space a compound's parts or not ("숏팬츠", "숏 팬츠"; "하프 팬츠"): two Hangul
   * words side by side that together are a listed word are read as that word, not as their parts
   * ("팬츠" alone: trousers).
   */
  private joinSpaced(tokens: string[]): string[] {
    const out: string[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const next = tokens[i + 1];
      if (
        next !== undefined &&
        HANGUL_WORD.test(tokens[i]) &&
        HANGUL_WORD.test(next) &&
        this.keys.has(tokens[i] + next)
      ) {
        out.push(tokens[i] + next);
        i++;
      } else out.push(tokens[i]);
    }
    return out;
  }

  /** All phrase hits in a token list, dropping hits that lie inside a longer hit. */
  /**
   * `raw`: the same tokens before inflection folding, for reading compounds by their ending
   * ("Bierglas" -> "glas"; folded, the whole word and its head lose different letters).
   */
  hits(
    tokens: string[],
    brandTokens: Set<string> = new Set(),
    lang: string | null = null,
    raw: string[] = tokens,
  ): Hit[] {
    const found: Hit[] = [];
    const headFirst = isHeadFirst(lang);
    const closedCompounds = lang !== null && CLOSED_COMPOUND_LANGS.has(lang);
    // Translated phrases are keyed folded (foldToken); English ones (Shopify's) plainly.
    const words = raw.length === tokens.length ? raw : tokens;
    const forms = this.wordForms(tokens, words, lang);
    const { keys, folded } = forms;
    for (let i = 0; i < keys.length; i++) {
      let matched = false;
      for (let n = Math.min(MAX_PHRASE, keys.length - i); n >= 1; n--) {
        const [key, foldKey] = this.phraseAt(i, n, forms);
        const cur = n === 1 ? this.curatedWord(key, raw[i] ?? '', folded[i], lang, raw[i - 1]) : this.curatedOf(key);
        // A title that starts with a brand which is also a word ("Candy" washing machines,
        // "Sharp" microwaves) names the maker first.
        if (cur && !(n === 1 && keys.length > 1 && this.brandWords.has(key) && (i === 0 || keys.some(isDeviceSpec)))) {
          found.push({ start: i, end: i + n, entries: cur, curated: true });
          matched = true;
          continue;
        }
        const der = this.entriesOf(key, READING_DERIVED);
        if (
          der &&
          !(n === 1 && (this.brandWords.has(key) || brandTokens.has(key) || (i === 0 && keys.length > 3 && !headFirst)))
        ) {
          // A short title's first word is as often the product as the brand ("Tablecloth with
          // fruit print", "Whisky Single Malt 70cl"): it counts, for less.
          const first = n === 1 && i === 0 && keys.length > 1 && !headFirst;
          found.push({
            start: i,
            end: i + n,
            entries: first ? der.map((e) => ({ id: e.id, w: e.w * FIRST_WORD_LOCAL })) : der,
            curated: false,
          });
          matched = true;
          continue;
        }
        const loc = this.localOf(key) ?? this.localOf(foldKey);
        if (loc && !(n === 1 && (this.brandWords.has(key) || brandTokens.has(key)))) {
          // A translated phrase from another language than the page's counts less (rules/foreign-table.ts).
          let scale = foreignTableScale(loc.lang, lang, lang !== null && this.tableLangs.has(lang));
          if (n === 1 && i === 0 && keys.length > 1 && !headFirst) scale *= FIRST_WORD_LOCAL;
          found.push({
            start: i,
            end: i + n,
            entries: scale === 1 ? loc.entries : loc.entries.map((e) => ({ id: e.id, w: e.w * scale })),
            curated: false,
          });
          matched = true;
        }
      }
      if (!matched) {
        const compound = this.compoundHit(raw[i] ?? keys[i], i, lang, closedCompounds);
        if (compound) found.push(compound);
      }
    }
    if (!found.length) found.push(...this.brandNounHit(keys, raw, folded, lang, brandTokens));
    return found.filter(
      (h) => !found.some((o) => o !== h && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start),
    );
  }

  /**
   * The title words' keys and folded keys, a word no table holds in its own form read in another
   * form of its language (rules/inflection.ts); and, when a word was so rewritten, the keys as
   * written, which phrases are looked up by first (phraseAt).
   */
  private wordForms(tokens: string[], words: string[], lang: string | null): PhraseWords {
    const folded = words.map(foldToken);
    const asWritten = folded.slice();
    const part: (string | undefined)[] = [];
    const keys = tokens.map((t, i) => this.otherForm(t, words[i], folded, i, lang, part));
    const rewritten = keys.some((k, i) => k !== tokens[i]);
    const parts = part.length
      ? {
          keys: keys.map((k, i) => (part[i] === undefined ? k : stemToken(part[i]))),
          folded: folded.map((f, i) => (part[i] === undefined ? f : foldToken(part[i]))),
        }
      : null;
    // A Lithuanian or Latvian listed phrase in another case ("dantų pastos" for "dantų pasta"):
    // each word's inflected forms, worked out only when a phrase asks (phraseAt).
    const memo = new Map<number, string[]>();
    const inflected = hasPhraseForms(lang)
      ? (j: number) => {
          let out = memo.get(j);
          if (!out) memo.set(j, (out = phraseForms(words[j] ?? '', lang)));
          return out;
        }
      : null;
    return { keys, folded, written: rewritten ? { keys: tokens, folded: asWritten } : null, parts, inflected };
  }

  /**
   * The key and folded key of the phrase of `n` words at `i`: as written when a table holds it so,
   * else in the words' other forms. A listed phrase names its words in the form they take there:
   * "saç boyası" is hair dye, where "boyası" alone reads as "boya", paint; "θήκη κινητού" a phone
   * case, where "κινητού" reads as "κινητό", a phone.
   */
  private phraseAt(i: number, n: number, forms: PhraseWords): [string, string] {
    const { keys, folded, written, parts, inflected } = forms;
    const own = phraseKeys(keys, folded, i, n);
    if (n === 1) return own;
    if (written && differs(written.keys, keys, i, n)) {
      const as = phraseKeys(written.keys, written.folded, i, n);
      if (this.keys.has(as[0]) || this.keys.has(as[1])) return as;
    }
    if (parts && differs(parts.keys, keys, i, n) && !this.keys.has(own[0]) && !this.keys.has(own[1])) {
      const as = phraseKeys(parts.keys, parts.folded, i, n);
      if (this.keys.has(as[0]) || this.keys.has(as[1])) return as;
    }
    return this.keys.has(own[0]) || this.keys.has(own[1])
      ? own
      : (this.inflectedPhrase(i, n, keys, folded, inflected) ?? own);
  }

  /**
   * The keys of the phrase of `n` words at `i` with one of its words in another of its forms, or
   * both words of a two-word phrase ("kavos pupelių" for "kavos pupelės", "galda spēļu" for
   * "galda spēle"), when a table holds them so; else (or no forms: `inflected` null) null.
   */
  private inflectedPhrase(
    i: number,
    n: number,
    keys: string[],
    folded: string[],
    inflected: ((j: number) => string[]) | null,
  ): [string, string] | null {
    if (!inflected) return null;
    const k = keys.slice(i, i + n);
    const f = folded.slice(i, i + n);
    const held = (): [string, string] | null => {
      const as: [string, string] = [k.join(' '), f.join(' ')];
      return this.keys.has(as[0]) || this.keys.has(as[1]) ? as : null;
    };
    for (let j = 0; j < n; j++) {
      for (const form of inflected(i + j)) {
        [k[j], f[j]] = [stemToken(form), foldToken(form)];
        const as = held();
        if (as) return as;
      }
      [k[j], f[j]] = [keys[i + j], folded[i + j]];
    }
    if (n !== 2) return null;
    for (const a of inflected(i))
      for (const b of inflected(i + 1)) {
        [k[0], f[0], k[1], f[1]] = [stemToken(a), foldToken(a), stemToken(b), foldToken(b)];
        const as = held();
        if (as) return as;
      }
    return null;
  }

  /**
   * A title's first word that is a brand word and a common noun of the title's language, when
   * the title names nothing else: "Miele di acacia 500 g" is honey ("Miele lavatrice WWD 120" a
   * washer: the other word is read, and the first is the maker as above).
   */
  private brandNounHit(
    keys: string[],
    raw: string[],
    folded: string[],
    lang: string | null,
    brandTokens: Set<string>,
  ): Hit[] {
    const key = keys[0] ?? '';
    if (!lang || keys.length < 2 || brandTokens.has(key) || !this.brandNouns.get(key)?.includes(lang)) return [];
    // Only a model code follows ("Miele WWD 120", "Miele G 7100 SC"): the word is the maker. A
    // unit of what is weighed or poured ("Miele 500 g") is no code.
    const quantity = (k: string, before: string) => SOLD_BY_UNIT.test(k) && /\d/.test(before + k.charAt(0));
    if (!keys.slice(1).some((k, j) => WORD_WITH_VOWEL.test(k) || quantity(k, keys[j] ?? ''))) return [];
    const cur = this.curatedWord(key, raw[0] ?? '', folded[0] ?? '', lang);
    return cur ? [{ start: 0, end: 1, entries: cur, curated: true }] : [];
  }

  /**
   * A title word's key, or, when neither it nor its folded key is in a table, the key of another
   * form of it in its language that is (rules/inflection.ts: "garnków" -> "garnki", "носков" ->
   * "носки", "anéis" -> "anel"). `folded[i]` becomes the other form's folded key. A word with a
   * reading of its own keeps it: curated words mix languages ("journal" is English, "journaux"
   * French newspapers), so a curated other form is no better a guess.
   */
  /**
   * `part[i]` becomes the first other form of a word that neither it nor any other form is in a
   * table as: a word of a listed phrase, which has no key of its own (phraseAt).
   */
  private otherForm(
    token: string,
    word: string,
    folded: string[],
    i: number,
    lang: string | null,
    part: (string | undefined)[],
  ): string {
    if (this.keys.has(token) || this.keys.has(folded[i])) return token;
    const forms = otherForms(word, lang);
    for (const form of forms) {
      const key = stemToken(form);
      const fold = foldToken(form);
      if (this.keys.has(key) || this.keys.has(fold)) {
        folded[i] = fold;
        // In a Slavic title a form whose folded key alone is in a table is read by that key
        // ("skrutkovačov" -> "skrutkovače" -> "skrutkovač"), which may be a curated word.
        return this.keys.has(key) || !hasSlavicCases(lang) ? key : fold;
      }
    }
    if (forms.length) part[i] = forms[0];
    return token;
  }

  /**
   * A title word's curated reading: as listed, as a German plural, or, in a title of another
   * language than English, as another form of a listed word ("Pentole", "Szklanki").
   */
  /** `before`: the title word in front, which a case ending may follow (isSlavicGenitive). */
  private curatedWord(
    key: string,
    raw: string,
    fold: string,
    lang: string | null,
    before?: string,
  ): LexEntry[] | undefined {
    return (
      this.curatedOf(key) ??
      // A curated word keyed as spelled: its stem is an English word of another product
      // ("frys", freezer; "fry": scripts/classify/build-model.ts stemCollides).
      (raw !== key ? this.curatedOf(raw) : undefined) ??
      (lang !== 'en' ? this.pluralOfCurated(raw) : undefined) ??
      (lang !== null && lang !== 'en' && !isNotAPlural(key)
        ? this.inflectedCurated(key, fold, lang, before)
        : undefined)
    );
  }

  /**
   * A curated word in another of its forms ("Tavoli" for "tavolo", "Armadi" for "armadio"), found
   * from the title word's folded key by the endings folding takes off: for a folded key no table
   * holds, when every curated word that folds to it reads alike; or the folded key itself when it
   * is a curated word and the title word its plural ("Carregadores").
   */
  private inflectedCurated(token: string, fold: string, lang: string | null, before?: string): LexEntry[] | undefined {
    if (fold === token || fold.length < MIN_INFLECTED || !/^[a-z]+$/.test(fold)) return undefined;
    // The folded key is itself a curated word and the title word is its plural: "-es" in the
    // Romance languages ("carregadores", "colchones"), "-y" in Polish and Czech ("talerzy" for
    // "talerz"). Not another final vowel ("panela" is no "panel"), nor in other languages'
    // titles: the Latin words of a Korean or Russian title are English ("Fruity").
    if (this.keys.has(fold)) {
      const own = isFormOfFold(token, fold, lang, before) ? this.curatedOf(fold) : undefined;
      // A Slavic fold may be another table's word and the fleeting vowel's word a curated one
      // ("hrnců" -> "hrnc", a Czech name's key; "hrnec", a pot): look for the curated word.
      if (own || !hasSlavicCases(lang)) return own;
    }
    let found: LexEntry[] | undefined;
    const words = INFLECTED_ENDINGS.map((ending) => fold + ending);
    if (/[kc]$/.test(fold)) words.push(`${fold.slice(0, -1)}e${fold.slice(-1)}`);
    for (const word of words) {
      const entries = word !== token ? this.curatedOf(word) : undefined;
      if (!entries || foldToken(word) !== fold) continue;
      if (found && !sameReadings(found, entries)) return undefined;
      found = entries;
    }
    return found;
  }

  /**
   * A German or Dutch plural of a curated word ("Jacken" -> "jacke", "Hosen" -> "hose", "Schuhe"
   * -> "schuh"): the ending is taken off only when what is left is a curated word itself.
   */
  private pluralOfCurated(token: string): LexEntry[] | undefined {
    if (token.length < 5 || /\d/.test(token) || isNotAPlural(token)) return undefined;
    for (const cut of [/n$/, /en$/, /e$/]) {
      const base = token.replace(cut, '');
      if (base !== token && base.length >= 4) {
        const entries = this.curatedOf(base);
        if (entries) return entries;
      }
    }
    return undefined;
  }

  /**
   * A closed compound read by its head, the last part: "Buttermesser" is a knife, "Bierglas" a
   * glass. Curated heads first, then the translated single words of the compounding languages,
   * longest ending first.
   */
  private compoundHit(token: string, i: number, titleLang: string | null, anyCuratedHead: boolean): Hit | null {
    if (token.length < 7 || GERMAN_ISCH_ADJECTIVE.test(token) || CJK_CHAR.test(token)) return null;
    const foldCurated = titleLang !== 'en';
    for (let k = MIN_MODIFIER; token.length - k >= MIN_HEAD; k++) {
      const head = stemToken(token.slice(k));
      const fold = foldToken(token.slice(k));
      const foldedHead = foldCurated ? this.headsFolded.get(fold) : undefined;
      const curated =
        (this.headNames.has(head) || (anyCuratedHead && head.length >= MIN_CURATED_HEAD)
          ? this.curatedOf(head)
          : undefined) ?? (foldedHead ? this.curatedOf(foldedHead) : undefined);
      const entries = curated ?? this.localHead(fold, titleLang);
      if (entries)
        return {
          start: i,
          end: i + 1,
          entries: entries.map((e) => ({ id: e.id, w: e.w * COMPOUND_WEIGHT })),
          curated: !!curated,
        };
    }
    return null;
  }
}

/**
 * A reference's "~weight" as a number: tenths when it has no decimal point ("~6" is 0.6, the
 * common case, two bytes fewer each in the shipped model), the number as written otherwise
 * ("~0.65"). compile-lexicon.ts writes them (its weightText).
 */
export function refWeight(w: string): number {
  return w.includes('.') ? Number(w) : Number(w) / 10;
}
