import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { groupLinesByOrder } from '../inpage/order-groups';
import { parseDocument } from './load';
import { extractOrder, isOrderConfirmationUrl } from './order';
import { parseOrderDate } from './order-date';
import { orderIdFromText } from './order-generic';

const page = (body: string, lang = 'en') =>
  parseDocument(`<!doctype html><html lang="${lang}"><head></head><body>${body}</body></html>`);

describe('parseOrderDate', () => {
  it.each([
    ['Ordered on October 23, 2024', null, '2024-10-23'],
    ['23 October 2024', null, '2024-10-23'],
    ['Bestellt am 3. März 2025', 'de-DE', '2025-03-03'],
    ['Commandé le 1er mars 2024', 'fr-FR', '2024-03-01'],
    ['Pedido el 5 de junio de 2023', 'es-ES', '2023-06-05'],
    ['注文日 2024年10月23日', 'ja-JP', '2024-10-23'],
    ['2024-10-23T10:00:00Z', null, '2024-10-23'],
    ['23.10.2024', 'de-DE', '2024-10-23'],
    ['10/11/2024', 'en-US', '2024-10-11'],
    ['10/11/2024', 'en-GB', '2024-11-10'],
    ['10/11/2024', null, null],
    ['14-11-2026', 'nl-NL', '2026-11-14'],
    ['14-11/2026', 'nl-NL', null],
    ['31 February 2024', null, null],
    ['no date here', null, null],
  ])('%s (%s) -> %s', (text, locale, iso) => {
    expect(parseOrderDate(text, locale)).toBe(iso);
  });
});

describe('order ids', () => {
  it('reads labelled ids with a digit and ignores words', () => {
    expect(orderIdFromText('Thank you! Order #1042 is confirmed')).toBe('1042');
    expect(orderIdFromText('Bestellnummer: 302-1234567')).toBe('302-1234567');
    expect(orderIdFromText('Commande n° FR-88213')).toBe('FR-88213');
    expect(orderIdFromText('Número de pedido: 4000123')).toBe('4000123');
    expect(orderIdFromText('Bestelling 10023 is geplaatst')).toBe('10023'); // not "bestel" + "ling"
    expect(orderIdFromText('You will get your order number shortly. Order summary')).toBeNull();
  });

  it.each([
    ['Confirmation #QX7Z2M9KD', 'QX7Z2M9KD'],
    ['Order number: 100234', '100234'],
    ['Auftragsnummer: 55-0912', '55-0912'],
    ['N° de commande : CMD88213', 'CMD88213'],
    ['Numero ordine: 700123', '700123'],
    ['Bestelnummer: NL-40012', 'NL-40012'],
    ['Bestätigungsnummer: 8812-AB', '8812-AB'],
    ['Número de pedido es 4000123', '4000123'],
  ])('reads %s', (text, id) => {
    expect(orderIdFromText(text)).toBe(id);
  });

  it('needs a number mark after "confirmation" (not any word after it)', () => {
    expect(orderIdFromText('A confirmation email was sent to anna2@example.com')).toBeNull();
  });

  it('knows confirmation URLs', () => {
    expect(isOrderConfirmationUrl(new URL('https://s.example.com/123/checkouts/abc/thank_you'))).toBe(true);
    expect(isOrderConfirmationUrl(new URL('https://s.example.de/kasse/order-received/4711/?key=x'))).toBe(true);
    expect(isOrderConfirmationUrl(new URL('https://s.example.com/checkout/success'))).toBe(true);
    expect(isOrderConfirmationUrl(new URL('https://s.example.com/products/thank-you-card'))).toBe(true); // URL alone is a hint, not proof
    expect(isOrderConfirmationUrl(new URL('https://s.example.com/products/kettle'))).toBe(false);
  });
});

describe('extractOrder', () => {
  it('reads a JSON-LD Order with acceptedOffer lines (confirmation pages, mail markup)', () => {
    const ld = {
      '@context': 'http://schema.org',
      '@type': 'Order',
      orderNumber: 'A-5531',
      orderDate: '2025-02-14T09:30:00+01:00',
      priceCurrency: 'EUR',
      price: '64.80',
      acceptedOffer: [
        {
          '@type': 'Offer',
          itemOffered: { '@type': 'Product', name: 'Linen Napkins (Set of 4)', url: '/p/napkins' },
          price: '24.90',
          priceCurrency: 'EUR',
          eligibleQuantity: { '@type': 'QuantitativeValue', value: 2 },
        },
        { '@type': 'Offer', itemOffered: { '@type': 'Product', name: 'Oak Tray' }, price: 15, priceCurrency: 'EUR' },
      ],
    };
    const r = extractOrder(
      page(`<script type="application/ld+json">${JSON.stringify(ld)}</script><h1>Danke!</h1>`),
      new URL('https://home.example.de/checkout/success'),
    );
    expect(r.orders).toEqual([{ id: 'A-5531', date: '2025-02-14', total: 64.8, currency: 'EUR' }]);
    expect(r.items.map((i) => [i.title, i.price, i.currency, i.quantity, i.url])).toEqual([
      ['Linen Napkins (Set of 4)', 24.9, 'EUR', 2, 'https://home.example.de/p/napkins'],
      ['Oak Tray', 15, 'EUR', null, null],
    ]);
  });

  it('reads microdata Order with orderedItem lines', () => {
    const html = `<div itemscope itemtype="https://schema.org/Order"><span itemprop="orderNumber">778812</span>
      <time itemprop="orderDate" datetime="2024-12-01">Dec 1</time><meta itemprop="priceCurrency" content="GBP">
      <div itemprop="orderedItem" itemscope itemtype="https://schema.org/OrderItem"><meta itemprop="orderQuantity" content="3">
        <div itemprop="orderedItem" itemscope itemtype="https://schema.org/Product"><span itemprop="name">Beeswax Candle</span></div></div></div>`;
    const r = extractOrder(page(html), new URL('https://candles.example.co.uk/account/orders/778812'));
    expect(r.orders[0]).toMatchObject({ id: '778812', date: '2024-12-01', currency: 'GBP' });
    expect(r.items.map((i) => [i.title, i.quantity])).toEqual([['Beeswax Candle', 3]]);
  });

  it('reads a confirmation with a Qty / Unit price / Total table', () => {
    const html = `<h1>Order confirmation</h1><p>Order number: <b>SO-20931</b></p><p>Order date: 12/03/2025</p>
      <table><tr><th>Item</th><th>Qty</th><th>Unit price</th><th>Total</th></tr>
      <tr><td><a href="/p/1">Ceramic Mug</a></td><td>2</td><td>$12.00</td><td>$24.00</td></tr>
      <tr><td>Tea Towel</td><td>1</td><td>$8.50</td><td>$8.50</td></tr>
      <tr><td>Shipping</td><td></td><td></td><td>$4.00</td></tr></table><p>Order total: $36.50</p>`;
    const r = extractOrder(page(html, 'en-US'), new URL('https://mugs.example.com/order-confirmation'));
    expect(r.orders).toEqual([{ id: 'SO-20931', date: '2025-12-03', total: 36.5, currency: 'USD' }]);
    expect(r.items.map((i) => [i.title, i.quantity, i.price])).toEqual([
      ['Ceramic Mug', 2, 12],
      ['Tea Towel', 1, 8.5],
    ]);
  });

  it('reads one or two lines that are neither a table nor a tile group, from their quantities', () => {
    const html = `<h1>Merci pour votre commande</h1><p>N° de commande : CMD-88213</p>
      <div class="recap"><div class="ligne"><div><a href="/p/theiere">Théière en fonte 0,8 l</a><small>Réf. TH-08</small></div>
        <div><span>Quantité :</span> <span>2</span></div><div><span>Prix unitaire</span> <span>39,00 €</span></div><div><span>Total</span> <span>78,00 €</span></div></div>
      <div class="ligne"><div><a href="/p/tasses">Tasses à thé (lot de 4)</a></div><div>Quantité : 1</div><div>24,50 €</div></div><div class="ligne"><div>Cuillère à thé</div><div>Quantité : 3</div><div>Total</div><div>21,00 €</div><div>7,00 €</div></div></div>
      <p>Total TTC : 123,50 €</p>`;
    const r = extractOrder(page(html, 'fr-FR'), new URL('https://the.example.fr/commande/confirmation'));
    expect(r.orders[0]).toMatchObject({ id: 'CMD-88213', total: 123.5, currency: 'EUR' });
    expect(r.items.map((i) => [i.title, i.quantity, i.price, i.currency, i.url])).toEqual([
      ['Théière en fonte 0,8 l', 2, 39, 'EUR', 'https://the.example.fr/p/theiere'],
      ['Tasses à thé (lot de 4)', 1, 24.5, 'EUR', 'https://the.example.fr/p/tasses'],
      ['Cuillère à thé', 3, 7, 'EUR', null], // line total first, then the unit price
    ]);
  });

  it('reads a single "× 2" line card with hashed classes', () => {
    const html = `<p>Order #A10442</p><section><div class="x1"><div class="x2"><p>Trail Socks</p><p>Grey / M</p></div><span class="x3">× 2</span><span class="x4">$36.00</span></div></section><p>Subtotal $36.00</p>`;
    const r = extractOrder(page(html, 'en-US'), new URL('https://socks.example.com/thank-you'));
    // The subtotal equals the shown amount: it is the line total, so the unit price is half.
    expect(r.items.map((i) => [i.title, i.quantity, i.price])).toEqual([['Trail Socks', 2, 18]]);
  });

  it('takes no line from a block with a quantity field (a buy box or cart, not an order)', () => {
    const html = `<p>Bestellnummer: 55012</p><div class="buy"><h2>Thermobecher 0,4 l</h2><span>Menge: 1</span><input name="qty" value="1"><span>12,99 €</span></div>`;
    const r = extractOrder(page(html, 'de-DE'), new URL('https://becher.example.de/thermobecher'));
    expect(r.items).toEqual([]);
  });

  it('gives empty lists, not an invented order, on a page without one', () => {
    const r = extractOrder(
      page('<h1>Kettles</h1><p>Our kettles from $19.</p>'),
      new URL('https://shop.example.com/kettles'),
    );
    expect(r).toEqual({ orders: [], items: [], anchors: [] });
  });
});

describe('order-history pages: one order per order block', () => {
  const url = new URL('https://shop.example/account/orders');
  it('splits flat siblings: each header takes the lines up to the next header', () => {
    const doc = page(`<main><div class="orders">
      <h3>Order #5001</h3><p>Placed on 3 March 2026</p>
      <div class="line"><a href="/p/a">Cotton tote bag</a> <span>Qty: 2</span> <span>$12.00</span></div>
      <h3>Order #4990</h3><p>Placed on 1 February 2026</p>
      <div class="line"><a href="/p/b">Steel water bottle</a> <span>Qty: 1</span> <span>$25.00</span></div>
      </div><footer><p>Help centre</p></footer></main>`);
    const r = extractOrder(doc, url);
    expect(r.orders.map((o) => [o.id, o.date])).toEqual([
      ['5001', '2026-03-03'],
      ['4990', '2026-02-01'],
    ]);
    expect(r.items.map((i) => [i.title, i.quantity, i.price])).toEqual([
      ['Cotton tote bag', 2, 12],
      ['Steel water bottle', 1, 25],
    ]);
    expect(groupLinesByOrder(doc, r.orders, r.anchors)).toEqual([[0], [1]]);
  });

  it('ties the lines of a block layout (Shopware) to their own order', () => {
    const file = join(__dirname, '../../tests/fixtures/reconstructed/shopware/account-order.html');
    const doc = parseDocument(readFileSync(file, 'utf8'));
    const r = extractOrder(doc, new URL('https://bergwerk-outdoor.example.de/account/order'));
    expect(r.orders.map((o) => o.id)).toEqual(['10023', '10007']);
    expect(groupLinesByOrder(doc, r.orders, r.anchors)).toEqual([[0, 1], [2]]);
  });

  it('keeps one order on a details page that names its number twice', () => {
    const doc = page(`<h1>Order #5001</h1><p>Thank you! Your order #5001 is confirmed.</p>
      <table><tr><th>Product</th><th>Qty</th><th>Price</th></tr>
      <tr><td>Cotton tote bag</td><td>2</td><td>$12.00</td></tr></table>`);
    const r = extractOrder(doc, url);
    expect(r.orders.map((o) => o.id)).toEqual(['5001']);
    expect(r.items).toHaveLength(1);
  });

  it('reads a history table only with an order-number and a date column', () => {
    const table = (heads: string) =>
      page(`<table><tr>${heads}</tr><tr><td>#1042</td><td>May 2, 2026</td><td>$45.00</td></tr>
        <tr><td>#1017</td><td>April 9, 2026</td><td>$19.99</td></tr></table>`);
    expect(extractOrder(table('<th>Order</th><th>Date</th><th>Total</th>'), url).orders).toEqual([
      { id: '1042', date: '2026-05-02', total: 45, currency: 'USD' },
      { id: '1017', date: '2026-04-09', total: 19.99, currency: 'USD' },
    ]);
    expect(extractOrder(table('<th>Item</th><th>Date</th><th>Total</th>'), url).orders).toEqual([]);
    expect(extractOrder(table('<th>Order</th><th>Status</th><th>Total</th>'), url).orders).toEqual([]);
  });
});

describe('two-digit years', () => {
  it.each([
    ['11/20/26', 'en', '2026-11-20'],
    ['9/2/26', 'en-US', '2026-09-02'],
    ['02/09/26', 'fr-FR', '2026-09-02'],
    ['20.11.26', 'de-DE', '2026-11-20'],
    ['20/11/26', null, '2026-11-20'],
    ['02/09/26', null, null],
    ['1/2/3/26', 'en', null],
  ])('%s (%s) -> %s', (text, locale, iso) => {
    expect(parseOrderDate(text, locale)).toBe(iso);
  });
});

describe('lines of an order-history table with a products column', () => {
  const history = (itemsCell: (n: number) => string) =>
    page(
      `<h1>Meine Bestellungen</h1><table><thead><tr><th>Bestellung</th><th>Datum</th><th>Artikel</th><th>Gesamt</th></tr></thead>
      <tbody>${[1, 2]
        .map((n) => `<tr><td>#10${n}5</td><td>0${n}.10.2026</td><td>${itemsCell(n)}</td><td>${n}9,90 €</td></tr>`)
        .join('')}</tbody></table>`,
      'de-DE',
    );
  const url = new URL('https://shop.example.de/konto/bestellungen');

  it("reads each row's lines and groups them under their order", () => {
    const doc = history(
      (n) => `<a href="/p/${n}">Becher Steingut ${n}</a> × ${n}<br><a href="/p/9">Untersetzer Kork</a>`,
    );
    const r = extractOrder(doc, url);
    expect(r.orders.map((o) => o.id)).toEqual(['1015', '1025']);
    expect(r.items.map((i) => [i.title, i.quantity, i.url])).toEqual([
      ['Becher Steingut 1', null, 'https://shop.example.de/p/1'],
      ['Untersetzer Kork', null, 'https://shop.example.de/p/9'],
      ['Becher Steingut 2', null, 'https://shop.example.de/p/2'],
      ['Untersetzer Kork', null, 'https://shop.example.de/p/9'],
    ]);
    expect(groupLinesByOrder(doc, r.orders, r.anchors)).toEqual([
      [0, 1],
      [2, 3],
    ]);
  });

  it('takes the quantity and the amount a list item shows', () => {
    const r = extractOrder(
      history((n) => `<ul><li>${n} x Kaffee Crema 1 kg – 1${n},50 €</li></ul>`),
      url,
    );
    expect(r.items.map((i) => [i.title, i.quantity, i.price])).toEqual([
      ['Kaffee Crema 1 kg', 1, 11.5],
      ['Kaffee Crema 1 kg', 2, 12.5],
    ]);
  });

  it('makes no line of an item count ("3 Artikel") or without a products column', () => {
    expect(
      extractOrder(
        history((n) => `${n + 1} Artikel`),
        url,
      ).items,
    ).toEqual([]);
    expect(
      extractOrder(
        history(() => '—'),
        url,
      ).items,
    ).toEqual([]);
  });
});
