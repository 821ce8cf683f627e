import { describe, expect, it } from 'vitest';
import { Lexicon, refWeight } from '../../lib/classify/lexicon';
import { Taxonomy, type TaxonomyRow } from '../../lib/classify/taxonomy';
import { normalizeText, stemToken } from '../../lib/classify/text';
import { compileLexicon, keptScattered, packedNames, weightText } from './compile-lexicon';
import { readTaxonomy } from './build-model';

const rows: TaxonomyRow[] = [
  [1, 0, 'Apparel'],
  [2, 1, 'Clothing'],
  [3, 2, 'Outerwear'],
  [4, 3, 'Coats & Jackets'],
  [10, 0, 'Home'],
  [11, 10, 'Kitchen Knives'],
  [12, 10, 'Power Tool & Equipment Manuals'],
];
const taxonomy = new Taxonomy(rows);
const compiled = compileLexicon(
  {
    synonyms: [
      ['jacke', 4, 1],
      ['messer', 11, 0.9],
      ['ナイフ', 11, 1],
    ],
    compoundHeads: ['jacke', 'messer'],
    derivedStop: ['home'],
    brandWords: [],
    localized: { langs: ['de', 'fr'], phrases: ['3\toberbekleidung|jack', '4\tmanteau'] },
  },
  taxonomy,
);
const names = packedNames(taxonomy);
const lexicon = new Lexicon(compiled, taxonomy.ids, names);
const read = (text: string, lang: string | null = null) => {
  const raw = normalizeText(text).split(' ');
  return lexicon.hits(raw.map(stemToken), new Set(), lang, raw).map((h) => h.entries);
};

describe('compiled lexicon', () => {
  it('ships only the compound heads a curated key holds, the only ones a compound is read by', () => {
    const heads = compileLexicon(
      {
        synonyms: [['messer', 11, 0.9]],
        compoundHeads: ['flasche', 'messer'],
        derivedStop: [],
        brandWords: [],
        localized: { langs: [], phrases: [] },
      },
      taxonomy,
    ).compoundHeads;
    expect(heads).toEqual(['messer']);
    expect(compiled.compoundHeads).toEqual(['jacke', 'messer']);
  });

  it('reads curated phrases with their own weights', () => {
    expect(read('messer')).toEqual([[{ id: 11, w: 0.9 }]]);
  });

  it('ships the English phrases of the taxonomy names, minus the generic ones', () => {
    expect(read('coat')).toEqual([[{ id: 4, w: 0.5 }]]);
    expect(read('Kitchen Knives')).toEqual([[{ id: 11, w: 0.8 }]]);
    expect(read('home')).toEqual([]);
  });

  it('keeps translated phrases with their language, which weighs them on a page in another', () => {
    expect(read('manteau', 'fr')).toEqual([[{ id: 4, w: 0.4 }]]);
    // French is no language related to German, which has a table of its own (rules/foreign-table.ts).
    expect(read('manteau', 'de')[0]?.[0]?.w).toBeCloseTo(0.08);
  });

  it('reads closed compounds by a curated head, a folded curated head, or a translated word', () => {
    expect(read('brotmesser', 'de')).toEqual([[{ id: 11, w: 0.9 * 0.8 }]]);
    // "jacken" folds to "jack": the curated head "jacke" through its folded form, not the German
    // translated word "jack" (Outerwear) that shares the key.
    expect(read('regenjacken', 'de')[0]?.[0]?.id).toBe(4);
    expect(read('winteroberbekleidung', 'de')[0]?.[0]?.id).toBe(3);
  });

  it('cuts CJK runs into the words of the tables', () => {
    expect(lexicon.tokens(['パンナイフ'])).toEqual(['パン', 'ナイフ']);
  });

  it('derives the keys of the names on load, and ships those of a name it would read otherwise', () => {
    const shipped = compiled.lexicon.find(([kind]) => kind === 'd')?.[2] ?? '';
    // namePhrases shares the plural head: "power tool manuals", not "power tool".
    expect(shipped).toBe('equipment manual|power tool manual');
    expect(read('power tool manuals')).toEqual([[{ id: 12, w: 0.8 }]]);
    expect(read('power tool')).toEqual([]);
    expect(read('kitchen knives')).toEqual([[{ id: 11, w: 0.8 }]]);
    expect(read('outerwear')).toEqual([[{ id: 3, w: 0.5 }]]);
    // "Coats & Jackets", two phrases of one word, is read on load.
    expect(read('coats')).toEqual([[{ id: 4, w: 0.5 }]]);
    expect(read('jacket')).toEqual([[{ id: 4, w: 0.5 }]]);
    // A generic name ("Home") is not read, as when the table held the names; nor is a name read otherwise.
    expect(compiled.nameSkip).toEqual([4, 6]);
    expect(read('home')).toEqual([]);
  });

  it('ships the node references apart from the keys, line for line (numbers by numbers: 8 kB less gzipped)', () => {
    expect(compiled.lexiconRefs).toHaveLength(compiled.lexicon.length);
    compiled.lexicon.forEach(([, , lines], t) => {
      expect(lines).not.toMatch(/[\t\n~,]/);
      expect(compiled.lexiconRefs[t]!.split(';')).toHaveLength(lines.split(';').length);
      expect(compiled.lexiconRefs[t]).toMatch(/^[-0-9a-z,~.;]+$/);
    });
    // "Power Tool & Equipment Manuals" (the seventh node) is the derived table's only line: its first reference.
    const d = compiled.lexicon.findIndex(([kind]) => kind === 'd');
    expect(compiled.lexicon[d]![2]).toBe('equipment manual|power tool manual');
    expect(compiled.lexiconRefs[d]).toBe('6');
    expect(() => new Lexicon({ ...compiled, lexiconRefs: [] }, taxonomy.ids, names)).toThrow(/references/);
    const short = compiled.lexiconRefs.map((r, t) => (t === d ? `${r};1` : r));
    expect(() =>
      new Lexicon({ ...compiled, lexiconRefs: short }, taxonomy.ids, names).reading('equipment manual'),
    ).toThrow(/differ in lines/);
  });

  it('numbers every node by its position, so ids need not ship per phrase', () => {
    const keys = compiled.lexicon.flatMap(([, , lines]) => lines.split(/[|;]/));
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('duplicate aliases are not shipped', () => {
  const small = (phrases: string) =>
    compileLexicon(
      {
        synonyms: [['jacke', 4, 1]],
        compoundHeads: [],
        derivedStop: [],
        brandWords: [],
        localized: { langs: ['de'], phrases: [phrases] },
      },
      taxonomy,
    );
  const keysOf = (c: ReturnType<typeof small>) =>
    c.lexicon.filter(([kind]) => kind === 'l').flatMap(([, , lines]) => lines.split(';'));

  it("a translated word that is a curated word's folded form, with its readings, is left to the curated word", () => {
    const c = small('4\tjack\n3\tmantel');
    expect(keysOf(c)).toEqual(['mantel']);
    // "Jacken" still reads as the jacket, at the curated weight.
    const lex = new Lexicon(c, taxonomy.ids, names);
    expect(lex.hits(['jacken'], new Set(), 'de', ['jacken'])[0]?.entries).toEqual([{ id: 4, w: 1 }]);
    // Other readings keep their key.
    expect(keysOf(small('3\tjack'))).toEqual(['jack']);
  });

  it('a translated phrase of several words is left to its words, whatever it reads as', () => {
    expect(keysOf(small('3\tmantel|winter mantel\n4\twinter jacke'))).toEqual(['mantel']);
  });

  it('a translated phrase of several words is read by its words, but for a purpose phrase', () => {
    // "winter mantel" reads otherwise than "mantel" and is still left out (#15: the size budget);
    // "für Kinder" names the sense of the word before it and stays.
    expect(keysOf(small('3\tmantel\n4\twinter mantel|fur kinder'))).toEqual(['mantel', 'fur kinder']);
  });

  it("refuses a key holding the tables' line end, which would split it into two keys on load", () => {
    expect(() => small('3\tmantel;jacke')).toThrow(/may not be empty or hold/);
  });
});

describe('table order', () => {
  it('ships the tables by script and language family, the curated words of each script by its tables', () => {
    const c = compileLexicon(
      {
        synonyms: [
          ['jacke', 4, 1],
          ['ジャケット', 4, 1],
          ['куртка', 4, 1],
        ],
        compoundHeads: [],
        derivedStop: [],
        brandWords: [],
        localized: {
          langs: ['cs', 'de', 'es', 'fr', 'ja', 'ru', 'tr', 'zh'],
          phrases: [
            '3\tbunda',
            '3\tmantel',
            '3\tabrigo',
            '3\tmanteau',
            '3\tコート',
            '3\tпальто',
            '3\tkaban',
            '3\t大衣',
          ],
        },
      },
      taxonomy,
    );
    expect(c.lexicon.map(([kind, lang]) => kind + lang)).toEqual([
      'd',
      'lfr',
      'les',
      'lde',
      'lcs',
      'ltr',
      'c',
      'c',
      'lru',
      'lzh',
      'lja',
      'c',
    ]);
    // The curated table ships by script, each part next to the tables of its script.
    expect(c.lexicon.filter(([kind]) => kind === 'c').map(([, , lines]) => lines)).toEqual([
      'jacke',
      'куртка',
      'ジャケット',
    ]);
    // Each table's references ship apart, line for line, in the same order.
    expect(c.lexiconRefs.filter((_, t) => c.lexicon[t]![0] === 'c')).toEqual(['3', '3', '3']);
  });
});

describe('scattered translated words (#15: the size budget)', () => {
  // Two departments, three levels each: a word read in both, deep, says nothing on its own.
  const deep = new Taxonomy([
    [1, 0, 'Apparel'],
    [2, 1, 'Clothing'],
    [3, 2, 'Outerwear'],
    [4, 2, 'Skirts'],
    [10, 0, 'Home'],
    [11, 10, 'Decor'],
    [12, 11, 'Window Treatments'],
  ]);
  const keysOf = (langs: string[], phrases: string[]) =>
    compileLexicon(
      { synonyms: [], compoundHeads: [], derivedStop: [], brandWords: [], localized: { langs, phrases } },
      deep,
    )
      .lexicon.filter(([kind]) => kind === 'l')
      .flatMap(([, lang, lines]) => lines.split(/[;|]/).map((k) => `${lang}:${k}`));

  it("leaves out a language's word read in several departments, deep in each", () => {
    expect(keysOf(['de'], ['3,12\tstreuwort\n3\tmantel'])).toEqual(['de:mantel']);
  });

  it('keeps it where several languages share it, its readings share a department, or one is a kind', () => {
    expect(keysOf(['*'], ['3,12\tstreuwort'])).toEqual(['*:streuwort']);
    expect(keysOf(['de'], ['3,4\trockmantel'])).toEqual(['de:rockmantel']);
    expect(keysOf(['de'], ['11,3\tdeko'])).toEqual(['de:deko']);
  });

  it('keeps a word that names a thing and its toy, which the toy rule reads', () => {
    const taxonomy = new Taxonomy(readTaxonomy().rows);
    // "camião": a motor vehicle, a remote-control truck, a collectible model.
    expect(keptScattered([216, 1267, 2546], taxonomy)).toBe(true);
    // "cornija": window treatments, wall shelves; "peinture": crafts, measuring tools (neither has a toy).
    expect(keptScattered([603, 6372], taxonomy)).toBe(false);
    expect(keptScattered([16, 1305], taxonomy)).toBe(false);
  });
});

describe('weightText / refWeight (the "~weight" of a reference)', () => {
  it('writes a whole number of tenths without the decimal point, and reads it back', () => {
    expect(weightText(0.6)).toBe('6');
    expect(weightText(0.3)).toBe('3');
    expect(refWeight('6')).toBe(0.6);
  });
  it('keeps any other weight as written, and reads both forms', () => {
    expect(weightText(0.65)).toBe('0.65');
    expect(refWeight('0.65')).toBe(0.65);
    expect(refWeight('0.6')).toBe(0.6);
  });
  it('round-trips every weight the word lists can give', () => {
    for (let h = 1; h <= 200; h++) expect(refWeight(weightText(h / 100))).toBeCloseTo(h / 100, 12);
  });
});
