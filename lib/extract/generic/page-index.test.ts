import { describe, expect, it } from 'vitest';
import { parseDocument } from '../load';
import { indexPage } from './page-index';
import { ANY_ROLE, BREADCRUMB_ROLE, PRICE_ROLE, SPEC_ROLE, STOCK_ROLE, TITLE_ROLE } from '../words-class';

describe('indexPage role tests', () => {
  // The walk tests an element's class and its id apart and ors their roles, which equals testing
  // the two joined by a space only while no role word can match a space.
  it('has no role word that can match a space', () => {
    for (const role of [ANY_ROLE, PRICE_ROLE, BREADCRUMB_ROLE, STOCK_ROLE, SPEC_ROLE, TITLE_ROLE]) {
      expect(role.source).not.toMatch(/ |\\s|\\W|\\S|\.|\[\^/);
      expect(role.test('a b')).toBe(false);
    }
  });

  it('reads a role from the class, from the id, and from both', () => {
    const doc = parseDocument(
      `<div class="x" id="main-price">5</div><div class="product-price" id="p1">6</div>` +
        `<div class="pri" id="ce">7</div><div id="spec-table" class="box"><b>a</b></div>`,
    );
    for (const idx of [indexPage(doc), indexPage(doc, true)]) {
      expect(idx.priceEls.map((e) => e.textContent)).toEqual(['5', '6']);
      expect(idx.specEls.map((e) => e.id)).toEqual(['spec-table']);
    }
  });
});
