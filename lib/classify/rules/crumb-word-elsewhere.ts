/**
 * A shop's shelf word under its department names the department's kind of it: "Jardín >
 * Herramientas" are garden tools, "Antinfortunistica > Guanti" work gloves, "Labor > Laborglas"
 * lab glass. The lexicon reads the shelf word alone, in its everyday sense (hand tools, clothing
 * gloves, drinking glasses), so the trail then votes for another top level than the title, and
 * the two cancel out. When the title's head and an earlier crumb sit in one department and none
 * of the last crumb's readings does, the last crumb's vote is that word's other sense: it counts
 * for little, and the department and the title decide.
 */
import type { Evidence } from '../score';
import type { Taxonomy } from '../taxonomy';

/** A title vote this strong names the product (a product noun of the main clause, as in trail.ts). */
const HEAD_WEIGHT = 0.6;
/** What the last crumb's vote keeps when its word names the department's kind of the product. */
const OTHER_SENSE = 0.3;

/**
 * Rewrites, in place, the breadcrumb votes in `evidence` that read the last crumb of `perCrumb`
 * in another department than the title's head (`titleEvidence`), when an earlier crumb reads in
 * the head's department.
 */
export function crumbWordElsewhere(
  taxonomy: Taxonomy,
  perCrumb: readonly Evidence[][],
  titleEvidence: readonly Evidence[],
  evidence: Evidence[],
): void {
  const lastIndex = perCrumb.map((ev) => ev.length > 0).lastIndexOf(true);
  if (lastIndex < 1) return;
  const head = titleEvidence.reduce<Evidence | null>(
    (a, e) => (e.w >= HEAD_WEIGHT && taxonomy.depth(e.id) >= 2 && (!a || e.w > a.w) ? e : a),
    null,
  );
  if (!head) return;
  const sameDepartment = (e: Evidence) => taxonomy.commonDepth(e.id, head.id) >= 1;
  const shelf = perCrumb[lastIndex];
  if (shelf.some(sameDepartment)) return;
  if (!perCrumb.slice(0, lastIndex).some((ev) => ev.some(sameDepartment))) return;
  for (const e of evidence) {
    if (e.source !== 'breadcrumb' || sameDepartment(e)) continue;
    if (shelf.some((s) => taxonomy.commonDepth(s.id, e.id) >= 1)) e.w *= OTHER_SENSE;
  }
}
