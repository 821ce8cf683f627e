/**
 * A clean demo shop page of our own, beside the real saved ones: a product page that looks like a
 * shop in light and dark (it follows the system scheme), with its data in JSON-LD as real shops do.
 * Served at a URL of a shop in the registry, so the production match patterns run.
 */
export const DEMO_SHOP_URL = 'https://www.zalando.de/embodied-demo-merino-jumper.html';

export const DEMO_SHOP_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="color-scheme" content="light dark">
<title>Merino wool jumper | Demo shop</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Merino wool jumper, crew neck",
"brand":{"@type":"Brand","name":"Northwool"},"category":"Apparel & Accessories > Clothing > Sweaters",
"offers":{"@type":"Offer","price":"89.95","priceCurrency":"EUR","availability":"https://schema.org/InStock"}}</script>
<style>
  :root { --bg: #fafaf7; --fg: #1f2321; --card: #ffffff; --muted: #5b625e; --accent: #1d4d27; }
  @media (prefers-color-scheme: dark) { :root { --bg: #121513; --fg: #e9ece9; --card: #1c201d; --muted: #a9b1ab; --accent: #93d4a2; } }
  body { margin: 0; background: var(--bg); color: var(--fg); font: 16px/1.5 system-ui, sans-serif; }
  header { display: flex; gap: 24px; align-items: center; padding: 14px 32px; border-bottom: 1px solid #8884; }
  header b { font-size: 20px; letter-spacing: .5px; } header nav { display: flex; gap: 18px; color: var(--muted); }
  main { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 40px; padding: 32px; max-width: 1100px; margin: auto; }
  .photo { aspect-ratio: 4 / 5; border-radius: 12px; background: linear-gradient(135deg, #b9c7b0, #6f8a6a); }
  .card { background: var(--card); border-radius: 12px; padding: 24px; box-shadow: 0 1px 4px #0002; }
  h1 { font-size: 26px; margin: 0 0 6px; } .brand { color: var(--muted); margin: 0; }
  .price { font-size: 24px; font-weight: 700; margin: 16px 0 4px; }
  .cart { background: var(--accent); color: var(--bg); border: 0; border-radius: 8px; padding: 12px 22px; font: inherit; margin-top: 18px; }
  @media (max-width: 700px) { main { grid-template-columns: 1fr; padding: 16px; } }
</style></head>
<body><header><b>DEMO SHOP</b><nav><span>Women</span><span>Men</span><span>Knitwear</span></nav></header>
<main><div class="photo" role="img" aria-label="Photo of the jumper"></div>
<div class="card"><p class="brand">Northwool</p><h1>Merino wool jumper, crew neck</h1>
<p>Fine merino wool, 320 g. Machine washable at 30 °C.</p>
<p class="price">89,95 €</p><p class="brand">incl. VAT, free delivery</p>
<button class="cart" type="button">Add to cart</button></div></main></body></html>`;
