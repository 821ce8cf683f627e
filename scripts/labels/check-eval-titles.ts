/**
 * Validates data/labels/eval-titles.csv, the multilingual evaluation set (issue #15): columns,
 * known taxonomy ids whose path matches, labels, languages, sources and licences, no duplicate
 * titles, the hash split, and the minimums the issue asks for (at least 1,000 titles, 8
 * languages, 20 second-level categories). Run by its Vitest test (so by `npm test`) and by
 * `npx tsx scripts/labels/check-eval-titles.ts`, which also prints the counts.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { Taxonomy } from '../../lib/classify/taxonomy';
import { readTaxonomy } from '../classify/build-model';
import { parseCsv } from '../lib/csv';
import { EVAL_TITLES_COLUMNS, EVAL_TITLES_CSV } from './build-eval-titles';
import { splitOf } from './eval-sources';

/** ISO 639-1 codes of the languages the classifier targets (issue #15) plus a few neighbours. */
const EVAL_LANGUAGES = new Set([
  'en',
  'de',
  'fr',
  'es',
  'it',
  'nl',
  'pl',
  'pt',
  'sv',
  'cs',
  'ru',
  'ja',
  'zh',
  'ko',
  'da',
  'fi',
  'no',
  'sk',
  'hu',
  'ro',
  'tr',
]);

export interface EvalTitlesMinimums {
  titles: number;
  languages: number;
  perLanguage: number;
  categories: number;
  perCategory: number;
}

const MINIMUMS: EvalTitlesMinimums = {
  titles: 1000,
  /** Languages that count must have at least this many titles. */
  languages: 8,
  perLanguage: 20,
  /** Second-level taxonomy branches ("Apparel & Accessories > Shoes") with enough titles. */
  categories: 20,
  perCategory: 5,
};

export interface EvalTitlesCounts {
  titles: number;
  byLang: Record<string, number>;
  /** By second-level path (the top level for a label at level 1, which the checks reject). */
  byCategory: Record<string, number>;
  bySplit: Record<string, number>;
  ancestorLabels: number;
}

export interface EvalTitlesCheck {
  problems: string[];
  counts: EvalTitlesCounts;
}

const norm = (t: string) => t.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
const bump = (m: Record<string, number>, k: string) => (m[k] = (m[k] ?? 0) + 1);

export function checkEvalTitlesCsv(
  text: string,
  taxonomy: Taxonomy,
  minimums: Partial<EvalTitlesMinimums> = MINIMUMS,
): EvalTitlesCheck {
  const min = { ...MINIMUMS, ...minimums };
  const problems: string[] = [];
  const counts: EvalTitlesCounts = { titles: 0, byLang: {}, byCategory: {}, bySplit: {}, ancestorLabels: 0 };
  const [header, ...rows] = parseCsv(text.replace(/^\uFEFF/, ''));
  if (!header || header.join(',') !== EVAL_TITLES_COLUMNS.join(',')) {
    return { problems: [`header must be ${EVAL_TITLES_COLUMNS.join(',')}, not ${header?.join(',')}`], counts };
  }
  const seen = new Map<string, number>();
  rows.forEach((cells, i) => {
    const line = i + 2;
    const say = (what: string) => problems.push(`line ${line}: ${what}`);
    if (cells.length !== EVAL_TITLES_COLUMNS.length)
      return say(`${cells.length} columns, expected ${EVAL_TITLES_COLUMNS.length}`);
    const [title, breadcrumb, lang, id, path, label, source, licence, split] = cells;
    if (!title.trim()) say('empty title');
    if (title !== title.trim()) say('title has leading or trailing spaces');
    const key = norm(title);
    if (seen.has(key)) say(`duplicate of line ${seen.get(key)}: ${title}`);
    else seen.set(key, line);
    if (!EVAL_LANGUAGES.has(lang)) say(`unknown language "${lang}"`);
    if (breadcrumb && breadcrumb.split(' > ').some((p) => !p.trim())) say(`empty breadcrumb part in "${breadcrumb}"`);
    const gid = Number(id);
    const depth = taxonomy.depth(gid);
    if (!/^\d+$/.test(id) || !taxonomy.has(gid)) say(`unknown Google taxonomy id "${id}"`);
    else {
      if (taxonomy.pathOf(gid) !== path) say(`google_path "${path}" is not the path of ${id}: ${taxonomy.pathOf(gid)}`);
      if (depth < 2) say(`label ${id} is a top-level node; label at level 2 or deeper`);
    }
    if (label !== 'leaf' && label !== 'ancestor') say(`label must be leaf or ancestor, not "${label}"`);
    if (!source.trim()) say('no source');
    if (!licence.trim()) say('no licence');
    if (split !== splitOf(title)) say(`split "${split}" is not the hash split "${splitOf(title)}"`);
    counts.titles++;
    bump(counts.byLang, lang);
    bump(counts.bySplit, split);
    if (label === 'ancestor') counts.ancestorLabels++;
    if (depth >= 1) bump(counts.byCategory, taxonomy.pathOf(taxonomy.ancestors(gid)[Math.min(1, depth - 1)]) ?? '?');
  });
  if (counts.titles < min.titles) problems.push(`${counts.titles} titles, at least ${min.titles} needed`);
  const langs = Object.values(counts.byLang).filter((n) => n >= min.perLanguage).length;
  if (langs < min.languages)
    problems.push(`${langs} languages with ${min.perLanguage}+ titles, at least ${min.languages} needed`);
  const cats = Object.values(counts.byCategory).filter((n) => n >= min.perCategory).length;
  if (cats < min.categories)
    problems.push(`${cats} second-level categories with ${min.perCategory}+ titles, at least ${min.categories} needed`);
  return { problems, counts };
}

export function checkEvalTitles(path = EVAL_TITLES_CSV): EvalTitlesCheck {
  return checkEvalTitlesCsv(readFileSync(path, 'utf8'), new Taxonomy(readTaxonomy().rows));
}

function main(): void {
  const { problems, counts } = checkEvalTitles();
  const sorted = (m: Record<string, number>) =>
    Object.entries(m)
      .sort((a, b) => b[1] - a[1])
      .map(([k, n]) => `${k} ${n}`)
      .join(', ');
  console.log(`${EVAL_TITLES_CSV}: ${counts.titles} titles (${counts.ancestorLabels} labelled at an ancestor)`);
  console.log(`  languages: ${sorted(counts.byLang)}`);
  console.log(`  split: ${sorted(counts.bySplit)}`);
  console.log(`  ${Object.keys(counts.byCategory).length} second-level categories: ${sorted(counts.byCategory)}`);
  for (const p of problems) console.error(`  PROBLEM ${p}`);
  if (problems.length) process.exit(1);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
