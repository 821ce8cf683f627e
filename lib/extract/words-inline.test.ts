import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Page words live in the words modules (lib/extract/words*.ts), so that adding a language's words
 * touches one place (CONTRIBUTING.md, "Add a language"). This test reads every other source file of
 * lib/extract, lib/inpage and lib/content and fails on a regex that holds a word: a regex literal, a string or
 * template given to `new RegExp(..)`, or a `String.raw` template (how regex sources are written).
 *
 * A word is a run of two or more letters left after the regex syntax is taken out (escapes such as
 * `\b`, `\p{L}` or `\u00e9`, character classes, group marks, counts). Every word must be one of the
 * technical tokens below, each with its reason and, where a token is also a word of some language
 * ("de", "order", "new"), only in the files that use it as a token; page words are not. (One-letter
 * words such as "a" or "y" go unseen: they cannot be told from regex syntax.) Shop route
 * tables (the `path` and `skuInPath` regexes of a shop spec) are URL paths of one named shop, not
 * page words, and are not read.
 */
const TECHNICAL: readonly { why: string; tokens: string; only?: RegExp }[] = [
  {
    why: 'HTML tags, attributes, entities and styles',
    tokens:
      'html meta charset http equiv content type th td dt div cdata amp lt gt quot apos nbsp display none line through rgba',
  },
  { why: 'URL schemes', tokens: 'https javascript mailto tel' },
  {
    why: 'the shape of an HTML attribute name naming a price kind ("data-normal-price", "data-cmr-price")',
    tokens: 'data price',
    only: /^lib\/extract\/generic\/price\.ts$/,
  },
  {
    why: 'file extensions of server pages in a URL path ("product.php?id=")',
    tokens: 'php aspx asp jsp do cgi',
    only: /^lib\/extract\/generic\/item-id\.ts$/,
  },
  {
    why: 'host names and top-level domains (the shop name from a host, Amazon hosts)',
    tokens: 'www com de fr es it co uk jp amazon',
    only: /^lib\/(?:extract\/generic\/dom|content\/detect|content\/order-keys)\.ts$/,
  },
  {
    why: 'schema.org and OpenGraph types (structured data, not shown text)',
    tokens:
      'schema org product individualproduct productmodel productgroup book offer orderitem breadcrumblist article ' +
      'blogposting newsarticle blog recipe howto faqpage og item group',
  },
  {
    why: 'schema.org types the detector reads in JSON-LD text ("Order" is a type there, not a word)',
    tokens: 'aggregateoffer itemlist offercatalog searchresultspage collectionpage order',
    only: /^lib\/content\/detect\.ts$/,
  },
  {
    why: "JSON keys of shops' page state",
    tokens:
      'key name label attributename displayname value values displayvalue formattedvalue null true false ' +
      'productdata productdetails productdetail pdp pdpdata currentproduct selectedproduct ' +
      'productinfo data detail productpage mainproduct itemdetail goods goodsdetail goodsinfo itemdata state price ' +
      'currency currencycode code currencyiso iso storecurrency store',
    only: /^lib\/extract\/generic\/json-state\.ts$/,
  },
  {
    why: "JSON keys and event names of a page's app state and analytics calls (GA4, Universal Analytics, Shopify's meta)",
    tokens:
      'bread crumb crumbs list items name label title text displayname category detail actionfield products ' +
      'view item items id gid shopify vendor undefined null none',
    only: /^lib\/extract\/generic\/script-category\.ts$/,
  },
  {
    why: 'JavaScript syntax of a state assignment ("window.__INITIAL_STATE__ = JSON.parse(...)")',
    tokens: 'window self globalthis var let const json parse',
    only: /^lib\/extract\/generic\/json-state\.ts$/,
  },
  { why: 'identifier schemes as id prefixes ("isbn:", "gtin13:")', tokens: 'isbn ean upc gtin mpn sku' },
  {
    why: 'URL paths of named shops (Amazon, AliExpress, eBay)',
    tokens:
      'dp gp aw bestsellers new releases movers and shakers most wished for gifted zgbs wholesale category sch itm ' +
      'your account order orders details css summary history',
    only: /^lib\/(?:extract\/shops\/(?:amazon|amazon-order|amazon-listing|aliexpress|ebay)|content\/detect)\.ts$/,
  },
  { why: 'BCP 47 locale tags', tokens: 'en us', only: /^lib\/extract\/order-date\.ts$/ },
  { why: 'regexes about regexes (flags, "\\p")', tokens: 'pp ee', only: /^lib\/extract\/(?:pattern|money)\.ts$/ },
  {
    why: 'currency marks and ISO codes, as currencies.ts spells them ("US $", "zł", "Kč", "Fr.", "CHF", "NT$")',
    tokens:
      'us zł kč kr fr chf usd eur gbp jpy cny inr cad aud sek nok dkk pln czk huf brl mxn try ca au nz hk sg mx nt ' +
      'ar rd col clp mop',
    only: /^lib\/extract\/(?:listing-generic|listing-tile|money|currencies)\.ts$/,
  },
  { why: 'letter ranges written outside a class ("A-Za-z")', tokens: 'za', only: /^lib\/extract\/word-edges\.ts$/ },
];

/**
 * Page words not yet moved to the words modules: file -> the words still inline there. Each entry
 * is debt, listed so that it cannot grow unseen; remove it when the words move. None today.
 */
const NOT_YET_MOVED: Readonly<Record<string, readonly string[]>> = {};

const ROOTS = ['lib/extract', 'lib/inpage', 'lib/content'];
const WORDS_MODULE = /^lib\/extract\/words[^/]*\.ts$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : [];
  });
}

/** The words of a regex source: letter runs of 2 or more once escapes, classes and syntax are out. */
function regexWords(source: string): string[] {
  const bare = source
    .replace(/\\[pPu]\{[^}]*\}|\\u[0-9a-fA-F]{4}|\\x[0-9a-fA-F]{2}|\\c[A-Za-z]|\\k<[^>]*>|\\./g, ' ')
    .replace(/\[(?:[^\]\\]|\\.)*\]/g, ' ')
    .replace(/\(\?(?:<?[=!]|:|<[A-Za-z]\w*>)/g, ' ')
    .replace(/\{\d+(?:,\d*)?\}/g, ' ');
  return (bare.match(/\p{L}{2,}/gu) ?? []).map((w) => w.toLowerCase());
}

/** The regex sources a file writes: regex literals, `new RegExp(..)` string parts, String.raw templates. */
function regexSources(file: string, text: string): { line: number; source: string }[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const out: { line: number; source: string }[] = [];
  const add = (node: ts.Node, source: string) =>
    out.push({ line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1, source });
  /** Literal text of a string or template (the parts between `${..}`). */
  const literalText = (node: ts.Node): string | null => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
    if (ts.isTemplateExpression(node))
      return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' ');
    return null;
  };
  const rawText = (node: ts.TemplateLiteral): string =>
    ts.isNoSubstitutionTemplateLiteral(node)
      ? (node.rawText ?? node.text)
      : [
          node.head.rawText ?? node.head.text,
          ...node.templateSpans.map((s) => s.literal.rawText ?? s.literal.text),
        ].join(' ');
  const routeProperty = (node: ts.Node) =>
    ts.isPropertyAssignment(node.parent) &&
    ts.isIdentifier(node.parent.name) &&
    ['path', 'skuInPath'].includes(node.parent.name.text);
  const visit = (node: ts.Node) => {
    if (ts.isRegularExpressionLiteral(node)) {
      if (!routeProperty(node)) add(node, node.text.slice(1, node.text.lastIndexOf('/')));
    } else if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
      const first = node.arguments?.[0];
      const text = first ? literalText(first) : null;
      if (first && text !== null) add(first, text);
    } else if (
      ts.isTaggedTemplateExpression(node) &&
      ts.isPropertyAccessExpression(node.tag) &&
      node.tag.getText(sf) === 'String.raw'
    ) {
      add(node, rawText(node.template));
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

describe('no page words outside the words modules', () => {
  const technicalIn = (file: string) =>
    TECHNICAL.filter((t) => !t.only || t.only.test(file)).flatMap((t) => t.tokens.split(' '));
  const files = ROOTS.flatMap(sourceFiles)
    .map((f) => relative('.', f).split('\\').join('/'))
    .filter((f) => !WORDS_MODULE.test(f));

  it('reads the source files', () => {
    expect(files.length).toBeGreaterThan(40);
    expect(files).toContain('lib/extract/listing-generic.ts');
    expect(files).toContain('lib/inpage/offered-conditions.ts');
    expect(files).toContain('lib/content/detect.ts');
    expect(files).not.toContain('lib/extract/words.ts');
  });

  it('finds words in regexes, and not in their syntax', () => {
    expect(regexWords(String.raw`^\s*per\b`)).toEqual(['per']);
    expect(regexWords(String.raw`(?<![\p{L}\p{N}])\d+(?:st|nd)?\u00e9[A-Za-z]{2,}`)).toEqual(['st', 'nd']);
    expect(regexWords('(?:von|sur|из)\\s*5')).toEqual(['von', 'sur', 'из']);
    const found = regexSources(
      'x.ts',
      'const a = /out of|von/i; const b = new RegExp(`^${x}(?:ab|from)`); const c = String.raw`dès\\s`;' +
        " const d = { path: /^\\/suche\\// }; const e = 'not a regex';",
    ).map((s) => regexWords(s.source));
    expect(found).toEqual([['out', 'of', 'von'], ['ab', 'from'], ['dès']]);
  });

  it('every regex word in lib/extract, lib/inpage and lib/content is a technical token', () => {
    const found: string[] = [];
    for (const file of files) {
      const allowed = new Set([...technicalIn(file), ...(NOT_YET_MOVED[file] ?? [])]);
      for (const { line, source } of regexSources(file, readFileSync(file, 'utf8'))) {
        const words = regexWords(source).filter((w) => !allowed.has(w));
        if (words.length) found.push(`${file}:${line}: ${[...new Set(words)].join(' ')}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('lists no debt that is already paid', () => {
    const unused = Object.entries(NOT_YET_MOVED).flatMap(([file, words]) => {
      const present = new Set(
        regexSources(file, readFileSync(file, 'utf8')).flatMap(({ source }) => regexWords(source)),
      );
      return words.filter((w) => !present.has(w)).map((w) => `${file}: ${w}`);
    });
    expect(unused).toEqual([]);
  });
});
