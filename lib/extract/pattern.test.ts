/**
 * A Pattern's twin must say exactly what its full regex says on common text: the narrowed classes
 * are checked character by character against the engine's own `\p{X}`, the words a twin drops
 * against the engine's case folding, and every concept pattern of words.ts against its full regex
 * on its word lists' own examples.
 */
import { describe, expect, it } from 'vitest';
import {
  COMMON_CLASS,
  COMMON_RANGES,
  commonSource,
  EVERY_PATTERN,
  fitsCommon,
  FOLD_ODD,
  isCommonText,
  Pattern,
  pattern,
  twinRegex,
} from './pattern';
import * as WORDS from './words';

/** Every common character, one string each. */
const COMMON_CHARS: string[] = [];
for (const [, a, b] of COMMON_RANGES.matchAll(/\\u([0-9A-F]{4})-\\u([0-9A-F]{4})/g))
  for (let c = parseInt(a!, 16); c <= parseInt(b!, 16); c++) COMMON_CHARS.push(String.fromCharCode(c));

describe('common text', () => {
  it('is text of the common ranges only', () => {
    expect(COMMON_CHARS.length).toBeGreaterThan(3000);
    expect(isCommonText('Preis: 19,99 € – „inkl. MwSt.“ ★ Цена ₽ Giá gốc')).toBe(true);
    for (const s of ['特価 ¥1,280', 'السعر', 'ราคา', 'x\u{1F600}', '\u20C0', 'ⓐ'])
      expect(isCommonText(s), s).toBe(false);
  });

  for (const [prop, body] of Object.entries(COMMON_CLASS)) {
    it(`narrows \\p{${prop}} to exactly its common members, with and without case folding`, () => {
      for (const flags of ['u', 'iu']) {
        const engine = new RegExp(`\\p{${prop}}`, flags);
        const narrowed = new RegExp(`[${body}]`, flags);
        const engineNot = new RegExp(`[^\\p{${prop}}]`, flags);
        const narrowedNot = new RegExp(`[^${body}]`, flags);
        const differ = COMMON_CHARS.filter(
          (c) => engine.test(c) !== narrowed.test(c) || engineNot.test(c) !== narrowedNot.test(c),
        );
        expect(
          differ.map((c) => c.codePointAt(0)!.toString(16)),
          flags,
        ).toEqual([]);
      }
    });
  }

  it('drops from twins only words that no common text can hold, case folding included', () => {
    const chars = new Set<string>();
    for (const list of Object.values(WORDS))
      if (typeof list === 'object' && list !== null && !(list instanceof Pattern) && !(list instanceof RegExp))
        for (const words of Object.values(list as Record<string, unknown>))
          if (Array.isArray(words)) for (const w of words) if (typeof w === 'string') for (const c of w) chars.add(c);
    const dropping = [...chars].filter((c) => !fitsCommon(c));
    expect(dropping.length).toBeGreaterThan(100); // CJK, Thai, Arabic, Hebrew words are in the lists
    const joined = COMMON_CHARS.join('\n');
    for (const c of dropping)
      expect(new RegExp(c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'), 'iu').test(joined), c).toBe(false);
    for (const c of ['ſ', 'K', 'İ', 'ẞ', 'ı']) expect(fitsCommon(c), c).toBe(true);
  });
});

describe('commonSource', () => {
  it('narrows properties outside and inside classes, and leaves other escapes alone', () => {
    const L = COMMON_CLASS.L!;
    expect(commonSource(String.raw`(?<![\p{L}\p{N}])ab\p{L}*\.\\p{L}`)).toBe(
      String.raw`(?<![${L}${COMMON_CLASS.N}])ab[${L}]*\.\\p{L}`,
    );
    expect(commonSource(String.raw`[^\p{L}]\P{L}`)).toBe(`[^${L}][^${L}]`);
    expect(() => commonSource(String.raw`\p{Lu}`)).toThrow(/Lu/);
  });
});

describe('Pattern', () => {
  it('builds nothing until used, then the twin for common text and the full regex for the rest', () => {
    const built: boolean[] = [];
    const p = pattern((common) => {
      built.push(common);
      return common ? String.raw`\p{L}+` : String.raw`\p{L}+|特価`;
    }, 'u');
    expect(built).toEqual([]);
    expect(p.exec('€ Preis')?.[0]).toBe('Preis');
    expect(p.test('12 €')).toBe(false);
    expect(built).toEqual([true]);
    expect(p.exec('特価')?.[0]).toBe('特価');
    expect(built).toEqual([true, false]);
    expect(p.source).toBe(String.raw`\p{L}+|特価`);
  });

  it('replaces, matches and carries lastIndex like a RegExp', () => {
    const g = pattern(String.raw`\p{L}+`, 'gu');
    expect('ab 12 cd'.replace(g, '_')).toBe('_ 12 _');
    expect('ab 12 cd'.match(g)).toEqual(['ab', 'cd']);
    expect('ab, 12 – cd'.split(pattern(String.raw`[^\p{L}\p{N}]+`, 'u'))).toEqual(['ab', '12', 'cd']);
    expect('商品, 12'.split(pattern(String.raw`[^\p{L}\p{N}]+`, 'u'))).toEqual(['商品', '12']);
    expect([g.exec('ab cd')?.index, g.lastIndex, g.exec('ab cd')?.index, g.exec('ab cd')]).toEqual([0, 2, 3, null]);
    expect(g.lastIndex).toBe(0);
  });

  const concepts = Object.entries(WORDS).filter((e): e is [string, Pattern] => e[1] instanceof Pattern);
  const examples = [
    ...new Set(
      Object.values(WORDS)
        .filter((v) => typeof v === 'object' && v !== null && !(v instanceof Pattern) && !(v instanceof RegExp))
        .flatMap((list) => Object.values(list as Record<string, unknown>).flat())
        .filter((w): w is string => typeof w === 'string')
        .map((w) => w.replace(/\*$/, '')),
    ),
  ];
  const contexts = ['{w}', '{w}: 19,99 €', 'Nur {w} 12,90 €', '29,99 € {w}', 'x{w}y', '({w})', '{W}: Art-12/345'];
  const tricky = ['ſtatt', 'İnkl. MwSt.', 'STRAẞE', 'K 5 KG', 'Ωhm', 'ab', 'Tab', 'Abholung', '€/kg', '1 kg = 2,50 €'];

  it('has concept patterns to check', () => expect(concepts.length).toBeGreaterThan(20));

  for (const [name, p] of concepts) {
    it(`${name}: the twin gives the full regex's match on every common example`, () => {
      const full = new RegExp(p.source, p.flags);
      let checked = 0;
      for (const w of [...examples, ...tricky])
        for (const c of contexts) {
          const text = c.replace('{w}', w).replace('{W}', w.toUpperCase());
          if (!isCommonText(text)) continue;
          checked++;
          full.lastIndex = 0;
          p.lastIndex = 0;
          expect(JSON.stringify(p.exec(text)), text).toBe(JSON.stringify(full.exec(text)));
          if (p.flags.includes('g')) expect(text.replace(p, '#'), text).toBe(text.replace(full, '#'));
        }
      expect(checked).toBeGreaterThan(1000);
    });
  }
});

describe('twins without the u flag', () => {
  const esc = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  const ALL = COMMON_CHARS.join('');
  /** The common characters one character pairs with, case-insensitively, under `flags`. */
  const partners = (c: string, flags: string) => (ALL.match(new RegExp(`[${esc(c)}]`, `g${flags}`)) ?? []).join('');

  it('FOLD_ODD: apart from these letters, `i` and `iu` pair every common character alike', () => {
    const notOdd = (s: string) => [...s].filter((d) => !FOLD_ODD.includes(d)).join('');
    for (const c of COMMON_CHARS)
      if (!FOLD_ODD.includes(c)) expect(notOdd(partners(c, 'iu')), esc(c)).toBe(partners(c, 'i'));
      // ...and each of them is one that the two flags pair differently.
      else expect(partners(c, 'iu'), esc(c)).not.toBe(partners(c, 'i'));
    for (const c of FOLD_ODD) expect(isCommonText(`Preis ${c}`), esc(c)).toBe(false);
  });

  it('keeps u where the source needs it', () => {
    expect(twinRegex('abc', 'giu').flags).toBe('gi');
    expect(twinRegex(String.raw`a\u{1F600}`, 'u').flags).toBe('u');
    expect(twinRegex('\u{1F600}', 'u').flags).toBe('u');
    expect(twinRegex('ſtatt', 'iu').flags).toBe('iu');
  });

  it('every twin in the extraction code says what its u regex says on common text', async () => {
    await import('./index');
    const twins = EVERY_PATTERN.filter((p) => p.flags.includes('u'));
    expect(twins.length).toBeGreaterThan(40);
    const texts = [
      ...COMMON_CHARS.filter((c) => !FOLD_ODD.includes(c)).flatMap((c) => [
        c,
        `a${c}1 ${c.toUpperCase()}`,
        `19,99 ${c}€ x`,
      ]),
      ...[
        'Versand: 4,99 €',
        'UVP 29,99 €',
        'ab 12,90 € / Stück',
        'Art.-Nr.: 123/4567',
        '3 x 33,30 €',
        'STRASSE straße',
      ],
    ];
    let checked = 0;
    for (const p of twins) {
      const twin = p.regexFor('a');
      const withU = new RegExp(twin.source, p.flags);
      for (const t of texts) {
        twin.lastIndex = 0;
        withU.lastIndex = 0;
        const a = twin.exec(t);
        const b = withU.exec(t);
        if ((a === null) !== (b === null) || (a && b && (a.index !== b.index || a.join('\0') !== b.join('\0'))))
          expect(JSON.stringify(a), `${p.source.slice(0, 60)} on ${JSON.stringify(t)}`).toBe(JSON.stringify(b));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(500_000);
  }, 120_000);
});
