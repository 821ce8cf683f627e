/**
 * Every word of every order-page list is found by its concept regex in the context order pages
 * print it in (and the detector's order words by the detector's regexes).
 */
import { describe, expect, it } from 'vitest';
import type { WordList } from './words';
import { DAY_MONTH_YEAR, MONTH_DAY_YEAR } from './words-order';
import {
  ORDER_PAGE_TITLE,
  ORDER_PAGE_TITLE_WHOLE_WORD,
  ORDER_PAGE_TITLE_WORD,
  ORDER_PAGE_URL,
  ORDER_PAGE_URL_WORD,
} from './words-buy';
import {
  CONFIRMATION,
  DATE_COLUMN_HEADING,
  DATE_WORD,
  LINE_TOTAL_COLUMN,
  LINE_TOTAL_HEADING,
  MONTH_NAMES,
  MONTH_PATTERNS,
  NOT_A_LINE,
  NOT_A_LINE_ROW,
  NOT_A_LINE_TEXT,
  NUMBER_MARK,
  ORDER,
  ORDER_COLUMN_HEADING,
  ORDER_CONFIRMATION_PATH,
  ORDER_CONFIRMATION_URL,
  ORDER_DATE,
  ORDER_DATE_LABEL,
  ORDER_ID,
  ORDER_TOTAL,
  ORDER_TOTAL_AMOUNTS,
  ORDER_TOTAL_COLUMN,
  PRICE_COLUMN,
  PRICE_HEADING,
  PRODUCT_COLUMN,
  PRODUCT_HEADING,
  QUANTITY,
  QUANTITY_HEADING,
  QUANTITY_IN_ROW,
  QUANTITY_SEED,
  QUANTITY_TEXT,
  SUBTOTAL,
  SUBTOTAL_AMOUNT,
  TOTAL_COLUMN_HEADING,
  TOTAL_WORD,
  UNIT_PRICE_COLUMN,
  UNIT_PRICE_HEADING,
  ORDER_PAGE_PATH,
  ORDER_PATH_WORD,
  ORDER_PATH_WORD_ENDED,
} from './words-order';

/** Each word of `list` put in `context` ("{w}" stands for the word). */
const cases = (list: WordList, context: string): [string, string][] =>
  Object.entries(list).flatMap(([lang, words]) =>
    words.map((w): [string, string] => [lang, context.replace('{w}', w)]),
  );

const [STRONG_TOTAL, PLAIN_TOTAL] = ORDER_TOTAL_AMOUNTS;

describe('order-page word lists', () => {
  it('are lowercase, without duplicates inside a language', () => {
    const lists = [ORDER, CONFIRMATION, NUMBER_MARK, ORDER_DATE_LABEL, DATE_WORD, ORDER_TOTAL, TOTAL_WORD, SUBTOTAL];
    for (const list of [...lists, QUANTITY, PRODUCT_COLUMN, PRICE_COLUMN, NOT_A_LINE, ORDER_CONFIRMATION_PATH]) {
      for (const [lang, words] of Object.entries(list)) {
        expect(new Set(words).size, lang).toBe(words.length);
        for (const w of words) expect(w, lang).toBe(w.toLowerCase());
      }
    }
  });

  // Every word, also one that a shorter word of the list starts ("bestel", "bestelling").
  it.each(cases(ORDER, '{w} number 10023'))('order word (%s): "%s"', (_l, text) => {
    expect(ORDER_ID.exec(text)?.[1]).toBe('10023');
    expect(ORDER_ID.exec(text.replace(' number', ''))?.[1]).toBe('10023');
    expect(ORDER_COLUMN_HEADING.test(text.replace(' number 10023', ' #'))).toBe(true);
  });
  it.each(cases(NUMBER_MARK, 'Order {w} 10023'))('number mark (%s): "%s"', (_l, text) => {
    expect(ORDER_ID.exec(text)?.[1]).toBe('10023');
    expect(ORDER_ID.exec(text.replace('Order', 'Confirmation').replace('10023', 'QX7Z2M9KD'))?.[1]).toBe('QX7Z2M9KD');
    expect(ORDER_COLUMN_HEADING.test(text.replace(' 10023', ''))).toBe(true);
  });
  it.each(cases(CONFIRMATION, '{w} number QX7Z2M9KD'))('confirmation word (%s): "%s"', (_l, text) => {
    expect(ORDER_ID.exec(text)?.[1]).toBe('QX7Z2M9KD');
    expect(ORDER_ID.test(text.replace(' number', ''))).toBe(false); // the word alone is too common
  });
  it('order column headings with the order word last, and the verb before the number', () => {
    for (const h of [
      'Référence de la commande',
      'Nº de pedido',
      "Numero dell'ordine",
      'Number of order',
      'Nummer Bestellung',
    ])
      expect(ORDER_COLUMN_HEADING.test(h), h).toBe(true);
    expect(ORDER_COLUMN_HEADING.test('Order status')).toBe(false);
    expect(ORDER_ID.exec('Your order number is 10023')?.[1]).toBe('10023');
    expect(ORDER_ID.exec('Ihre Bestellnummer ist 10023')?.[1]).toBe('10023');
  });

  it.each(cases(ORDER_DATE_LABEL, '{w}: 23.10.2024'))('order date label (%s): "%s"', (_l, text) => {
    expect(ORDER_DATE.exec(text)?.[1]).toBe('23.10.2024');
  });
  it.each(cases(DATE_WORD, '{w}: 23.10.2024'))('date word (%s): "%s"', (_l, text) => {
    expect(ORDER_DATE.exec(text)?.[1]).toBe('23.10.2024');
    expect(ORDER_DATE.test(`Up${text}`)).toBe(false);
    expect(DATE_COLUMN_HEADING.test(text)).toBe(true);
  });
  it('more date words head history columns only', () => {
    for (const h of ['Dátum', 'Tarih', 'Дата', '注文日']) expect(DATE_COLUMN_HEADING.test(h), h).toBe(true);
  });

  it.each(cases(ORDER_TOTAL, '{w}: 59,90 €'))('order total (%s): "%s"', (_l, text) => {
    expect(STRONG_TOTAL?.exec(text)?.[1]).toBe('59,90 €');
  });
  it.each(cases(TOTAL_WORD, 'Versand 4,95 € {w}: 59,90 €'))('plain total (%s): "%s"', (_l, text) => {
    expect(PLAIN_TOTAL?.exec(text)?.[1]).toBe('59,90 €');
  });
  it.each(cases(SUBTOTAL, '{w}: 54,95 €'))('subtotal (%s): "%s"', (_l, text) => {
    expect(SUBTOTAL_AMOUNT.exec(text)?.[1]).toBe('54,95 €');
  });

  it.each(cases(QUANTITY, '{w}: 2'))('quantity (%s): "%s"', (_l, text) => {
    expect(QUANTITY_TEXT.exec(`Beanie ${text}`)?.[1]).toBe('2');
    expect(QUANTITY_IN_ROW.exec(`Beanie ${text}`)?.[1]).toBe('2');
    expect(QUANTITY_SEED.test(text)).toBe(true);
    expect(QUANTITY_HEADING.test(text.replace(': 2', ''))).toBe(true);
  });
  it('Dutch sums are refused as quantity blocks (not yet as table rows)', () => {
    expect(NOT_A_LINE_TEXT.test('Subtotaal € 54,95')).toBe(true);
    expect(NOT_A_LINE_ROW.test('Subtotaal € 54,95')).toBe(false);
  });
  it('quantities by sign, and what is not one', () => {
    expect(QUANTITY_TEXT.exec('Beanie × 2')?.[2]).toBe('2');
    expect(QUANTITY_TEXT.exec('2 x Beanie')?.[3]).toBe('2');
    expect(QUANTITY_TEXT.test('Dimensions 21.59 x 2.03 x 25.4 cm')).toBe(false);
    expect(QUANTITY_HEADING.test('Stück')).toBe(true);
  });

  it.each(cases(PRODUCT_COLUMN, '{w}'))('product column (%s): "%s"', (_l, text) => {
    expect(PRODUCT_HEADING.test(text)).toBe(true);
    expect(PRODUCT_HEADING.test(`${text} name`)).toBe(false);
  });
  it.each(cases(PRICE_COLUMN, '{w}'))('price column (%s): "%s"', (_l, text) => {
    expect(PRICE_HEADING.test(text)).toBe(true);
  });
  it.each(cases(UNIT_PRICE_COLUMN, '{w}'))('unit-price column (%s): "%s"', (_l, text) => {
    expect(UNIT_PRICE_HEADING.test(text)).toBe(true);
  });
  it.each(cases(LINE_TOTAL_COLUMN, '{w}'))('line-total column (%s): "%s"', (_l, text) => {
    expect(LINE_TOTAL_HEADING.test(text)).toBe(true);
  });
  it.each(cases(ORDER_TOTAL_COLUMN, '{w}'))('history total column (%s): "%s"', (_l, text) => {
    expect(TOTAL_COLUMN_HEADING.test(text)).toBe(true);
  });
  it.each(cases(NOT_A_LINE, '{w} 4,95 €'))('not an order line (%s): "%s"', (_l, text) => {
    expect(NOT_A_LINE_TEXT.test(text)).toBe(true);
    expect(NOT_A_LINE_ROW.test(text)).toBe(true);
    expect(NOT_A_LINE_TEXT.test(`Beanie ${text}`)).toBe(false);
  });

  it.each(cases(ORDER_CONFIRMATION_PATH, '/shop/{w}/4711'))('confirmation URL (%s): "%s"', (_l, path) => {
    expect(ORDER_CONFIRMATION_URL.test(path.replace(/ /g, '-'))).toBe(true);
    expect(ORDER_CONFIRMATION_URL.test(path.replace(/ /g, '_'))).toBe(true);
    expect(ORDER_CONFIRMATION_URL.test(path.replace(/ /g, ''))).toBe(true);
  });

  it('month names give their month, and no earlier one', () => {
    for (const [lang, months] of Object.entries(MONTH_NAMES)) {
      expect(months.length, lang).toBe(12);
      months.forEach((forms, i) => {
        for (const f of forms)
          expect(
            MONTH_PATTERNS.findIndex((re) => re.test(f)),
            `${lang} ${f}`,
          ).toBe(i);
      });
    }
  });
});

describe("the detector's order words", () => {
  it.each(cases(ORDER_PAGE_URL_WORD, '/shop/{w}/4711'))('order URL (%s): "%s"', (_l, path) => {
    expect(ORDER_PAGE_URL.test(path)).toBe(true);
  });
  it.each(cases(ORDER_PAGE_TITLE_WORD, 'Shop - {w} 4711'))('order title (%s): "%s"', (_l, title) => {
    expect(ORDER_PAGE_TITLE.test(title)).toBe(true);
  });
  it.each(cases(ORDER_PAGE_TITLE_WHOLE_WORD, 'Your {w}'))('order title, whole word (%s): "%s"', (_l, title) => {
    expect(ORDER_PAGE_TITLE.test(title)).toBe(true);
    expect(ORDER_PAGE_TITLE.test(title.replace('Your ', 'B'))).toBe(false);
  });
});

describe('order-page URL paths', () => {
  it.each(cases(ORDER_PATH_WORD, '/account/{w}/10023'))('a path word anywhere (%s): "%s"', (_l, path) => {
    expect(ORDER_PAGE_PATH.test(path)).toBe(true);
  });
  it.each(cases(ORDER_PATH_WORD_ENDED, '/mi-cuenta/{w}/10023'))('a path word that ends (%s): "%s"', (_l, path) => {
    expect(ORDER_PAGE_PATH.test(path)).toBe(true);
    expect(ORDER_PAGE_PATH.test(path.replace('/10023', 'ya'))).toBe(false);
  });
  it('the English shapes', () => {
    for (const p of ['/account/order-history', '/orders/123', '/gp/your-account/order-details', '/my/your-orders'])
      expect(ORDER_PAGE_PATH.test(p), p).toBe(true);
    expect(ORDER_PAGE_PATH.test('/products/border-collie-toy')).toBe(false);
  });
});

describe('dates: day ordinals and "de" (moved from order-date.ts, #11)', () => {
  it('read month, day and year around them', () => {
    expect(MONTH_DAY_YEAR.exec('October 23rd, 2024')?.slice(1)).toEqual(['October', '23', '2024']);
    expect(MONTH_DAY_YEAR.exec('Oct. 1st 2024')?.slice(1)).toEqual(['Oct', '1', '2024']);
    expect(DAY_MONTH_YEAR.exec('1er mars 2024')?.slice(1)).toEqual(['1', 'mars', '2024']);
    expect(DAY_MONTH_YEAR.exec('1º de enero de 2024')?.slice(1)).toEqual(['1', 'enero', '2024']);
    expect(DAY_MONTH_YEAR.exec('23 de octubre de 2024')?.slice(1)).toEqual(['23', 'octubre', '2024']);
    expect(DAY_MONTH_YEAR.exec('23. Oktober 2024')?.slice(1)).toEqual(['23', 'Oktober', '2024']);
    expect(DAY_MONTH_YEAR.exec('2nd March 2024')?.slice(1)).toEqual(['2', 'March', '2024']);
  });
});
