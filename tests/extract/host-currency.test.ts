/**
 * currencyFromHost keeps its last host's answer (a page asks once per amount it parses). Asked in
 * any order, it must answer every host as a fresh look-up does (the answers below: b0b8aff's, each asked
 * fresh).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { currencyFromHost } from '../../lib/extract/money';
import { budget } from '../property/budget';

const HOSTS: [string | null | undefined, string | null][] = [
  ['www.amazon.co.uk', 'GBP'],
  ['WWW.AMAZON.CO.UK.', 'GBP'],
  ['www.amazon.com', null],
  ['www.amazon.de', 'EUR'],
  ['www.zalando.ch', 'CHF'],
  ['shop.example.com.tr', 'TRY'],
  ['www.rakuten.co.jp', 'JPY'],
  ['www.11st.co.kr', 'KRW'],
  ['kaspi.kz', 'KZT'],
  ['', null],
  [null, null],
  [undefined, null],
];

describe('currencyFromHost with its last answer kept', () => {
  it('answers each host as a fresh look-up, whatever was asked before', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: HOSTS.length - 1 }), { minLength: 1, maxLength: 30 }), (order) => {
        for (const i of order) expect(currencyFromHost(HOSTS[i]![0])).toBe(HOSTS[i]![1]);
      }),
      budget(200),
    );
  });
});
