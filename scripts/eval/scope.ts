/**
 * The scope class of each evaluation reference: what stages of the product's life its figure
 * counts. The estimate is cradle to shelf (making the product and bringing it to the shop), so a
 * cradle-to-gate reference should sit a little below it and a cradle-to-grave one above it, most
 * of all where the reference counts the energy the product uses. `npm run eval` reports errors
 * and the signed median error per class, so that scope drift is visible rather than averaged away.
 */

/** Scope classes, as data/eval/*.csv name them (`scope_class`), in life-cycle order. */
export const SCOPE_CLASSES = ['to-gate', 'to-shelf', 'life-cycle', 'includes-use', 'as-reported'] as const;
export type ScopeClass = (typeof SCOPE_CLASSES)[number];

/** What each class counts, for the report. */
export const SCOPE_LABEL: Readonly<Record<ScopeClass, string>> = {
  'to-gate': 'cradle to gate',
  'to-shelf': 'cradle to shelf',
  'life-cycle': 'to grave, no use energy',
  'includes-use': 'to grave, with use energy',
  'as-reported': 'total, stages unpublished',
};

function isScopeClass(v: string): v is ScopeClass {
  return (SCOPE_CLASSES as readonly string[]).includes(v);
}

/** A `scope_class` cell of data/eval/*.csv, or an error naming the row: every reference states its scope. */
export function scopeClassOf(v: string | undefined, what: string): ScopeClass {
  const s = (v ?? '').trim();
  if (!isScopeClass(s)) throw new Error(`${what}: scope_class "${s}" is not one of ${SCOPE_CLASSES.join(', ')}`);
  return s;
}

/**
 * The Carbon Catalogue rows' class from their `reference_scope`: the upstream + operations share
 * (cradle to gate) where the stage split is published, else the total as reported.
 */
export function catalogueScope(referenceScope: string): ScopeClass {
  return /cradle to gate/.test(referenceScope) ? 'to-gate' : 'as-reported';
}

/** Median of log10(estimate / reference): below 0 the estimates sit under the references. */
export function signedMedianLog10(rows: { central: number | null; reference: number }[]): number | null {
  const e = rows
    .filter((r) => r.central !== null && r.central > 0 && r.reference > 0)
    .map((r) => Math.log10(r.central! / r.reference))
    .sort((a, b) => a - b);
  if (!e.length) return null;
  const m = Math.floor(e.length / 2);
  return e.length % 2 ? e[m]! : (e[m - 1]! + e[m]!) / 2;
}
