/**
 * Nodes of one branch found by the words of their names: for-pets.ts finds a product's pet kind
 * ("Beds" -> "Cat Beds"), toy-of.ts a thing's toy ("Kitchen & Dining" -> "Toy Kitchens"). An index
 * of the branch's name words, and the nodes named by the first name up a product's chain that the
 * index knows. Nothing is listed by hand.
 */
import type { Taxonomy } from '../taxonomy';
import { tokenize } from '../text';

/**
 * Word -> the nodes under `root` (not `root` itself) whose names pass `accept` and hold the word,
 * the `skip` words left out; built once per taxonomy.
 */
export function branchNameIndex(
  root: number,
  skip: ReadonlySet<string>,
  accept: (name: string) => boolean = () => true,
): (taxonomy: Taxonomy) => Map<string, number[]> {
  const cache = new WeakMap<Taxonomy, Map<string, number[]>>();
  return (taxonomy) => {
    let index = cache.get(taxonomy);
    if (!index) {
      index = new Map();
      for (const id of taxonomy.ids) {
        if (id === root || !taxonomy.isAncestorOrSelf(root, id)) continue;
        const name = taxonomy.nameOf(id) ?? '';
        if (!accept(name)) continue;
        for (const w of new Set(tokenize(name))) {
          if (skip.has(w)) continue;
          index.set(w, [...(index.get(w) ?? []), id]);
        }
      }
      cache.set(taxonomy, index);
    }
    return index;
  };
}

/**
 * The indexed nodes that the first name up `id`'s chain (its own name first) shares a word with,
 * each once, in the order its words name them; [] when no name on the chain does.
 */
export function namedUpChain(taxonomy: Taxonomy, id: number, index: Map<string, number[]>): number[] {
  for (const node of [...taxonomy.ancestors(id)].reverse()) {
    const found = new Set(tokenize(taxonomy.nameOf(node) ?? '').flatMap((w) => index.get(w) ?? []));
    if (found.size) return [...found];
  }
  return [];
}
