/**
 * A trail is a path from the shop's department to the product's shelf: "Lighting > LED Par Cans",
 * "Bathroom Accessories > Basin Wastes", "Garden > Garden Furniture". A shallow crumb word (a
 * department or a kind of one, level 2 at most) read in one department while a deeper crumb after
 * it names a shelf (level 3 or deeper) in another department is the shop's wide filing, not the
 * product's kind: the shop's "Lighting" holds stage lights, not only lamps, its "Bathroom
 * Accessories" the basin's plumbing. That crumb then counts for little, and the shelf decides;
 * within one department readTrail (trail.ts) already folds the earlier crumb into what the two share.
 */
import type { Evidence } from '../score';
import type { Taxonomy } from '../taxonomy';

/** Deepest level of a crumb's reading that may be a shop's wide filing (a department or its kind). */
const WIDE_DEPTH = 2;
/** Shallowest level of a later crumb's reading that names a shelf. */
const SHELF_DEPTH = 3;
/** What a wide crumb's vote keeps when a later crumb's shelf sits in another department. */
const WIDE_ELSEWHERE = 0.15;

/**
 * The weight a crumb's vote `e` keeps, given the readings of the later crumbs of one reading each (`later`):
 * all of it, unless `e` is wide and a later shelf lies in another department.
 */
export function wideCrumbWeight(taxonomy: Taxonomy, e: Evidence, later: readonly Evidence[]): number {
  if (taxonomy.depth(e.id) > WIDE_DEPTH) return e.w;
  const elsewhere = later.some((l) => taxonomy.depth(l.id) >= SHELF_DEPTH && taxonomy.commonDepth(e.id, l.id) === 0);
  return elsewhere ? e.w * WIDE_ELSEWHERE : e.w;
}
