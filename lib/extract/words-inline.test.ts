import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Page words live in the words modules (lib/extract/words*.ts), so that adding a language's words
 * touches one place (CONTRIBUTING.md, "Add a language"). This test reads every other source file of
 * lib/extract and lib/inpage and fails on a regex that holds a word: a regex literal, a string or
 * template given to `new RegExp(..)`, or a `String.raw` template (how regex sources are written).
 *
 * A word is a run of two or more letters left after the regex syntax is taken out (escapes such as
 * `\b`, `\p{L}` or `\u00e9`, character classes, group marks, counts). Every word must be one of the
 * technical tokens below, each with its reason; page words in any language are not. Shop route
 * tables (the `path` and `skuInPath` regexes of a shop spec) are URL paths of one named shop, not
 * page words, and are not read.
 */
const TECHNICAL: Readonly<Record<string, readonly string[]>> = {
  // Markup, protocols and hosts.
  'HTML tags, attributes and entities': [
    'html',
    'meta',
    'charset',
    'http',
    'equiv',
    'content',
    'type',
    'th',
    'td',
    'dt',
    'div',
    'cdata',
    'amp',
    'lt',
    'gt',
    'quot',
    'apos',
    'nbsp',
    'display',
    'none',
    'line',
    'through',
  ],
  'URL schemes, hosts and top-level domains': [
    'https',
    'javascript',
    'mailto',
    'tel',
    'www',
    'com',
    'de',
    'fr',
    'es',
    'it',
    'co',
    'uk',
    'jp',
  ],
  'schema.org and OpenGraph types (structured data, not shown text)': [
    'schema',
    'org',
    'product',
    'individualproduct',
    'productmodel',
    'productgroup',
    'book',
    'offer',
    'orderitem',
    'breadcrumblist',
    'article',
    'blogposting',
    'newsarticle',
    'blog',
    'recipe',
    'howto',
    'faqpage',
    'og',
    'item',
    'group',
  ],
  "JSON keys of shops' page state (generic/json-state.ts)": [
    'key',
    'name',
    'label',
    'attributename',
    'displayname',
    'value',
    'values',
    'displayvalue',
    'formattedvalue',
    'null',
    'true',
    'false',
    'productdata',
    'productdetails',
    'productdetail',
    'pdp',
    'pdpdata',
    'currentproduct',
    'selectedproduct',
  ],
  'identifier schemes as id prefixes ("isbn:", "gtin13:")': ['isbn', 'ean', 'upc', 'gtin', 'mpn', 'sku'],
  'URL paths of named shops (Amazon, AliExpress, eBay)': [
    'dp',
    'gp',
    'aw',
    'bestsellers',
    'new',
    'releases',
    'movers',
    'and',
    'shakers',
    'most',
    'wished',
    'for',
    'gifted',
    'zgbs',
    'wholesale',
    'category',
    'sch',
    'itm',
    'your',
    'account',
    'order',
    'orders',
    'details',
    'css',
    'summary',
    'history',
  ],
  'regex-building and locale code (flags, BCP 47 tags, "\\p" in a regex about regexes)': ['en', 'us', 'pp', 'ee'],
  'currency marks and ISO codes, as currencies.ts spells them ("US $", "zł", "Kč", "CHF", "NT$")': [
    'zł',
    'kč',
    'kr',
    'chf',
    'usd',
    'eur',
    'gbp',
    'jpy',
    'cny',
    'inr',
    'cad',
    'aud',
    'sek',
    'nok',
    'dkk',
    'pln',
    'czk',
    'huf',
    'brl',
    'mxn',
    'try',
    'ca',
    'au',
    'nz',
    'hk',
    'sg',
    'mx',
    'nt',
    'ar',
    'rd',
    'col',
    'clp',
    'mop',
  ],
  'letter ranges written outside a class (word-edges.ts: "A-Za-z")': ['za'],
};

/**
 * Page words not yet moved to the words modules: file -> the words still inline there. Each entry
 * is debt, listed so that it cannot grow unseen; remove it when the words move.
 */
const NOT_YET_MOVED: Readonly<Record<string, readonly string[]>> = {
  'lib/extract/generic/buy-button.ts': [
    'variant',
    'variants',
    'swatch',
    'swatches',
    'option',
    'options',
    'size',
    'sizes',
    'color',
    'colour',
    'picker',
    'selector',
  ],
  'lib/extract/generic/json-state.ts': [
    'outofstock',
    'soldout',
    'unavailable',
    'notavailable',
    'discontinued',
    'instock',
    'available',
    'limitedstock',
    'lowstock',
  ],
  'lib/extract/generic/jsonld.ts': ['open', 'box', 'like', 'pre', 'owned', 'second', 'hand'],
  'lib/extract/generic/price.ts': ['to', 'bis'],
  'lib/extract/generic/specs.ts': [
    'lbl',
    'term',
    'title',
    'model',
    'modell',
    'modèle',
    'modelo',
    'art',
    'nr',
    'artikelnummer',
    'mfr',
    'part',
    'réf',
    'ref',
    'und',
    'et',
    'material',
    'materiale',
    'matériau',
    'matière',
    'fabric',
    'tejido',
    'asin',
    'code',
    'jan',
    'janコード',
    'código',
    'number',
    'manufacturer',
    'herstellernummer',
    'hersteller',
    'fabricant',
    'modellnummer',
    'herstellerreferenz',
    'numéro',
    'du',
    'référence',
    'número',
    'del',
    'producto',
    'numero',
    'modello',
    'articolo',
    'kod',
    'producenta',
    'do',
    'fabricante',
    'produto',
    'fabrikantcode',
    '型番',
    'メーカー型番',
  ],
  'lib/extract/generic/text.ts': ['undefined', 'unbranded', 'generic'],
  'lib/extract/listing-tile.ts': ['out', 'of', 'von', 'sur', 'su', 'van', 'из', 'つ星のうち', 'star', 'rating'],
  'lib/extract/money.ts': ['to', 'bis', 'al', 'fino'],
  'lib/extract/order-date.ts': ['st', 'nd', 'er'],
  'lib/extract/shops/ebay.ts': ['shop', 'on', 'ebay'],
  'lib/extract/shops/specs.ts': ['current', 'price', 'now'],
  'lib/inpage/offered-conditions.ts': [
    'refurbished',
    'renewed',
    'reconditioned',
    'generalüberholt',
    'generalueberholt',
    'reconditionn',
    'reacondicionad',
    'ricondizionat',
    '翻新',
    '官翻',
    'used',
    'pre',
    'owned',
    'second',
    'hand',
    'gebraucht',
    'occasion',
    'usad',
    'usat',
    '二手',
    'brand',
    'neu',
    'neuf',
    'neuve',
    'nuevo',
    'nueva',
    'nuovo',
    '全新',
    'from',
    'ab',
    'partir',
    'dès',
    'desde',
    'da',
  ],
};

const ROOTS = ['lib/extract', 'lib/inpage'];
const WORDS_MODULE = /^lib\/extract\/words[^/]*\.ts$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : [];
  });
}

/** The words of a regex source: letter runs of 2 or more once escapes, classes and syntax are out. */
export function regexWords(source: string): string[] {
  const bare = source
    .replace(/\\[pPu]\{[^}]*\}|\\u[0-9a-fA-F]{4}|\\x[0-9a-fA-F]{2}|\\c[A-Za-z]|\\k<[^>]*>|\\./g, ' ')
    .replace(/\[(?:[^\]\\]|\\.)*\]/g, ' ')
    .replace(/\(\?(?:<?[=!]|:|<[A-Za-z]\w*>)/g, ' ')
    .replace(/\{\d+(?:,\d*)?\}/g, ' ');
  return (bare.match(/\p{L}{2,}/gu) ?? []).map((w) => w.toLowerCase());
}

/** The regex sources a file writes: regex literals, `new RegExp(..)` string parts, String.raw templates. */
export function regexSources(file: string, text: string): { line: number; source: string }[] {
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
  const technical = new Set(Object.values(TECHNICAL).flat());
  const files = ROOTS.flatMap(sourceFiles)
    .map((f) => relative('.', f).split('\\').join('/'))
    .filter((f) => !WORDS_MODULE.test(f));

  it('reads the source files', () => {
    expect(files.length).toBeGreaterThan(40);
    expect(files).toContain('lib/extract/listing-generic.ts');
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

  it('every regex word in lib/extract and lib/inpage is a technical token', () => {
    const found: string[] = [];
    for (const file of files) {
      const allowed = new Set([...technical, ...(NOT_YET_MOVED[file] ?? [])]);
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
