/** Per-category typical item price and weight ranges (data/typical-ranges.csv), used only for guardrail flags. */
import type { TypicalRow } from '../../lib/factors/tables';
import type { TaxonomyNode } from './crosswalk';
import { byKey, data, optNum } from './io';

export function buildTypical(taxonomy: TaxonomyNode[]): TypicalRow[] {
  const paths = new Map(taxonomy.map((n) => [n.id, n.path]));
  return byKey(
    data('typical-ranges.csv').map((r) => {
      const id = Number(r.gpt_id);
      if (paths.get(id) !== r.gpt_path) throw new Error(`typical-ranges.csv: path mismatch for ${r.gpt_id}`);
      if (!r.basis.trim()) throw new Error(`typical-ranges.csv: ${r.gpt_id} has no basis`);
      return {
        key: String(id),
        priceUsdLow: optNum(r.price_usd_low),
        priceUsdHigh: optNum(r.price_usd_high),
        weightKgLow: optNum(r.weight_kg_low),
        weightKgHigh: optNum(r.weight_kg_high),
        basis: r.basis,
      };
    }),
  );
}
