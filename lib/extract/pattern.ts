/**
 * Regexes that cost nothing until used, and little when used on common text.
 *
 * A regex with `\p{L}` (and a long word list) costs the browser milliseconds to compile on the
 * first test, on every page load: `\p{L}` is hundreds of ranges across all of Unicode. Most texts
 * a shop shows hold only Latin, Greek or Cyrillic letters, digits, punctuation and currency signs.
 * A `Pattern` therefore keeps two regexes, each built on first use: the full one, and a twin for
 * texts made only of COMMON characters, where every `\p{X}` is narrowed to its members among them
 * (and words that cannot match such a text are left out by the source builder). On such a text
 * both give the same result, match and groups included: same flags, same structure, and every
 * class admits the same common characters (tested character by character in pattern.test.ts).
 * Any other text (CJK, Arabic, Thai, emoji...) takes the full regex, as before.
 */

/**
 * The common characters: Latin (with Vietnamese), Greek, Cyrillic, punctuation, currency signs,
 * letterlike symbols, arrows, shapes. Only blocks whose letters and signs are long settled, so the
 * classes below are the same in every browser's Unicode tables.
 */
export const COMMON_RANGES = String.raw`\u0000-\u052F\u1E00-\u1EFF\u2000-\u20BF\u2100-\u214F\u2190-\u23FF\u2500-\u27BF`;
/**
 * The common characters whose case partners differ between the `iu` flags (Unicode case folding:
 * "ſ" is an "s", the Kelvin sign a "k") and `i` alone (upper-casing: each only itself), checked
 * against the engine in pattern.test.ts. A text holding one is not common text: twins may drop `u`.
 */
export const FOLD_ODD = '\u017F\u03F4\u1E9E\u2126\u212A\u212B';
const UNCOMMON = new RegExp(`[^${COMMON_RANGES}]|[${FOLD_ODD}]`);

/** `\p{X}` among the common characters, as class contents (checked against the engine in tests). */
export const COMMON_CLASS: Readonly<Record<string, string>> = {
  L: String.raw`\u0041-\u005A\u0061-\u007A\u00AA\u00B5\u00BA\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02C1\u02C6-\u02D1\u02E0-\u02E4\u02EC\u02EE\u0370-\u0374\u0376\u0377\u037A-\u037D\u037F\u0386\u0388-\u038A\u038C\u038E-\u03A1\u03A3-\u03F5\u03F7-\u0481\u048A-\u052F\u1E00-\u1EFF\u2071\u207F\u2090-\u209C\u2102\u2107\u210A-\u2113\u2115\u2119-\u211D\u2124\u2126\u2128\u212A-\u212D\u212F-\u2139\u213C-\u213F\u2145-\u2149\u214E`,
  N: String.raw`\u0030-\u0039\u00B2\u00B3\u00B9\u00BC-\u00BE\u2070\u2074-\u2079\u2080-\u2089\u2776-\u2793`,
  Sc: String.raw`\u0024\u00A2-\u00A5\u20A0-\u20BF`,
  // Scripts without a common character.
  'Script=Han': '',
  'Script=Hiragana': '',
  'Script=Katakana': '',
  'Script=Hangul': '',
  'Script=Thai': '',
};

let lastText: string | null = null;
let lastCommon = false;
/** True when every character of `s` is common (memoised for the last text: patterns test one text in turn). */
export function isCommonText(s: string): boolean {
  if (s !== lastText) {
    lastText = s;
    lastCommon = !UNCOMMON.test(s);
  }
  return lastCommon;
}

/**
 * Whether `word` can occur, case aside, in common text: not when one of its characters is outside
 * it with no case variant inside (Chinese, Arabic, Thai... words), so a twin's source may drop it.
 */
export function fitsCommon(word: string): boolean {
  // Nearly every word is common text as it stands: one regex test instead of three per character.
  if (!UNCOMMON.test(word)) return true;
  for (const c of word)
    if (!isCommonText(c) && !isCommonText(c.toLowerCase()) && !isCommonText(c.toUpperCase())) return false;
  return true;
}

/**
 * `source` with each `\p{X}` narrowed to the common characters: `[...]` outside a class, its
 * ranges inside one (`[\p{L}\p{N}]`, `[^\p{L}]`). Throws on a property without a COMMON_CLASS
 * entry or on `\P{X}` inside a class, so a new use is caught by the tests, not mis-narrowed.
 */
export function commonSource(source: string): string {
  // One native scan (a JS loop over each character costs milliseconds on a cold page): classes,
  // properties outside them, and other escapes, which are kept as they are.
  return source.replace(TOKEN, (token: string, cls?: string, sign?: string, name?: string) => {
    if (cls !== undefined)
      return cls.replace(PROPERTY, (escape: string, s?: string, n?: string) => {
        if (n === undefined) return escape;
        if (s === 'P') throw new Error('\\P{..} inside a class is not narrowed');
        return classOf(n);
      });
    if (name === undefined) return token;
    return sign === 'P' ? `[^${classOf(name)}]` : `[${classOf(name)}]`;
  });
}
const TOKEN = /(\[(?:\\.|[^\]\\])*\])|\\([pP])\{([^}]+)\}|\\./g;
const PROPERTY = /\\([pP])\{([^}]+)\}|\\./g;
function classOf(name: string): string {
  const body = COMMON_CLASS[name];
  if (body === undefined) throw new Error(`No common class for \\p{${name}}`);
  return body;
}

/**
 * A twin's regex: without the `u` flag when it changes nothing on common text, which V8 compiles
 * two to three times faster (a long `iu` word list costs milliseconds on every page load). On
 * common text (BMP characters only, none of FOLD_ODD) `i` and `iu` pair the same letters, and a
 * narrowed source holds no `\p{..}`; `u` stays when the source holds a surrogate, a `\u{..}`
 * escape or a FOLD_ODD letter. Every twin in the code is checked against its `u` regex in
 * pattern.test.ts.
 */
let needsU: RegExp | undefined;
export function twinRegex(source: string, flags: string): RegExp {
  needsU ??= new RegExp(String.raw`[\uD800-\uDFFF${FOLD_ODD}]|\\u\{`);
  return new RegExp(source, flags.includes('u') && !needsU.test(source) ? flags.replace('u', '') : flags);
}

/** Every pattern made so far (module constants), for the tests that check each twin. */
export const EVERY_PATTERN: Pattern[] = [];

/** What code that only tests texts takes: a RegExp or a Pattern. */
export type Matcher = Pick<RegExp, 'test'>;

/** A regex source for all texts (`common` false) or for common texts only (`common` true). */
export type SourceBuilder = (common: boolean) => string;

/**
 * The RegExp methods extraction uses, on a regex built at first use. `lastIndex` is carried over
 * for `g`/`y` flags as on a RegExp.
 */
export class Pattern {
  private full: RegExp | null = null;
  private twin: RegExp | null = null;
  lastIndex = 0;

  /** `narrow`: false when the source has no `\p{..}` to narrow, so every text takes the one regex. */
  constructor(
    private readonly build: SourceBuilder,
    readonly flags: string,
    private readonly narrow = true,
  ) {
    EVERY_PATTERN.push(this);
  }

  /** The same pattern with other flags (its own regexes, built at first use, common twin included). */
  withFlags(flags: string): Pattern {
    return new Pattern(this.build, flags, this.narrow);
  }

  /** The full regex's source (built when first asked). */
  get source(): string {
    return this.fullRegex().source;
  }

  private fullRegex(): RegExp {
    return (this.full ??= new RegExp(this.build(false), this.flags));
  }

  /** The regex for `s`: the common twin when `s` is common text, else the full one. */
  regexFor(s: string): RegExp {
    if (!this.narrow || !isCommonText(s)) return this.fullRegex();
    // Equal sources share their compiled code in the engine's regexp cache.
    return (this.twin ??= twinRegex(commonSource(this.build(true)), this.flags));
  }

  test(s: string): boolean {
    return this.exec(s) !== null;
  }

  exec(s: string): RegExpExecArray | null {
    const re = this.regexFor(s);
    re.lastIndex = this.lastIndex;
    const m = re.exec(s);
    this.lastIndex = re.lastIndex;
    return m;
  }

  [Symbol.replace](s: string, by: string): string {
    return s.replace(this.regexFor(s), by);
  }

  [Symbol.match](s: string): RegExpMatchArray | null {
    return s.match(this.regexFor(s));
  }

  [Symbol.split](s: string, limit?: number): string[] {
    return s.split(this.regexFor(s), limit);
  }
}

/**
 * A pattern built at first use from a source, or from a builder that may leave out, for common
 * text, what cannot match it (the words of other scripts); its `\p{X}` are narrowed either way.
 */
export function pattern(source: string | SourceBuilder, flags = ''): Pattern {
  return new Pattern(typeof source === 'string' ? () => source : source, flags);
}

/**
 * A regex built at first use from a source without `\p{..}` (nothing to narrow, so no twin and no
 * common-text test): a words module's regex costs nothing when the bundle is evaluated, only when a
 * page first needs it.
 */
export function lazy(source: () => string, flags = ''): Pattern {
  return new Pattern(source, flags, false);
}
