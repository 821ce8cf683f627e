import { describe, expect, it } from 'vitest';
import { parseDocument } from './load';
import { BUY_CONTROL_SELECTOR, MARKUP_LISTS, PRICE_SELECTOR } from './words-buy';
import {
  BUY_BOX_REGION,
  CLASS_LISTS,
  ELSEWHERE_REGION,
  HIDDEN_BOX,
  MAIN_PRICE_BOX,
  NOT_ITEM_PRICE_BOX,
  STRUCK_OR_FORMER,
  UNIT_PRICE_BOX,
} from './words-class';

/** The spellings a token stands for: "list-?price" is "list-price" and "listprice"; "recommend*" is "recommendations". */
function spellings(token: string): string[] {
  const core = token.endsWith('*') ? token.slice(0, -1) : token;
  const tail = token.endsWith('*') ? ['', 'ations'] : [''];
  return [core.replaceAll('-?', '-'), core.replaceAll('-?', '')].flatMap((s) => tail.map((t) => s + t));
}

/** Which regex reads each list (the state flags are checked apart: they stop a match). */
const READ_BY: Record<string, RegExp> = {
  STRUCK_CLASS: STRUCK_OR_FORMER,
  FORMER_PRICE_CLASS: STRUCK_OR_FORMER,
  SAVINGS_CLASS: STRUCK_OR_FORMER,
  UNIT_PRICE_CLASS: UNIT_PRICE_BOX,
  HIDDEN_CLASS: HIDDEN_BOX,
  ELSEWHERE_CLASS: ELSEWHERE_REGION,
  BUY_BOX_CLASS: BUY_BOX_REGION,
  NOT_ITEM_PRICE_CLASS: NOT_ITEM_PRICE_BOX,
  MAIN_PRICE_CLASS: MAIN_PRICE_BOX,
};

describe('class-name token lists', () => {
  it('are lowercase, without duplicates inside a list', () => {
    for (const [name, list] of Object.entries(CLASS_LISTS)) {
      const all = Object.values(list).flat();
      expect(new Set(all).size, name).toBe(all.length);
      for (const w of all) expect(w, name).toBe(w.toLowerCase());
    }
  });

  it('every token, in every spelling, is read in the class strings themes write ("product-price uvp", "price_was")', () => {
    for (const [name, list] of Object.entries(CLASS_LISTS)) {
      const re = READ_BY[name];
      if (!re) continue;
      for (const token of Object.values(list).flat())
        for (const s of spellings(token))
          for (const cls of [s, `box ${s}`, `price_${s} big`, `c-${s}`])
            expect(re.test(cls), `${name}: ${cls}`).toBe(true);
    }
  });

  it('needs the edges: a token inside another word is not read', () => {
    expect(STRUCK_OR_FORMER.test('bold-text')).toBe(false); // "old" inside "bold"
    expect(ELSEWHERE_REGION.test('canavas')).toBe(false);
    expect(UNIT_PRICE_BOX.test('grundpreisliste')).toBe(false);
    expect(BUY_BOX_REGION.test('repurchase')).toBe(false);
    expect(NOT_ITEM_PRICE_BOX.test('syntax')).toBe(false);
  });

  it('a state flag before a former-price token is the live price ("has-discount", "is-compare")', () => {
    for (const cls of ['has-discount', 'with-list-price', 'is-compare', 'is_original'])
      expect(STRUCK_OR_FORMER.test(cls), cls).toBe(false);
    expect(STRUCK_OR_FORMER.test('price--compare')).toBe(true);
  });

  it('"discount" and "total" name the price to pay in "discount-price", "discounted", "total-price"', () => {
    for (const cls of ['discount-price', 'price-discount', 'discounted'])
      expect(STRUCK_OR_FORMER.test(cls), cls).toBe(false);
    expect(STRUCK_OR_FORMER.test('badge discount')).toBe(true);
    expect(NOT_ITEM_PRICE_BOX.test('total-price')).toBe(false);
    expect(NOT_ITEM_PRICE_BOX.test('cart-total')).toBe(true);
  });

  it('"hidden" ends at a space or "_" only ("hidden-xs" hides on small screens only)', () => {
    expect(HIDDEN_BOX.test('hidden-xs')).toBe(false);
    expect(HIDDEN_BOX.test('price is-hidden')).toBe(true);
  });

  it('the main-price tokens count anywhere in the class string', () => {
    expect(MAIN_PRICE_BOX.test('pdp-salepricevalue')).toBe(true);
    expect(MAIN_PRICE_BOX.test('price')).toBe(false);
  });
});

describe("the detector's markup tokens (words-buy.ts)", () => {
  const SELECTOR: Record<string, string> = {
    BUY_CONTROL_MARKUP: BUY_CONTROL_SELECTOR,
    PRICE_MARKUP: PRICE_SELECTOR,
  };
  it('every word, in any case and inside a longer value, selects the element that carries it', () => {
    for (const [name, markup] of Object.entries(MARKUP_LISTS))
      for (const [attribute, list] of Object.entries(markup))
        for (const w of Object.values(list).flat()) {
          const value = `js-${w.toUpperCase()}-main`;
          const html = attribute.startsWith('form[')
            ? `<form action="/${value}"></form>`
            : `<div ${attribute}="${value}">x</div>`;
          const doc = parseDocument(`<!doctype html><html><body>${html}</body></html>`);
          expect(doc.querySelector(SELECTOR[name]!), `${name} ${attribute} ${w}`).not.toBeNull();
        }
  });
  it('selects nothing on a page without such markup', () => {
    const doc = parseDocument(
      '<!doctype html><html><body><div class="card"><form action="/search"></form></div></body></html>',
    );
    expect(doc.querySelector(BUY_CONTROL_SELECTOR)).toBeNull();
    expect(doc.querySelector(PRICE_SELECTOR)).toBeNull();
  });
});
