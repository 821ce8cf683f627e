/**
 * "Café Tostado Molido Gourmet Bolsa 500g", "Tomates pelados lata 400 g", "Olivenöl Flasche 1 l",
 * "Shampoo bottle 250 ml": after a consumable (food, drink, cosmetics, pet food), a pack word
 * followed by the amount it holds names the pack the product is sold in, not a product of its
 * own: "Bolsa" read as a handbag outvoted the coffee. The pack word is dropped when a consumable
 * is named before it in the segment and an amount (a figure, with or without its unit) follows it
 * (directly or after "de", "x", "of"...). A pack word first in the title, or with no amount after
 * it ("Bolsa de tela", "Bottle Opener"), stays a product word. Words are normalised title tokens
 * (no accents, lower case, stemmed as text.ts stemToken does); data, tested.
 */
import { ANIMALS_AND_PET_SUPPLIES, FOOD_BEVERAGES_TOBACCO, HEALTH_AND_BEAUTY } from '../nodes';
import type { Taxonomy } from '../taxonomy';
import { stemToken } from '../text';

/** Pack words by language (read in any title: shops mix them, and none is another product's word here). */
const PACK_WORDS: Record<string, string[]> = {
  en: ['bag', 'pouch', 'jar', 'can', 'tin', 'bottle', 'box', 'pack', 'sachet', 'carton', 'tub', 'packet'],
  es: ['bolsa', 'lata', 'frasco', 'botella', 'caja', 'paquete', 'sobre', 'tarro', 'doypack', 'bote', 'pote', 'sachet'],
  pt: ['saco', 'pacote', 'lata', 'frasco', 'garrafa', 'caixa', 'pote', 'sache', 'embalagem'],
  fr: ['sachet', 'boite', 'bocal', 'bouteille', 'pot', 'paquet', 'canette', 'brique', 'flacon'],
  de: ['beutel', 'dose', 'flasche', 'glas', 'packung', 'tute', 'karton', 'becher'],
  it: ['busta', 'barattolo', 'bottiglia', 'lattina', 'confezione', 'scatola', 'vasetto', 'sacchetto', 'flacone'],
  nl: ['zak', 'pot', 'fles', 'blik', 'doos', 'pak', 'verpakking'],
};
const PACKS = new Set(Object.values(PACK_WORDS).flat().map(stemToken));

/** Words between a pack word and its amount ("Bolsa de 500 g", "Lata x 350 ml", "bag of 12"). */
const AMOUNT_LINKS = new Set(['de', 'x', 'of', 'da', 'di', 'com', 'con', 'mit', 'von', 'van']);
/** An amount: a figure, alone or with a unit of mass, volume or count written on. */
const AMOUNT = /^\d+(?:[.,]\d+)?(?:g|gr|grs|kg|mg|ml|cl|dl|l|lt|ltr|oz|lb|lbs|un|und|uds|u|pcs|pz|st|stk|x)?$/;
/** The departments whose goods come in a pack: food and drink, cosmetics and toiletries, pet food. */
const CONSUMABLES = [FOOD_BEVERAGES_TOBACCO, HEALTH_AND_BEAUTY, ANIMALS_AND_PET_SUPPLIES];

interface HitLike {
  start: number;
  end: number;
  entries: { id: number }[];
}

/** Whether an amount follows token `i` (directly or after one linking word). */
function amountAfter(tokens: readonly string[], i: number): boolean {
  const next = tokens[i + 1] ?? '';
  if (AMOUNT.test(next)) return true;
  return AMOUNT_LINKS.has(next) && AMOUNT.test(tokens[i + 2] ?? '');
}

/** The hits without a pack word that follows a consumable and comes before the amount it holds. */
export function withoutPackOfSale<H extends HitLike>(taxonomy: Taxonomy, tokens: readonly string[], hits: H[]): H[] {
  const consumable = (h: H) => h.entries.some((e) => CONSUMABLES.some((dept) => taxonomy.isAncestorOrSelf(dept, e.id)));
  return hits.filter(
    (h) =>
      !(
        h.end - h.start === 1 &&
        PACKS.has(tokens[h.start] ?? '') &&
        amountAfter(tokens, h.start) &&
        hits.some((o) => o !== h && o.end <= h.start && consumable(o))
      ),
  );
}
