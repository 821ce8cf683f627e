/**
 * Round 21 (#10): failure classes of blind-r20's pages (a development set since this round), each
 * with a reconstructed page of another shop in tests/fixtures/reconstructed-r21; each rule's test
 * fails without it. The price-text parser's new currency marks (Bs., Q, KD, BD) have their rows in
 * money-table.test.ts.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eachPageHasItsFields } from '../../tests/extract/folder-fields';
import { declaresPlainSku, shownOverDeclared } from './generic/shown-sku';
import type { Json } from './generic/jsonld';

const product = (sku: string): Json[] => [{ '@type': 'Product', name: 'Taladro', sku, offers: { price: '1' } }];

describe('a declared sku in the shape of a barcode, beside the number the page labels', () => {
  it('takes the labelled number over a declared EAN-shaped sku (SAP Commerce keying products by EAN)', () => {
    expect(shownOverDeclared('7804512300127', product('7804512300127'), () => '884512')).toBe('884512');
    expect(shownOverDeclared('40123455', product('40123455'), () => 'KL-2291')).toBe('KL-2291');
  });
  it('keeps the declared sku where the page labels another barcode, or nothing, or a sku of another shape', () => {
    expect(shownOverDeclared('7804512300127', product('7804512300127'), () => '7804512300998')).toBe('7804512300127');
    expect(shownOverDeclared('7804512300127', product('7804512300127'), () => null)).toBe('7804512300127');
    // Seven or nine to eleven digits: no barcode's length, the shop's own number.
    expect(shownOverDeclared('8845120', product('8845120'), () => '884512')).toBe('8845120');
    expect(shownOverDeclared('88451200012', product('88451200012'), () => '884512')).toBe('88451200012');
  });
  it('makes the product bundle read the shown number for such a page', () => {
    expect(declaresPlainSku(product('7804512300127'))).toBe(false);
    expect(declaresPlainSku(product('884512'))).toBe(true);
  });
});

describe('the reconstructed pages of round 21', () => {
  eachPageHasItsFields(join(__dirname, '../../tests/fixtures/reconstructed-r21'));
});
