/**
 * The lexicon's load reads its tables in place and decodes a table's lines on first use
 * (key-index.ts, Lexicon.readLines): every key of the shipped model must read exactly as an eager
 * decoding of the tables gives it, whichever tables were decoded before.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Lexicon, refWeight, type LexEntry } from './lexicon';
import type { ClassifierModel } from './model';
import { nameKeyText } from './name-keys';
import { TABLE_LINE_END } from './key-index';
import { Taxonomy } from './taxonomy';

const model = JSON.parse(readFileSync('public/factors/classifier.json', 'utf8')) as ClassifierModel;
const ids = Taxonomy.fromPacked(model.nodes).ids;

interface Reading {
  kind: string;
  lang: string;
  entries: LexEntry[];
}

/** Every key's reading, decoded eagerly line by line as the format says (model.ts LexiconSection). */
function eagerReadings(): Map<string, Reading> {
  const out = new Map<string, Reading>();
  model.lexicon.forEach(([kind, lang, lines], t) => {
    let first = 0;
    const refLines = model.lexiconRefs[t]!.split(TABLE_LINE_END);
    (lines ? lines.split(TABLE_LINE_END) : []).forEach((keys, n) => {
      const parsed = refLines[n]!.split(',').map((ref) => ref.split('~'));
      first += parseInt(parsed[0]![0]!, 36);
      for (const key of keys!.split('|')) {
        const single = !key.includes(' ');
        const base = kind === 'c' ? 1 : kind === 'd' ? (single ? 0.5 : 0.8) : single ? 0.4 : 0.7;
        const entries = parsed.map(([delta, w], i) => ({
          id: ids[i === 0 ? first : first + parseInt(delta!, 36)]!,
          w: w === undefined ? base : refWeight(w),
        }));
        out.set(key, { kind, lang, entries });
      }
    });
  });
  const skip = new Set(model.nameSkip ?? []);
  nameKeyText(model.nodes.names)
    .split('\n')
    .forEach((line, pos) => {
      if (skip.has(pos) || line.includes('\t')) return;
      for (const key of line.slice(1).split('|'))
        if (!out.has(key))
          out.set(key, { kind: 'd', lang: '', entries: [{ id: ids[pos]!, w: key.includes(' ') ? 0.8 : 0.5 }] });
    });
  return out;
}

describe('Lexicon load', () => {
  const eager = eagerReadings();
  const keys = [...eager.keys()];

  it('reads every key of the shipped model as the eager decoding does, in any order of first use', () => {
    expect(keys.length).toBeGreaterThan(40_000);
    // Backwards, then shuffled by a fixed stream: tables decoded in different orders.
    const shuffled = keys
      .map((k, i) => [k, (i * 7919) % keys.length] as const)
      .sort((a, b) => a[1] - b[1])
      .map(([k]) => k);
    for (const order of [[...keys].reverse(), shuffled]) {
      const lexicon = new Lexicon(model, ids, model.nodes.names);
      expect(order.map((k) => lexicon.reading(k))).toEqual(order.map((k) => eager.get(k)));
    }
  });

  it('reads no reading for what is not a key', () => {
    const lexicon = new Lexicon(model, ids, model.nodes.names);
    const near = keys.slice(0, 3000).flatMap((k) => [`${k}q`, `q${k}`, k.slice(0, -1)]);
    expect(near.map((k) => lexicon.reading(k))).toEqual(near.map((k) => eager.get(k)));
    // The lines' references are no keys.
    expect(lexicon.reading(model.lexiconRefs[0]!.split(TABLE_LINE_END)[0]!)).toBeUndefined();
  });
});

describe('Lexicon load of tables read in one pass', () => {
  it('reads an empty table as no key, not as an empty key between its neighbours', () => {
    const tiny: ClassifierModel = {
      ...model,
      lexicon: [
        ['c', '', 'sofa|couch;lamp'],
        ['l', 'de', ''],
        ['l', 'fr', 'canape'],
      ],
      lexiconRefs: ['0;1', '', '2'],
      nameSkip: undefined,
    };
    const lexicon = new Lexicon(tiny, ids);
    expect(lexicon.reading('')).toBeUndefined();
    expect(lexicon.reading('couch')).toEqual({ kind: 'c', lang: '', entries: [{ id: ids[0], w: 1 }] });
    expect(lexicon.reading('lamp')).toEqual({ kind: 'c', lang: '', entries: [{ id: ids[1], w: 1 }] });
    expect(lexicon.reading('canape')).toEqual({ kind: 'l', lang: 'fr', entries: [{ id: ids[2], w: 0.4 }] });
  });
});
