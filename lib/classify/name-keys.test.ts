import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nameKeyText } from './name-keys';
import { namePhrases } from './lexicon';
import { phraseKey } from './text';
import type { ClassifierModel } from './model';

describe('the plain names keys derived on load', () => {
  it('are phraseKey of each plain name, and names of several phrases or outside ASCII are marked', () => {
    const lines = nameKeyText(
      '1Animals & Pet Supplies\n2Bird Cages\n3T-Shirts\n3Glass Boxes\n4Ties\n4Crêpe Pans',
    ).split('\n');
    expect(lines.filter((l) => !l.includes('\t'))).toEqual(['2bird cage', '3t shirt', '3glass box', '4tie']);
    expect(lines.filter((l) => l.includes('\t'))).toHaveLength(2);
    expect(nameKeyText('5Bus Dresses\n5Iris Accessories\n6Gas Torches')).toBe(
      '5bus dress\n5iris accessory\n6gas torch',
    );
  });

  it('agree with namePhrases and phraseKey on every plain name of the shipped model', () => {
    const model = JSON.parse(readFileSync('public/factors/classifier.json', 'utf8')) as ClassifierModel;
    const rows = model.nodes.names.split('\n');
    const lines = nameKeyText(model.nodes.names).split('\n');
    expect(lines).toHaveLength(rows.length);
    const wrong = rows.filter((row, i) =>
      lines[i].includes('\t')
        ? !/[,&\u0080-\uffff]|\band\b/.test(row)
        : phraseKey(row.slice(1)) !== lines[i].slice(1) || namePhrases(row.slice(1)).length !== 1,
    );
    expect(wrong).toEqual([]);
  });
});
