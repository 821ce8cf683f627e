/**
 * Why a reference is missed (no estimate, or an estimate beyond x2 of it), read from what the
 * estimate itself says (its flags) and what the reference counts (its scope): the first cause that
 * applies, in the order of MISS_CAUSES. A measurement aid for issue #8 ("why do the weakest
 * categories miss"): it tunes nothing.
 */
import type { Scored } from './metrics';

export const MISS_CAUSES = [
  /** Unknown: the classifier gave no category. */
  'no category',
  /** Unknown with a category: no price, no usable mass, no factor for it. */
  'no factor',
  /** The reference counts the product's use energy; the estimate is cradle to shelf. */
  'use in reference',
  /** Tier B device median when the page's maker has no footprint of that kind. */
  'other maker',
  /** No mass on the page: the category's typical mass or the modelled item stands in. */
  'mass assumed',
  /** The material (per-kg factor) is inferred from the title or the sector, not the category's own. */
  'material inferred',
  /** Page mass and the category's own factor: the factor (or the reference) differs. */
  'factor or reference',
] as const;
export type MissCause = (typeof MISS_CAUSES)[number];

const X2 = Math.log10(2) + 1e-12;

/** The cause of a miss, or null when the estimate is within x2 of the reference. */
export function missCause(r: Pick<Scored, 'central' | 'reference' | 'includesUse' | 'flags'>): MissCause | null {
  const flags = new Set(r.flags ?? []);
  if (r.central === null || !(r.central > 0)) return flags.has('no-category') ? 'no category' : 'no factor';
  if (Math.abs(Math.log10(r.central / r.reference)) <= X2) return null;
  if (r.includesUse) return 'use in reference';
  if (flags.has('device-maker-not-in-data')) return 'other maker';
  if (flags.has('mass-assumed-typical') || flags.has('typical-item-assumed')) return 'mass assumed';
  if ([...flags].some((f) => f.startsWith('material-from-'))) return 'material inferred';
  return 'factor or reference';
}

/** Per category: misses by cause, with how many of them the estimate over- ("+") or under- ("-") shoots. */
export function missesByCause(
  rows: Scored[],
  categoryOf: (r: Scored) => string,
): Map<string, Map<MissCause, { over: number; under: number; unknown: number }>> {
  const out = new Map<string, Map<MissCause, { over: number; under: number; unknown: number }>>();
  for (const r of rows) {
    const cause = missCause(r);
    if (!cause) continue;
    const cat = categoryOf(r);
    const m = out.get(cat) ?? new Map<MissCause, { over: number; under: number; unknown: number }>();
    const c = m.get(cause) ?? { over: 0, under: 0, unknown: 0 };
    if (r.central === null || !(r.central > 0)) c.unknown++;
    else if (r.central > r.reference) c.over++;
    else c.under++;
    m.set(cause, c);
    out.set(cat, m);
  }
  return out;
}
