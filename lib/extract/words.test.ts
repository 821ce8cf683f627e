/**
 * Every word of every list is found by its concept regex in the context shops print it in, and
 * the edges keep words from matching inside other words.
 */
import { describe, expect, it } from 'vitest';
import {
  ASIN_LABEL_TEXT,
  EBAY_PLACEHOLDER_TITLE_TEXT,
  GTIN_LABEL_TEXT,
  INLINE_ID_LABEL_SPLIT,
  MATERIAL_PARTS_SPLIT,
  MATERIAL_WORD_TEXT,
  MPN_LABEL_TEXT,
  OFFERED_CONDITION_TEXT,
  RANGE_BETWEEN_TEXT,
  RANGE_SEPARATOR_TEXT,
  RATING_PATTERNS,
} from './words';
import {
  CONDITION_LABEL_TEXT,
  EBAY_TITLE_LEAD_TEXT,
  NEW,
  NEW_FIRST,
  NEW_TEXT,
  REFURBISHED,
  REFURBISHED_TEXT,
  USED,
  USED_TEXT,
} from './words';
import {
  FROM_IN_TEXT,
  FROM_LABEL,
  FROM_PRICE,
  FROM_PRICE_AFTER,
  INSTALMENT,
  ITEM_ID_IN_TEXT,
  ITEM_ID_LABEL,
  ITEM_ID_LABEL_EXACT,
  LEGAL_NOTE,
  LIST_PRICE,
  LIST_PRICE_COLON,
  LIST_PRICE_ENDING,
  LIST_PRICE_LABEL,
  NOT_ITEM_PRICE,
  ORDER_HEADING,
  ORDER_HEADING_TEXT,
  OTHER_AMOUNT,
  CONDITIONAL_PRICE,
  CODE_LABEL,
  SHIPPING,
  SHIPPING_LABEL,
  IN_STOCK,
  OUT_OF_STOCK,
  UNIT_PRICE,
  UNIT_PRICE_TEXT,
  allWords,
  wordsRegex,
  type WordList,
  AMAZON_BRAND_KEYS,
  AMAZON_DIMENSION_KEYS,
  AMAZON_WEIGHT_KEYS,
  BUY_BUTTON,
  BUY_BUTTON_TEXT,
  DIMENSION_IN_KEY,
  MATERIAL,
  MATERIAL_LABEL,
  NOT_CARD_PRICE,
  NOT_CARD_PRICE_TEXT,
  NOT_THE_ITEM_KEY,
  NOT_THE_ITEM_ROW,
  SPONSORED,
  SPONSORED_LABEL,
  WEIGHS,
  WEIGHT_HEDGE,
  WEIGHT_IN_BULLET,
  WEIGHT_IN_KEY,
  EX_TAX,
  EX_TAX_TEXT,
  IN_STOCK_MORE,
  IN_STOCK_TEXT,
  INSTALMENT_MORE,
  ITEM_ID_LABEL_MORE,
  LIST_PRICE_MORE,
  OUT_OF_STOCK_MORE,
  OUT_OF_STOCK_TEXT,
  SOLD_OUT_MORE,
  SALE_PRICE,
  SALE_PRICE_LABEL,
  BRAND_LABEL,
  BUY_BUTTON_START,
  BUY_BUTTON_START_WORD,
  BRAND_LABEL_TEXT,
  CART,
  CART_HEADING,
  CART_PATH,
  ITEM_COUNT_LABEL,
  ITEM_COUNT_LABEL_TEXT,
  BACK_CRUMB,
  BACK_CRUMB_TEXT,
  HOME_CRUMB,
  HOME_CRUMB_TEXT,
} from './words';

/** Each word of `list`, with the word put in `context` ("{w}" stands for the word, stems end in "ing"). */
function cases(list: WordList, context: string): [string, string][] {
  return Object.entries(list).flatMap(([lang, words]) =>
    words.map((w): [string, string] => [lang, context.replace('{w}', w.endsWith('*') ? w.slice(0, -1) + 'en' : w)]),
  );
}

describe('word lists', () => {
  it('are lowercase where case matters not, without duplicates inside a language', () => {
    for (const list of [
      FROM_PRICE,
      LIST_PRICE,
      SHIPPING,
      INSTALMENT,
      OTHER_AMOUNT,
      CONDITIONAL_PRICE,
      CODE_LABEL,
      ITEM_ID_LABEL,
      ORDER_HEADING,
      IN_STOCK,
      OUT_OF_STOCK,
      LIST_PRICE_MORE,
      INSTALMENT_MORE,
      ITEM_ID_LABEL_MORE,
      IN_STOCK_MORE,
      OUT_OF_STOCK_MORE,
      SOLD_OUT_MORE,
      EX_TAX,
      SALE_PRICE,
    ]) {
      for (const [lang, words] of Object.entries(list)) {
        expect(new Set(words).size, lang).toBe(words.length);
        for (const w of words) expect(w, lang).toBe(w.toLowerCase());
      }
    }
  });

  it.each(cases(FROM_PRICE, '{w} 19,99 €'))('from-price word (%s): "%s"', (_l, text) => {
    expect(FROM_IN_TEXT.test(text)).toBe(true);
    expect(FROM_LABEL.test(text.replace(/ 19,99 €$/, ''))).toBe(true);
  });
  it.each(cases(FROM_PRICE_AFTER, '1.280 {w}'))('from-price word after the amount (%s): "%s"', (_l, text) => {
    expect(FROM_IN_TEXT.test(text)).toBe(true);
  });
  it.each(cases(LIST_PRICE, '{w} 49,99 €'))('list-price label (%s): "%s"', (_l, text) => {
    expect(LIST_PRICE_LABEL.test(text.replace(/ 49,99 €$/, ''))).toBe(true);
  });
  it.each(cases(LIST_PRICE_ENDING, 'Preis {w}'))('list-price ending (%s): "%s"', (_l, text) => {
    expect(LIST_PRICE_LABEL.test(text)).toBe(true);
  });
  it.each(cases(LIST_PRICE_COLON, '{w}:'))('list-price word with a colon (%s): "%s"', (_l, text) => {
    expect(LIST_PRICE_LABEL.test(text)).toBe(true);
    expect(LIST_PRICE_LABEL.test(text.replace(/:$/, ' x'))).toBe(false);
  });
  it.each([
    ...cases(SHIPPING, '{w} 4,95 €'),
    ...cases(INSTALMENT, '{w} 12,50 €'),
    ...cases(OTHER_AMOUNT, '{w} 10 €'),
    ...cases(CONDITIONAL_PRICE, '{w} 27,900원'),
  ])('not-the-item-price word (%s): "%s"', (_l, text) => {
    expect(NOT_ITEM_PRICE.test(text)).toBe(true);
  });
  it.each(cases(SHIPPING, '{w}:'))('shipping label (%s): "%s"', (_l, text) => {
    expect(SHIPPING_LABEL.test(text)).toBe(true);
  });
  it.each(cases(UNIT_PRICE, '4,99 € {w} kg'))('unit-price word (%s): "%s"', (_l, text) => {
    expect(UNIT_PRICE_TEXT.test(text)).toBe(true);
  });
  it.each(cases(ITEM_ID_LABEL, '{w}:'))('item-id label (%s): "%s"', (_l, text) => {
    expect(ITEM_ID_LABEL_EXACT.test(text)).toBe(true);
    expect(ITEM_ID_IN_TEXT.exec(`${text} 123/4567`)?.[1]).toBe('123/4567');
  });
  it.each(cases(IN_STOCK, '{w}'))('in-stock phrase (%s): "%s"', (_l, text) => {
    expect(wordsRegex(IN_STOCK).test(text)).toBe(true);
    expect(wordsRegex(OUT_OF_STOCK).test(text)).toBe(false);
  });
  it.each(cases(OUT_OF_STOCK, '{w}'))('out-of-stock phrase (%s): "%s"', (_l, text) => {
    expect(wordsRegex(OUT_OF_STOCK).test(text)).toBe(true);
  });
  it.each(cases(ORDER_HEADING, '{w} #123'))('order heading (%s): "%s"', (_l, text) => {
    expect(ORDER_HEADING_TEXT.test(text)).toBe(true);
  });

  it('keeps words whole: no match inside other words', () => {
    expect(FROM_IN_TEXT.test('Abholung 19,99 €')).toBe(false);
    expect(FROM_IN_TEXT.test('Odkurzacz 199 zł')).toBe(false);
    expect(NOT_ITEM_PRICE.test('Totally cosy throw 29,99 €')).toBe(false);
    expect(NOT_ITEM_PRICE.test('Saveur vanille 4,99 €')).toBe(false);
    expect(LIST_PRICE_LABEL.test('Wash bag')).toBe(false);
    expect(LIST_PRICE_LABEL.test('Precio de oferta')).toBe(false);
    expect(ITEM_ID_IN_TEXT.test('Kodak camera 123')).toBe(false);
    expect(UNIT_PRICE_TEXT.test('S/ 129.90')).toBe(false);
  });

  it('legal notes go, but not a fee that follows its label', () => {
    expect('29,99 € inkl. MwSt. zzgl. Versand'.replace(LEGAL_NOTE, '')).toBe('29,99 €  ');
    expect('zzgl. Versandkosten 4,90 €'.replace(LEGAL_NOTE, '')).toBe('zzgl. Versandkosten 4,90 €');
  });

  it('sorts longer words first so phrases win over their parts', () => {
    const words = allWords(SHIPPING);
    expect(words.indexOf('frais de port')).toBeLessThan(words.indexOf('porto'));
  });
});

describe('word lists of product facts, result cards, Amazon rows and buy buttons', () => {
  it.each(cases(MATERIAL, '{w}'))('material label (%s): "%s"', (_l, text) => {
    expect(MATERIAL_LABEL.test(text)).toBe(true);
    expect(MATERIAL_LABEL.test(`${text} colour`)).toBe(false);
  });
  it.each(cases(SPONSORED, '{w}'))('ad label (%s): "%s"', (_l, text) => {
    expect(SPONSORED_LABEL.test(text)).toBe(true);
    expect(SPONSORED_LABEL.test(text.toUpperCase())).toBe(true);
    expect(SPONSORED_LABEL.test(`${text} by our partners`)).toBe(false);
  });
  it.each(cases(NOT_CARD_PRICE, '{w} 12,99 €'))('not the card price (%s): "%s"', (_l, text) => {
    expect(NOT_CARD_PRICE_TEXT.test(text)).toBe(true);
    // After a space too: words starting with an accented letter ("à partir de", "économisez").
    expect(NOT_CARD_PRICE_TEXT.test(`Pantalon ${text}`)).toBe(true);
  });
  it('card price words stay whole, with Unicode word edges', () => {
    expect(NOT_CARD_PRICE_TEXT.test('$12.99')).toBe(false);
    expect(NOT_CARD_PRICE_TEXT.test('Savannah lamp $12.99')).toBe(false);
    expect(NOT_CARD_PRICE_TEXT.test('Ursprünglicher Preis war 45,00 €')).toBe(true);
    expect(NOT_CARD_PRICE_TEXT.test('-20%')).toBe(true);
    expect(NOT_CARD_PRICE_TEXT.test('à partir de 149,00 €')).toBe(true);
    expect(NOT_CARD_PRICE_TEXT.test('Vous économisez 12,00 €')).toBe(true);
    // Not inside a word, where a letter outside ASCII is the neighbour: "Übersand", "Tabé", "Kabó".
    expect(NOT_CARD_PRICE_TEXT.test('Übersandtasche 12,99 €')).toBe(false);
    expect(NOT_CARD_PRICE_TEXT.test('Lampe Kabé 12,99 €')).toBe(false);
    expect(NOT_CARD_PRICE_TEXT.test('Tabéa 12,99 €')).toBe(false);
  });
  it('names the item weight, dimensions and brand rows, and rows that are not the item', () => {
    for (const k of AMAZON_WEIGHT_KEYS) expect(WEIGHT_IN_KEY.test(k) || k === '商品の重量', k).toBe(true);
    for (const k of AMAZON_DIMENSION_KEYS) expect(/dimensi|abmessung/.test(k), k).toBe(true);
    expect(AMAZON_BRAND_KEYS).toContain('marke');
    expect(DIMENSION_IN_KEY.test('Produktabmessungen')).toBe(true);
    expect(WEIGHT_IN_KEY.test('Artikelgewicht')).toBe(true);
  });
  it.each(cases(NOT_THE_ITEM_ROW, '{w} weight'))('not-the-item row (%s): "%s"', (_l, text) => {
    expect(NOT_THE_ITEM_KEY.test(text)).toBe(true);
  });
  it.each(cases(WEIGHS, 'it {w} 1,2 kg'))('weight in a bullet (%s): "%s"', (_l, text) => {
    expect(WEIGHT_IN_BULLET.exec(text)?.[1]).toBe('1,2 kg');
  });
  it.each(cases(WEIGHT_HEDGE, 'weighs {w} 850 g'))('hedged weight (%s): "%s"', (_l, text) => {
    expect(WEIGHT_IN_BULLET.exec(text)?.[1]).toBe('850 g');
  });
  it.each(cases(BUY_BUTTON, '  {w}  '))('buy button (%s): "%s"', (_l, text) => {
    expect(BUY_BUTTON_TEXT.test(text)).toBe(true);
    expect(BUY_BUTTON_TEXT.test(text.toUpperCase())).toBe(true);
  });
  it('buy-button words are not wish lists or reviews', () => {
    expect(BUY_BUTTON_TEXT.test('Add to wish list')).toBe(false);
    expect(BUY_BUTTON_TEXT.test('Write a review')).toBe(false);
  });
});

describe('round-4 word lists (Arabic, Hebrew, Greek, Serbian, Vietnamese, Indonesian, Thai, ...)', () => {
  it.each(cases(LIST_PRICE_MORE, '{w}'))('list-price label (%s): "%s"', (_l, text) => {
    expect(LIST_PRICE_LABEL.test(text)).toBe(true);
  });
  it.each(cases(INSTALMENT_MORE, '{w} 12,50 €'))('instalment word (%s): "%s"', (_l, text) => {
    expect(NOT_ITEM_PRICE.test(text)).toBe(true);
  });
  it.each(cases(ITEM_ID_LABEL_MORE, '{w}:'))('item-id label (%s): "%s"', (_l, text) => {
    expect(ITEM_ID_LABEL_EXACT.test(text)).toBe(true);
    expect(ITEM_ID_IN_TEXT.exec(`${text} 123/4567`)?.[1]).toBe('123/4567');
  });
  it.each(cases(IN_STOCK_MORE, '{w}'))('in-stock phrase (%s): "%s"', (_l, text) => {
    expect(IN_STOCK_TEXT.test(text)).toBe(true);
    expect(OUT_OF_STOCK_TEXT.test(text)).toBe(false);
  });
  it.each(cases(OUT_OF_STOCK_MORE, '{w}'))('out-of-stock phrase (%s): "%s"', (_l, text) => {
    expect(OUT_OF_STOCK_TEXT.test(text)).toBe(true);
  });
  it.each(cases(SOLD_OUT_MORE, '{w}'))('sold-out phrase (%s): "%s"', (_l, text) => {
    expect(OUT_OF_STOCK_TEXT.test(text)).toBe(true);
    expect(OUT_OF_STOCK_TEXT.test(`Artikel ${text}!`)).toBe(true);
  });
  it.each(cases(EX_TAX, '80,00 € {w}'))('tax-excluded note (%s): "%s"', (_l, text) => {
    expect(EX_TAX_TEXT.test(text)).toBe(true);
  });
  it.each(cases(SALE_PRICE, '{w}:'))('sale-price label (%s): "%s"', (_l, text) => {
    expect(SALE_PRICE_LABEL.test(text)).toBe(true);
  });
  it('keeps the new words whole', () => {
    // "διαθέσιμο" is not inside "Διαθεσιμότητα", "ht" not inside "light", "habis" not in "habiskan".
    expect(IN_STOCK_TEXT.test('Διαθεσιμότητα:')).toBe(false);
    expect(EX_TAX_TEXT.test('Light 29,90 €')).toBe(false);
    expect(OUT_OF_STOCK_TEXT.test('habiskan')).toBe(false);
    expect(EX_TAX_TEXT.test('(税込 2,980円)')).toBe(false);
    // The Thai words are spaceless script: found inside a run of Thai letters.
    expect(OUT_OF_STOCK_TEXT.test('ขออภัยสินค้าหมดแล้ว')).toBe(true);
  });
});

describe('spec labels for brand and item count, and cart pages', () => {
  it.each(cases(BRAND_LABEL, '{w}'))('brand label (%s): "%s"', (_l, text) => {
    expect(BRAND_LABEL_TEXT.test(text)).toBe(true);
    expect(BRAND_LABEL_TEXT.test(`${text} logo`)).toBe(false);
  });
  it.each(cases(ITEM_COUNT_LABEL, '{w}'))('item-count label (%s): "%s"', (_l, text) => {
    expect(ITEM_COUNT_LABEL_TEXT.test(text)).toBe(true);
  });
  it.each(cases(CART, '{w}'))('cart page (%s): "%s"', (_l, word) => {
    expect(CART_PATH.test(`/${word}/`)).toBe(true);
    // Japanese too (an ASCII \b edge never followed a Japanese word before a space or the end).
    expect(CART_HEADING.test(`Your ${word} (2 items)`)).toBe(true);
    expect(CART_HEADING.test(word)).toBe(true);
  });
  it.each(cases(BUY_BUTTON_START_WORD, '{w} - 29,99 €'))('buy button start (%s): "%s"', (_l, text) => {
    expect(BUY_BUTTON_START.test(text)).toBe(true);
    expect(BUY_BUTTON_START.test(`Not ${text}`)).toBe(false);
  });
  it('cart headings start with the word, cart paths end with it', () => {
    expect(CART_HEADING.test('Shopping cart')).toBe(true);
    expect(CART_HEADING.test('Cartier watch')).toBe(false);
    expect(CART_HEADING.test('カートに入れる')).toBe(false); // a buy button, not a heading
    expect(CART_HEADING.test('ショッピングカート（3点）')).toBe(true);
    expect(CART_PATH.test('/checkout/cart')).toBe(true);
    expect(CART_PATH.test('/cart/shirt-blue')).toBe(false);
  });
});

describe('breadcrumb words', () => {
  it.each(cases(HOME_CRUMB, '{w}'))('root crumb, the whole crumb in any case (%s): "%s"', (_l, text) => {
    expect(HOME_CRUMB_TEXT.test(text)).toBe(true);
    expect(HOME_CRUMB_TEXT.test(text.toUpperCase())).toBe(true);
    expect(HOME_CRUMB_TEXT.test(`${text} und garten`)).toBe(false);
  });
  it.each(cases(BACK_CRUMB, '‹ {w}'))('back crumb, first after arrows (%s): "%s"', (_l, text) => {
    // Before a space, at the end, before punctuation; not run on into a letter, ASCII or not.
    expect(BACK_CRUMB_TEXT.test(`${text} to results`)).toBe(true);
    expect(BACK_CRUMB_TEXT.test(text)).toBe(true);
    expect(BACK_CRUMB_TEXT.test(`${text}: Übersicht`)).toBe(true);
    expect(BACK_CRUMB_TEXT.test(`${text}x`)).toBe(false);
    expect(BACK_CRUMB_TEXT.test(`${text}é`)).toBe(false);
  });
  it('"Zurück" before a space is a back crumb (an ASCII \\b took "ü" for a non-letter)', () => {
    expect(BACK_CRUMB_TEXT.test('Zurück zur Übersicht')).toBe(true);
    expect(BACK_CRUMB_TEXT.test('‹ Zurück')).toBe(true);
    expect(BACK_CRUMB_TEXT.test('Zurückgeben')).toBe(false);
  });
  it('a crumb that only starts with a root word is a category', () => {
    expect(HOME_CRUMB_TEXT.test('Home & Garden')).toBe(false);
    expect(BACK_CRUMB_TEXT.test('Backpacks')).toBe(false);
  });
});

describe('condition words', () => {
  it.each(cases(REFURBISHED, 'Vom Hersteller {w}'))('refurbished, anywhere (%s): "%s"', (_l, text) => {
    expect(REFURBISHED_TEXT.test(text)).toBe(true);
  });
  it.each(cases(USED, 'Zustand: {w} - gut'))('used, a whole word (%s): "%s"', (_l, text) => {
    expect(USED_TEXT.test(text)).toBe(true);
    if (!/[一-龥가-힣]/.test(text)) expect(USED_TEXT.test(text.replace(/: (\S+)/, ': un$1'))).toBe(false);
  });
  it.each(cases(NEW, '{w} mit Etikett'))('new, first or anywhere as a word (%s): "%s"', (_l, text) => {
    expect(NEW_FIRST.test(text)).toBe(true);
    expect(NEW_TEXT.test(`Brand ${text}`)).toBe(true);
    expect(NEW_FIRST.test(`Like ${text}`)).toBe(false);
  });
  it('"Unused" is not used, "Newton" is not new, "新品" alone is new (an ASCII \\b never ended it)', () => {
    expect(USED_TEXT.test('Unused')).toBe(false);
    expect(NEW_TEXT.test('Newton')).toBe(false);
    expect(NEW_FIRST.test('新品')).toBe(true);
  });
  it("condition labels are whole labels; eBay's title lead is taken off", () => {
    for (const l of ['condition', 'item condition', 'zustand', 'état', 'コンディション'])
      expect(CONDITION_LABEL_TEXT.test(l)).toBe(true);
    expect(CONDITION_LABEL_TEXT.test('conditions of sale')).toBe(false);
    expect('Details about  Apple iPhone 13'.replace(EBAY_TITLE_LEAD_TEXT, '')).toBe('Apple iPhone 13');
    expect('Détails sur Sac'.replace(EBAY_TITLE_LEAD_TEXT, '')).toBe('Sac');
  });
});

describe('words moved from the extraction code (#11)', () => {
  it('range words between two prices, the whole text between them', () => {
    for (const s of [' bis ', 'to', ' à ', ' a ', ' - ', 'EUR bis EUR', ' al ', ' fino a '])
      expect(RANGE_BETWEEN_TEXT.test(s), s).toBe(true);
    for (const s of [' und ', ' bis 20 ', 'tomorrow']) expect(RANGE_BETWEEN_TEXT.test(s), s).toBe(false);
    for (const s of [' bis ', 'To', ' à ', 'a', '–']) expect(RANGE_SEPARATOR_TEXT.test(s), s).toBe(true);
    // The buy box's separators are the short list only (as before the move).
    for (const s of ['al', 'fino a', '€ bis']) expect(RANGE_SEPARATOR_TEXT.test(s), s).toBe(false);
  });

  it('a star rating and its score, in each language', () => {
    const score = (s: string) => RATING_PATTERNS.map((re) => re.exec(s)?.[1]).find(Boolean);
    const cases: [string, string][] = [
      ['4.5 out of 5 stars', '4.5'],
      ['4,4 von 5 Sternen', '4,4'],
      ['4,5 sur 5 étoiles', '4,5'],
      ['4,3 de 5 estrellas', '4,3'],
      ['4,6 su 5 stelle', '4,6'],
      ['4,2 van 5 sterren', '4,2'],
      ['4,1 z 5 gwiazdek', '4,1'],
      ['4,7 из 5', '4,7'],
      ['4.8/5', '4.8'],
      ['5つ星のうち4.3', '4.3'],
    ];
    for (const [s, v] of cases) expect(score(s), s).toBe(v);
    expect(score('4 out of 50 reviews')).toBeUndefined();
  });

  it("eBay's placeholder tile is the whole title", () => {
    expect(EBAY_PLACEHOLDER_TITLE_TEXT.test('Shop on eBay')).toBe(true);
    expect(EBAY_PLACEHOLDER_TITLE_TEXT.test('Shop on eBay gift card')).toBe(false);
  });

  it('identifier labels of spec tables, whole label (lower-cased)', () => {
    for (const l of ['ean', 'ean / upc', 'jan コード'.replace(' ', ''), 'código ean', 'isbn-13'])
      expect(GTIN_LABEL_TEXT.test(l), l).toBe(true);
    for (const l of ['model', 'mfr part#', 'mfr part #', 'réf. fabricant', "numéro du modèle de l'article", '型番'])
      expect(MPN_LABEL_TEXT.test(l), l).toBe(true);
    expect(MPN_LABEL_TEXT.test('réfx fabricant')).toBe(false); // the dot is a dot
    expect(GTIN_LABEL_TEXT.test('ean code 2')).toBe(false);
    expect(ASIN_LABEL_TEXT.test('asin')).toBe(true);
  });

  it('a line of identifiers splits before each label with a colon, as printed', () => {
    expect('Model: A1383H11-1 SKU: 6644753'.split(INLINE_ID_LABEL_SPLIT)).toEqual([
      'Model: A1383H11-1',
      'SKU: 6644753',
    ]);
    expect('Art.-Nr.: 12 Modèle : X ISBN-13: 978'.split(INLINE_ID_LABEL_SPLIT)).toEqual([
      'Art.-Nr.: 12',
      'Modèle : X',
      'ISBN-13: 978',
    ]);
    expect('MPN: 1 Part#: 2'.split(INLINE_ID_LABEL_SPLIT)).toEqual(['MPN: 1', 'Part#: 2']);
    expect('a model: x'.split(INLINE_ID_LABEL_SPLIT)).toEqual(['a model: x']);
  });

  it('compositions split at "and" in each language; material words are whole labels', () => {
    expect('Baumwolle und Elasthan'.split(MATERIAL_PARTS_SPLIT)).toEqual(['Baumwolle', 'Elasthan']);
    expect('coton et lin, soie'.split(MATERIAL_PARTS_SPLIT)).toEqual(['coton', 'lin', ' soie']);
    expect('algodón y lino'.split(MATERIAL_PARTS_SPLIT)).toEqual(['algodón', 'lino']);
    expect('cotone e lino'.split(MATERIAL_PARTS_SPLIT)).toEqual(['cotone', 'lino']);
    expect('cotton and wool'.split(MATERIAL_PARTS_SPLIT)).toEqual(['cotton', 'wool']);
    for (const w of ['material', 'fabric', 'materiale', 'matériau', 'matière', 'tejido'])
      expect(MATERIAL_WORD_TEXT.test(w), w).toBe(true);
    expect(MATERIAL_WORD_TEXT.test('materials')).toBe(false);
  });

  it('condition controls: the whole text is a condition word, then maybe a count, a note or a price', () => {
    const kind = (s: string) => OFFERED_CONDITION_TEXT.find(([, re]) => re.test(s))?.[0];
    const cases: [string, string][] = [
      ['Refurbished', 'refurbished'],
      ['Reconditionnée', 'refurbished'],
      ['翻新', 'refurbished'],
      ['Used from $120', 'used'],
      ['Gebraucht ab 80 €', 'used'],
      ["D'occasion - très bon état", 'used'],
      ['Usato (3)', 'used'],
      ['Neu', 'new'],
      ['Nuevo desde 99 €', 'new'],
      ['Neuf à partir de 99 €', 'new'],
      ['Brand new', 'new'],
    ];
    for (const [s, c] of cases) expect(kind(s), s).toBe(c);
    for (const s of ['New Balance', 'Used to be', 'Newsletter']) expect(kind(s), s).toBeUndefined();
  });
});
