/**
 * How extraction output is compared with a page's expected file: numbers equal to 1e-4 relative
 * (unit conversions), missing and null the same, everything else deep-equal.
 * Shared by the saved-page test and the fixture report so that both judge alike.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= 1e-4 * Math.max(1, Math.abs(b));
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((k) =>
      sameValue((a as Record<string, unknown>)[k] ?? null, (b as Record<string, unknown>)[k] ?? null),
    );
  }
  return (a ?? null) === (b ?? null);
}
