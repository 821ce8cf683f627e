import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { COMMON_RANGES, lazy } from './pattern';

/**
 * The words modules and the currency marks build no RegExp while they are evaluated: every regex
 * is built when a page first needs it (evaluating the on-demand bundle was 5-8 ms slower while
 * they were built at import, #11). The always-on detector's words (words-buy.ts) build none at
 * all, not even when tested: below.
 */
const Original = globalThis.RegExp;
afterEach(() => {
  globalThis.RegExp = Original;
});

/** The sources (first 60 characters) of every RegExp built while `run` runs, on fresh modules. */
async function regexesBuiltBy(run: () => Promise<void>): Promise<string[]> {
  vi.resetModules();
  const built: string[] = [];
  globalThis.RegExp = new Proxy(Original, {
    construct(target, args: [string | RegExp, string?]) {
      built.push(String(args[0]).slice(0, 60));
      return Reflect.construct(target, args) as RegExp;
    },
  });
  try {
    await run();
  } finally {
    globalThis.RegExp = Original;
  }
  return built;
}

describe('words modules build their regexes at first use', () => {
  it.each(['./words-facts', './words-order', './words-class', './words', './currencies', './money'])(
    '%s builds none at import',
    async (path) => {
      const built = await regexesBuiltBy(async () => {
        await import(/* @vite-ignore */ path);
      });
      // pattern.ts's own common-text test is the one regex every extraction needs at once.
      const allowed = [`[^${COMMON_RANGES}]`];
      expect(built.filter((source) => !allowed.some((a) => a.startsWith(source)))).toEqual([]);
    },
  );
});

describe("the always-on detector's words", () => {
  // A case-insensitive RegExp of these words cost the page without a product about 2 ms per load in
  // Chromium (compiled at the first look, compiled again to machine code at the second; #12).
  it('build no RegExp, at import or when tested', async () => {
    let tested: boolean[] = [];
    const built = await regexesBuiltBy(async () => {
      const words = await import('./words-buy');
      tested = [words.BUY_BUTTON_TEXT, words.SOLD_OUT_TEXT, words.ORDER_PAGE_URL, words.ORDER_PAGE_TITLE].map((t) =>
        t.test('In den Warenkorb: Bestellung, your order, ausverkauft'),
      );
    });
    expect(tested).toEqual([true, true, true, true]);
    expect(built).toEqual([]);
  });

  it('are written in lower case, as the tests lower-case the text', async () => {
    const words = await import('./words-buy');
    const lists = [
      words.BUY_BUTTON,
      words.OUT_OF_STOCK,
      words.OUT_OF_STOCK_MORE,
      words.SOLD_OUT_MORE,
      words.ORDER_PAGE_URL_WORD,
      words.ORDER_PAGE_TITLE_WORD,
      words.ORDER_PAGE_TITLE_WHOLE_WORD,
    ];
    const all = lists.flatMap((list) => Object.values(list).flat());
    expect(all.filter((w) => w !== w.toLowerCase())).toEqual([]);
  });
});

describe('lazy', () => {
  it('builds once, at the first test, and then behaves as the RegExp', () => {
    let calls = 0;
    const re = lazy(() => {
      calls++;
      return String.raw`^(?:kg|kilo)$`;
    }, 'i');
    expect(calls).toBe(0);
    expect(re.test('KG')).toBe(true);
    expect(re.test('Kilo')).toBe(true);
    expect(re.test('kilogram')).toBe(false);
    expect(calls).toBe(1);
    expect(re.source).toBe('^(?:kg|kilo)$');
    expect(re.flags).toBe('i');
  });

  it('takes the one regex for every text (no common twin), groups and global state included', () => {
    const re = lazy(() => String.raw`(\d+)\s?(?:грн|zł)`, 'g');
    expect(re.regexFor('12 zł')).toBe(re.regexFor('12 грн'));
    expect('1 zł, 2 грн'.replace(re, '#')).toBe('#, #');
    expect(re.exec('5zł')?.[1]).toBe('5');
  });
});

describe('words modules mark their concepts pure', () => {
  // A bundle drops the patterns it does not import only when their calls are marked pure (the
  // listing bundle was 8.9 kB gz larger without the marks, #11).
  it.each(['words.ts', 'words-class.ts', 'words-facts.ts', 'words-order.ts'])('%s', (file) => {
    const text = readFileSync(new URL(file, import.meta.url), 'utf8');
    const unmarked = text
      .split('\n')
      .filter((l) =>
        /^export const \w+(?::[^=]+)? = (?:lazy|pattern|wordsPattern|wholeTextPattern|rangeEdgedPattern)\(/.test(l),
      );
    expect(unmarked).toEqual([]);
    expect(text).toContain('/* @__PURE__ */');
  });
});

describe('module constants built by a call are marked pure', () => {
  // Unmarked, a bundle keeps the call and every list it reads, even where nothing uses the result:
  // the product script carried the whole extraction's buy, order, unit and currency words (about
  // 20 kB) and built their regexes at load, until these were marked.
  const CALL = String.raw`new RegExp\(|(?:lazy|pattern|wordsPattern|wholeTextPattern|rangeEdgedPattern|wordsInOrder|whole|firstUse|markupSelector|offeredControl)\(|[A-Z_]+\.(?:map|filter|withFlags)\(`;
  const AT_TOP = new RegExp(String.raw`^(?:export )?const \w+(?::[^=]+)? = (?:${CALL})`);
  const IN_LIST = /^ {2}(?:\['\w+', )?(?:lazy|pattern|offeredControl)\(/;
  const files = [
    'words.ts',
    'words-buy.ts',
    'words-class.ts',
    'words-facts.ts',
    'words-order.ts',
    'currencies.ts',
    'money.ts',
    'generic/price.ts',
    'generic/units.ts',
    'generic/dom.ts',
    'generic/item-id.ts',
  ];
  it.each(files)('%s', (file) => {
    const lines = readFileSync(new URL(file, import.meta.url), 'utf8').split('\n');
    expect(lines.filter((l) => AT_TOP.test(l) || IN_LIST.test(l))).toEqual([]);
  });
});
