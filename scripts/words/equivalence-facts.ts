/**
 * Old-against-new check of the product-fact words' move into `words-facts.ts` (#11): every distinct
 * short text of every fixture page (and its lower-cased form, its words and its link paths' segments)
 * goes through the old inline regexes (copied below) and the new ones; differences are printed.
 *   npx tsx scripts/words/equivalence-facts.ts
 * Not shipped, not part of `npm test` (a one-off proof; words-facts.test.ts guards the words).
 */
import { join } from 'node:path';
import { loadPage } from '../../lib/extract/load';
import * as F from '../../lib/extract/words-facts';
import { htmlFiles } from '../lib/html-files';

/** A RegExp or a words module's Pattern: what the comparisons read. */
type Re = Pick<RegExp, 'source' | 'flags' | 'test' | 'exec'>;

const OLD = {
  weightUnits: [
    /^(?:kg|kgs|kilo|kilos|kilogram|kilograms|kilogramm|kilogramme|kilogrammes|kilogramos|chilogrammi|キログラム|KGM)$/i,
    /^(?:g|gr|grs|gram|grams|gramm|gramme|grammes|gramos|grammi|グラム|GRM)$/i,
    /^(?:mg|MGM)$/i,
    /^(?:lb|lbs|pound|pounds|LBR)$/i,
    /^(?:oz|ounce|ounces|ONZ)$/i,
    /^(?:t|tonne|tonnes|TNE)$/i,
  ],
  lengthUnits: [
    /^(?:cm|centimet(?:er|re)s?|zentimeter|centímetros|centimetri|CMT)$/i,
    /^(?:mm|millimet(?:er|re)s?|millimètres|milímetros|millimetri|MMT)$/i,
    /^(?:m|met(?:er|re)s?|mètres|metros|metri|MTR)$/i,
    /^(?:in|inch|inches|zoll|pouces?|pulgadas?|pollici|"|''|″|INH)$/i,
    /^(?:ft|feet|foot|FOT)$/i,
  ],
  weightInText: new RegExp(
    String.raw`(\d+(?:[.,]\d+)?)\s*(kg|kgs|kilograms?|kilogramm|kilogrammes?|kilogramos|chilogrammi|g|gr|grams?|gramm|grammes?|gramos|grammi|lbs?|pounds?|oz|ounces?|キログラム|グラム)(?![a-zà-ü])`,
    'i',
  ),
  itemWeight:
    /^(item|product|net|unit|artikel|produkt|netto)[ -]?(weight|gewicht)\b|^(artikelgewicht|produktgewicht|nettogewicht|net wt\.?|net contents|nettofüllmenge|füllmenge|inhalt|poids (de l'article|du produit|net)|contenance|peso (del producto|dell'articolo|neto|netto)|contenido neto|本体重量|商品の重量|製品重量|内容量)/,
  weight: /^(weight|gewicht|poids|peso|waga|vikt|vægt|vekt|重量)$/,
  itemDim:
    /^(product|item|artikel|produkt)[ -]?(dimensions|abmessungen|maße)|^(dimensions du produit|dimensiones del producto|dimensioni (del prodotto|articolo)|本体サイズ|製品サイズ)/,
  dim: /^(dimensions|abmessungen|maße|dimensiones|dimensioni|寸法|size)$/,
  notPackageDim:
    /^(?!.*(package|packaging|shipping|verpackung|emballage|embalaje|imballaggio|box)).*(dimensions|abmessungen)$/,
  pack: [
    /\b(?:pack|set|lot|paquete|confezione|packung|box|case) (?:of|de|da|mit|von) (\d{1,4})\b/i,
    /\b(\d{1,4})\s?(?:er)?[- ]?(?:pack|pk|pcs|pieces|stück|stk|pièces|piezas|pezzi|count|ct)\b/i,
    /(?:^|\s)[x×] ?(\d{1,3})\s*$/i,
    /(\d{1,4})\s*(?:個|本|枚|点|足)(?:入り?|組|セット)/,
  ],
  tilePack: [
    /\b(?:pack|set|lot|case|box) of (\d{1,3})\b/i,
    /\b(\d{1,3})[- ]?(?:pack|pk|count|ct)\b/i,
    /\b(\d{1,3})(?:er|-er)[- ]?(?:pack|set|packung)\b/i,
    /\b(?:lot|paquet|lote) de (\d{1,3})\b/i,
    /\b(\d{1,3}) ?(?:stück|stk\.?|pcs|pieces|pièces|unidades)\b/i,
  ],
  pathSegment:
    /^(?:itm|item|items|prod|product|products|p|pd|dp|ip|sku|artikel|art|produkt|produit|producto|prodotto|listing|goods|detail|a)$/i,
  amazonOut:
    /currently unavailable|out of stock|derzeit nicht verfügbar|nicht auf lager|actuellement indisponible|en rupture|no disponible|non disponibile|momentaneamente non|在庫切れ|現在在庫切れ|unavailable/i,
  amazonIn:
    /in stock|auf lager|en stock|disponible|disponibile|在庫あり|only \d+ left|nur noch \d+|plus que \d+|solo quedan? \d+|rimangono solo/i,
  store:
    /^(?:visit the|besuche den|visiter la boutique|visita la tienda de|visita lo store di)\s+(.+?)(?:[- ]store|[- ]shop)?$/i,
  brand: /^(?:brand|marke|marque|marca)\s*:\s*(.+)$/i,
  author: /^(?:by|von|de|di|par)\s+(.+?)\s*\((?:author|autor|auteur|autore)/i,
  back: /back to|zurück|retour|volver|torna ai|戻る/i,
  total: new RegExp(
    /(?:grand total|gesamtsumme|summe|montant total|total(?:e)?(?: del pedido| ordine| de la commande)?)\s*:?\s*/i
      .source + '([^A-Za-z]{1,30})',
    'i',
  ),
};
const NEW = {
  weightUnits: F.WEIGHT_UNITS.map(([re]) => re),
  lengthUnits: F.LENGTH_UNITS.map(([re]) => re),
  weightInText: new RegExp(String.raw`(\d+(?:[.,]\d+)?)\s*` + F.weightUnitInTextSource(), 'i'),
  itemWeight: F.ITEM_WEIGHT_KEY,
  weight: F.WEIGHT_KEY,
  itemDim: F.ITEM_DIMENSION_KEY,
  dim: F.DIMENSION_KEY,
  notPackageDim: F.NOT_PACKAGE_DIMENSION_KEY,
  pack: F.PACK_SIZE_PATTERNS,
  tilePack: F.TILE_PACK_PATTERNS,
  pathSegment: F.ITEM_PATH_SEGMENT_TEXT,
  amazonOut: F.AMAZON_OUT_OF_STOCK_TEXT,
  amazonIn: F.AMAZON_IN_STOCK_TEXT,
  store: F.AMAZON_STORE_BYLINE,
  brand: F.AMAZON_BRAND_BYLINE,
  author: F.AMAZON_AUTHOR_BYLINE,
  back: F.AMAZON_BACK_LINK,
  total: new RegExp(F.AMAZON_ORDER_TOTAL_LABEL.source + '([^A-Za-z]{1,30})', 'i'),
};

const texts = new Set<string>();
const add = (t: string) => {
  texts.add(t);
  texts.add(t.toLowerCase());
  for (const w of t.split(/\s+/)) texts.add(w);
};
const FIXTURES = join(import.meta.dirname, '../../tests/fixtures');
const files = htmlFiles(FIXTURES).map((f) => join(FIXTURES, f));
for (const file of files) {
  const { doc } = loadPage(file);
  add(doc.title);
  for (const el of Array.from(doc.querySelectorAll('body, body *'))) {
    if (/^(?:SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/.test(el.tagName)) continue;
    const raw = el.textContent ?? '';
    if (raw.length > 2400) continue;
    const t = raw.replace(/\s+/g, ' ').trim();
    if (t && t.length <= 600) add(t);
    const href = el.getAttribute('href');
    if (href) for (const seg of href.split(/[/?#&=]/)) texts.add(seg);
  }
}
// Every spelling of the old lists, in context, too.
for (const w of `kg kgs kilo kilos kilogram kilograms kilogramm kilogramme kilogrammes kilogramos chilogrammi g gr grs gram grams gramm gramme grammes gramos grammi mg lb lbs pound pounds oz ounce ounces t tonne tonnes KGM GRM cm centimeter centimetre centimeters centimetres zentimeter mm millimeter millimetres m meter metres mètres in inch inches zoll pouce pouces pulgada pulgadas pollici " '' ″ ft feet foot INH FOT`.split(
  ' ',
))
  for (const c of [w, `2,5 ${w}`, `2.5${w}`, `wiegt 3 ${w} netto`]) texts.add(c);

let compared = 0;
let differ = 0;
// Label regexes are only tested (their groups are read by no one); the others are compared with their groups.
const TESTED = new Set([
  'itemWeight',
  'weight',
  'itemDim',
  'dim',
  'notPackageDim',
  'pathSegment',
  'amazonOut',
  'amazonIn',
  'back',
]);
let key = '';
const show = (re: Re, t: string) =>
  TESTED.has(key) ? String(re.test(t)) : JSON.stringify(new RegExp(re.source, re.flags.replace('g', '')).exec(t));
for (key of Object.keys(OLD)) {
  const o = OLD[key as keyof typeof OLD];
  const n = NEW[key as keyof typeof NEW];
  const olds: readonly Re[] = Array.isArray(o) ? o : [o as Re];
  const news: readonly Re[] = Array.isArray(n) ? n : [n as Re];
  if (olds.length !== news.length) throw new Error(`${key}: ${olds.length} old, ${news.length} new regexes`);
  for (const t of texts)
    olds.forEach((re, i) => {
      compared++;
      const a = show(re, t);
      const b = show(news[i]!, t);
      if (a !== b && differ++ < 40) console.log(`${key}[${i}] ${JSON.stringify(t.slice(0, 80))}: ${a} -> ${b}`);
    });
}
console.log(`${files.length} pages, ${texts.size} texts, ${compared} comparisons, ${differ} differ`);
