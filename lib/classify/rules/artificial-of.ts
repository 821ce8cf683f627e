/**
 * The artificial version of a natural thing: "Artificial Christmas tree", "Künstlicher
 * Weihnachtsbaum", "Plante artificielle", "Pianta finta", "Sztuczna choinka", "Kunstpflanze". A word
 * saying the thing is artificial moves a plant's reading to Artificial Flora and a fruit's or a
 * vegetable's to Artificial Food (decor: plastic, fabric and wire, not a living or edible thing).
 * Other readings keep their say ("Kunstleder", "artificial sweetener": no plant or produce there).
 * A word after a for-cue does not count: "Reiniger für Kunstpflanzen" is a cleaner.
 */
import { FOR_ZONE_WEIGHT } from '../cues';
import type { Taxonomy } from '../taxonomy';
import { normalizeText } from '../text';
import { zonesOf } from '../title';

/** "Home & Garden > Plants", "Home & Garden > Decor > Artificial Flora". */
const PLANTS = 985;
const ARTIFICIAL_FLORA = 6265;
/** "Food Items > Fruits & Vegetables", "Home & Garden > Decor > Artificial Food". */
const FRUITS_AND_VEGETABLES = 430;
const ARTIFICIAL_FOOD = 6266;

/** Words saying a thing is artificial, by language, with their inflected forms (normalised: no accents, lower case). */
const ARTIFICIAL_WORDS: Record<string, string[]> = {
  en: ['artificial', 'fake', 'faux'],
  de: ['kunstlich', 'kunstliche', 'kunstlicher', 'kunstliches', 'kunstlichen'],
  fr: ['artificiel', 'artificielle', 'artificiels', 'artificielles', 'factice', 'factices'],
  es: ['artificial', 'artificiales'],
  it: ['artificiale', 'artificiali', 'finto', 'finta', 'finti', 'finte'],
  pt: ['artificial', 'artificiais'],
  nl: ['nep'],
  sv: ['konstgjord', 'konstgjorda', 'konstgjort'],
  pl: ['sztuczny', 'sztuczna', 'sztuczne', 'sztucznych', 'sztuczną'],
  cs: ['umely', 'umela', 'umele', 'umelych', 'umelou'],
  ru: ['искусственный', 'искусственная', 'искусственное', 'искусственные', 'искусственных'],
};
const WORDS = new Set(Object.values(ARTIFICIAL_WORDS).flatMap((ws) => ws.map((w) => normalizeText(w))));
/**
 * German, Dutch and Swedish close the word up with the thing: "Kunstpflanze", "Kunstblumen",
 * "kunstkerstboom", "konstväxt". A prefix counts before a thing of four letters or more; not
 * "Kunststoff" (plastic), which names a material.
 */
const PREFIXES = ['kunst', 'konst'];
const NOT_PREFIXED = /^(?:kunststof|konststof|kunstdruck|kunstwerk|konstverk)/;
const MIN_THING = 4;
/** What every artificial word and prefix starts with, for skipping the titles that hold none. */
const STEMS = /artific|fake|faux|k[uü]nst|konst|factice|fint|nep|sztuczn|uměl|umel|искусствен/i;

function isArtificialToken(t: string): boolean {
  return (
    WORDS.has(t) || (PREFIXES.some((p) => t.startsWith(p) && t.length - p.length >= MIN_THING) && !NOT_PREFIXED.test(t))
  );
}

/** Whether the title says the product is artificial, outside a for-clause. */
export function titleSaysArtificial(title: string): boolean {
  if (!STEMS.test(title)) return false;
  const tokens = normalizeText(title).split(' ').filter(Boolean);
  const zones = zonesOf(tokens);
  return tokens.some((t, i) => zones[i] > FOR_ZONE_WEIGHT && isArtificialToken(t));
}

/** The node an artificial version of `id` is filed under, or null when it has none. */
function artificialCounterpart(taxonomy: Taxonomy, id: number): number | null {
  if (taxonomy.isAncestorOrSelf(PLANTS, id)) return ARTIFICIAL_FLORA;
  if (taxonomy.isAncestorOrSelf(FRUITS_AND_VEGETABLES, id)) return ARTIFICIAL_FOOD;
  return null;
}

/** The title evidence with plants and produce moved to their artificial nodes, when the title says artificial. */
export function artificialRule<E extends { id: number }>(taxonomy: Taxonomy, title: string, evidence: E[]): E[] {
  if (!titleSaysArtificial(title)) return evidence;
  return evidence.map((e) => {
    const node = artificialCounterpart(taxonomy, e.id);
    return node === null ? e : { ...e, id: node };
  });
}
