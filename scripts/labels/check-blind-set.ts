/**
 * Validates a blind set of labelled product titles (tests/fixtures/blind-r*\/titles.csv, the
 * format `npm run classify:eval -- --file` reads) without running the classifier: the columns,
 * every google_id a node of the 2021-09-21 taxonomy whose path is the row's google_path, the
 * label kinds (leaf, ancestor at level 2 or deeper with children, non-physical with a kind), the
 * hard classes, no duplicate title (case and spacing folded), the source and licence, and the
 * set's minimums (rows, rows per language, rows per top level, the share with a breadcrumb), and
 * (from round 19) that no title is also a title of an earlier labelled set.
 * Run by its Vitest test (so by `npm test`) and by
 * `npx tsx scripts/labels/check-blind-set.ts <csv>`, which also prints the counts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseCsv } from '../lib/csv';
import { readTaxonomy } from '../classify/build-model';
import { Taxonomy } from '../../lib/classify/taxonomy';
import { NON_PHYSICAL_NODE } from '../../lib/classify/rules/non-physical';

/** The columns of blind-r17 and later, in order. */
const BLIND_SET_COLUMNS =
  'title,breadcrumb,lang,google_id,google_path,label,source,licence,non_physical,hard_class'.split(',');

/** The kinds of `Classification.nonPhysical` (rules/non-physical.ts). */
const NON_PHYSICAL_KINDS = new Set(Object.keys(NON_PHYSICAL_NODE));
/** Kinds that have no taxonomy node (the taxonomy has none for a subscription or a service). */
const NODELESS_KINDS = new Set(
  Object.entries(NON_PHYSICAL_NODE)
    .filter(([, node]) => node === null)
    .map(([kind]) => kind),
);
const HARD_CLASSES = new Set(['modifier', 'accessory', 'consumable', 'book-about', 'slides']);

export interface BlindSetRules {
  source: string;
  licence: string;
  minRows: number;
  /** Every language with rows must be one of these; each must have at least `perLanguage` rows. */
  languages: string[];
  perLanguage: number;
  /** Languages that need more rows than `perLanguage`. */
  perLanguageOverride: Record<string, number>;
  /** Every top level of the taxonomy must have at least this many rows. */
  perTopLevel: number;
  /** Top levels that need more rows than `perTopLevel`. */
  perTopLevelOverride?: Record<string, number>;
  /** The share of rows with a breadcrumb must lie in [min, max]. */
  breadcrumbShare: [number, number];
  /** Hard classes that need at least this many rows (from round 20). */
  perHardClass?: Record<string, number>;
  /** The set must have at least this many non-physical rows (from round 20). */
  minNonPhysical?: number;
}

export const BLIND_R18_RULES: BlindSetRules = {
  source: 'written blind, round 18',
  licence: 'MIT (written for this project; brand and model names are facts, no shop text copied)',
  minRows: 650,
  languages: 'en de fr es it nl pl pt sv cs ru ja zh ko tr da fi no hu ro uk el'.split(' '),
  perLanguage: 25,
  perLanguageOverride: { tr: 40, da: 40, ja: 40, zh: 40, ko: 40 },
  perTopLevel: 10,
  breadcrumbShare: [0.4, 0.65],
};

const BLIND_R19_MORE = 'ja ko el ro fi no hu hr sk bg'.split(' ');

/** `{ [top]: n }` for each of `tops`. */
const atLeast = (n: number, tops: string[]): Record<string, number> => Object.fromEntries(tops.map((top) => [top, n]));

export const BLIND_R19_RULES: BlindSetRules = {
  source: 'written blind, round 19',
  licence: BLIND_R18_RULES.licence,
  minRows: 760,
  languages: [...BLIND_R18_RULES.languages, 'hr', 'sk', 'bg'],
  perLanguage: 25,
  perLanguageOverride: atLeast(35, BLIND_R19_MORE),
  perTopLevel: 12,
  perTopLevelOverride: atLeast(20, [
    'Business & Industrial',
    'Vehicles & Parts',
    'Office Supplies',
    'Sporting Goods',
    'Cameras & Optics',
    'Hardware',
    'Media',
    'Food, Beverages & Tobacco',
  ]),
  breadcrumbShare: [0.4, 0.65],
};

export const BLIND_R20_RULES: BlindSetRules = {
  source: 'written blind, round 20',
  licence: BLIND_R18_RULES.licence,
  minRows: 850,
  languages: [...BLIND_R19_RULES.languages, 'sl', 'lt', 'vi'],
  perLanguage: 25,
  perLanguageOverride: atLeast(20, ['sl', 'lt', 'vi']),
  perTopLevel: 12,
  // The everyday top levels of issue #15.
  perTopLevelOverride: atLeast(25, [
    'Business & Industrial',
    'Hardware',
    'Vehicles & Parts',
    'Media',
    'Home & Garden',
    'Sporting Goods',
    'Furniture',
    'Food, Beverages & Tobacco',
    'Toys & Games',
    'Health & Beauty',
    'Apparel & Accessories',
  ]),
  breadcrumbShare: [0.4, 0.65],
  perHardClass: { accessory: 25, consumable: 25 },
  minNonPhysical: 40,
};

/** The everyday top levels of issue #15. */
const EVERYDAY_TOP_LEVELS = Object.keys(BLIND_R20_RULES.perTopLevelOverride ?? {});
/** The languages round 21 adds: Indonesian, Malay, Arabic, Hebrew, Thai, Estonian and Latvian. */
const BLIND_R21_NEW_LANGUAGES = 'id ms ar he th et lv'.split(' ');

export const BLIND_R21_RULES: BlindSetRules = {
  source: 'written blind, round 21',
  licence: BLIND_R18_RULES.licence,
  minRows: 950,
  languages: [...BLIND_R20_RULES.languages, ...BLIND_R21_NEW_LANGUAGES],
  perLanguage: 25,
  perLanguageOverride: atLeast(20, BLIND_R21_NEW_LANGUAGES),
  perTopLevel: 12,
  perTopLevelOverride: atLeast(25, EVERYDAY_TOP_LEVELS),
  breadcrumbShare: [0.4, 0.65],
  // The hard classes of issue #15: a device's accessory, a consumable, a modifier word part,
  // a book about a thing, and slides that are sandals.
  perHardClass: { accessory: 30, consumable: 30, modifier: 30, 'book-about': 15, slides: 15 },
  minNonPhysical: 40,
};

/** The fourteen languages issue #15 names, which round 22 weights double. */
const ISSUE_15_LANGUAGES = 'en de fr es it nl pl pt sv cs ru ja zh ko'.split(' ');

export const BLIND_R22_RULES: BlindSetRules = {
  // The languages, top levels, hard classes and breadcrumb share of round 21, no new language.
  ...BLIND_R21_RULES,
  source: 'written blind, round 22',
  minRows: 980,
  // 40 rows for each language issue #15 names, 20 for the others.
  perLanguage: 20,
  perLanguageOverride: atLeast(40, ISSUE_15_LANGUAGES),
  minNonPhysical: 60,
};

export const BLIND_R23_RULES: BlindSetRules = {
  // The languages, minimums per language and top level, hard classes, non-physical rows and
  // breadcrumb share of round 22, with more rows.
  ...BLIND_R22_RULES,
  source: 'written blind, round 23',
  minRows: 1000,
};

export const BLIND_R24_RULES: BlindSetRules = {
  // The rules of round 23 (languages, minimums, hard classes, non-physical rows, breadcrumb
  // share, 1000 rows), with this round's source.
  ...BLIND_R23_RULES,
  source: 'written blind, round 24',
};

/** The rules of each blind set the command line knows, by folder name. */
const RULES_BY_FOLDER: Record<string, BlindSetRules> = {
  'blind-r18': BLIND_R18_RULES,
  'blind-r19': BLIND_R19_RULES,
  'blind-r20': BLIND_R20_RULES,
  'blind-r21': BLIND_R21_RULES,
  'blind-r22': BLIND_R22_RULES,
  'blind-r23': BLIND_R23_RULES,
  'blind-r24': BLIND_R24_RULES,
};

export interface BlindSetCounts {
  rows: number;
  withBreadcrumb: number;
  byLanguage: Record<string, number>;
  byTopLevel: Record<string, number>;
  byLabel: Record<string, number>;
  byNonPhysical: Record<string, number>;
  byHardClass: Record<string, number>;
}

/** id -> path of every node of the 2021-09-21 taxonomy (read as the classifier's build reads it). */
function readTaxonomyPaths(): Map<number, string> {
  const taxonomy = new Taxonomy(readTaxonomy().rows);
  return new Map(taxonomy.ids.map((id) => [id, taxonomy.pathOf(id) ?? '']));
}

const bump = (counts: Record<string, number>, key: string) => {
  counts[key] = (counts[key] ?? 0) + 1;
};

/** The problems of a blind-set CSV text (empty when it is valid) and its counts. */
export function checkBlindSetCsv(
  text: string,
  rules: BlindSetRules,
  taxonomy: Map<number, string> = readTaxonomyPaths(),
): { problems: string[]; counts: BlindSetCounts } {
  const problems: string[] = [];
  const counts: BlindSetCounts = {
    rows: 0,
    withBreadcrumb: 0,
    byLanguage: {},
    byTopLevel: {},
    byLabel: {},
    byNonPhysical: {},
    byHardClass: {},
  };
  const [header, ...rows] = parseCsv(text.replace(/^\uFEFF/, ''));
  if (!header || header.join(',') !== BLIND_SET_COLUMNS.join(','))
    return { problems: [`header is not ${BLIND_SET_COLUMNS.join(',')}`], counts };
  const parents = new Set([...taxonomy.values()].map((p) => p.split(' > ').slice(0, -1).join(' > ')));
  const languages = new Set(rules.languages);
  const seen = new Map<string, number>();
  rows.forEach((cells, i) => {
    const line = i + 2;
    const r = Object.fromEntries(BLIND_SET_COLUMNS.map((c, j) => [c, cells[j] ?? '']));
    const where = `line ${line} ("${r.title}")`;
    if (cells.length !== BLIND_SET_COLUMNS.length)
      problems.push(`${where}: ${cells.length} fields, not ${BLIND_SET_COLUMNS.length}`);
    counts.rows++;
    const title = r.title.trim();
    if (!title) problems.push(`${where}: no title`);
    if (title !== r.title) problems.push(`${where}: spaces around the title`);
    const key = title.toLowerCase().replace(/\s+/g, ' ');
    const first = seen.get(key);
    if (first !== undefined) problems.push(`${where}: same title as line ${first}`);
    else seen.set(key, line);
    if (!languages.has(r.lang)) problems.push(`${where}: language "${r.lang}" is not one of the set's`);
    bump(counts.byLanguage, r.lang);
    if (r.breadcrumb) counts.withBreadcrumb++;
    if (r.source !== rules.source) problems.push(`${where}: source is not "${rules.source}"`);
    if (r.licence !== rules.licence) problems.push(`${where}: licence is not "${rules.licence}"`);
    bump(counts.byLabel, r.label);
    if (r.hard_class) {
      bump(counts.byHardClass, r.hard_class);
      if (!HARD_CLASSES.has(r.hard_class)) problems.push(`${where}: unknown hard_class "${r.hard_class}"`);
    }
    if (r.non_physical) {
      bump(counts.byNonPhysical, r.non_physical);
      if (!NON_PHYSICAL_KINDS.has(r.non_physical)) problems.push(`${where}: unknown non_physical "${r.non_physical}"`);
      if (r.label !== 'non-physical') problems.push(`${where}: non_physical row labelled "${r.label}"`);
    } else if (r.label === 'non-physical') problems.push(`${where}: label non-physical without a non_physical kind`);
    if (!r.google_id) {
      if (r.google_path) problems.push(`${where}: google_path without google_id`);
      if (!NODELESS_KINDS.has(r.non_physical)) problems.push(`${where}: no google_id`);
      bump(counts.byTopLevel, '(no node)');
      return;
    }
    const id = Number(r.google_id);
    const path = /^\d+$/.test(r.google_id) ? taxonomy.get(id) : undefined;
    if (path === undefined) {
      problems.push(`${where}: no taxonomy node ${r.google_id}`);
      return;
    }
    if (path !== r.google_path) problems.push(`${where}: node ${id} is "${path}", not "${r.google_path}"`);
    bump(counts.byTopLevel, path.split(' > ')[0]);
    if (r.label === 'ancestor') {
      if (!path.includes(' > ')) problems.push(`${where}: ancestor at the top level`);
      if (!parents.has(path)) problems.push(`${where}: ancestor "${path}" has no children`);
    } else if (r.label !== 'leaf' && r.label !== 'non-physical') problems.push(`${where}: unknown label "${r.label}"`);
  });
  if (counts.rows < rules.minRows) problems.push(`${counts.rows} rows, fewer than ${rules.minRows}`);
  for (const lang of rules.languages) {
    const need = rules.perLanguageOverride[lang] ?? rules.perLanguage;
    const have = counts.byLanguage[lang] ?? 0;
    if (have < need) problems.push(`language ${lang}: ${have} rows, fewer than ${need}`);
  }
  for (const path of taxonomy.values()) {
    if (path.includes(' > ')) continue;
    const need = rules.perTopLevelOverride?.[path] ?? rules.perTopLevel;
    const have = counts.byTopLevel[path] ?? 0;
    if (have < need) problems.push(`top level ${path}: ${have} rows, fewer than ${need}`);
  }
  for (const [hardClass, need] of Object.entries(rules.perHardClass ?? {})) {
    const have = counts.byHardClass[hardClass] ?? 0;
    if (have < need) problems.push(`hard_class ${hardClass}: ${have} rows, fewer than ${need}`);
  }
  const nonPhysical = Object.values(counts.byNonPhysical).reduce((sum, n) => sum + n, 0);
  if (nonPhysical < (rules.minNonPhysical ?? 0))
    problems.push(`${nonPhysical} non-physical rows, fewer than ${rules.minNonPhysical}`);
  const share = counts.rows ? counts.withBreadcrumb / counts.rows : 0;
  const [min, max] = rules.breadcrumbShare;
  if (share < min || share > max)
    problems.push(`${(share * 100).toFixed(1)}% of rows have a breadcrumb, outside ${min * 100}-${max * 100}%`);
  return { problems, counts };
}

/** The problems and counts of a blind-set CSV file. */
export function checkBlindSet(path: string, rules: BlindSetRules) {
  return checkBlindSetCsv(readFileSync(path, 'utf8'), rules);
}

const foldTitle = (title: string) => title.trim().toLowerCase().replace(/\s+/g, ' ');

/** The folded values of the `title` column of a CSV text (none when it has no such column). */
function foldedTitles(text: string): Set<string> {
  const [header, ...rows] = parseCsv(text.replace(/^\uFEFF/, ''));
  const column = header?.indexOf('title') ?? -1;
  if (column < 0) return new Set();
  return new Set(rows.map((cells) => foldTitle(cells[column] ?? '')).filter(Boolean));
}

/**
 * The titles of a blind-set CSV text that are also (case and spacing folded) a title of one of
 * the other CSV texts, in the set's order. Only the set's own titles are returned, so a caller can
 * report them without showing the other files' rows.
 */
export function sharedTitles(text: string, others: string[]): string[] {
  const taken = new Set(others.flatMap((other) => [...foldedTitles(other)]));
  const [, ...rows] = parseCsv(text.replace(/^\uFEFF/, ''));
  return rows.map((cells) => cells[0] ?? '').filter((title) => taken.has(foldTitle(title)));
}

/**
 * The labelled title files a new blind set must not repeat: every other
 * `tests/fixtures/blind-r*\/titles.csv` and every `data/labels/*.csv`.
 */
export function earlierTitleFiles(path: string, root = '.'): string[] {
  const fixtures = join(root, 'tests/fixtures');
  const blind = readdirSync(fixtures)
    .filter((dir) => /^blind-r\d+$/.test(dir))
    .map((dir) => join(fixtures, dir, 'titles.csv'))
    .filter((file) => {
      try {
        readFileSync(file);
        return true;
      } catch {
        return false;
      }
    });
  const labels = join(root, 'data/labels');
  const labelled = readdirSync(labels)
    .filter((file) => file.endsWith('.csv'))
    .map((file) => join(labels, file));
  const self = join(path);
  return [...blind, ...labelled].filter((file) => join(file) !== self);
}

/** The titles of a blind-set file that an earlier labelled file already has. */
export function titlesSharedWithEarlierSets(path: string): string[] {
  const others = earlierTitleFiles(path).map((file) => readFileSync(file, 'utf8'));
  return sharedTitles(readFileSync(path, 'utf8'), others);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const path = process.argv[2] ?? 'tests/fixtures/blind-r24/titles.csv';
  const folder = Object.keys(RULES_BY_FOLDER).find((dir) => path.split(/[\\/]/).includes(dir));
  const rules = (folder ? RULES_BY_FOLDER[folder] : undefined) ?? BLIND_R24_RULES;
  const { problems, counts } = checkBlindSet(path, rules);
  // blind-r18 predates the rule; every later set repeats no earlier title.
  if (rules !== BLIND_R18_RULES)
    for (const title of titlesSharedWithEarlierSets(path))
      problems.push(`"${title}": also a title of an earlier labelled set`);
  console.log(JSON.stringify(counts, null, 2));
  for (const p of problems) console.error(p);
  if (problems.length) process.exit(1);
}
