/**
 * A product "for" a pet is the pet's kind of that product: "Shampoo for dogs" is a pet shampoo,
 * "Cama para gatos" a cat bed, "Spielzeug für Katzen" a cat toy, "Mantel für Hunde" dog apparel.
 * The pet's node in the taxonomy is found by name: the first of the product node's own name and
 * its ancestors' names that shares a word with a node under "Animals & Pet Supplies", taking the
 * one under the named animal where there are several ("Beds" -> "Cat Beds" next to "cats").
 * Nothing is listed by hand.
 */
import { ANIMALS_AND_PET_SUPPLIES } from '../nodes';
import type { Taxonomy } from '../taxonomy';
import { tokenize } from '../text';
import { branchNameIndex, namedUpChain } from './named-nodes';

/** Words of the pet nodes' names that say nothing about the product ("Pet", "Dog", "Supplies"). */
const NOT_A_PRODUCT_WORD = new Set(
  ['and', 'pet', 'pets', 'animal', 'animals', 'dog', 'cat', 'bird', 'fish', 'reptile', 'amphibian', 'small', 'horse']
    .concat(['supplies', 'accessories', 'items', 'products', 'other', 'live'])
    .flatMap((w) => tokenize(w)),
);

/**
 * People named by their pet: "T-shirt for dog lovers", "Tasse für Katzenliebhaber", "pour
 * amoureux des chats". After these the product is for the person, whatever the animal.
 */
const PET_PEOPLE: Record<string, string[]> = {
  en: ['lover', 'lovers', 'owner', 'owners', 'fan', 'fans', 'mom', 'mum', 'dad', 'people'],
  de: ['liebhaber', 'besitzer', 'freunde', 'fans'],
  fr: ['amoureux', 'amateurs', 'proprietaires'],
  es: ['amantes', 'duenos', 'amante'],
  it: ['amanti', 'padroni', 'proprietari'],
  pt: ['amantes', 'donos', 'tutores'],
  nl: ['liefhebbers', 'eigenaren', 'baasjes'],
  pl: ['milosnikow', 'wlascicieli', 'milosnika'],
  ru: ['любителей', 'владельцев'],
};
const PEOPLE = new Set(Object.values(PET_PEOPLE).flatMap((list) => list.flatMap((w) => tokenize(w))));

/** True when the (normalised, stemmed) token after a pet names its people, not the pet. */
export function isPetPeopleWord(token: string | undefined): boolean {
  return token !== undefined && PEOPLE.has(token);
}

/** Product word -> the pet nodes whose names hold it. */
const petNodesByWord = branchNameIndex(ANIMALS_AND_PET_SUPPLIES, NOT_A_PRODUCT_WORD);

/** Depth of the shelves of one animal ("Animals & Pet Supplies > Pet Supplies > Fish Supplies"). */
const PET_SHELF_DEPTH = 3;
const ANIMAL_WORDS = new Set(
  ['dog', 'cat', 'bird', 'fish', 'reptile', 'amphibian', 'small', 'horse'].flatMap((w) => tokenize(w)),
);
/** A shelf of one animal: its name starts with the animal ("Fish Supplies", "Small Animal Supplies"). */
const isAnimalShelf = (taxonomy: Taxonomy, id: number) =>
  ANIMAL_WORDS.has(tokenize(taxonomy.nameOf(id) ?? '')[0] ?? '');

/**
 * A node that only says whose: the pet branch, its "Pet Supplies" or one animal's shelf ("Cat
 * Supplies"). "Cat Food", "Pet Oral Care Supplies" are products: a title naming one keeps it.
 */
export function isWhoseNode(taxonomy: Taxonomy, id: number): boolean {
  const depth = taxonomy.depth(id);
  if (!taxonomy.isAncestorOrSelf(ANIMALS_AND_PET_SUPPLIES, id) || depth > PET_SHELF_DEPTH) return false;
  return depth < PET_SHELF_DEPTH || isAnimalShelf(taxonomy, id);
}

/** "Animals & Pet Supplies > Pet Supplies". */
const PET_SUPPLIES = 2;
/** A pet product vote this strong is a product word (not a stray reading of a brand, 0.006). */
export const PET_PRODUCT_WEIGHT = 0.1;

/**
 * "Apoquel 16mg Anti Coceira Cães 20 Comprimidos": an animal word with no product word beside it
 * says whose the product is, not which of the animal's products: medicine, leashes, collars and
 * carriers are shelves of all pets, not of the dog's. Its vote goes to Pet Supplies, which holds
 * every pet product; a product word the lexicon reads ("Cama", "Ração") keeps the animal's shelf.
 */
export function animalWordOnly<E extends { id: number; w: number }>(taxonomy: Taxonomy, evidence: E[]): E[] {
  const inPets = (id: number) => taxonomy.isAncestorOrSelf(ANIMALS_AND_PET_SUPPLIES, id);
  if (evidence.some((e) => inPets(e.id) && !isWhoseNode(taxonomy, e.id) && e.w >= PET_PRODUCT_WEIGHT)) return evidence;
  return evidence.map((e) =>
    inPets(e.id) && taxonomy.depth(e.id) === PET_SHELF_DEPTH && isWhoseNode(taxonomy, e.id)
      ? { ...e, id: PET_SUPPLIES }
      : e,
  );
}

/**
 * The pet's kind of product `id` next to the pet node `pet` ("Dog Supplies"), or null when no
 * name up the product's chain names a pet product.
 */
export function petCounterpart(taxonomy: Taxonomy, id: number, pet: number): number | null {
  if (taxonomy.isAncestorOrSelf(ANIMALS_AND_PET_SUPPLIES, id)) return id;
  // Under the named animal first ("Cat Beds" for cats), then the shallowest (the general "Pet Beds").
  let best: number | null = null;
  let bestKey = -Infinity;
  const petShelf = taxonomy.ancestors(pet)[PET_SHELF_DEPTH - 1];
  for (const c of namedUpChain(taxonomy, id, petNodesByWord(taxonomy))) {
    // Not another animal's shelf: a dog's mat or mirror is no aquarium decor.
    const shelf = taxonomy.ancestors(c)[PET_SHELF_DEPTH - 1];
    if (shelf !== undefined && shelf !== petShelf && isAnimalShelf(taxonomy, shelf)) continue;
    const key = taxonomy.commonDepth(c, pet) * 10 - taxonomy.depth(c);
    if (key > bestKey) [best, bestKey] = [c, key];
  }
  return best;
}
