/** Build the spend calibration table (lib/factors/spend-calibration.ts) from the category profiles' physical typical footprints. */
import type { CrosswalkRow, FoodRow, ItemRow, MaterialRow, SpendRow, TypicalRow } from '../../lib/factors/tables';
import { calibrate, type CalibrationSample, type SpendCalibrationRow } from '../../lib/factors/spend-calibration';

export interface PhysicalTables {
  items: Map<string, ItemRow>;
  materials: Map<string, MaterialRow>;
  food: Map<string, FoodRow>;
}

/** The category's typical physical footprint (what the physical tiers give with no page data), or null. */
export function typicalFootprint(t: TypicalRow, tables: PhysicalTables): number | null {
  if (t.item) return tables.items.get(t.item)?.kgPerItem ?? null;
  const mass = t.defaultMassKg;
  if (!t.intensity || !mass) return null;
  const [kind, ref] = t.intensity.includes(':') ? t.intensity.split(':', 2) : ['material', t.intensity];
  if (kind === 'item') {
    const it = tables.items.get(ref);
    return it ? (it.kgPerItem / it.referenceMassKg) * mass : null;
  }
  if (kind === 'agb') {
    const f = tables.food.get(`agb-${ref}`);
    return f ? f.kgPerKg * mass : null;
  }
  const m = tables.materials.get(ref);
  return m ? m.kgPerKg * m.assemblyUplift * mass : null;
}

export function calibrationSamples(
  typical: TypicalRow[],
  crosswalk: Map<string, CrosswalkRow>,
  spend: Map<string, SpendRow>,
  tables: PhysicalTables,
): CalibrationSample[] {
  const out: CalibrationSample[] = [];
  for (const t of typical) {
    const row = crosswalk.get(t.key);
    const factor = row ? spend.get(row.naics) : undefined;
    const phys = typicalFootprint(t, tables);
    if (!row || !factor || phys === null || t.priceUsdLow === null || t.priceUsdHigh === null) continue;
    const price = Math.sqrt(t.priceUsdLow * t.priceUsdHigh);
    out.push({ id: Number(t.key), sector: row.naics.slice(0, 3), ratio: phys / (price * factor.withMargins) });
  }
  return out;
}

export function buildSpendCalibration(
  typical: TypicalRow[],
  crosswalk: CrosswalkRow[],
  spend: SpendRow[],
  tables: PhysicalTables,
): SpendCalibrationRow[] {
  return calibrate(
    calibrationSamples(
      typical,
      new Map(crosswalk.map((c) => [c.key, c])),
      new Map(spend.map((s) => [s.key, s])),
      tables,
    ),
  );
}
