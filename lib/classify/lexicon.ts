/**
 * Phrase look-up over titles and breadcrumbs: taxonomy node names (derived at load time, so they
 * cost nothing in the shipped model) plus the hand-curated multilingual synonyms.
 */
import type { ClassifierModel } from './model';
import type { Taxonomy } from './taxonomy';
import { CJK_CHAR, foldToken, phraseKey, stemToken } from './text';
import { segmentCjk } from './segment';

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

/** A translated phrase and the languages it was found in ("*" = several). */
interface LocalEntry {
  entries: LexEntry[];
  lang: string;
}

/**
 * Weights of translated phrases: a little below the English names', whose phrases were reviewed
 * against titles (derivedStop, brandWords); a translated word more often has a second meaning.
 */
const LOCAL_WEIGHT = 0.7;
const LOCAL_SINGLE_WORD_WEIGHT = 0.4;
/** Languages that write compounds closed up, head last ("Bier|glas", "bier|glas", "öl|glas"). */
const CLOSED_COMPOUND_LANGS = new Set(['de', 'nl', 'sv']);
/** A translated phrase from another language than the page's counts this much. */
const OTHER_LANGUAGE = 0.6;
/** A translated single word as a title's first word: often a brand or a model name there. */
const FIRST_WORD_LOCAL = 0.7;
/** Shortest compound head (Latin letters), and the shortest modifier in front of it. */
const MIN_HEAD = 4;
const MIN_MODIFIER = 3;

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
 */
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
    else out.add(w.join(' '));
  });
  return [...out];
}

export class Lexicon {
  private readonly curated = new Map<string, LexEntry[]>();
  /**
   * Curated compound heads by their folded key ("jacke" -> "jack": "Herrjacka", "Regenjacken"),
   * for titles not in English. Whole words are not folded against the curated lists: those mix
   * languages, and folding merges words apart ("style"/"stylo", "jack"/"Jacke").
   */
  private readonly headsFolded = new Map<string, LexEntry[]>();
  private readonly derived = new Map<string, LexEntry[]>();
  private readonly headNames: Set<string>;
  private readonly headSet = new Map<string, LexEntry[]>();
  private readonly local = new Map<string, LocalEntry>();
  private readonly cjkWords = new Set<string>();
  private maxCjk = 1;
  private readonly brandWords: Set<string>;

  constructor(model: ClassifierModel, taxonomy: Taxonomy) {
    for (const [key, id, w] of model.synonyms) {
      if (!taxonomy.has(id)) continue;
      const list = this.curated.get(key) ?? [];
      list.push({ id, w });
      this.curated.set(key, list);
    }
    const stop = new Set(model.derivedStop);
    for (const id of taxonomy.ids) {
      for (const phrase of namePhrases(taxonomy.nameOf(id) ?? '')) {
        const key = phraseKey(phrase);
        if (!key || stop.has(key) || this.curated.has(key)) continue;
        const list = this.derived.get(key) ?? [];
        if (!list.some((e) => e.id === id)) list.push({ id, w: key.includes(' ') ? DERIVED_WEIGHT : DERIVED_SINGLE_WORD_WEIGHT });
        this.derived.set(key, list);
      }
    }
    this.headNames = new Set(model.compoundHeads);
    for (const key of this.headNames) {
      const entries = this.curated.get(key);
      const folded = foldToken(key);
      if (entries && folded !== key && !this.curated.has(folded) && !this.headsFolded.has(folded)) this.headsFolded.set(folded, entries);
    }
    this.brandWords = new Set(model.brandWords);
    this.loadLocalized(model, taxonomy);
    for (const key of this.curated.keys()) if (CJK_CHAR.test(key)) this.addCjk(key);
  }

  /** Fills the translated phrases (already normalised at build time: no text work here). */
  private loadLocalized(model: ClassifierModel, taxonomy: Taxonomy): void {
    const loc = model.localized;
    if (!loc) return;
    loc.langs.forEach((lang, li) => {
      const closed = CLOSED_COMPOUND_LANGS.has(lang);
      for (const line of (loc.phrases[li] ?? '').split('\n')) {
        const tab = line.indexOf('\t');
        if (tab < 0) continue;
        const ids = line.slice(0, tab).split(',').map(Number).filter((id) => taxonomy.has(id));
        if (!ids.length) continue;
        // One entry list per line and weight, shared by its phrases: the worker builds this map
        // on start, so it allocates as little as it can.
        const single = ids.map((id) => ({ id, w: LOCAL_SINGLE_WORD_WEIGHT }));
        const multi = ids.map((id) => ({ id, w: LOCAL_WEIGHT }));
        for (const key of line.slice(tab + 1).split('|')) {
          if (this.curated.has(key) || this.derived.has(key)) continue;
          const isSingle = !key.includes(' ');
          const entries = isSingle ? single : multi;
          const prev = this.local.get(key);
          this.local.set(key, prev ? { entries: [...prev.entries, ...entries], lang: '*' } : { entries, lang });
          if (!isSingle) continue;
          if (CJK_CHAR.test(key)) this.addCjk(key);
          else if (closed && key.length >= MIN_HEAD) this.headSet.set(key, entries);
        }
      }
    });
  }

  private addCjk(key: string): void {
    for (const part of key.split(' ')) {
      this.cjkWords.add(part);
      this.maxCjk = Math.max(this.maxCjk, part.length);
    }
  }

  /** Title or crumb tokens with CJK runs cut into known words ("ビールグラス" -> "ビール", "グラス"). */
  tokens(tokens: string[]): string[] {
    if (!tokens.some((t) => CJK_CHAR.test(t))) return tokens;
    return tokens.flatMap((t) => (CJK_CHAR.test(t) ? segmentCjk(t, this.cjkWords, this.maxCjk) : [t]));
  }

  /** All phrase hits in a token list, dropping hits that lie inside a longer hit. */
  /**
   * `raw`: the same tokens before inflection folding, for reading compounds by their ending
   * ("Bierglas" -> "glas"; folded, the whole word and its head lose different letters).
   */
  hits(tokens: string[], brandTokens: Set<string> = new Set(), lang: string | null = null, raw: string[] = tokens): Hit[] {
    const found: Hit[] = [];
    // Translated phrases are keyed folded (foldToken); English ones (Shopify's) plainly.
    const folded = raw.length === tokens.length ? raw.map(foldToken) : tokens.map(foldToken);
    for (let i = 0; i < tokens.length; i++) {
      let matched = false;
      for (let n = Math.min(MAX_PHRASE, tokens.length - i); n >= 1; n--) {
        const key = tokens.slice(i, i + n).join(' ');
        const cur = this.curated.get(key) ?? (n === 1 && lang !== 'en' ? this.pluralOfCurated(raw[i] ?? '') : undefined);
        // A title that starts with a brand which is also a word ("Candy" washing machines,
        // "Sharp" microwaves) names the maker first.
        if (cur && !(n === 1 && i === 0 && tokens.length > 1 && this.brandWords.has(key))) {
          found.push({ start: i, end: i + n, entries: cur, curated: true });
          matched = true;
          continue;
        }
        const der = this.derived.get(key);
        if (der && !(n === 1 && (this.brandWords.has(key) || brandTokens.has(key) || (i === 0 && tokens.length > 3)))) {
          // A short title's first word is as often the product as the brand ("Tablecloth with
          // fruit print", "Whisky Single Malt 70cl"): it counts, for less.
          const first = n === 1 && i === 0 && tokens.length > 1;
          found.push({ start: i, end: i + n, entries: first ? der.map((e) => ({ id: e.id, w: e.w * FIRST_WORD_LOCAL })) : der, curated: false });
          matched = true;
          continue;
        }
        const loc = this.local.get(key) ?? this.local.get(folded.slice(i, i + n).join(' '));
        if (loc && !(n === 1 && (this.brandWords.has(key) || brandTokens.has(key)))) {
          let scale = lang && loc.lang !== '*' && loc.lang !== lang ? OTHER_LANGUAGE : 1;
          if (n === 1 && i === 0 && tokens.length > 1) scale *= FIRST_WORD_LOCAL;
          found.push({ start: i, end: i + n, entries: scale === 1 ? loc.entries : loc.entries.map((e) => ({ id: e.id, w: e.w * scale })), curated: false });
          matched = true;
        }
      }
      if (!matched) {
        const compound = this.compoundHit(raw[i] ?? tokens[i], i, lang !== 'en');
        if (compound) found.push(compound);
      }
    }
    return found.filter(
      (h) => !found.some((o) => o !== h && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start),
    );
  }

  /**
   * A German or Dutch plural of a curated word ("Jacken" -> "jacke", "Hosen" -> "hose", "Schuhe"
   * -> "schuh"): the ending is taken off only when what is left is a curated word itself.
   */
  private pluralOfCurated(token: string): LexEntry[] | undefined {
    if (token.length < 5 || /\d/.test(token)) return undefined;
    for (const cut of [/n$/, /en$/, /e$/]) {
      const base = token.replace(cut, '');
      if (base !== token && base.length >= 4) {
        const entries = this.curated.get(base);
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
  private compoundHit(token: string, i: number, foldCurated: boolean): Hit | null {
    if (token.length < 7 || GERMAN_ISCH_ADJECTIVE.test(token) || CJK_CHAR.test(token)) return null;
    for (let k = MIN_MODIFIER; token.length - k >= MIN_HEAD; k++) {
      const head = stemToken(token.slice(k));
      const fold = foldToken(token.slice(k));
      const curated = (this.headNames.has(head) ? this.curated.get(head) : undefined) ?? (foldCurated ? this.headsFolded.get(fold) : undefined);
      const entries = curated ?? this.headSet.get(fold);
      if (entries) return { start: i, end: i + 1, entries: entries.map((e) => ({ id: e.id, w: e.w * COMPOUND_WEIGHT })), curated: !!curated };
    }
    return null;
  }
}
