/** Small builders for estimates, steps and factor references, so every tier reports alike. */
import { provenanceOf } from '../factors/source';
import type { CrosswalkRow, PackManifest, Statistic, TableName } from '../factors/tables';
import type { Estimate, FactorRef, Step, Tier } from './schema';

export function step(label: string, detail: string, value: number | null = null, unit: string | null = null): Step {
  return { label, detail, value: value === null ? null : sig(value), unit };
}

/**
 * How each emission factor table summarises its source (FactorRef.statistic), for packs built
 * before every row carried its own `statistic` (scripts/factors: all shipped rows do, tested).
 */
const TABLE_STATISTIC: Partial<Record<TableName, Statistic>> = {
  materials: 'point', // DESNZ 2024: one published conversion factor per material
  boavizta: 'point', // a product's own published footprint (tier A)
  devices: 'median', // Boavizta footprints of a device type: the median, scaled (tier B)
  spend: 'point', // EPA USEEIO v1.3: one modelled factor per commodity
  'category-spread': 'median', // the median spend factor of a parent category's sectors (tier E)
};

export function factorRef(
  manifest: PackManifest,
  table: TableName,
  id: string,
  value: number,
  unit: string,
  statistic?: Statistic,
  /** How many values the mean or median was taken over, where the pack says (devices, category spread). */
  n?: number,
): FactorRef {
  const p = provenanceOf(manifest, table);
  const stat = statistic ?? TABLE_STATISTIC[table];
  return {
    id: `${table}:${id}`,
    value,
    unit,
    source: p.source,
    version: p.version,
    year: p.year,
    licence: p.licence,
    ...(stat ? { statistic: stat } : {}),
    ...(stat && stat !== 'point' && n !== undefined && n > 0 ? { n } : {}),
  };
}

/** What a tier returns before the shared finishing (condition, category, pack version). */
export interface Draft {
  tier: Exclude<Tier, 'unknown'>;
  central: number;
  low: number;
  high: number;
  confidence: number;
  method: string;
  factors: FactorRef[];
  steps: Step[];
  flags: string[];
}

export interface CategoryInfo {
  row: CrosswalkRow | null;
  confidence: number;
  via: string | null;
}

export function sig(n: number, digits = 4): number {
  if (!Number.isFinite(n) || n === 0) return n;
  return Number(n.toPrecision(digits));
}

export function unknownEstimate(
  packVersion: string,
  reason: string,
  category: CategoryInfo,
  flags: string[] = [],
  steps: Step[] = [],
): Estimate {
  return {
    kgCO2e: null,
    low: null,
    high: null,
    tier: 'unknown',
    category: category.row?.path ?? null,
    categoryId: category.row?.id ?? null,
    confidence: category.row ? clamp01(category.confidence) : 0,
    method: `Unknown: ${reason}`,
    factors: [],
    steps: [...steps, step('No estimate', reason)],
    flags: [...new Set(flags)],
    packVersion,
  };
}

export function clamp01(x: number): number {
  return Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0;
}

/** Mapping confidence of the crosswalk row as a weight on the category confidence. */
export function mappingWeight(row: CrosswalkRow): number {
  const base = row.confidence === 'high' ? 1 : row.confidence === 'med' ? 0.8 : 0.6;
  // Inherited from a distant ancestor: the factor fits the node less well.
  return row.mappedFrom === row.id ? base : base * 0.9;
}
