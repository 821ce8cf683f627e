/** Guards on the shipped factor packs: schema, keys, values, coverage, provenance, reproducibility. */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from '../../lib/zod';
import type { PackManifest, TableFile, TableName } from '../../lib/factors/tables';
import { CONTAINERS, containerKey, TABLE_NAMES } from '../../lib/factors/tables';
import { median, raw } from '../../scripts/factors/io';
import { writePack } from '../../scripts/build-factors';

const DIR = join(import.meta.dirname, '..', '..', 'public', 'factors');
const read = (f: string) => readFileSync(join(DIR, f), 'utf8');
const manifest = JSON.parse(read('manifest.json')) as PackManifest;
const tables = new Map<TableName, TableFile>(manifest.tables.map((t) => [t.table, JSON.parse(read(t.file)) as TableFile]));
const rows = <T extends TableName>(t: T) => (tables.get(t) as TableFile<T>).rows;

const pos = z.number().positive();
const nonneg = z.number().nonnegative();
const nn = <T extends z.ZodType>(s: T) => s.nullable();
const device = z.enum(['laptop', 'desktop', 'monitor', 'smartphone', 'tablet', 'tv', 'printer', 'server', 'thin client', 'iot', 'hard drive']);
/** Every emission factor row says what statistic it is (#8): required, not optional. */
const stat = z.enum(['mean', 'median', 'point']);
const alias = z.strictObject({ key: z.string().min(1), target: z.string().min(1), lang: z.string().min(2) });

const SCHEMAS: Record<TableName, z.ZodType> = {
  spend: z.strictObject({ key: z.string().regex(/^\d{6}$/), title: z.string().min(1), useeio: z.string().min(1), withMargins: pos, withoutMargins: nonneg, margins: nonneg, producerToPurchaser: nn(pos), statistic: stat }),
  crosswalk: z.strictObject({
    key: z.string(), id: z.number().int().positive(), path: z.string().min(1), parentId: nn(z.number().int()), mappedFrom: z.number().int(),
    naics: z.string().regex(/^\d{6}$/), useeio: z.string().min(1), confidence: z.enum(['high', 'med', 'low']),
    device: device.optional(), food: z.string().optional(), material: z.string().optional(), materialFromSector: z.literal(true).optional(), typicalFrom: z.number().int().optional(),
    typicalMassSpan: z.tuple([pos, pos]).optional(),
  }),
  'taxonomy-paths': z.strictObject({ key: z.string().min(1), id: z.number().int().positive() }),
  'price-index': z.strictObject({ key: z.string(), from: z.number().int(), values: z.array(pos).min(20) }),
  cpi: z.strictObject({ key: z.string().regex(/^\d{4}$/), year: z.number().int(), cpi: pos, months: z.number().int().min(1).max(12) }),
  fx: z.strictObject({ key: z.string().regex(/^[A-Z]{3}$/), usdPerUnit: z.record(z.string().regex(/^\d{4}$/), pos), partialYears: z.array(z.number().int()), source: z.enum(['ecb', 'worldbank', 'fed']) }),
  vat: z.strictObject({ key: z.string().regex(/^[A-Z]{2}$/), currency: z.string().regex(/^[A-Z]{3}$/), standard: nonneg.max(0.3), food: nonneg.max(0.3), books: nonneg.max(0.3), year: z.number().int(), source: z.string().min(3) }),
  materials: z.strictObject({ key: z.string(), name: z.string(), kgPerKg: pos, assemblyUplift: z.number().min(1).max(2), note: z.string(), statistic: stat }),
  'material-aliases': alias,
  food: z.strictObject({ key: z.string(), name: z.string(), kgPerKg: pos, source: z.enum(['clark2022', 'poore2018', 'rivm2021', 'agribalyse2023']), statistic: z.enum(['mean', 'median', 'point']), dryForm: z.string().optional(), dryBelowKg: pos.optional(), packaging: z.strictObject({ container: z.enum(CONTAINERS), kgPerKg: nonneg }).optional(), loose: z.literal(true).optional(), piece: z.strictObject({ kg: pos, low: pos, high: pos }).optional() }),
  items: z.strictObject({ key: z.string().min(1), name: z.string().min(1), group: z.enum(['electromenager', 'habillement', 'mobilier', 'numerique']), kind: z.string().min(2), lifetimeYears: nn(pos), kgPerItem: pos, referenceMassKg: pos, massBasis: z.string().min(10), statistic: z.enum(['mean', 'median', 'point']), sourceUrl: z.string() }),
  'food-aliases': alias,
  'item-aliases': alias.extend({ onlyKind: z.string().min(2).optional(), massKg: z.number().positive().optional() }),
  boavizta: z.strictObject({
    key: z.string(),
    products: z.array(z.strictObject({
      name: z.string(), device: nn(device), total: pos, embodied: pos, share: z.string(), errorRatio: nn(nonneg), weightKg: nn(pos),
      screenIn: nn(pos), storageGb: nn(pos), year: nn(z.number().int()), sourceUrl: z.string(), tokens: z.array(z.string()), statistic: stat,
    })).min(1),
  }),
  devices: z.strictObject({
    key: device, n: z.number().int().min(5), median: pos, statistic: stat, p25: pos, p75: pos, screenRef: nn(pos), screenExponent: nn(nonneg),
    weightRef: nn(pos), weightExponent: nn(nonneg), weightP10: nn(pos), weightP90: nn(pos), storageRef: nn(pos), storageExponent: nn(pos), residualP10: pos, residualP90: pos, taxonomyId: z.number().int(),
    formFactors: z.array(z.strictObject({ key: z.string(), factor: pos, n: z.number().int().min(8) })).optional(),
  }),
  typical: z.strictObject({ key: z.string(), priceUsdLow: nn(pos), priceUsdHigh: nn(pos), weightKgLow: nn(pos), weightKgHigh: nn(pos), basis: z.string().min(10), defaultMassKg: nn(pos), item: z.string().optional(), intensity: z.string().optional(), process: z.strictObject({ name: z.string().min(3), kgPerItem: pos, statistic: z.string().min(3), source: z.string().min(10), basis: z.string().min(20) }).optional(), bulk: z.strictObject({ kgPerLitre: pos, basis: z.string().min(20) }).optional(), piece: z.strictObject({ kg: pos, basis: z.string().min(20) }).optional(), kindItems: z.array(z.string().min(1)).min(2).optional(), formats: z.array(z.strictObject({ name: z.string().min(3), widthMm: pos, heightMm: pos, pages: pos, paperGsm: pos, coverKg: z.number().nonnegative(), massKg: pos, words: z.array(z.string().min(2)).min(1), basis: z.string().min(20) })).min(1).optional(), printRun: z.array(z.strictObject({ format: z.string().min(3), returnRate: pos, destroyedShare: pos, copiesPerSold: pos, source: z.string().min(20), basis: z.string().min(10) })).min(1).optional(), parts: z.strictObject({ kgPerPart: pos, baseKg: z.number().nonnegative(), appliesTo: z.array(z.string().min(3)).min(1), basis: z.string().min(20) }).optional(), kinds: z.array(z.strictObject({ kind: z.string().min(3), words: z.array(z.string().min(2)).min(1).optional(), powered: z.literal(true).optional(), massKg: pos, intensity: z.string().optional(), bulk: z.strictObject({ kgPerLitre: pos, basis: z.string().min(20) }).optional(), basis: z.string().min(20) })).min(1).optional() }),
  'spend-calibration': z.strictObject({ key: z.string().regex(/^\d{3}$/), ratio: pos, n: z.number().int().min(3), p10: pos, p90: pos }),
  'category-spread': z.strictObject({ key: z.string(), n: z.number().int().positive(), median: pos, statistic: stat, low: pos, high: pos, naics: z.string() }),
};

function numbersIn(v: unknown, out: number[] = []): number[] {
  if (typeof v === 'number') out.push(v);
  else if (Array.isArray(v)) v.forEach((x) => numbersIn(x, out));
  else if (v && typeof v === 'object') Object.values(v).forEach((x) => numbersIn(x, out));
  return out;
}

describe('factor packs', () => {
  it('the manifest lists every table with provenance, row count and hash', () => {
    expect(manifest.tables.map((t) => t.table).sort()).toEqual([...TABLE_NAMES].sort());
    for (const t of manifest.tables) {
      expect(t.licence.length, t.table).toBeGreaterThan(3);
      expect(t.source.length, t.table).toBeGreaterThan(3);
      expect(t.attribution.length, t.table).toBeGreaterThan(3);
      expect(t.version, t.table).toBeTruthy();
      expect(rows(t.table).length, t.table).toBe(t.rows);
      expect(createHash('sha256').update(read(t.file)).digest('hex'), t.file).toBe(t.sha256);
    }
    const shipped = readdirSync(DIR).filter((f) => f.endsWith('.json') && f !== 'manifest.json' && f !== 'classifier.json');
    expect(shipped.sort()).toEqual(manifest.tables.map((t) => t.file).sort());
  });

  it('Boavizta data ships as its own ODbL file', () => {
    const b = manifest.tables.find((t) => t.table === 'boavizta')!;
    expect(b.file).toBe('boavizta.json');
    expect(b.licence).toMatch(/ODbL 1\.0/);
  });

  it.each([...TABLE_NAMES])('%s: every row matches the schema; keys unique and sorted; numbers finite and >= 0', (name) => {
    const t = tables.get(name)!;
    expect(t.table).toBe(name);
    const keys = t.rows.map((r) => r.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toEqual([...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    for (const r of t.rows) {
      SCHEMAS[name].parse(r);
      for (const n of numbersIn(r)) {
        expect(Number.isFinite(n), `${name}:${r.key}`).toBe(true);
        expect(n, `${name}:${r.key}`).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it('every one of the 5,595 taxonomy nodes resolves to a spend factor and a price index', () => {
    const cw = rows('crosswalk');
    expect(cw).toHaveLength(5595);
    const spend = new Set(rows('spend').map((r) => r.key));
    const index = new Set(rows('price-index').map((r) => r.key));
    const ids = new Set(cw.map((r) => r.id));
    for (const r of cw) {
      expect(spend.has(r.naics), `${r.id} ${r.path}`).toBe(true);
      expect(index.has(r.useeio) || r.useeio === '', `${r.id} index ${r.useeio}`).toBe(true);
      expect(ids.has(r.mappedFrom)).toBe(true);
      if (r.parentId !== null) expect(ids.has(r.parentId)).toBe(true);
    }
    expect(rows('taxonomy-paths')).toHaveLength(5595);
  });

  it('payment and point-of-sale terminals take an electronics sector, not the Retail node\'s store fixtures', () => {
    const cw = rows('crosswalk');
    const under = (path: string) => cw.filter((r) => r.path === path || r.path.startsWith(`${path} > `));
    const devices = [
      ...under('Business & Industrial > Retail > Money Handling > Cash Registers & POS Terminals'),
      ...under('Business & Industrial > Retail > Money Handling > Cash Register & POS Terminal Accessories > Credit Card Terminals'),
    ];
    expect(devices.length).toBeGreaterThanOrEqual(4);
    for (const r of devices) expect([r.path, r.naics, r.material]).toEqual([r.path, '334118', 'electrical_it']);
  });

  it('alias targets, hints and typical ranges point at rows that exist', () => {
    const materials = new Set(rows('materials').map((r) => r.key));
    const food = new Set(rows('food').map((r) => r.key));
    for (const a of rows('material-aliases')) expect(materials.has(a.target), a.key).toBe(true);
    for (const a of rows('food-aliases')) expect(food.has(a.target), a.key).toBe(true);
    const typical = new Set(rows('typical').map((r) => Number(r.key)));
    for (const r of rows('crosswalk')) {
      // a sector proxy may name an AGRIBALYSE product (`agb:<code>`, data/sector-materials.csv)
      if (r.material?.startsWith('agb:')) expect(food.has(`agb-${r.material.slice(4)}`), String(r.id)).toBe(true);
      else if (r.material) expect(materials.has(r.material), String(r.id)).toBe(true);
      if (r.food && r.food !== '*') expect(food.has(r.food), String(r.id)).toBe(true);
      if (r.typicalFrom !== undefined) expect(typical.has(r.typicalFrom)).toBe(true);
    }
    for (const t of rows('typical')) {
      if (t.priceUsdLow !== null && t.priceUsdHigh !== null) expect(t.priceUsdLow).toBeLessThan(t.priceUsdHigh);
      if (t.weightKgLow !== null && t.weightKgHigh !== null) expect(t.weightKgLow).toBeLessThan(t.weightKgHigh);
    }
  });

  it('multilingual material aliases cover the common fibres and materials', () => {
    const aliases = new Map(rows('material-aliases').map((a) => [a.key, a.target]));
    for (const w of ['cotton', 'baumwolle', 'coton', 'algodon', 'cotone', 'polyester', 'wool', 'wolle', 'edelstahl', 'acier inoxydable', 'aluminium', 'glass', 'holz', 'plastic']) {
      expect(aliases.has(w), w).toBe(true);
    }
  });

  it("each drink container's packaging stage is the median over the AGRIBALYSE beverages in it; beverages carry their own", () => {
    // Recomputed here from the raw file: CIQUAL group "boissons", packaging_material_fr Verre /
    // PET, HPDE, HDPE / Carton (glass 0.4778 over 53, plastic 0.1437 over 142, carton 0.09985 over 29).
    // No beverage is modelled in a can: the can's stage is the median over all foods in Acier (0.2592 over 96).
    const all = raw('agribalyse_3.1.1_synthese_co2e_per_kg.csv');
    const agb = all.filter((r) => r.food_group_fr?.trim().startsWith('boissons'));
    const materials: Record<(typeof CONTAINERS)[number], string[]> = { glass: ['Verre'], plastic: ['PET', 'HPDE', 'HDPE'], carton: ['Carton'], can: ['Acier'] };
    const food = new Map(rows('food').map((r) => [r.key, r]));
    expect(agb.filter((r) => r.packaging_material_fr?.trim() === 'Acier')).toEqual([]);
    for (const c of CONTAINERS) {
      const values = (c === 'can' ? all : agb).filter((r) => materials[c].includes(r.packaging_material_fr?.trim() ?? '')).map((r) => Number(r.kgco2e_per_kg_packaging));
      expect(food.get(containerKey(c))?.kgPerKg, c).toBeCloseTo(median(values), 3);
      expect(food.get(containerKey(c))?.statistic, c).toBe('median');
    }
    expect(food.get('agb-18018')?.packaging).toEqual({ container: 'plastic', kgPerKg: 0.1774 }); // cola, PET
    expect(food.get('agb-5001')?.packaging).toEqual({ container: 'glass', kgPerKg: 0.4778 }); // beer, Verre
    // Only beverages: a food outside the group has no packaging to swap.
    for (const f of rows('food')) if (f.packaging) expect(agb.some((r) => `agb-${r.agb_code}` === f.key), f.key).toBe(true);
  });

  it('rebuilding gives byte-identical files', () => {
    const out = mkdtempSync(join(tmpdir(), 'factors-'));
    writePack(out);
    for (const f of ['manifest.json', ...manifest.tables.map((t) => t.file)]) {
      expect(readFileSync(join(out, f), 'utf8') === read(f), f).toBe(true);
    }
  });
});
