/**
 * The multilingual evaluation set is written by hand in small source files
 * (data/labels/eval-sources/*.txt), one per public source, so every title stays next to the
 * repository, path and licence it was copied from. `npm run labels:eval-titles` turns them into
 * data/labels/eval-titles.csv, the file the evaluation and the checks read.
 *
 * Source file format (UTF-8, one item per line):
 *   # comment
 *   @source <repository> <path> (commit ...)   applies to the rows below it
 *   @licence <licence of the source>
 *   @lang <ISO 639-1 code>
 *   @breadcrumb <the shop's own category path, " > " separated; empty line value clears it>
 *   <google id>[~a] <title exactly as the source gives it>
 * "~a" marks a label that is an ancestor (level 2 or deeper) because the title or the taxonomy
 * says no more (e.g. a serum: the taxonomy has no serum node, so Skin Care).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const EVAL_SOURCES_DIR = 'data/labels/eval-sources';

export interface EvalSourceRow {
  title: string;
  breadcrumb: string;
  lang: string;
  googleId: number;
  label: 'leaf' | 'ancestor';
  source: string;
  licence: string;
  /** Source file and line, for error messages. */
  at: string;
}

const ROW = /^(\d+)(~a)?\s+(\S.*)$/;
const DIRECTIVE = /^@(source|licence|lang|breadcrumb)(?:\s+(.*))?$/;

export function parseEvalSource(text: string, file: string): EvalSourceRow[] {
  const ctx = { source: '', licence: '', lang: '', breadcrumb: '' };
  const rows: EvalSourceRow[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    const at = `${file}:${i + 1}`;
    if (!line || line.startsWith('#')) return;
    const d = DIRECTIVE.exec(line);
    if (d) {
      ctx[d[1] as keyof typeof ctx] = (d[2] ?? '').trim();
      return;
    }
    const m = ROW.exec(line);
    if (!m) throw new Error(`${at}: not a directive or "<google id> <title>" row: ${JSON.stringify(line)}`);
    if (!ctx.source || !ctx.licence || !ctx.lang) throw new Error(`${at}: row before @source, @licence and @lang`);
    rows.push({
      title: m[3].trim(),
      breadcrumb: ctx.breadcrumb,
      lang: ctx.lang,
      googleId: Number(m[1]),
      label: m[2] ? 'ancestor' : 'leaf',
      source: ctx.source,
      licence: ctx.licence,
      at,
    });
  });
  return rows;
}

export function readEvalSources(dir = EVAL_SOURCES_DIR): EvalSourceRow[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((f) => parseEvalSource(readFileSync(join(dir, f), 'utf8'), join(dir, f)));
}

/** FNV-1a over UTF-16 code units: a stable split that does not depend on row order. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** About 30% dev (errors may be inspected), 70% test (only aggregate figures are looked at). */
export const splitOf = (title: string): 'dev' | 'test' => (fnv1a(title) % 10 < 3 ? 'dev' : 'test');
