/**
 * Goods weighed by the count of their parts (data/part-counts.csv): with no mass on the page, a
 * jigsaw puzzle's piece count in the title ("1000 pieces", "1000 Teile", "1000-teilig") gives its
 * mass, the box plus the pieces x one piece's mass, instead of the category's one typical mass.
 * Only for the categories the row names (not wooden or pegged puzzles, whose pieces are wood).
 */
import type { TypicalRow } from '../factors/tables';
import type { CategoryInfo } from './make';
import { sig, step } from './make';
import type { Prepared } from './prepare';
import type { Step } from './schema';
import { PART_COUNT_RE } from './words';

/** The count of parts the title gives ("1,000 pieces" -> 1000), or null. */
export function partCount(title: string): number | null {
  const m = PART_COUNT_RE.exec(title);
  if (!m) return null;
  const n = Number(m[1]!.replace(/[.,]/g, ''));
  return n >= 2 && n < 100000 ? n : null;
}

/** The mass from the parts the title counts, or null (no count, or a category the row does not name). */
export function partCountMass(
  p: Prepared,
  cat: CategoryInfo,
  profile: TypicalRow | null,
): { kg: number; step: Step } | null {
  const parts = profile?.parts;
  if (!parts || !cat.row || !parts.appliesTo.includes(cat.row.path)) return null;
  const n = partCount(p.title);
  if (n === null) return null;
  const one = sig(parts.baseKg + n * parts.kgPerPart, 3);
  const units = p.quantity.units;
  const kg = one * units;
  return {
    kg,
    step: step(
      'Typical mass',
      `no usable mass on the page; ${n} pieces in the title: ${parts.baseKg} kg + ${n} x ${sig(parts.kgPerPart * 1000)} g = ${one} kg (data/part-counts.csv: ${parts.basis.split(':')[0]})${units > 1 ? ` x ${units} units = ${sig(kg)} kg` : ''}`,
      kg,
      'kg',
    ),
  };
}
