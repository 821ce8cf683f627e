/**
 * Old-against-new check of the order-page words' move into the words modules (#11): every
 * distinct short text of every fixture page (tests/fixtures/**.html: element texts up to 600
 * characters, the title, link paths) goes through the old inline regexes (old-order-words.ts) and
 * the new ones built from the word lists; any difference in what they match or capture is
 * printed. A second corpus, every word of the new lists in a few contexts, shows where a unified
 * list now finds more than one of the old twins did (languages no fixture has).
 *   npx tsx scripts/words/equivalence.ts [--examples]
 * Not shipped, not part of `npm test` (a one-off proof; the word-list tests guard the words).
 */
import { join } from 'node:path';
import { loadPage } from '../../lib/extract/load';
import { ORDER_PAGE_TITLE, ORDER_PAGE_URL } from '../../lib/extract/words-buy';
import * as NEW from '../../lib/extract/words-order';
import * as OLD from './old-words';
import * as WORDS from '../../lib/extract/words';
import { htmlFiles } from '../lib/html-files';

/** A RegExp or a words module's Pattern: what the comparisons read. */
type Re = Pick<RegExp, 'source' | 'flags' | 'test' | 'exec'>;

const FIXTURES = join(import.meta.dirname, '../../tests/fixtures');
const MAX_TEXT = 600;

function corpus(): { texts: Set<string>; paths: Set<string>; pages: number } {
  const texts = new Set<string>();
  const paths = new Set<string>();
  const files = htmlFiles(FIXTURES).map((f) => join(FIXTURES, f));
  for (const file of files) {
    const { doc } = loadPage(file);
    texts.add(doc.title);
    for (const el of Array.from(doc.querySelectorAll('body, body *'))) {
      if (/^(?:SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/.test(el.tagName)) continue;
      const raw = el.textContent ?? '';
      if (raw.length > 4 * MAX_TEXT) continue;
      const text = raw.replace(/\s+/g, ' ').trim();
      if (text && text.length <= MAX_TEXT) texts.add(text);
      const href = el.getAttribute('href');
      if (href) {
        try {
          const u = new URL(href, 'https://shop.example/');
          paths.add(u.pathname);
          paths.add(u.pathname + u.search);
        } catch {
          /* not a URL */
        }
      }
    }
  }
  return { texts, paths, pages: files.length };
}

/** What a regex says about a text: the match with its groups and place, or the test result. */
const execOf = (re: Re, t: string) => JSON.stringify(new RegExp(re.source, re.flags.replace('g', '')).exec(t));
const testOf = (re: Pick<RegExp, 'test'>, t: string) => String(re.test(t));

function orderIdFrom(re: Re, text: string): string | null {
  const g = new RegExp(re.source, 'gi');
  for (let m = g.exec(text); m; m = g.exec(text)) {
    if (m[1] && /\d/.test(m[1])) return m[1];
    g.lastIndex = m.index + 1;
  }
  return null;
}
const monthOld = (w: string) => OLD.MONTHS.find(([re]) => re.test(w))?.[1] ?? null;
const monthNew = (w: string) => {
  const i = NEW.MONTH_PATTERNS.findIndex((re) => re.test(w));
  return i >= 0 ? i + 1 : null;
};
const monthWords = (t: string) => (t.match(/[A-Za-zÀ-ÿ]{3,10}/g) ?? []).map((w) => monthOld(w) + '/' + monthNew(w));

type Pair = { name: string; old: (t: string) => string; new: (t: string) => string };
const PAIRS: Pair[] = [
  {
    name: 'order id (orderIdFromText)',
    old: (t) => String(orderIdFrom(OLD.ORDER_ID, t)),
    new: (t) => String(orderIdFrom(NEW.ORDER_ID, t)),
  },
  { name: 'ORDER_ID exec', old: (t) => execOf(OLD.ORDER_ID, t), new: (t) => execOf(NEW.ORDER_ID, t) },
  { name: 'DATE_LABEL', old: (t) => execOf(OLD.DATE_LABEL, t), new: (t) => execOf(NEW.ORDER_DATE, t) },
  ...[0, 1].map((i) => ({
    name: `TOTAL_LABELS[${i}]`,
    old: (t: string) => execOf(OLD.TOTAL_LABELS[i]!, t),
    new: (t: string) => execOf(NEW.ORDER_TOTAL_AMOUNTS[i]!, t),
  })),
  { name: 'SUBTOTAL_LABEL', old: (t) => execOf(OLD.SUBTOTAL_LABEL, t), new: (t) => execOf(NEW.SUBTOTAL_AMOUNT, t) },
  { name: 'QTY_HEADER', old: (t) => testOf(OLD.QTY_HEADER, t), new: (t) => testOf(NEW.QUANTITY_HEADING, t) },
  { name: 'PRODUCT_HEADER', old: (t) => testOf(OLD.PRODUCT_HEADER, t), new: (t) => testOf(NEW.PRODUCT_HEADING, t) },
  { name: 'PRICE_HEADER', old: (t) => testOf(OLD.PRICE_HEADER, t), new: (t) => testOf(NEW.PRICE_HEADING, t) },
  { name: 'UNIT_HEADER', old: (t) => testOf(OLD.UNIT_HEADER, t), new: (t) => testOf(NEW.UNIT_PRICE_HEADING, t) },
  {
    name: 'LINE_TOTAL_HEADER',
    old: (t) => testOf(OLD.LINE_TOTAL_HEADER, t),
    new: (t) => testOf(NEW.LINE_TOTAL_HEADING, t),
  },
  {
    name: 'NOT_A_LINE (order-generic)',
    old: (t) => testOf(OLD.NOT_A_LINE_GENERIC, t),
    new: (t) => testOf(NEW.NOT_A_LINE_ROW, t),
  },
  {
    name: 'NOT_A_LINE (order-lines)',
    old: (t) => testOf(OLD.NOT_A_LINE_LINES, t),
    new: (t) => testOf(NEW.NOT_A_LINE_TEXT, t),
  },
  {
    name: 'QTY_TEXT (order-generic) exec',
    old: (t) => execOf(OLD.QTY_TEXT_GENERIC, t),
    new: (t) => execOf(NEW.QUANTITY_IN_ROW, t),
  },
  {
    name: 'QTY_TEXT (order-generic) replace',
    old: (t) => t.replace(OLD.QTY_TEXT_GENERIC, ' '),
    new: (t) => t.replace(NEW.QUANTITY_IN_ROW, ' '),
  },
  {
    name: 'QTY_TEXT (order-lines) exec',
    old: (t) => execOf(OLD.QTY_TEXT_LINES, t),
    new: (t) => execOf(NEW.QUANTITY_TEXT, t),
  },
  { name: 'QTY_SEED', old: (t) => testOf(OLD.QTY_SEED, t), new: (t) => testOf(NEW.QUANTITY_SEED, t) },
  { name: 'ORDER_COLUMN', old: (t) => testOf(OLD.ORDER_COLUMN, t), new: (t) => testOf(NEW.ORDER_COLUMN_HEADING, t) },
  { name: 'DATE_COLUMN', old: (t) => testOf(OLD.DATE_COLUMN, t), new: (t) => testOf(NEW.DATE_COLUMN_HEADING, t) },
  { name: 'TOTAL_COLUMN', old: (t) => testOf(OLD.TOTAL_COLUMN, t), new: (t) => testOf(NEW.TOTAL_COLUMN_HEADING, t) },
  {
    name: 'order confirmation URL',
    old: (t) => testOf(OLD.ORDER_CONFIRMATION_URL, t),
    new: (t) => testOf(NEW.ORDER_CONFIRMATION_URL, t),
  },
  {
    name: 'month names',
    old: (t) =>
      monthWords(t)
        .map((p) => p.split('/')[0])
        .join(),
    new: (t) =>
      monthWords(t)
        .map((p) => p.split('/')[1])
        .join(),
  },
  {
    name: 'spec item-count label',
    old: (t) => testOf(OLD.ITEM_COUNT_LABEL, t.toLowerCase()),
    new: (t) => testOf(WORDS.ITEM_COUNT_LABEL_TEXT, t.toLowerCase()),
  },
  {
    name: 'spec brand label',
    old: (t) => testOf(OLD.BRAND_LABEL, t.toLowerCase()),
    new: (t) => testOf(WORDS.BRAND_LABEL_TEXT, t.toLowerCase()),
  },
  { name: 'cart heading', old: (t) => testOf(OLD.CART_HEADING, t), new: (t) => testOf(WORDS.CART_HEADING, t) },
  {
    name: 'buy button start (listing-or-product)',
    old: (t) => testOf(OLD.CART_WORDS, t),
    new: (t) => testOf(WORDS.BUY_BUTTON_START, t),
  },
  { name: 'cart path', old: (t) => testOf(OLD.CART_PATH, t), new: (t) => testOf(WORDS.CART_PATH, t) },
  { name: 'detector order URL', old: (t) => testOf(OLD.DETECT_ORDER_URL, t), new: (t) => testOf(ORDER_PAGE_URL, t) },
  {
    name: 'detector order title',
    old: (t) => testOf(OLD.DETECT_ORDER_WORDS, t),
    new: (t) => testOf(ORDER_PAGE_TITLE, t),
  },
];

/** Every word of the new order lists, in the contexts the order code reads them in. */
function examples(): Set<string> {
  const lists = [
    ...Object.values(NEW),
    WORDS.BRAND_LABEL,
    WORDS.ITEM_COUNT_LABEL,
    WORDS.CART,
    WORDS.BUY_BUTTON_START_WORD,
  ].filter((v): v is Record<string, string[]> => typeof v === 'object' && !Array.isArray(v) && !(v instanceof RegExp));
  const words = lists.flatMap((l) => Object.values(l).flat(2)) as string[];
  const contexts = [
    '{w}',
    '/{w}',
    '{w}:',
    '{w} 12345',
    '{w}: #A1234',
    '{w} 2',
    '{w}: 23 October 2024',
    '{w} 12,99 €',
    'x{w} 3',
  ];
  return new Set(words.flatMap((w) => contexts.map((c) => c.replace('{w}', w))));
}

function compare(label: string, texts: Iterable<string>): number {
  let total = 0;
  for (const pair of PAIRS) {
    let diffs = 0;
    for (const t of texts) {
      const [a, b] = [pair.old(t), pair.new(t)];
      if (a === b) continue;
      if (diffs++ < 5)
        console.log(
          `  ${pair.name}: ${JSON.stringify(t.slice(0, 120))}\n    old ${a.slice(0, 160)}\n    new ${b.slice(0, 160)}`,
        );
    }
    if (diffs) console.log(`${label} ${pair.name}: ${diffs} disagreement(s)`);
    total += diffs;
  }
  return total;
}

const { texts, paths, pages } = corpus();
const all = [...texts, ...paths];
const diffs = compare('fixtures', all);
console.log(
  `fixtures: ${pages} pages, ${texts.size} distinct texts + ${paths.size} link paths, ${PAIRS.length} regex pairs, ${all.length * PAIRS.length} comparisons, ${diffs} disagreement(s)`,
);
if (process.argv.includes('--examples')) {
  const ex = examples();
  const exDiffs = compare('examples', ex);
  console.log(`examples: ${ex.size} texts, ${exDiffs} disagreement(s) (wider unified lists show here)`);
}
process.exit(diffs ? 1 : 0);
