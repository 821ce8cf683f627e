/**
 * Every property in `npm test` runs with a fixed seed (a failure reproduces on every machine) and a
 * bounded number of runs (the whole folder stays within seconds). To explore further by hand:
 * PROPERTY_SEED=<n> PROPERTY_RUNS=<n> npx vitest run tests/property
 */
import type { Parameters } from 'fast-check';

const seed = Number(process.env.PROPERTY_SEED ?? 20261205);
const scale = Number(process.env.PROPERTY_RUNS ?? 0);

/** `runs` is the budget for this property; PROPERTY_RUNS overrides it for exploration. */
export function budget<T>(runs: number): Parameters<T> {
  return { seed, numRuns: scale > 0 ? scale : runs, endOnFailure: true };
}
