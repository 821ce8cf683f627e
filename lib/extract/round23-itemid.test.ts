/**
 * Round 23, issue #10 class 5 (the shop's item id on shops the dev sets do not hold): the
 * reconstructed pages of tests/fixtures/reconstructed-r23i, every expected field. The rules' unit
 * tests are in generic/item-id.test.ts (URL shapes, labels) and this file (the app state's id).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eachPageHasItsFields } from '../../tests/extract/folder-fields';
import { parseDocument } from './load';
import { productFromJsonState } from './generic/json-state';

describe('reconstructed round-23 item-id pages: every expected field', () => {
  eachPageHasItsFields(join(__dirname, '../../tests/fixtures/reconstructed-r23i'));
});

describe("the app state's product id", () => {
  it("is read from __NEXT_DATA__'s product object, a number as text", () => {
    const state = JSON.stringify({ props: { pageProps: { product: { id: 48213, name: 'Ullfilt grå', price: 599 } } } });
    const doc = parseDocument(
      `<html><body><h1>Ullfilt grå</h1><script id="__NEXT_DATA__" type="application/json">${state}</script></body></html>`,
    );
    expect(productFromJsonState(doc.getElementById('__NEXT_DATA__'))?.id).toBe('48213');
  });
});
