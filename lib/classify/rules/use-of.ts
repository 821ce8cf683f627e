/**
 * The use a title names decides which kind of a product it is, where the taxonomy files the same
 * product word in two places: a battery named with a car is a car part, gloves named as disposable
 * are a medical supply (rules/vehicle-of.ts, rules/trade-of.ts hold the uses). A use is named by a
 * word of the page's language or English (every language's when the page has none), by a CJK word
 * inside a run, or, among the product's own words before a for-cue, by the opening of a closed
 * compound in the compounding languages ("Autobatterie", "Einweghandschuhe"; a battery "für
 * Autoschlüssel" is for a car key, not for a car). A reading of a listed kind then moves to the
 * use's kind of it.
 */
import { forCuesIn } from '../cues';
import type { Evidence } from '../score';
import type { Taxonomy } from '../taxonomy';
import { CJK_CHAR, tokenize } from '../text';

export interface Use {
  /** Words naming the use, by language (normalised by tokenize at load). */
  words: Record<string, string[]>;
  /** Openings of closed compounds ("auto" in "Autobatterie"). */
  prefixes: string[];
  /** Compounds opening with a prefix that name no such use ("automat-" is automatic). */
  notPrefixed?: RegExp;
  /** CJK words, matched inside a run. */
  cjk: string[];
  /** Kind -> the use's kind of it. */
  pairs: [kind: number, usedKind: number][];
}

const COMPOUNDING = new Set(['de', 'nl', 'sv', 'no', 'da']);
/** Length of the rest of a compound after its prefix, at least ("bilder" is no car). */
const MIN_COMPOUND_REST = 5;

interface LoadedUse extends Use {
  /** Language ('' for a page with none) -> the words read on its pages. */
  byLang: Map<string, Set<string>>;
}

/** A use with its words normalised: a page reads its own language's and English ones. */
export function loadUse(use: Use): LoadedUse {
  const own = new Map(Object.entries(use.words).map(([lang, ws]) => [lang, new Set(ws.flatMap((w) => tokenize(w)))]));
  const english = own.get('en') ?? new Set<string>();
  const byLang = new Map([...own].map(([lang, set]): [string, Set<string>] => [lang, new Set([...set, ...english])]));
  byLang.set('', new Set([...own.values()].flatMap((set) => [...set])));
  return { ...use, byLang };
}

function names(use: LoadedUse, tokens: string[], ownWords: number, lang: string): boolean {
  const listed = use.byLang.get(lang) ?? use.byLang.get('en');
  const compounding = lang === '' || COMPOUNDING.has(lang);
  return tokens.some(
    (t, i) =>
      !!listed?.has(t) ||
      (CJK_CHAR.test(t) && use.cjk.some((w) => t.includes(w))) ||
      (compounding &&
        i < ownWords &&
        !use.notPrefixed?.test(t) &&
        use.prefixes.some((p) => t.startsWith(p) && t.length - p.length >= MIN_COMPOUND_REST)),
  );
}

/**
 * The uses the title names, in the order given. With `oneOnly`, a title naming two of them ("bike
 * rack for cars") names none.
 */
export function usesNamed(title: string, lang: string | null, uses: LoadedUse[], oneOnly: boolean): LoadedUse[] {
  const tokens = tokenize(title);
  const forCues = forCuesIn(lang);
  const cut = tokens.findIndex((t) => forCues.has(t));
  const key = lang === 'nb' || lang === 'nn' ? 'no' : (lang ?? '');
  const named = uses.filter((use) => names(use, tokens, cut >= 0 ? cut : tokens.length, key));
  return oneOnly && named.length > 1 ? [] : named;
}

/** Evidence on a listed kind moved to the first named use's kind of it. */
export function moveToUse(taxonomy: Taxonomy, named: Use[], evidence: Evidence[]): Evidence[] {
  if (!named.length) return evidence;
  return evidence.map((e) => {
    for (const use of named) {
      const pair = use.pairs.find(([kind]) => taxonomy.isAncestorOrSelf(kind, e.id));
      if (pair) return { ...e, id: pair[1] };
    }
    return e;
  });
}
