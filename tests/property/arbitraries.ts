/** Generators shared by the property tests: products as a content script may send them. */
import fc from 'fast-check';
import type { ProductMessage } from '../../lib/messaging/protocol';

const words = fc.constantFrom(
  'laptop',
  'T-Shirt',
  'cotton',
  'Wolle',
  'kettle',
  'Fairphone',
  'iPhone',
  '14"',
  '2 x 500 g',
  'Pack of 3',
  'Baumwolle',
  'chair',
  'oak',
  'steel',
  '256GB',
  'used',
  'Refurbished',
  'coffee',
  '1 kg',
  'sofa',
  'ノートパソコン',
  'κάτι',
  '',
);
const title = fc.oneof(
  fc.string({ minLength: 1, maxLength: 120 }),
  fc.array(words, { minLength: 1, maxLength: 8 }).map((w) => w.join(' ') || 'x'),
);
const money = fc.double({ min: 0, max: 1e7, noNaN: true, noDefaultInfinity: true });
const positive = fc.double({ min: 1e-6, max: 100_000, noNaN: true, noDefaultInfinity: true });
const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });

/** Any product the message schema accepts. */
export const productMessage: fc.Arbitrary<ProductMessage> = fc.record(
  {
    title,
    brand: opt(fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('Apple', 'HP Inc.', 'Lenovo', 'constructor'))),
    price: opt(money),
    currency: opt(fc.constantFrom('EUR', 'USD', 'GBP', 'JPY', 'SEK', 'CHF', 'XXX', 'ZZZ')),
    listPrice: opt(money),
    availability: opt(fc.constantFrom('InStock' as const, 'OutOfStock' as const)),
    gtin: opt(fc.stringMatching(/^\d{8,14}$/)),
    category: opt(fc.array(fc.oneof(words, fc.string({ maxLength: 30 })), { maxLength: 5 })),
    googleCategory: opt(
      fc.oneof(
        fc.constantFrom('328', '212', 'Apparel & Accessories > Clothing', '0', '-1', '99999999'),
        fc.string({ maxLength: 20 }),
      ),
    ),
    condition: opt(fc.constantFrom('new' as const, 'used' as const, 'refurbished' as const)),
    quantity: opt(fc.integer({ min: 1, max: 100_000 })),
    weightKg: opt(positive),
    dimensionsCm: opt(fc.record({ length: money, width: money, height: money })),
    materials: opt(
      fc.array(
        fc.oneof(words, fc.record({ name: words, share: fc.option(fc.double({ min: 0, max: 1, noNaN: true })) })),
        { maxLength: 4 },
      ),
    ),
    url: opt(
      fc.constantFrom(
        'https://www.otto.de/p/1',
        'https://www.amazon.co.uk/dp/B0',
        'https://shop.example.com/x',
        'not a url',
      ),
    ),
  },
  { requiredKeys: ['title'] },
);

/** Attributes of a generated element: name to value, null for none. */
type Attributes = Record<string, string | null>;
type MarkupNode = { tag: string; a: Attributes; kids: MarkupNode[] };
const VOID_TAGS = new Set(['img', 'br', 'input', 'hr', 'meta', 'link']);
const attributes = (a: Attributes) =>
  Object.entries(a)
    .map(([k, v]) => (v === null ? '' : ` ${k}="${v}"`))
    .join('');
const markupOf = (n: MarkupNode): string =>
  `<${n.tag}${attributes(n.a)}>${VOID_TAGS.has(n.tag) ? '' : `${n.kids.map(markupOf).join('')}</${n.tag}>`}`;

/** HTML of an element of `tag` with the attributes `attrs` gives, holding up to four such elements, nested at most four deep. */
export function markupTree(tag: fc.Arbitrary<string>, attrs: fc.Arbitrary<Attributes>): fc.Arbitrary<string> {
  const { tree } = fc.letrec<{ tree: MarkupNode; kids: MarkupNode[] }>((rec) => ({
    tree: fc.record({ tag, a: attrs, kids: rec('kids') as fc.Arbitrary<MarkupNode[]> }),
    kids: fc.oneof(
      { maxDepth: 4, depthSize: 'small' },
      fc.constant<MarkupNode[]>([]),
      fc.array(rec('tree') as fc.Arbitrary<MarkupNode>, { maxLength: 4 }),
    ),
  }));
  return tree.map(markupOf);
}
