/**
 * The product-extraction benchmark's metric, per field: exact match of the shop's item id and of
 * availability, the price compared as a decimal. Per page and field, with `truth` the expected and
 * `pred` the extracted value (null when absent):
 *   truth and pred equal -> TP; truth but no pred -> FN; truth and a different pred -> FP + FN;
 *   no truth but a pred -> FP; neither -> nothing.
 */
export const SCORED_FIELDS = ['price', 'sku', 'availability'] as const;
export type ScoredField = (typeof SCORED_FIELDS)[number];

export interface FieldScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
  /** One line per page that cost a FP or FN. */
  errors: string[];
}

type Value = string | number | null | undefined;

/** Prices as decimals ("12.90" = 12.9); other fields as trimmed strings. */
export function sameValue(field: ScoredField, a: Value, b: Value): boolean {
  if (field === 'price') {
    const x = typeof a === 'string' ? Number(a) : a;
    const y = typeof b === 'string' ? Number(b) : b;
    return typeof x === 'number' && typeof y === 'number' && Number.isFinite(x) && Math.abs(x - y) < 0.005;
  }
  return String(a).trim() === String(b).trim();
}

const present = (v: Value) => v !== null && v !== undefined && v !== '';

export function scoreField(field: ScoredField, pages: { page: string; truth: Value; pred: Value }[]): FieldScore {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const errors: string[] = [];
  for (const { page, truth, pred } of pages) {
    if (present(truth) && present(pred) && sameValue(field, truth, pred)) tp++;
    else if (present(truth) && !present(pred)) {
      fn++;
      errors.push(`${page}: missing, expected ${JSON.stringify(truth)}`);
    } else if (present(truth)) {
      fp++;
      fn++;
      errors.push(`${page}: got ${JSON.stringify(pred)}, expected ${JSON.stringify(truth)}`);
    } else if (present(pred)) {
      fp++;
      errors.push(`${page}: got ${JSON.stringify(pred)}, expected none`);
    }
  }
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, precision, recall, f1, errors };
}

/**
 * A report's JSON: the counts and scores of each field, and its errors and skipped pages only when
 * asked for (`--errors`), so a blind folder's values never reach whoever scores it.
 */
export function scoreReport(
  pages: number,
  scores: Record<ScoredField, FieldScore>,
  skipped: string[],
  withErrors: boolean,
): object {
  if (withErrors) return { pages, scores, skipped };
  const bare = Object.fromEntries(
    SCORED_FIELDS.map((f) => {
      const { errors, ...counts } = scores[f];
      return [f, { ...counts, errors: errors.length }];
    }),
  );
  return { pages, scores: bare, skipped: skipped.length };
}
