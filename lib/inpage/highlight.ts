/** The listing highlight: which of the tiles shown are the lowest third by estimated footprint. */

/** Fewer known estimates than this and a "lowest third" says nothing. */
export const MIN_TO_COMPARE = 3;

/**
 * Indexes of the lowest third (rounded up) of the known figures; unknown ones never count. Ties at
 * the cut are all in, so equal figures are never split.
 */
export function lowestThird(kg: readonly (number | null)[]): Set<number> {
  const known = kg.flatMap((v, i) => (v !== null && Number.isFinite(v) ? [{ v, i }] : []));
  if (known.length < MIN_TO_COMPARE) return new Set();
  known.sort((a, b) => a.v - b.v);
  const cut = known[Math.ceil(known.length / 3) - 1]!.v;
  return new Set(known.filter((k) => k.v <= cut).map((k) => k.i));
}
