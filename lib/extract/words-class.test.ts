import { describe, expect, it } from 'vitest';
import { parseDocument } from './load';
import type { Matcher } from './pattern';
import { BUY_CONTROL_SELECTOR, MARKUP_LISTS, PRICE_SELECTOR } from './words-buy';
import {
  ANY_ROLE,
  BADGE_BOX,
  BREADCRUMB_ROLE,
  CAROUSEL_BOX,
  CART_CONTROL_SELECTOR,
  LABEL_CELL_BOX,
  NO_BRAND,
  STATE_IN_STOCK_VALUE,
  STATE_OUT_OF_STOCK_VALUE,
  USED_CONDITION_START,
  OPTION_GROUP_BOX,
  PRODUCT_TITLE_SELECTOR,
  RATING_BOX,
  TILE_OLD_PRICE,
  BUY_BOX_REGION,
  CLASS_LISTS,
  ELSEWHERE_REGION,
  HIDDEN_BOX,
  LIST_PRICE_KIND_TEXT,
  LOGO_BOX,
  MAIN_PRICE_BOX,
  NOT_ITEM_PRICE_BOX,
  OVERLAY_BOX,
  PRICE_ROLE,
  SCHEMA_IN_STOCK_VALUE,
  SCHEMA_OUT_OF_STOCK_VALUE,
  SPEC_ROLE,
  STOCK_ROLE,
  STRUCK_OR_FORMER,
  TITLE_BOX,
  TITLE_HINT,
  TITLE_ROLE,
  UNIT_PRICE_BOX,
} from './words-class';

/** The spellings a token stands for: "list-?price" is "list-price" and "listprice"; "recommend*" is "recommendations". */
function spellings(token: string): string[] {
  const core = token.endsWith('*') ? token.slice(0, -1) : token;
  const tail = token.endsWith('*') ? ['', 'ations'] : [''];
  return [core.replaceAll('-?', '-'), core.replaceAll('-?', '')].flatMap((s) => tail.map((t) => s + t));
}

/** Which regex reads each list (the state flags are checked apart: they stop a match). */
const READ_BY: Record<string, Matcher> = {
  STRUCK_CLASS: STRUCK_OR_FORMER,
  FORMER_PRICE_CLASS: STRUCK_OR_FORMER,
  SAVINGS_CLASS: STRUCK_OR_FORMER,
  UNIT_PRICE_CLASS: UNIT_PRICE_BOX,
  HIDDEN_CLASS: HIDDEN_BOX,
  ELSEWHERE_CLASS: ELSEWHERE_REGION,
  BUY_BOX_CLASS: BUY_BOX_REGION,
  NOT_ITEM_PRICE_CLASS: NOT_ITEM_PRICE_BOX,
  MAIN_PRICE_CLASS: MAIN_PRICE_BOX,
  OVERLAY_CLASS: OVERLAY_BOX,
  LOGO_CLASS: LOGO_BOX,
  PRODUCT_HEADING_CLASS: TITLE_BOX,
  TITLE_HINT_CLASS: TITLE_HINT,
  PRICE_ROLE_CLASS: PRICE_ROLE,
  BREADCRUMB_ROLE_CLASS: BREADCRUMB_ROLE,
  STOCK_ROLE_CLASS: STOCK_ROLE,
  SPEC_ROLE_CLASS: SPEC_ROLE,
  TITLE_ROLE_CLASS: TITLE_ROLE,
  LIST_PRICE_KIND: LIST_PRICE_KIND_TEXT,
  TILE_FORMER_CLASS: TILE_OLD_PRICE,
  TILE_STRUCK_CLASS: TILE_OLD_PRICE,
  CAROUSEL_CLASS: CAROUSEL_BOX,
  BADGE_CLASS: BADGE_BOX,
  RATING_CLASS: RATING_BOX,
  LABEL_CELL_CLASS: LABEL_CELL_BOX,
  OPTION_GROUP_CLASS: OPTION_GROUP_BOX,
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

describe('listing tiles and the product-or-listing test', () => {
  it("a tile's former price: edged words, or struck tokens anywhere, in any case", () => {
    for (const cls of ['price--was', 'Price_Old', 'uvp', 'price-strikethrough', 'ListPrice', 'basisprice'])
      expect(TILE_OLD_PRICE.test(cls), cls).toBe(true);
    for (const cls of ['bold', 'wasabi', 'price', 'regularly']) expect(TILE_OLD_PRICE.test(cls), cls).toBe(false);
  });

  it('a carousel: its tokens anywhere, "reco" at the start of a markup word only (as `\\breco` read it)', () => {
    for (const s of [
      'DIV product-recommendations',
      'UL slick-track',
      'DIV  also-viewed',
      'SECTION x reco_list',
      'DIV a product-reco',
    ])
      expect(CAROUSEL_BOX.test(s), s).toBe(true);
    // "reco" inside a markup word is not a carousel: "areco", "_reco", "2reco" (ASCII word characters before it).
    for (const s of ['DIV areco', 'DIV x_reco', 'DIV b2reco', 'DIV product-grid'])
      expect(CAROUSEL_BOX.test(s), s).toBe(false);
    // The edge is ASCII's, as `\\b` is: a non-ASCII character before "reco" is an edge.
    expect(CAROUSEL_BOX.test('DIV é-reco')).toBe(true);
    expect(CAROUSEL_BOX.test('DIV éreco')).toBe(true);
  });

  it('a badge inside a title, by its class', () => {
    expect(BADGE_BOX.test('c-Badge--new')).toBe(true);
    expect(BADGE_BOX.test('title-text')).toBe(false);
  });

  it('the product heading and cart-control selectors are built from the lists and find their markup', () => {
    const doc = parseDocument(
      '<h2 class="js-Product-Title">A</h2><div class="Product_Title">B</div><span itemprop="name">C</span><h1>D</h1>' +
        '<form class="cart"></form><form action="/Basket/add"></form><input name="add-to-cart"><button name="add">E</button>' +
        '<a class="btn AddToCart">F</a><div id="buy-add_to_cart-x"></div><div id="main-addtocart"></div>' +
        '<a data-action="add-item-to-cart">G</a><a data-action="add-to-list">H</a><h2 class="title">I</h2>',
    );
    const found = (sel: string) => Array.from(doc.querySelectorAll(sel)).map((e) => e.outerHTML.slice(0, 30));
    expect(found(PRODUCT_TITLE_SELECTOR)).toEqual(
      [
        '<h2 class="js-Product-Title">A</h2>',
        '<div class="Product_Title">B</div>',
        '<span itemprop="name">C</span>',
        '<h1>D</h1>',
      ].map((s) => s.slice(0, 30)),
    );
    expect(found(CART_CONTROL_SELECTOR)).toHaveLength(7);
    expect(found(CART_CONTROL_SELECTOR).join(' ')).not.toContain('add-to-list');
  });
});

describe('page-state and feed values (moved from the generic extractors, #11)', () => {
  it('stock values, squashed and lower-cased, anywhere', () => {
    for (const v of ['outofstock', 'productsoldout', 'unavailable', 'discontinued'])
      expect(STATE_OUT_OF_STOCK_VALUE.test(v), v).toBe(true);
    for (const v of ['instock', 'available', 'lowstock']) expect(STATE_IN_STOCK_VALUE.test(v), v).toBe(true);
    expect(STATE_OUT_OF_STOCK_VALUE.test('instock')).toBe(false);
  });

  it('free-text used conditions at the start; brand placeholders whole', () => {
    for (const v of [
      'open box',
      'open-box',
      'openbox item',
      'like new',
      'preowned',
      'pre-owned',
      'second hand',
      'second-hand',
    ])
      expect(USED_CONDITION_START.test(v), v).toBe(true);
    expect(USED_CONDITION_START.test('brand new, like new')).toBe(false);
    for (const v of ['N/A', 'Unbranded', 'generic', '-', 'null']) expect(NO_BRAND.test(v), v).toBe(true);
    for (const v of ['Generic Mills', 'Nonesuch']) expect(NO_BRAND.test(v), v).toBe(false);
  });

  it('label cells and option pickers need an edge', () => {
    expect(LABEL_CELL_BOX.test('spec-name')).toBe(true);
    expect(LABEL_CELL_BOX.test('x attr_label y')).toBe(true);
    expect(LABEL_CELL_BOX.test('nickname')).toBe(false);
    expect(OPTION_GROUP_BOX.test('product-swatches')).toBe(true);
    expect(OPTION_GROUP_BOX.test('resize')).toBe(false);
  });
});

describe('page furniture, roles and structured-data values', () => {
  const words = (name: string) => Object.values(CLASS_LISTS[name]!).flat();
  it('a product heading is an owner, then "-", "_" or nothing, then a noun ("pdp_title", "productname")', () => {
    for (const owner of words('TITLE_OWNER_CLASS'))
      for (const noun of words('TITLE_NOUN_CLASS'))
        for (const sep of ['-', '_', ''])
          expect(TITLE_BOX.test(`js-${owner}${sep}${noun} big`), `${owner}${sep}${noun}`).toBe(true);
    expect(TITLE_BOX.test('item-heading')).toBe(false); // a card's heading
    expect(TITLE_BOX.test('product-heading')).toBe(true);
  });
  it("the roles test anywhere and in any case; ANY_ROLE is every role but the title's", () => {
    for (const name of ['PRICE_ROLE_CLASS', 'BREADCRUMB_ROLE_CLASS', 'STOCK_ROLE_CLASS', 'SPEC_ROLE_CLASS'])
      for (const w of words(name).flatMap(spellings)) expect(ANY_ROLE.test(`X${w.toUpperCase()}x`), w).toBe(true);
    expect(ANY_ROLE.test('heading')).toBe(false);
    expect(TITLE_ROLE.test('ProductHeading')).toBe(true);
  });
  it('overlays and logos need an edge before ("catalogo" holds no logo)', () => {
    expect(LOGO_BOX.test('catalogo')).toBe(false);
    expect(LOGO_BOX.test('logos')).toBe(false);
    expect(OVERLAY_BOX.test('cookie-banner')).toBe(true);
    expect(OVERLAY_BOX.test('nomodal')).toBe(false);
  });
  it('availability values are whole values', () => {
    for (const v of words('SCHEMA_IN_STOCK')) expect(SCHEMA_IN_STOCK_VALUE.test(v), v).toBe(true);
    for (const v of words('SCHEMA_OUT_OF_STOCK')) expect(SCHEMA_OUT_OF_STOCK_VALUE.test(v), v).toBe(true);
    expect(SCHEMA_IN_STOCK_VALUE.test('in stock soon')).toBe(false);
    expect(SCHEMA_OUT_OF_STOCK_VALUE.test('instock')).toBe(false);
    expect(SCHEMA_IN_STOCK_VALUE.test('outofstock')).toBe(false);
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
