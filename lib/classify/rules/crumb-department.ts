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
