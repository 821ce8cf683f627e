/** Assemble every table with its provenance, serialise byte-stably, and write the manifest. */
import { createHash } from 'node:crypto';
import type {
  ManifestEntry,
  PackManifest,
  Provenance,
  TableFile,
  TableName,
  TableRows,
} from '../../lib/factors/tables';
import { tableFileName } from '../../lib/factors/tables';
import { buildBoaviztaTables, type BoaviztaRecord, readBoavizta } from './boavizta-tables';
import { buildCrosswalk, readTaxonomy } from './crosswalk';
import { buildCpi, buildFx, buildPriceIndex, buildSpend, buildVat } from './economics';
import { buildFood, buildMaterialAliases, buildMaterials } from './materials';
import * as S from './sources';
import { buildItemAliases, buildItems } from './items';
import { buildSpendCalibration } from './spend-calibration';
import { agribalyseCodesInProfiles, buildTypical } from './typical';

/** JSON with object keys sorted at every level: same data, same bytes. */
export function stableStringify(value: unknown): string {
  return JSON.stringify(value, (_k, v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** One table file: provenance header, then one row per line (readable diffs). */
export function serialiseTable(file: TableFile): string {
  const { rows, ...header } = file;
  const head = stableStringify(header).slice(0, -1);
  return `${head},"rows":[\n${rows.map((r) => stableStringify(r)).join(',\n')}\n]}\n`;
}

function table<T extends TableName>(name: T, prov: Provenance, rows: TableRows[T][]): TableFile<T> {
  const keys = new Set<string>();
  for (const r of rows) {
    if (keys.has(r.key)) throw new Error(`Duplicate key "${r.key}" in ${name}`);
    keys.add(r.key);
  }
  return { table: name, ...prov, rows };
}

export interface BuiltPack {
  manifest: PackManifest;
  tables: TableFile[];
  /** file name -> exact bytes to write */
  files: Map<string, string>;
}

/** Build every table from data/raw (+ project data files). `boavizta` overrides the manufacturer rows (eval fit split). */
export function buildPack(opts: { boavizta?: BoaviztaRecord[] } = {}): BuiltPack {
  const spend = buildSpend();
  const { materials, byDesnzName } = buildMaterials();
  const food = buildFood(agribalyseCodesInProfiles());
  const items = buildItems();
  const taxonomy = readTaxonomy();
  const typical = buildTypical(taxonomy, {
    items: new Set(items.map((i) => i.key)),
    itemKinds: new Map(items.map((i) => [i.key, `${i.group}/${i.kind}`])),
    materials: new Set(materials.map((m) => m.key)),
    agribalyse: new Set(food.food.filter((f) => f.source === 'agribalyse2023').map((f) => f.key.slice(4))),
    food: new Set(food.food.map((f) => f.key)),
  });
  const { crosswalk, paths, spread } = buildCrosswalk(
    spend,
    {
      food: food.resolve,
      material: (name) => byDesnzName.get(name.toLowerCase()) ?? null,
      materialKeys: new Set(materials.map((m) => m.key)),
      agribalyseCodes: new Set(food.food.filter((f) => f.source === 'agribalyse2023').map((f) => f.key.slice(4))),
    },
    new Set(typical.map((t) => Number(t.key))),
    new Map(typical.filter((t) => t.defaultMassKg).map((t) => [Number(t.key), t.defaultMassKg!])),
  );
  const { manufacturers, devices } = buildBoaviztaTables(opts.boavizta ?? readBoavizta());
  const calibration = buildSpendCalibration(typical, crosswalk, spend, {
    items: new Map(items.map((i) => [i.key, i])),
    materials: new Map(materials.map((m) => [m.key, m])),
    food: new Map(food.food.map((f) => [f.key, f])),
  });
  const tables: TableFile[] = [
    table('boavizta', S.BOAVIZTA, manufacturers),
    table('category-spread', S.EPA, spread),
    table('cpi', S.BLS_CPI, buildCpi()),
    table('crosswalk', S.GPT, crosswalk),
    table(
      'devices',
      {
        ...S.BOAVIZTA,
        source: `Derived from ${S.BOAVIZTA.source}: per-category medians, IQR and log-log size scaling`,
      },
      devices,
    ),
    table('food', S.FOOD, food.food),
    table(
      'food-aliases',
      {
        ...S.FOOD,
        source: 'data/food-aliases.csv (curated en/de/fr/es/it) + source food names',
        licence: 'CC0 (aliases); names from CC BY 4.0 sources',
      },
      food.aliases,
    ),
    table('fx', S.ECB_FX, buildFx()),
    table('items', S.ADEME_ITEMS, items),
    table(
      'item-aliases',
      {
        ...S.ADEME_ITEMS,
        source:
          'data/item-aliases.csv (curated en/de/fr/es/it title words, a reason per row) -> ADEME Impact CO2 items',
        licence: 'CC0 (aliases)',
      },
      buildItemAliases(new Set(items.map((i) => i.key)), new Set(items.map((i) => i.kind))),
    ),
    table(
      'material-aliases',
      {
        ...S.DESNZ,
        source: 'data/material-aliases.csv (curated en/de/fr/es/it) -> DESNZ material keys',
        licence: 'CC0 (aliases)',
      },
      buildMaterialAliases(new Set(materials.map((m) => m.key))),
    ),
    table('materials', S.DESNZ, materials),
    table('price-index', S.BEA_PRICES, buildPriceIndex()),
    table('spend', { ...S.EPA, source: `${S.EPA.source}; producer/purchaser ratios: ${S.BEA_MARGINS.source}` }, spend),
    table('spend-calibration', S.SPEND_CALIBRATION, calibration),
    table('taxonomy-paths', S.GPT, paths),
    table('typical', S.TYPICAL, typical),
    table('vat', S.VAT, buildVat()),
  ];
  const files = new Map<string, string>();
  const entries: ManifestEntry[] = tables.map((t) => {
    const file = tableFileName(t.table);
    const text = serialiseTable(t);
    files.set(file, text);
    const { source, version, year, licence, attribution } = t;
    return {
      table: t.table,
      file,
      source,
      version,
      year,
      licence,
      attribution,
      rows: t.rows.length,
      sha256: createHash('sha256').update(text).digest('hex'),
    };
  });
  const version = `pack-${createHash('sha256')
    .update(entries.map((e) => `${e.file}:${e.sha256}`).join('\n'))
    .digest('hex')
    .slice(0, 12)}`;
  const manifest: PackManifest = { version, tables: entries };
  files.set('manifest.json', `${JSON.stringify(JSON.parse(stableStringify(manifest)), null, 1)}\n`);
  return { manifest, tables, files };
}
