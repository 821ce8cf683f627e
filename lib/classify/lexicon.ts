/**
 * Phrase look-up over titles and breadcrumbs: taxonomy node names (derived at load time, so they
 * cost nothing in the shipped model) plus the hand-curated multilingual synonyms.
 */
import type { ClassifierModel } from './model';
import type { Taxonomy } from './taxonomy';
import { phraseKey } from './text';

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
  private readonly derived = new Map<string, LexEntry[]>();
  private readonly heads: string[];
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
    // Longest endings first, so "stiefelette" wins over "stiefel" would-be matches.
    this.heads = [...model.compoundHeads].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
    this.brandWords = new Set(model.brandWords);
  }

  /** All phrase hits in a token list, dropping hits that lie inside a longer hit. */
  hits(tokens: string[], brandTokens: Set<string> = new Set()): Hit[] {
    const found: Hit[] = [];
    for (let i = 0; i < tokens.length; i++) {
      let matched = false;
      for (let n = Math.min(MAX_PHRASE, tokens.length - i); n >= 1; n--) {
        const key = tokens.slice(i, i + n).join(' ');
        const cur = this.curated.get(key);
        // A title that starts with a brand which is also a word ("Candy" washing machines,
        // "Sharp" microwaves) names the maker first.
        if (cur && !(n === 1 && i === 0 && tokens.length > 1 && this.brandWords.has(key))) {
          found.push({ start: i, end: i + n, entries: cur, curated: true });
          matched = true;
          continue;
        }
        const der = this.derived.get(key);
        if (der && !(n === 1 && (this.brandWords.has(key) || brandTokens.has(key) || i === 0))) {
          found.push({ start: i, end: i + n, entries: der, curated: false });
          matched = true;
        }
      }
      if (!matched) {
        const compound = this.compoundHit(tokens[i], i);
        if (compound) found.push(compound);
      }
    }
    return found.filter(
      (h) => !found.some((o) => o !== h && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start),
    );
  }

  private compoundHit(token: string, i: number): Hit | null {
    if (token.length < 7 || GERMAN_ISCH_ADJECTIVE.test(token)) return null;
    for (const head of this.heads) {
      if (token.length - head.length >= 3 && token.endsWith(head)) {
        const entries = this.curated.get(head);
        if (entries) return { start: i, end: i + 1, entries: entries.map((e) => ({ id: e.id, w: e.w * COMPOUND_WEIGHT })), curated: true };
      }
    }
    return null;
  }
}
