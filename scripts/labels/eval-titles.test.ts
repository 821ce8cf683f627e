import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Taxonomy } from '../../lib/classify/taxonomy';
import { readTaxonomy } from '../classify/build-model';
import { buildEvalTitles, EVAL_TITLES_CSV, EVAL_TITLES_COLUMNS } from './build-eval-titles';
import { checkEvalTitles, checkEvalTitlesCsv } from './check-eval-titles';
import { parseEvalSource, splitOf } from './eval-sources';
import { parseCsv } from '../lib/csv';

const taxonomy = new Taxonomy(readTaxonomy().rows);
const header = EVAL_TITLES_COLUMNS.join(',');
const row = (title: string, id = '187', path = 'Apparel & Accessories > Shoes', lang = 'de', label = 'leaf') =>
  [title, '', lang, id, path, label, 'owner/repo file.json', 'MIT', splitOf(title)].join(',');
const tiny = { titles: 1, languages: 1, perLanguage: 1, categories: 1, perCategory: 1 };

describe('data/labels/eval-titles.csv', () => {
  it('is what the hand-written sources in data/labels/eval-sources build', () => {
    expect(readFileSync(EVAL_TITLES_CSV, 'utf8')).toBe(buildEvalTitles());
  });

  it('meets the evaluation set rules and minimums (1,000 titles, 8 languages, 20 categories)', () => {
    const { problems, counts } = checkEvalTitles();
    expect(problems).toEqual([]);
    expect(counts.titles).toBeGreaterThanOrEqual(1000);
  });

  it('shares no title with the other hand-labelled title sets (whole, or cut at 120 characters)', () => {
    const titlesOf = (path: string) =>
      parseCsv(readFileSync(path, 'utf8'))
        .slice(1)
        .map((r) => (r[0] ?? '').trim());
    const others = [...titlesOf('data/labels/titles-other.csv'), ...titlesOf('data/labels/pages-with-breadcrumbs.csv')];
    const shared = titlesOf(EVAL_TITLES_CSV).filter((t) =>
      others.some((o) => o === t || (o.length >= 40 && t.startsWith(o)) || (t.length >= 40 && o.startsWith(t))),
    );
    expect(shared).toEqual([]);
  });
});

describe('checkEvalTitlesCsv', () => {
  it('accepts a well-formed file', () => {
    const csv = [
      header,
      row('Herren Sneaker Leder weiß'),
      row('Damen Sandalen', '187', 'Apparel & Accessories > Shoes', 'fr'),
    ].join('\n');
    expect(checkEvalTitlesCsv(csv, taxonomy, tiny).problems).toEqual([]);
  });

  it('reports unknown ids, wrong paths, languages, duplicates, top-level labels and bad splits', () => {
    const badSplit = row('Laufschuhe').replace(/,(dev|test)$/, (_, s) => `,${s === 'dev' ? 'test' : 'dev'}`);
    const csv = [
      header,
      row('Sneaker A', '99999999'),
      row('Sneaker B', '187', 'Apparel & Accessories > Clothing'),
      row('Sneaker C', '187', 'Apparel & Accessories > Shoes', 'xx'),
      row('Sneaker D'),
      row('  sneaker   d '.trim()),
      row('Kleidung', '166', 'Apparel & Accessories'),
      badSplit,
    ].join('\n');
    const problems = checkEvalTitlesCsv(csv, taxonomy, tiny).problems.join('\n');
    expect(problems).toMatch(/line 2: unknown Google taxonomy id "99999999"/);
    expect(problems).toMatch(/line 3: google_path "Apparel & Accessories > Clothing" is not the path of 187/);
    expect(problems).toMatch(/line 4: unknown language "xx"/);
    expect(problems).toMatch(/line 6: duplicate of line 5/);
    expect(problems).toMatch(/line 7: label 166 is a top-level node/);
    expect(problems).toMatch(/line 8: split/);
  });

  it('reports a set below the minimums', () => {
    const csv = [header, row('Sneaker A'), row('Sneaker B')].join('\n');
    const problems = checkEvalTitlesCsv(csv, taxonomy).problems.join('\n');
    expect(problems).toMatch(/2 titles, at least 1000 needed/);
    expect(problems).toMatch(/0 languages with 20\+ titles/);
    expect(problems).toMatch(/0 second-level categories with 5\+ titles/);
  });

  it('rejects a wrong header', () => {
    expect(checkEvalTitlesCsv('title,lang\nx,de\n', taxonomy, tiny).problems[0]).toMatch(/header must be/);
  });
});

describe('parseEvalSource', () => {
  it('reads directives and rows, with ancestor labels', () => {
    const rows = parseEvalSource(
      '# c\n@source o/r a.sql\n@licence MIT\n@lang ko\n@breadcrumb 신발\n187 스니커즈\n567~a 세럼 50ml\n',
      'x.txt',
    );
    expect(rows.map((r) => [r.googleId, r.title, r.label, r.breadcrumb, r.lang])).toEqual([
      [187, '스니커즈', 'leaf', '신발', 'ko'],
      [567, '세럼 50ml', 'ancestor', '신발', 'ko'],
    ]);
  });

  it('refuses rows without a source, licence and language, and malformed lines', () => {
    expect(() => parseEvalSource('187 Sneaker\n', 'x.txt')).toThrow(/row before @source/);
    expect(() => parseEvalSource('@source a\n@licence b\n@lang de\nSneaker 187\n', 'x.txt')).toThrow(/x.txt:4/);
  });
});
