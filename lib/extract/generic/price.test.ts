import { describe, expect, it } from 'vitest';
import { parseDocument } from '../load';
import { findTitleElement } from './dom';
import { indexPage } from './page-index';
import { findVisiblePrice, priceText } from './price';
import { parseMoney } from '../money';

function visible(body: string, host = 'shop.example') {
  const idx = indexPage(parseDocument(`<html><body>${body}</body></html>`));
  return findVisiblePrice(idx, findTitleElement(idx), { host });
}

describe('findVisiblePrice', () => {
  it('takes the buy-box price, not the struck list price, the unit price or a carousel price', () => {
    const r = visible(`
      <main><div class="product-info"><h1>Duct Tape, Pack of 2</h1>
        <div class="price-block"><span class="a-price"><span class="a-offscreen">$12.48</span></span>
          <span class="unit">($6.24 / Count)</span><s class="was-price">$15.99</s></div></div>
      <div class="recommendations"><div class="tile"><span class="price">$3.99</span></div></div></main>`);
    expect(r).toMatchObject({ price: 12.48, currency: 'USD', listPrice: 15.99 });
  });

  it('finds an unlabelled price next to the title (no "price" class anywhere)', () => {
    const r = visible(
      `<div><div><h1>Doormat</h1></div><div data-buy-box><p class="wt-text-title-03">53,11 €</p></div>
      <div class="shipping">Gastos de envío 60,59 €</div></div>`,
      'www.etsy.com',
    );
    expect(r).toMatchObject({ price: 53.11, currency: 'EUR' });
  });

  it('ignores shipping, instalments and hidden prices', () => {
    const r = visible(`<div class="pdp"><h1>Lamp</h1><div class="price">Versand: 4,99 €</div>
      <div class="price">4 payments starting at $15.00</div><div class="price hide">MzI5Ljk5 $</div><div class="price">$59.99</div></div>`);
    expect(r?.price).toBe(59.99);
  });

  it('reads the label of the table row a price is the value of (Cafe24: 소비자가 struck, 배송비 shipping, 적립금 points)', () => {
    const r = visible(
      `<div class="infoArea"><h1>텀블러 500ml</h1><table>
      <tr><th><span>배송비</span></th><td><span class="delv_price"><strong>3,000원</strong></span></td></tr>
      <tr><th><span>소비자가</span></th><td><span><span id="price_custom">19,900원</span></span></td></tr>
      <tr><th><span>판매가</span></th><td><span><strong id="price_text">12,900원</strong></span></td></tr>
      <tr><th><span>적립금</span></th><td><span class="price_point">129원</span></td></tr></table></div>`,
      'shop.example.co.kr',
    );
    expect(r).toMatchObject({ price: 12900, currency: 'KRW', listPrice: 19900, reliable: true });
  });

  it('ranks a tax-excluded amount below the tax-included one beside it (税抜 / 税込, Ex Tax, Χωρίς ΦΠΑ)', () => {
    const ja = visible(
      `<div id="itemDetail"><h2 class="itemName">水筒 500ml</h2><table>
      <tr><th>販売価格</th><td><span class="price">2,709円</span><span class="tax">(税抜)</span><br><span class="taxin">(税込 2,980円)</span></td></tr></table></div>`,
      'shop.example.jp',
    );
    expect(ja).toMatchObject({ price: 2980, currency: 'JPY' });
    const en = visible(
      `<div class="col"><h1>Desk lamp</h1><ul><li><h2>$98.00</h2></li><li>Ex Tax: $80.00</li></ul></div>`,
    );
    expect(en).toMatchObject({ price: 98 });
    // Alone, a tax-excluded price is still the page's price (B2B shops show only that).
    const only = visible(
      `<div class="product-info"><h1>Bohrer</h1><span class="price">80,00 € zzgl. MwSt.</span></div>`,
    );
    expect(only).toMatchObject({ price: 80 });
  });

  it('reads the OpenCart price heading in a list item, and Trendyol-style "prc-org" as the former price', () => {
    const oc = visible(
      `<div class="col-sm-4"><h1>Θερμός 750ml</h1><ul class="list-unstyled"><li><span style="text-decoration: line-through;">39,90 €</span></li><li><h2>29,90 €</h2></li></ul></div>`,
      'shop.example.gr',
    );
    expect(oc).toMatchObject({ price: 29.9, listPrice: 39.9 });
    const tr = visible(
      `<div class="product-detail"><h1>Termos</h1><div class="pr-bx-nm"><span class="prc-org">1.599,99 TL</span><span class="prc-dsc">1.299,99 TL</span></div></div>`,
      'shop.example.com.tr',
    );
    expect(tr).toMatchObject({ price: 1299.99, listPrice: 1599.99, currency: 'TRY' });
  });

  it('reads Arabic-Indic amounts: "total-price" is the price to pay, a box of two amounts is not one', () => {
    const r = visible(
      `<div class="product-single__details"><h1>مكنسة لاسلكية</h1><div class="product-single__price">
      <span class="before-price">١٬٥٩٩٫٠٠\u200F ر.س</span><span class="total-price">١٬٢٩٩٫٠٠\u200F ر.س</span></div></div>`,
      'matjar.example.sa',
    );
    expect(r).toMatchObject({ price: 1299, currency: 'SAR', listPrice: 1599 });
  });

  it('prefers the amount labelled as the discounted price to pay ("할인가") over the regular one ("판매가")', () => {
    const r = visible(
      `<div class="info"><h1>무지 양말 5켤레 세트</h1><dl><dt>정가</dt><dd><del>15,000원</del></dd></dl>
      <dl><dt>판매가</dt><dd><strong>12,900</strong>원</dd></dl><dl><dt>할인가</dt><dd><strong>9,900원</strong></dd></dl></div>`,
      'shop.example.co.kr',
    );
    expect(r).toMatchObject({ price: 9900, listPrice: 15000 });
  });

  it('finds text-only prices in any script and notation next to the title', () => {
    expect(
      visible(
        `<div><h1>Чайник 1,7 л</h1><div class="cost"><span class="price">15&nbsp;990 ₸</span><span class="price old">19 990 ₸</span></div></div>`,
        'shop.example.kz',
      ),
    ).toMatchObject({ price: 15990, currency: 'KZT' });
    expect(
      visible(`<div><h1>Кроссовки</h1><div><span class="price">349,00 р.</span></div></div>`, 'shop.example.by'),
    ).toMatchObject({ price: 349, currency: 'BYN' });
    expect(
      visible(
        `<div><h1>保溫瓶</h1><div><del class="price-origin">NT$1,580</del> <span class="price">NT$1,290</span></div></div>`,
        'shop.example.com.tw',
      ),
    ).toMatchObject({ price: 1290, listPrice: 1580 });
    expect(
      visible(
        `<div><h1>Zapatillas</h1><div><span class="price">$ 24.990</span><div class="price">6 cuotas sin interés de $ 4.165</div></div></div>`,
        'shop.example.com.ar',
      ),
    ).toMatchObject({ price: 24990, currency: 'ARS' });
  });

  it('never takes a price struck by class name (line-through, origin, prev, former) over the sale price', () => {
    for (const cls of [
      'line-through',
      'text-decoration-line-through',
      'price-origin',
      'price-prev',
      'former-price',
      'price--strikeout',
      'consumer-price',
    ]) {
      const r = visible(
        `<div><h1>Lamp</h1><div><span class="${cls}">€ 59,99</span> <span class="amount">€ 45,00</span></div></div>`,
      );
      expect(r, cls).toMatchObject({ price: 45, listPrice: 59.99 });
    }
  });

  it('is null when no price is near the title or in a buy box', () => {
    expect(visible('<h1>Article about lamps</h1><p>Nothing for sale.</p>')).toBeNull();
    expect(visible('<h1>Lamp</h1><footer><span class="price">$5.00</span></footer>')).toBeNull();
  });

  it('reads cents in their own element and never glues other digits to the price', () => {
    const text = (html: string) =>
      priceText(parseDocument(`<html><body><div id="p">${html}</div></body></html>`).querySelector('#p')!);
    expect(parseMoney(text('<span>$</span><span>49</span><span>99</span>')!)?.amount).toBe(49.99);
    expect(parseMoney(text('<span>49</span><span>.99</span> €')!)?.amount).toBe(49.99);
    expect(parseMoney(text('$300<sup>4</sup>')!)?.amount).toBe(300);
    expect(parseMoney(text('300 €<span class="lot">4</span>')!)?.amount).toBe(300);
    expect(parseMoney(text('129€<sup>99</sup>')!)?.amount).toBe(129.99);
  });

  it('reads superscript cents', () => {
    const el = parseDocument(
      '<html><body><div id="p"><span>$</span>174<sup>99</sup></div></body></html>',
    ).querySelector('#p')!;
    expect(priceText(el)).toBe('$174.99');
  });
});

describe('common shop platforms', () => {
  it('WooCommerce: <del> regular and <ins> sale price in one .price container', () => {
    const r = visible(
      `<div class="summary"><h1 class="product_title">Mug</h1><p class="price"><del aria-hidden="true"><span class="woocommerce-Price-amount amount"><bdi>29,00&nbsp;<span>€</span></bdi></span></del>
      <ins><span class="woocommerce-Price-amount amount"><bdi>19,00&nbsp;<span>€</span></bdi></span></ins></p></div>`,
      'kaffee.example.de',
    );
    expect(r).toMatchObject({ price: 19, currency: 'EUR', listPrice: 29 });
  });

  it('Shopify: labelled regular and sale prices, "EUR" suffix', () => {
    const r =
      visible(`<div class="product__info-wrapper"><h1>Tee</h1><div class="price price--on-sale"><div class="price__container">
      <div class="price__sale"><span class="visually-hidden">Regular price</span><span><s class="price-item price-item--regular">€29,00</s></span>
      <span class="visually-hidden">Sale price</span><span class="price-item price-item--sale price-item--last">€19,00 EUR</span></div></div></div></div>`);
    expect(r).toMatchObject({ price: 19, currency: 'EUR', listPrice: 29 });
  });

  it('Magento: final price wrapper vs old price', () => {
    const r =
      visible(`<div class="product-info-main"><h1 class="page-title"><span>Lamp</span></h1><div class="price-box">
      <span class="special-price"><span class="price-wrapper" data-price-amount="49.99"><span class="price">49,99 €</span></span></span>
      <span class="old-price"><span class="price-wrapper" data-price-amount="59.99"><span class="price">59,99 €</span></span></span></div></div>`);
    expect(r).toMatchObject({ price: 49.99, listPrice: 59.99 });
  });

  it('"From" prices and tax notes', () => {
    expect(visible('<div class="product"><h1>Shirt</h1><span class="price">From $19.99</span></div>')).toBeNull();
    expect(
      visible('<div class="product"><h1>Shirt</h1><span class="price">19,99 € inkl. MwSt.</span></div>')?.price,
    ).toBe(19.99);
  });
});

describe('ranges and stock lines', () => {
  it('a range split over elements is no single price', () => {
    expect(
      visible(
        `<div class="product"><h1>Boots</h1><span class="a-price-range"><span class="a-price"><span class="a-offscreen">77,62€</span></span>
      <span class="a-price-dash">-</span><span class="a-price"><span class="a-offscreen">170,00€</span></span></span></div>`,
        'www.amazon.de',
      ),
    ).toBeNull();
  });
});

describe('findVisiblePrice on common shop-platform markup', () => {
  it('a container showing "Was: $79.00" and "Now: $64.00" is not a price; its parts are (BigCommerce)', () => {
    const r = visible(`<div class="productView"><h1>Cork Yoga Mat</h1><div class="productView-price">
      <div class="price-section non-sale-price">Was: <span class="price price--non-sale">$79.00</span></div>
      <div class="price-section"><span class="price-label">Now:</span> <span class="price price--withoutTax">$64.00</span></div></div></div>`);
    expect(r).toMatchObject({ price: 64, listPrice: 79 });
  });

  it('an unclassed wrapper reading "Price reduced from $120.00 to $95.00" is not a price (SFCC)', () => {
    const r = visible(`<div class="product-detail"><h1>Runner 2</h1><div class="prices"><div class="price"><span>
      <span class="strike-through list"><span class="value">$120.00</span></span>
      <span class="sales"><span class="value">$95.00</span></span></span></div></div></div>`);
    expect(r).toMatchObject({ price: 95, listPrice: 120 });
  });

  it('a hyphenated item number in a small product box is no range ("Art.-Nr.: 4711-0815")', () => {
    const box = (id: string) =>
      `<div class="angaben">\n<h1>Das Buch vom Brot</h1>\n<p>${id}</p>\n<p><strong>28,00 €</strong> inkl. MwSt.</p></div>`;
    expect(visible(box('Art.-Nr.: 4711-0815'))?.price).toBe(28);
    expect(visible(box('Ref. 12-345'))?.price).toBe(28);
    // A range in the same box still is one.
    expect(visible(box('28,00 € - 34,00 €'))).toBeNull();
  });

  it('"has-discount" on the live price box is a state flag, and "44,90 € -10%" is no range (PrestaShop)', () => {
    const r = visible(`<div class="product"><h1>Théière</h1><div class="product-prices">
      <div class="product-discount"><span class="regular-price">49,90 €</span></div>
      <div class="product-price has-discount"><div class="current-price"><span>44,90 €</span> <span class="discount">-10%</span></div></div></div>
      <section class="featured-products"><div class="product-price-and-shipping"><span class="price">19,90 €</span></div></section></div>`);
    expect(r).toMatchObject({ price: 44.9, listPrice: 49.9 });
  });
});

describe('list-price labels printed inside the element', () => {
  it('"De: R$ 129,90" is the former price, "R$ 99,90" the price; instalments ignored', () => {
    const r = visible(
      `<div class="product-page"><h1>Garrafa</h1><div class="product-price">
      <span class="product-price__list">De: R$ 129,90</span><span class="product-price__best">R$ 99,90</span>
      <span class="product-price__installments">ou 3x de R$ 33,30 sem juros</span></div></div>`,
      'loja.example.com.br',
    );
    expect(r).toMatchObject({ price: 99.9, currency: 'BRL', listPrice: 129.9 });
  });
});

describe('price boxes with inline scripts', () => {
  it('numbers inside an inline <script> do not make a price box a multi-amount container', () => {
    const r = visible(`<div class="buybox"><h1>Book</h1><span class="slot-price"><span>$10.99</span>
      <script>var p = {"a": "$14.99", "b": "$3.00"};</script></span><span class="slot-price"><span>$14.99</span></span></div>`);
    expect(r).toMatchObject({ price: 10.99 });
  });
});

describe('"from" prices in more languages', () => {
  it('"As low as", "vanaf", "od" and "1,280円～" are the cheapest variant, not a price', () => {
    expect(
      visible(
        `<div class="product-info-main"><h1>Tee</h1><div class="price-box"><span class="price-label">As low as</span> <span class="price">$19.00</span></div></div>`,
      ),
    ).toBeNull();
    expect(
      visible(`<div class="product"><h1>Tas</h1><span class="price">vanaf € 12,95</span></div>`, 'winkel.example.nl'),
    ).toBeNull();
    expect(
      visible(
        `<div class="product"><h1>Torba</h1><span class="label">od</span> <span class="price">49,00 zł</span></div>`,
        'sklep.example.pl',
      ),
    ).toBeNull();
    expect(
      visible(`<div class="product"><h1>タオル</h1><span class="price">1,280円～</span></div>`, 'shop.example.jp'),
    ).toBeNull();
    expect(
      visible(`<div class="product"><h1>Tas</h1><span class="price">€ 12,95</span></div>`, 'winkel.example.nl'),
    ).toMatchObject({ price: 12.95 });
  });
});

describe('labels around wrappers and legal notes', () => {
  it('"As low as" in front of a Magento price wrapper makes no price', () => {
    expect(
      visible(
        `<div class="product-info-main"><h1 class="page-title"><span>Tee</span></h1><div class="price-box"><span class="normal-price"><span class="price-container">
      <span class="price-label">As low as</span><span data-price-type="finalPrice" class="price-wrapper"><span class="price">£19.00</span></span></span></span></div></div>`,
        'shop.example.co.uk',
      ),
    ).toBeNull();
  });

  it('"inkl. MwSt. zzgl. Versand" inside the price element is a legal note, not a shipping amount', () => {
    expect(
      visible(
        `<div class="product"><h1>Lampe</h1><div class="price">49,00 € <small>inkl. 19% MwSt. zzgl. Versand</small></div></div>`,
        'shop.example.de',
      ),
    ).toMatchObject({ price: 49, currency: 'EUR' });
    expect(
      visible(`<div class="product"><h1>Lampe</h1><div class="price">Versand: 4,99 €</div></div>`, 'shop.example.de'),
    ).toBeNull();
  });
});
