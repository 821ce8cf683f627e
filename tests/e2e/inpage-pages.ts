/**
 * RECONSTRUCTED pages for the in-page e2e and unit tests (#13): not captures of a real shop, written
 * to isolate one behaviour each, with the markup patterns real shops use.
 */

/**
 * RECONSTRUCTED order history: three orders on one page, each a header (number, date, total)
 * followed by its lines, as account pages of Shopware/Magento-style shops print them.
 */
export const ORDER_HISTORY_HTML = `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Meine Bestellungen | Zalando</title></head>
<body><!-- RECONSTRUCTED, not a real capture -->
<header><nav><a href="/">Startseite</a> <a href="/myaccount/">Mein Konto</a></nav></header>
<main><h1>Meine Bestellungen</h1>
${[
  {
    id: '10458812',
    date: '14.11.2024',
    total: '89,90 €',
    lines: [
      ['Herren Winterjacke, wattiert', 1, '69,95 €', 'winterjacke'],
      ['Merino Wollsocken, 2 Paar', 1, '19,95 €', 'wollsocken'],
    ],
  },
  {
    id: '10433107',
    date: '02.10.2024',
    total: '59,98 €',
    lines: [['Slim Fit Jeans, dunkelblau', 2, '29,99 €', 'jeans']],
  },
  { id: '10401955', date: '21.08.2024', total: '119,00 €', lines: [['Leder Sneaker, weiß', 1, '119,00 €', 'sneaker']] },
]
  .map(
    (o) => `<section class="order">
  <div class="order-header"><h2>Bestellung Nr. <span class="order-number">${o.id}</span></h2>
    <p>Bestellt am <time datetime="${o.date.split('.').reverse().join('-')}">${o.date}</time> · Gesamtsumme <span class="order-total">${o.total}</span></p></div>
  <ul class="order-items">${o.lines
    .map(
      ([title, qty, price, slug]) => `
    <li class="order-item"><a href="/p/${slug}-${o.id}.html" class="item-title">${title}</a>
      <span class="item-qty">Menge: ${qty}</span> <span class="item-price">${price}</span></li>`,
    )
    .join('')}
  </ul></section>`,
  )
  .join('\n')}
</main><footer><a href="/hilfe/">Hilfe</a></footer></body></html>`;

/** RECONSTRUCTED product page offering the same phone new and refurbished (schema.org offers and a condition choice). */
export const CONDITIONS_PRODUCT_URL = 'https://www.otto.de/p/embodied-test-phone/?variationId=9';
export const CONDITIONS_PRODUCT_HTML = `<!doctype html><html lang="en"><head><title>Smartphone Nova 12, 128 GB | OTTO</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Smartphone Nova 12, 128 GB","brand":{"@type":"Brand","name":"Nova"},
"offers":[{"@type":"Offer","price":"599.00","priceCurrency":"EUR","itemCondition":"https://schema.org/NewCondition","availability":"https://schema.org/InStock"},
{"@type":"Offer","price":"389.00","priceCurrency":"EUR","itemCondition":"https://schema.org/RefurbishedCondition","availability":"https://schema.org/InStock"}]}</script></head>
<body><!-- RECONSTRUCTED, not a real capture --><main><h1>Smartphone Nova 12, 128 GB</h1>
<fieldset><legend>Condition</legend><label><input type="radio" name="c" checked> New</label> <label><input type="radio" name="c"> Refurbished</label></fieldset>
<p class="price">599,00 €</p><button>In den Warenkorb</button></main></body></html>`;

/** RECONSTRUCTED product page: a heavy sofa, with its weight and category in the structured data (the relative label). */
export const SOFA_PRODUCT_URL = 'https://www.otto.de/p/embodied-test-sofa/?variationId=3';
export const SOFA_PRODUCT_HTML = `<!doctype html><html lang="en"><head><title>Three-seater sofa Lund | OTTO</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Three-seater sofa Lund, grey fabric","category":"Furniture > Sofas",
"weight":{"@type":"QuantitativeValue","value":"95","unitCode":"KGM"},"offers":{"@type":"Offer","price":"899.00","priceCurrency":"EUR","availability":"https://schema.org/InStock"}}</script></head>
<body><!-- RECONSTRUCTED, not a real capture --><main><h1>Three-seater sofa Lund, grey fabric</h1><p class="price">899,00 €</p><button>In den Warenkorb</button></main></body></html>`;

/**
 * RECONSTRUCTED product page: coffee beans in three bag sizes, each with its own weight, as a size
 * selector states them and as the structured data's variants give them (Product isVariantOf a
 * ProductGroup with hasVariant, as Google documents variant pages) ("other sizes").
 */
export const SIZES_PRODUCT_URL = 'https://www.otto.de/p/embodied-test-coffee/?variationId=3';
export const SIZES_PRODUCT_HTML = `<!doctype html><html lang="en"><head><title>Espresso coffee beans, 500 g | OTTO</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Espresso coffee beans, 500 g","brand":{"@type":"Brand","name":"Torrefazione"},
"category":"Food, Beverages & Tobacco > Beverages > Coffee","weight":{"@type":"QuantitativeValue","value":500,"unitCode":"GRM"},
"offers":{"@type":"Offer","price":"12.90","priceCurrency":"EUR","availability":"https://schema.org/InStock"},
"isVariantOf":{"@type":"ProductGroup","name":"Espresso coffee beans","variesBy":"https://schema.org/size","hasVariant":[
{"@type":"Product","name":"Espresso coffee beans, 250 g","size":"250 g","weight":{"@type":"QuantitativeValue","value":250,"unitCode":"GRM"}},
{"@type":"Product","name":"Espresso coffee beans, 500 g","size":"500 g","weight":{"@type":"QuantitativeValue","value":500,"unitCode":"GRM"}},
{"@type":"Product","name":"Espresso coffee beans, 1 kg","size":"1 kg","weight":{"@type":"QuantitativeValue","value":1,"unitCode":"KGM"}}]}}</script></head>
<body><!-- RECONSTRUCTED, not a real capture --><main><h1>Espresso coffee beans, 500 g</h1>
<fieldset><legend>Size</legend><label><input type="radio" name="s"> 250 g</label> <label><input type="radio" name="s" checked> 500 g</label> <label><input type="radio" name="s"> 1 kg</label></fieldset>
<p class="price">12,90 €</p><button>In den Warenkorb</button></main></body></html>`;
