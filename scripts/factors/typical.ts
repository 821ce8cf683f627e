/**
 * Per-category physical profiles (data/typical-ranges.csv): typical item price and weight ranges
 * (plausibility checks), the typical mass of one item, and the category's physical factor (an
 * ADEME item and/or a per-kg intensity). The build fails on a path that does not match its id, a
 * missing basis, or a factor that names no row.
 */
import type { BookFormat, KindRow, PrintRun, TypicalRow } from '../../lib/factors/tables';
import { normalizeText } from '../../lib/factors/normalize';
import { ALL_FORMATS } from '../../lib/estimate/book-format';
import type { TaxonomyNode } from './crosswalk';
import { byKey, data, num, optNum, sig } from './io';

export interface FactorKeys {
  items: Set<string>;
  /** Each ADEME item's group and kind ("numerique/power adapter"): the items a profile's item may give way to. */
  itemKinds?: Map<string, string>;
  materials: Set<string>;
  /** AGRIBALYSE codes the food table carries. */
  agribalyse: Set<string>;
  /** Every food key (any source: `food:<key>` names one, e.g. RIVM's dry tea). */
  food: Set<string>;
}

function checkIntensity(id: number, v: string, keys: FactorKeys): void {
  if (!v) return;
  const [kind, ref] = v.includes(':') ? v.split(':', 2) : ['material', v];
  const ok =
    kind === 'item'
      ? keys.items.has(ref)
      : kind === 'agb'
        ? keys.agribalyse.has(ref)
        : kind === 'food'
          ? keys.food.has(ref)
          : kind === 'material' && keys.materials.has(ref);
  if (!ok) throw new Error(`typical-ranges.csv: ${id} intensity "${v}" names no factor`);
}

/** data/process-additions.csv: a making step per item that a category's per-kg factor leaves out. */
function readProcesses(paths: Map<number, string>): Map<string, NonNullable<TypicalRow['process']>> {
  const out = new Map<string, NonNullable<TypicalRow['process']>>();
  for (const r of data('process-additions.csv')) {
    const id = Number(r.gpt_id);
    if (paths.get(id) !== r.gpt_path) throw new Error(`process-additions.csv: path mismatch for ${r.gpt_id}`);
    if (!r.basis.trim() || !r.statistic.trim() || !r.source.trim())
      throw new Error(`process-additions.csv: ${id} has no basis`);
    const kgPerItem = num(r.kg_co2e_per_item, `process-additions.csv ${id}`);
    if (kgPerItem <= 0) throw new Error(`process-additions.csv: ${id} value must be positive`);
    out.set(String(id), { name: r.process, kgPerItem, statistic: r.statistic, source: r.source, basis: r.basis });
  }
  return out;
}

/**
 * A per-category table (gpt_id, gpt_path, one value, basis): the path must match the id, the basis
 * must be stated and the value fall within [lo, hi) (exclusive of lo); keyed by the id.
 */
function perCategory<T>(
  file: string,
  column: string,
  bounds: [number, number],
  paths: Map<number, string>,
  make: (value: number, basis: string) => T,
): Map<string, T> {
  const out = new Map<string, T>();
  for (const r of data(file)) {
    const id = Number(r.gpt_id);
    if (paths.get(id) !== r.gpt_path) throw new Error(`${file}: path mismatch for ${r.gpt_id}`);
    if (!r.basis.trim()) throw new Error(`${file}: ${id} has no basis`);
    const v = num(r[column], `${file} ${id}`);
    if (!(v > bounds[0] && v < bounds[1])) throw new Error(`${file}: ${id} ${column} out of range`);
    out.set(String(id), make(v, r.basis));
  }
  return out;
}

/** data/bulk-densities.csv: kg per litre of bulk goods sold by volume (a "60 l" bag of compost). */
const readBulk = (paths: Map<number, string>) =>
  perCategory('bulk-densities.csv', 'kg_per_litre', [0, 3], paths, (kgPerLitre, basis) => ({ kgPerLitre, basis }));

/** data/pack-pieces.csv: one piece's mass in a multipack of the category (a pouch of cat food, a can of beer). */
const readPieces = (paths: Map<number, string>) =>
  perCategory('pack-pieces.csv', 'piece_kg', [0, 50], paths, (kg, basis) => ({ kg, basis }));

/**
 * data/kind-masses.csv (kinds the title names, `words` `;`-separated), data/material-kinds.csv
 * (kinds the title names that are made of another material than the category's goods, with that
 * material and, when sold by the litre, their kg per litre) and data/powered-kinds.csv (the powered
 * version of the category's item): each kind's typical mass and, for a powered or material kind,
 * its per-kg intensity. The build fails on a path that does not match its id, a missing basis, a
 * mass out of range, an intensity that names no factor, a word that names two kinds of one
 * category, or a second powered kind of one category.
 */
function readKinds(paths: Map<number, string>, keys?: FactorKeys): Map<string, KindRow[]> {
  const out = new Map<string, KindRow[]>();
  const add = (file: string, id: number, k: KindRow) => {
    if (!k.basis.trim()) throw new Error(`${file}: ${id} ${k.kind} has no basis`);
    if (!(k.massKg > 0 && k.massKg < 100)) throw new Error(`${file}: ${id} ${k.kind} mass out of range`);
    if (keys && k.intensity) checkIntensity(id, k.intensity, keys);
    const list = out.get(String(id)) ?? [];
    if (k.powered && list.some((x) => x.powered)) throw new Error(`${file}: ${id} has two powered kinds`);
    for (const w of k.words ?? [])
      if (list.some((x) => x.words?.includes(w))) throw new Error(`${file}: ${id} "${w}" names two kinds`);
    list.push(k);
    out.set(String(id), list);
  };
  for (const [file, powered] of [
    ['kind-masses.csv', false],
    ['material-kinds.csv', false],
    ['powered-kinds.csv', true],
  ] as const)
    for (const r of data(file)) {
      const id = Number(r.gpt_id);
      if (paths.get(id) !== r.gpt_path) throw new Error(`${file}: path mismatch for ${r.gpt_id}`);
      const k: KindRow = { kind: r.kind, massKg: num(r.mass_kg, `${file} ${id}`), basis: r.basis ?? '' };
      if (powered) k.powered = true;
      else {
        k.words = [...new Set((r.words ?? '').split(';').map(normalizeText).filter(Boolean))].sort();
        if (!k.words.length) throw new Error(`${file}: ${id} ${r.kind} has no words`);
      }
      if (r.intensity) k.intensity = r.intensity;
      else if (file === 'material-kinds.csv') throw new Error(`${file}: ${id} ${r.kind} has no intensity`);
      const perLitre = optNum(r.kg_per_litre);
      if (perLitre !== null) {
        if (!(perLitre > 0.05 && perLitre < 3)) throw new Error(`${file}: ${id} ${r.kind} kg per litre out of range`);
        k.bulk = { kgPerLitre: perLitre, basis: r.basis ?? '' };
      }
      add(file, id, k);
    }
  for (const list of out.values()) list.sort((a, b) => a.kind.localeCompare(b.kind));
  return out;
}

/** The languages data/book-formats.csv names a format's words in. */
const FORMAT_LANGS = ['en', 'de', 'fr', 'es', 'it', 'nl'] as const;

/** A book's mass from its format: leaves (pages / 2) x page area x grammage, plus the cover. */
function bookMassKg(f: Pick<BookFormat, 'widthMm' | 'heightMm' | 'pages' | 'paperGsm' | 'coverKg'>): number {
  return sig((f.pages / 2) * (f.widthMm / 1000) * (f.heightMm / 1000) * (f.paperGsm / 1000) + f.coverKg, 3);
}

/**
 * data/book-formats.csv: standard book formats a title names (paperback, hardback, large
 * illustrated), keyed by the category whose profiles (it and its sub-categories) carry them. The
 * build fails on a path that does not match its id, a missing basis or words, or a value out of range.
 */
function readFormats(paths: Map<number, string>): Map<string, BookFormat[]> {
  const out = new Map<string, BookFormat[]>();
  const seen = new Map<string, string>();
  for (const r of data('book-formats.csv')) {
    const id = Number(r.gpt_id);
    const path = paths.get(id);
    if (path !== r.gpt_path) throw new Error(`book-formats.csv: path mismatch for ${r.gpt_id}`);
    if (!r.basis.trim()) throw new Error(`book-formats.csv: ${r.format} has no basis`);
    const what = `book-formats.csv ${r.format}`;
    const f = {
      widthMm: num(r.width_mm, what),
      heightMm: num(r.height_mm, what),
      pages: num(r.pages, what),
      paperGsm: num(r.paper_gsm, what),
      coverKg: num(r.cover_kg, what),
    };
    if (!(f.widthMm > 50 && f.heightMm > 50 && f.widthMm < 500 && f.heightMm < 500))
      throw new Error(`${what}: page size out of range`);
    if (!(f.pages >= 8 && f.pages < 5000 && f.paperGsm >= 30 && f.paperGsm <= 300 && f.coverKg >= 0 && f.coverKg < 1))
      throw new Error(`${what}: value out of range`);
    const words = [
      ...new Set(FORMAT_LANGS.flatMap((l) => (r[l] ?? '').split(';').map(normalizeText).filter(Boolean))),
    ].sort();
    if (!words.length) throw new Error(`${what}: no words`);
    for (const w of words) {
      const other = seen.get(`${id}:${w}`);
      if (other) throw new Error(`${what}: "${w}" also names ${other}`);
      seen.set(`${id}:${w}`, r.format);
    }
    const list = out.get(path) ?? [];
    list.push({ name: r.format, ...f, massKg: bookMassKg(f), words, basis: r.basis });
    out.set(path, list);
  }
  return out;
}

/**
 * data/book-returns.csv: the share of a print run returned unsold and the share of returns
 * destroyed, per book format (and for all formats). The build fails on a format that
 * book-formats.csv does not list, a missing source or a share outside (0, 1).
 */
function readPrintRuns(formats: Map<string, BookFormat[]>): PrintRun[] {
  const names = new Set([...formats.values()].flat().map((f) => f.name));
  const rows = data('book-returns.csv').map((r) => {
    const what = `book-returns.csv ${r.format}`;
    if (r.format !== ALL_FORMATS && !names.has(r.format)) throw new Error(`${what}: not a format of book-formats.csv`);
    if (!r.source.trim() || !r.basis.trim()) throw new Error(`${what}: no source or basis`);
    const returnRate = num(r.return_rate, what);
    const destroyedShare = num(r.destroyed_share, what);
    if (!(returnRate > 0 && returnRate < 1 && destroyedShare > 0 && destroyedShare <= 1))
      throw new Error(`${what}: share out of range`);
    const copiesPerSold = sig(1 / (1 - destroyedShare * returnRate), 4);
    return { format: r.format, returnRate, destroyedShare, copiesPerSold, source: r.source, basis: r.basis };
  });
  if (rows.length && !rows.some((r) => r.format === ALL_FORMATS))
    throw new Error(`book-returns.csv: no "${ALL_FORMATS}" row`);
  return rows.sort((a, b) => a.format.localeCompare(b.format));
}

/**
 * data/part-counts.csv: goods weighed by the count of their parts (a jigsaw puzzle's pieces). The
 * build fails on a path that does not match its id, a category it applies to that is not the row's
 * or one below it, a missing basis or a value out of range.
 */
function readParts(paths: Map<number, string>): Map<string, NonNullable<TypicalRow['parts']>> {
  const out = new Map<string, NonNullable<TypicalRow['parts']>>();
  const known = new Set(paths.values());
  for (const r of data('part-counts.csv')) {
    const id = Number(r.gpt_id);
    if (paths.get(id) !== r.gpt_path) throw new Error(`part-counts.csv: path mismatch for ${r.gpt_id}`);
    if (!r.basis.trim()) throw new Error(`part-counts.csv: ${id} has no basis`);
    const appliesTo = r.applies_to
      .split(';')
      .map((x) => x.trim())
      .filter(Boolean)
      .sort();
    for (const a of appliesTo)
      if (!known.has(a) || !(a === r.gpt_path || a.startsWith(`${r.gpt_path} > `)))
        throw new Error(`part-counts.csv: ${id} applies to "${a}", not a category at or below its own`);
    const kgPerPart = num(r.kg_per_part, `part-counts.csv ${id}`);
    const baseKg = num(r.base_kg, `part-counts.csv ${id}`);
    if (!(kgPerPart > 0 && kgPerPart < 1 && baseKg >= 0 && baseKg < 10))
      throw new Error(`part-counts.csv: ${id} value out of range`);
    out.set(String(id), { kgPerPart, baseKg, appliesTo, basis: r.basis });
  }
  return out;
}

/** The formats of the nearest listed category at or above the path ("Media > Books > Print Books" takes "Media > Books"'s). */
function formatsFor(path: string, formats: Map<string, BookFormat[]>): BookFormat[] | undefined {
  for (let p = path; p; p = p.includes(' > ') ? p.slice(0, p.lastIndexOf(' > ')) : '') {
    const f = formats.get(p);
    if (f) return [...f].sort((a, b) => b.massKg - a.massKg || a.name.localeCompare(b.name));
  }
  return undefined;
}

export function buildTypical(taxonomy: TaxonomyNode[], keys?: FactorKeys): TypicalRow[] {
  const paths = new Map(taxonomy.map((n) => [n.id, n.path]));
  const processes = readProcesses(paths);
  const bulk = readBulk(paths);
  const pieces = readPieces(paths);
  const formats = readFormats(paths);
  const printRuns = readPrintRuns(formats);
  const parts = readParts(paths);
  const kinds = readKinds(paths, keys);
  const profiles = new Set(data('typical-ranges.csv').map((r) => r.gpt_id));
  for (const id of bulk.keys())
    if (!profiles.has(id)) throw new Error(`bulk-densities.csv: ${id} has no typical-ranges.csv profile`);
  for (const id of pieces.keys())
    if (!profiles.has(id)) throw new Error(`pack-pieces.csv: ${id} has no typical-ranges.csv profile`);
  for (const id of parts.keys())
    if (!profiles.has(id)) throw new Error(`part-counts.csv: ${id} has no typical-ranges.csv profile`);
  for (const id of processes.keys())
    if (!profiles.has(id)) throw new Error(`process-additions.csv: ${id} has no typical-ranges.csv profile`);
  for (const id of kinds.keys())
    if (!profiles.has(id))
      throw new Error(`kind-masses.csv / powered-kinds.csv: ${id} has no typical-ranges.csv profile`);
  return byKey(
    data('typical-ranges.csv').map((r) => {
      const id = Number(r.gpt_id);
      if (paths.get(id) !== r.gpt_path) throw new Error(`typical-ranges.csv: path mismatch for ${r.gpt_id}`);
      if (!r.basis.trim()) throw new Error(`typical-ranges.csv: ${r.gpt_id} has no basis`);
      if (keys && r.item && !keys.items.has(r.item))
        throw new Error(`typical-ranges.csv: ${id} item "${r.item}" is not an ADEME item`);
      if (keys) checkIntensity(id, r.intensity ?? '', keys);
      const row: TypicalRow = {
        key: String(id),
        priceUsdLow: optNum(r.price_usd_low),
        priceUsdHigh: optNum(r.price_usd_high),
        weightKgLow: optNum(r.weight_kg_low),
        weightKgHigh: optNum(r.weight_kg_high),
        basis: r.basis,
        defaultMassKg: optNum(r.default_mass_kg),
      };
      if (r.item) row.item = r.item;
      const kind = r.item ? keys?.itemKinds?.get(r.item) : undefined;
      const kindItems = kind ? [...keys!.itemKinds!].filter(([, k]) => k === kind).map(([i]) => i) : [];
      if (kindItems.length > 1) row.kindItems = kindItems.sort();
      if (r.intensity) row.intensity = r.intensity;
      const process = processes.get(row.key);
      if (process) row.process = process;
      const density = bulk.get(row.key);
      if (density) row.bulk = density;
      const piece = pieces.get(row.key);
      if (piece) row.piece = piece;
      const bookFormats = formatsFor(r.gpt_path, formats);
      if (bookFormats) row.formats = bookFormats;
      if (bookFormats && printRuns.length) row.printRun = printRuns;
      const partCount = parts.get(row.key);
      if (partCount) row.parts = partCount;
      const kindRows = kinds.get(row.key);
      if (kindRows) row.kinds = kindRows;
      return row;
    }),
  );
}

/** AGRIBALYSE codes the category profiles name as default foods, and the sector materials name as proxies. */
export function agribalyseCodesInProfiles(): string[] {
  return [
    ...data('typical-ranges.csv').map((r) => r.intensity ?? ''),
    ...data('sector-materials.csv').map((r) => r.material_key),
  ]
    .map((v) => /^agb:(.+)$/.exec(v)?.[1])
    .filter((c): c is string => !!c);
}
