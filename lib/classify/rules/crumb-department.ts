/**
 * The shop's department frames a title the walk cannot settle. A breadcrumb or page category that
 * names one department ("Animais", "Bebês", "Brinquedos e Hobbies") and title words spread over
 * other departments ("Alimento ... Sabor Carne E Arroz": food, bait, erotic food; "Fórmula
 * Infantil Em Pó": baking ingredients, baby food) leave no branch with a majority, and the product
 * gets no category. The shop filed it under that department: the votes inside it decide (its main
 * kind when none says more, rules/main-kind.ts), at a confidence scaled by the department's share
 * of all the votes.
 */
import type { Evidence } from '../score';
import type { Taxonomy } from '../taxonomy';

/** The one department the page's own category and breadcrumb votes name, or null (none, or several). */
export function crumbDepartment(evidence: Evidence[], taxonomy: Taxonomy): number | null {
  let dept: number | null = null;
  for (const ev of evidence) {
    if (ev.source === 'title' || !(ev.w > 0)) continue;
    const top = taxonomy.ancestors(ev.id)[0];
    if (top === undefined) continue;
    if (dept !== null && dept !== top) return null;
    dept = top;
  }
  return dept;
}

/** The evidence inside `dept`, and its share of all the evidence. */
export function insideDepartment(
  evidence: Evidence[],
  taxonomy: Taxonomy,
  dept: number,
): { inside: Evidence[]; share: number } {
  let all = 0;
  let kept = 0;
  const inside: Evidence[] = [];
  for (const ev of evidence) {
    if (!(ev.w > 0)) continue;
    all += ev.w;
    if (!taxonomy.isAncestorOrSelf(dept, ev.id)) continue;
    kept += ev.w;
    inside.push(ev);
  }
  return { inside, share: all > 0 ? kept / all : 0 };
}

/**
 * The department's child that the votes inside it favour most ("Fórmula Infantil" under "Bebês":
 * baby food, so Nursing & Feeding), or null when none votes below the department or two tie. The
 * walk stops at the department when the votes below it are too few to refine (score.ts MIN_BELOW);
 * framed by the shop's department, a level-2 kind that one title word names is still a better
 * answer than the department, which the review counts as no category.
 */
export function votedKind(inside: Evidence[], taxonomy: Taxonomy, dept: number): number | null {
  const below = new Map<number, number>();
  for (const ev of inside) {
    const kind = taxonomy.ancestors(ev.id)[1];
    if (kind !== undefined && taxonomy.parentOf(kind) === dept) below.set(kind, (below.get(kind) ?? 0) + ev.w);
  }
  let best: number | null = null;
  let top = 0;
  let tie = false;
  for (const [kind, w] of below) {
    if (w > top) [best, top, tie] = [kind, w, false];
    else if (w === top) tie = true;
  }
  return tie ? null : best;
}

/** A title vote at least this strong says something a crumb can agree with. */
const TITLE_SAYS = 0.2;
/** Another reading of the shelf crumb this close to its strongest leaves the crumb ambiguous. */
const SHELF_AMBIGUOUS = 0.8;

/**
 * Where the trail's crumbs name several departments, the one its shelf is in, or null. A trail
 * runs from the shop's department to the product's shelf, and a shop's departments are not the
 * taxonomy's ("Dům a zahrada > Nábytek > Židle": the shop files furniture under home and garden,
 * the taxonomy has a Furniture department of its own), or an early crumb is a home or sale link
 * the lexicon misreads ("Kezdőlap > Akció > Cipők"): the votes split until no department holds
 * a majority and the product gets no category. The shelf is the deepest crumb that reads and
 * agrees with a title vote (the same department), or, where no title vote says anything, the
 * deepest crumb that reads; not a crumb whose readings are split between departments.
 */
export function shelfDepartment(evidence: Evidence[], taxonomy: Taxonomy): number | null {
  const dept = (id: number) => taxonomy.ancestors(id)[0];
  const byCrumb = new Map<number, Evidence[]>();
  for (const ev of evidence)
    if (ev.source === 'breadcrumb' && ev.crumb !== undefined && ev.w > 0)
      byCrumb.set(ev.crumb, [...(byCrumb.get(ev.crumb) ?? []), ev]);
  const depts = new Set([...byCrumb.values()].flat().map((e) => dept(e.id)));
  if (depts.size < 2) return null;
  const title = evidence.filter((e) => e.source === 'title' && e.w >= TITLE_SAYS).map((e) => dept(e.id));
  for (const i of [...byCrumb.keys()].sort((a, b) => b - a)) {
    const reads = byCrumb.get(i)!;
    const top = reads.reduce((a, e) => (e.w > a.w ? e : a));
    if (reads.some((e) => dept(e.id) !== dept(top.id) && e.w >= SHELF_AMBIGUOUS * top.w)) continue;
    if (!title.length || title.includes(dept(top.id))) return dept(top.id) ?? null;
  }
  return null;
}
