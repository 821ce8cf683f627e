import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Classification, Classifier, ClassifyInput } from '../lib/classify/index';
import { Taxonomy } from '../lib/classify/taxonomy';
import { evaluateFile, parseEvalArgs } from './eval-classifier';

describe('classify:eval arguments', () => {
  it('takes --file <csv> or --file=<csv>, and nothing for the default report', () => {
    expect(parseEvalArgs([])).toEqual({ file: null });
    expect(parseEvalArgs(['--file', 'tests/fixtures/blind-r17/titles.csv'])).toEqual({
      file: 'tests/fixtures/blind-r17/titles.csv',
    });
    expect(parseEvalArgs(['--file=a.csv'])).toEqual({ file: 'a.csv' });
  });

  it('refuses a missing path, a repeated --file and unknown arguments', () => {
    expect(() => parseEvalArgs(['--file'])).toThrow(/needs the path/);
    expect(() => parseEvalArgs(['--file='])).toThrow(/needs the path/);
    expect(() => parseEvalArgs(['--file', '--verbose'])).toThrow(/needs the path/);
    expect(() => parseEvalArgs(['--file', 'a.csv', '--file', 'b.csv'])).toThrow(/twice/);
    expect(() => parseEvalArgs(['a.csv'])).toThrow(/unknown argument/);
  });
});

describe('evaluateFile', () => {
  // A > B > C, A > D, Z > Y
  const taxonomy = new Taxonomy([
    [1, 0, 'A'],
    [2, 1, 'B'],
    [3, 2, 'C'],
    [4, 1, 'D'],
    [9, 0, 'Z'],
    [10, 9, 'Y'],
  ]);
  const answer = (id: number, extra: Partial<Classification> = {}): Classification => ({
    id,
    path: taxonomy.pathOf(id) ?? '',
    confidence: 0.9,
    via: 'title',
    ...extra,
  });
  // The stub answers by title; "crumb" titles are right only with their breadcrumb.
  const byTitle: Record<string, (input: ClassifyInput) => Classification | null> = {
    leaf: () => answer(3),
    parent: () => answer(2),
    top: () => answer(1),
    sibling: () => answer(4),
    other: () => answer(10),
    none: () => null,
    crumb: (input) => (input.category ? answer(3) : null),
    flagged: () => answer(9, { nonPhysical: 'ticket' }),
    ticket: () => answer(9, { nonPhysical: 'ticket' }),
    voucher: () => answer(9, { nonPhysical: 'ticket' }),
    licence: () => answer(10),
  };
  const classifier = {
    classify: (input: ClassifyInput) => byTitle[input.title ?? '']?.(input) ?? null,
  } as unknown as Classifier;
  const dir = mkdtempSync(join(tmpdir(), 'eval-file-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, lines: string[]) => {
    const path = join(dir, name);
    writeFileSync(path, ['title,breadcrumb,lang,google_id,google_path,non_physical,hard_class', ...lines].join('\n'));
    return path;
  };

  it('counts right (node, deeper, or ancestor at level 2+), leaf, level 2, wrong and missing', () => {
    const path = write('set.csv', [
      'leaf,,en,3,A > B > C,,modifier',
      'parent,,de,3,A > B > C,,modifier',
      'top,,de,3,A > B > C,,',
      'sibling,,fr,3,A > B > C,,',
      'other,,fr,3,A > B > C,,',
      'none,,fr,3,A > B > C,,',
      'crumb,X > Y,en,3,A > B > C,,',
      'flagged,,en,10,Z > Y,,',
      'ticket,,en,9,Z,ticket,',
      'voucher,,de,9,Z,voucher,',
      'licence,,de,,,software,',
      'none,,de,,,subscription,',
    ]);
    const r = evaluateFile(classifier, taxonomy, path);
    expect(r.all).toEqual({ n: 8, right: 3, leaf: 2, level2: 3, wrong: 4, missing: 1 });
    expect(r.titleOnly).toEqual({ n: 8, right: 2, leaf: 1, level2: 2, wrong: 4, missing: 2 });
    expect(r.withBreadcrumb).toBe(1);
    expect(r.byLang.fr).toEqual({ n: 3, right: 0, leaf: 0, level2: 0, wrong: 2, missing: 1 });
    expect(r.byTopLevel.A.n).toBe(7);
    expect(r.byTopLevel.Z).toEqual({ n: 1, right: 0, leaf: 0, level2: 0, wrong: 1, missing: 0 });
    expect(r.byHardClass).toEqual({ modifier: { n: 2, right: 2, leaf: 1, level2: 2, wrong: 0, missing: 0 } });
    expect(r.physicalFlaggedNonPhysical).toBe(1);
    expect(r.nonPhysical).toMatchObject({ n: 4, flagged: 2, sameKind: 1, asPhysical: 1, missing: 1 });
    expect(r.nonPhysical.byKind.voucher).toEqual({ n: 1, flagged: 1, sameKind: 0 });
  });

  it('refuses an unknown node, a path that is not the node, and a physical row without a node', () => {
    expect(() => evaluateFile(classifier, taxonomy, write('a.csv', ['leaf,,en,77,A,,']))).toThrow(
      /no taxonomy node 77/,
    );
    expect(() => evaluateFile(classifier, taxonomy, write('b.csv', ['leaf,,en,3,A > C,,']))).toThrow(/not "A > C"/);
    expect(() => evaluateFile(classifier, taxonomy, write('c.csv', ['leaf,,en,,,,']))).toThrow(/no google_id/);
  });
});
