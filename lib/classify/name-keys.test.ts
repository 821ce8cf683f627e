import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nameKeyText } from './name-keys';
import { namePhrases } from './lexicon';
import { phraseKey } from './text';
import type { ClassifierModel } from './model';
import { NAME_LINE_END } from './taxonomy';

describe('the names keys derived on load', () => {
  it('read the names as the model ships them, NAME_LINE_END between the lines, as if by newlines', () => {
    const rows = ['2Bird Cages', '3Coats & Jackets', '4Crêpe Pans'];
    expect(nameKeyText(rows.join(NAME_LINE_END))).toBe(nameKeyText(rows.join('\n')));
    expect(nameKeyText(rows.join(NAME_LINE_END)).split('\n')).toHaveLength(3);
  });

  it('are phraseKey of each plain name, and names outside ASCII are marked', () => {
    const lines = nameKeyText('2Bird Cages\n3T-Shirts\n3Glass Boxes\n4Ties\n4Crêpe Pans').split('\n');
    expect(lines.filter((l) => !l.includes('\t'))).toEqual(['2bird cage', '3t shirt', '3glass box', '4tie']);
    expect(lines.filter((l) => l.includes('\t'))).toHaveLength(1);
    expect(nameKeyText('5Bus Dresses\n5Iris Accessories\n6Gas Torches')).toBe(
      '5bus dress\n5iris accessory\n6gas torch',
    );
  });

  it('read names of phrases of one word, or of two phrases of which one is a single word, as namePhrases does', () => {
    expect(
      nameKeyText(
        '3Coats & Jackets\n3Shirts, Tops and Blouses\n2Bird Cages & Stands\n4Hunting & Tactical Pants\n1Animals & Pet Supplies',
      ),
    ).toBe(
      '3coat|jacket\n3shirt|top|blouse\n2bird cage|bird stand\n4hunting pant|tactical pant\n1animal supply|pet supply',
    );
  });

  it('mark a name outside ASCII or with an empty phrase; read other names of several phrases by the same rules', () => {
    const lines = nameKeyText('5Odd, & Ends\n4Crêpe Pans\n4Power Tool & Equipment Manuals').split('\n');
    expect(lines.slice(0, 2).every((l) => l.includes('\t'))).toBe(true);
    // namePhrases gives "power tool manual|equipment manual": the model build finds the difference
    // and ships the name's keys (compile-lexicon.ts namesReadOnLoad).
    expect(lines[2]).toBe('4power tool|equipment manual');
  });

  it('agree with namePhrases and phraseKey on every name of the shipped model they read, but those it skips', () => {
    const model = JSON.parse(readFileSync('public/factors/classifier.json', 'utf8')) as ClassifierModel;
    const rows = model.nodes.names.split(NAME_LINE_END);
    const lines = nameKeyText(model.nodes.names).split('\n');
    expect(lines).toHaveLength(rows.length);
    const skip = new Set(model.nameSkip);
    const wrong = rows.filter((row, i) =>
      lines[i].includes('\t')
        ? !/[,&\u0080-\uffff]|\band\b/.test(row)
        : !skip.has(i) &&
          [...new Set(namePhrases(row.slice(1)).map(phraseKey))].sort().join('|') !==
            lines[i].slice(1).split('|').sort().join('|'),
    );
    expect(wrong).toEqual([]);
    // Most names of several phrases are read.
    const several = lines.filter((l, i) => l.includes('|') && !l.includes('\t') && !skip.has(i));
    expect(several.length).toBeGreaterThan(1000);
  });
});
