/**
 * A material word before the product noun says what the product is made of, not what it is:
 * "Vinyl Plank Flooring" is flooring (vinyl is also a record), "Linen Work Apron" an apron (linen is
 * also bed linen), "Glass Storage Jar" a jar, "Canvas Tote" a bag. In languages that put the head
 * last (English, German, Dutch, the Nordic ones), a material word followed by another product word
 * in the same segment is a modifier: it keeps a small say and cannot be the title's head. Alone,
 * or last ("12'' Vinyl", "Bettwäsche Leinen"), it keeps its reading. Head-first languages name the
 * material after an "of" ("Tapete de vinil"), which the of-zone already reads as a qualifier, and
 * their words are not listed here: a listed word in such a title is an English one ("Vinyl Plank
 * Flooring ... per Case" reads as Italian by its "per").
 */
import { normalizeText } from '../text';

/**
 * Materials whose word is also a product in the lexicon, by language, spelled as shops write them.
 * Data, tested. Titles are matched normalised (accents folded: "mässing" -> "massing", "læder" ->
 * "laeder"), so the words are too.
 */
export const MATERIALS: Record<string, string[]> = {
  en: ['vinyl', 'linen', 'canvas', 'glass', 'leather', 'cork', 'rubber', 'paper', 'velvet', 'denim', 'felt', 'wicker'],
  de: ['vinyl', 'leinen', 'glas', 'leder', 'kork', 'papier', 'samt', 'filz', 'messing'],
  nl: ['vinyl', 'linnen', 'glas', 'leer', 'leren', 'kurk', 'papier', 'fluweel', 'vilt', 'messing'],
  nordic: ['vinyl', 'lin', 'glas', 'læder', 'lær', 'skinn', 'kork', 'papir', 'filt', 'messing', 'mässing'],
  // Chinese, Japanese, Korean: read by rules/cjk-head.ts, where a material before an unknown noun
  // in one unspaced run is that noun's material ("陶瓷馬克杯"). Traditional characters fold to
  // simplified ones as titles are normalised (hanzi-fold.ts): "不鏽鋼" is read as "不锈钢", so only
  // the forms the fold leaves apart are listed ("亞麻").
  cjk: ['陶瓷', '陶器', '瓷', '玻璃', '不锈钢', '木制', '实木', '竹制', '亚麻', '亞麻', '真皮', '皮革'],
  ja: ['リネン', 'ガラス', 'ステンレス', 'レザー', '陶器', '磁器', 'シリコン', 'コットン', 'ウール', '木製'],
  ko: ['유리', '도자기', '스테인리스', '스텐', '가죽', '실리콘', '린넨', '원목'],
};

const WORDS = new Set(
  Object.values(MATERIALS)
    .flat()
    .map((w) => normalizeText(w)),
);

/** Weight left to a material word that modifies a product word after it. */
const MATERIAL_MODIFIER_ZONE = 0.3;

export const isMaterialWord = (raw: string): boolean => WORDS.has(raw);

export interface HitLike {
  start: number;
  end: number;
}

/**
 * Indexes of the hits that are a material word modifying a later hit: a one-word hit on a
 * material, with another hit starting within two words after it. `raw` are the segment's
 * normalised, unstemmed tokens.
 */
export function materialModifiers(raw: string[], hits: HitLike[]): Set<number> {
  const out = new Set<number>();
  hits.forEach((h, i) => {
    if (h.end - h.start !== 1 || !isMaterialWord(raw[h.start] ?? '')) return;
    if (hits.some((o) => o.start >= h.end && o.start <= h.end + 1 && !isMaterialWord(raw[o.start] ?? ''))) out.add(i);
  });
  return out;
}

/** The segment's zone weights with each material modifier's word capped at MATERIAL_MODIFIER_ZONE. */
export function materialZones(raw: string[], hits: HitLike[], zones: number[]): number[] {
  return capZones(zones, hits, materialModifiers(raw, hits), MATERIAL_MODIFIER_ZONE);
}

/**
 * `zones` with the first word of each modifier hit (indexes into `hits`) capped at `cap`; `zones`
 * itself when there is none. Shared by the material and pattern modifiers (rules/pattern-modifier.ts).
 */
export function capZones(zones: number[], hits: HitLike[], modifiers: Set<number>, cap: number): number[] {
  if (!modifiers.size) return zones;
  const out = [...zones];
  for (const i of modifiers) out[hits[i]!.start] = Math.min(out[hits[i]!.start] ?? 1, cap);
  return out;
}
