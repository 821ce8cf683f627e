import { describe, expect, it } from 'vitest';
import type { Classification, ClassifyInput } from '../../lib/classify/index';
import type { ClassifierModel } from '../../lib/classify/model';
import { nameKeyText } from '../../lib/classify/name-keys';
import { answerOf, compareSets, lexiconKeys } from './check-invariance';

const answer = (id: number, nonPhysical?: Classification['nonPhysical']): Classification => ({
  id,
  path: '',
  confidence: 0.5,
  via: 'title',
  ...(nonPhysical ? { nonPhysical } : {}),
});

/** A classifier answering from a title -> answer table. */
const fake = (table: Record<string, Classification | null>) => ({
  classify: (input: ClassifyInput) => table[input.title] ?? null,
});

describe('check-invariance', () => {
  it('compares the node and the non-physical kind, not the confidence or path', () => {
    expect(answerOf(null)).toBe('-');
    expect(answerOf(answer(328))).toBe('328');
    expect(answerOf({ ...answer(328), confidence: 0.9, path: 'x' })).toBe('328');
    expect(answerOf(answer(0, 'ticket'))).toBe('0/ticket');
  });

  it('counts per set the inputs whose answers differ, with both answers', () => {
    const base = fake({ a: answer(1), b: answer(2), c: null, d: answer(5) });
    const candidate = fake({ a: answer(1), b: answer(3), c: answer(4), d: answer(5, 'voucher') });
    const diffs = compareSets(
      [
        { name: 'dev', blind: false, inputs: [{ title: 'a' }, { title: 'b' }] },
        { name: 'held', blind: true, inputs: [{ title: 'c' }, { title: 'd' }, { title: 'a' }] },
      ],
      base,
      candidate,
    );
    expect(diffs).toEqual([
      { name: 'dev', blind: false, n: 2, differ: [{ at: 1, base: '2', candidate: '3' }] },
      {
        name: 'held',
        blind: true,
        n: 3,
        differ: [
          { at: 0, base: '-', candidate: '4' },
          { at: 1, base: '5', candidate: '5/voucher' },
        ],
      },
    ]);
  });

  it('finds no difference between a classifier and itself', () => {
    const c = fake({ a: answer(1), b: answer(0, 'service') });
    expect(
      compareSets([{ name: 's', blind: false, inputs: [{ title: 'a' }, { title: 'b' }] }], c, c)[0]!.differ,
    ).toEqual([]);
  });

  it("lists a model's lexicon keys in either table format, with the names' keys read on load", () => {
    const model = (lexicon: [string, string, string][], nameSkip?: number[]) =>
      ({
        lexicon,
        nameSkip,
        nodes: { ids: '1,1', names: '1Coats & Jackets;1Crêpe Pans' },
      }) as unknown as ClassifierModel;
    expect(lexiconKeys(model([['c', '', 'sofa|couch\nchair']], []), nameKeyText)).toEqual([
      'sofa',
      'couch',
      'chair',
      'coat',
      'jacket',
    ]);
    expect(
      lexiconKeys(
        model([
          ['c', '', '0\tsofa|couch\n1,a~0.5\tchair'],
          ['l', 'de', ''],
        ]),
        nameKeyText,
      ),
    ).toEqual(['sofa', 'couch', 'chair']);
  });
});
