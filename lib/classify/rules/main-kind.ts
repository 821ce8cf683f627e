/**
 * A department's main kind: when every vote agrees on the department ("Animais", "Alimentos e
 * Bebidas", "Brinquedos") and none says which kind below it, a department-level answer counts as
 * no category at all (the review counts level 2 and deeper). Some departments are mostly one kind:
 * Animals & Pet Supplies is Pet Supplies, Food, Beverages & Tobacco mostly Food Items, Toys &
 * Games mostly Toys. The taxonomy's own shape is the prior: a level-2 node that holds at least
 * MAIN_KIND_SHARE of its department's nodes is the department's main kind, and a department-level
 * decision steps down to it unless a vote points to another kind.
 */
import type { Taxonomy } from '../taxonomy';

/**
 * Share of a department's nodes (below it) that its main kind must hold. At 0.7: Pet Supplies
 * (99%), Vehicle Parts & Accessories (93%), Hobbies & Creative Arts (88%), Food Items (86%),
 * Toys (76%), Computer Software (74%), Personal Care (72%); not Clothing (54%), Tools (34%),
 * Kitchen & Dining (38%), where a department says too little.
 */
const MAIN_KIND_SHARE = 0.7;

const cache = new WeakMap<Taxonomy, Map<number, number | null>>();

/** Nodes in each subtree below `dept`'s children, counted in one pass over the depth-first ids. */
function computeMainKind(taxonomy: Taxonomy, dept: number): number | null {
  const ids = taxonomy.ids;
  const at = ids.indexOf(dept);
  if (at < 0) return null;
  const depth = taxonomy.depth(dept);
  const sizes = new Map<number, number>();
  let kid = 0;
  let total = 0;
  for (let i = at + 1; i < ids.length; i++) {
    const d = taxonomy.depth(ids[i]);
    if (d <= depth) break;
    if (d === depth + 1) kid = ids[i];
    sizes.set(kid, (sizes.get(kid) ?? 0) + 1);
    total++;
  }
  for (const [k, n] of sizes) if (n >= MAIN_KIND_SHARE * total) return k;
  return null;
}

/** The department's main kind (a level-2 node), or null when it has none. Worked out on first ask. */
export function mainKindOf(taxonomy: Taxonomy, dept: number): number | null {
  let byDept = cache.get(taxonomy);
  if (!byDept) cache.set(taxonomy, (byDept = new Map()));
  if (!byDept.has(dept)) byDept.set(dept, taxonomy.depth(dept) === 1 ? computeMainKind(taxonomy, dept) : null);
  return byDept.get(dept) ?? null;
}
