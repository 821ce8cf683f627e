/** Scoring a taxonomy prediction against a gold node. */
import type { Taxonomy } from '../../lib/classify/taxonomy';

export interface Scored {
  /** Predicted node equals the gold node. */
  exact: boolean;
  /**
   * Predicted node is the gold node, a descendant of it, or an ancestor below the top level: the
   * estimator walks up from it through correct nodes only ("right, maybe broader").
   */
  compatible: boolean;
  /** Same top-level branch. */
  topLevel: boolean;
}

export function scorePrediction(taxonomy: Taxonomy, gold: number, predicted: number | null): Scored {
  if (predicted === null) return { exact: false, compatible: false, topLevel: false };
  const exact = predicted === gold;
  const compatible =
    exact ||
    taxonomy.isAncestorOrSelf(gold, predicted) ||
    (taxonomy.isAncestorOrSelf(predicted, gold) && taxonomy.depth(predicted) >= 2);
  const topLevel = taxonomy.ancestors(gold)[0] === taxonomy.ancestors(predicted)[0];
  return { exact, compatible, topLevel };
}

export interface Tally {
  n: number;
  answered: number;
  exact: number;
  compatible: number;
  topLevel: number;
}

export const emptyTally = (): Tally => ({ n: 0, answered: 0, exact: 0, compatible: 0, topLevel: 0 });

export function addScore(t: Tally, s: Scored, answered: boolean): void {
  t.n++;
  if (answered) t.answered++;
  if (s.exact) t.exact++;
  if (s.compatible) t.compatible++;
  if (s.topLevel) t.topLevel++;
}

export const pct = (a: number, n: number) => (n ? Math.round((1000 * a) / n) / 10 : 0);

/** Confidence bands: how often a prediction in each band is right (compatible). */
export const CONFIDENCE_BANDS = [0, 0.3, 0.5, 0.7, 0.9] as const;
