/**
 * The shop's item number as the page shows it, where structured data declares another form of it.
 * The item id the benchmark (and the ledger) keys on is the shop's own number as shown; a declared
 * sku usually is that number, but two platform habits make it differ:
 * - the declared sku extends the shown number with a variant or style key ("1176543_1_style" while
 *   the page says "Art.nr. 1176543", SAP Commerce's base-product codes; "KT-100-BLK-M" beside
 *   "Art.-Nr. KT-100");
 * - the product's sku is its first variant's, its offers list one sku per variant, and the page
 *   shows the selected variant's ("Código: MA-2455-24", VTEX's AggregateOffer over sizes);
 * - the declared sku is a barcode (8, 12, 13 or 14 digits: SAP Commerce shops that key products by
 *   EAN) and the page labels its own number, which is none ("Código: 153207");
 * - the platform declares its internal SKU id, which the shop never shows: VTEX (product URLs end in
 *   "/p": "/cafe-molido-500g/p") writes the SKU's database id ("1180342") as the JSON-LD sku, while
 *   the page labels the product's reference, the shop's number ("Cód. 20234567", "Referência: …").
 * Only these relations make the shown number win: an unrelated number after a label (a model, a
 * supplier's code) leaves the declared one. The label scan runs only on pages where one of them can
 * hold (a declared sku with a stem, or several variant skus), so most pages never pay for it.
 */
import { isListed, isProductNode, objectsOf, type Json } from './jsonld';
import { normaliseGtin } from './text';

/** The characters that end a stem inside a compound sku ("1176543_1_style", "KT-100-BLK"). */
const SEPARATOR = /^[-_./ ]/;
/** A declared sku with a stem of four characters or more before a separator. */
const HAS_STEM = /^[^-_./ ]{4,}[-_./ ]/;
/** A declared sku in the shape of a GTIN (8, 12, 13 or 14 digits). */
const GTIN_SHAPE = /^(?:\d{8}|\d{12,14})$/;
/** A VTEX product page's path: the slug, then a bare "p" closing it. */
const INTERNAL_SKU_PATH = /^\/[^/]+\/p\/?$/;
/** The platform's declared sku is its internal id (VTEX), so a labelled number shown wins. */
const internalSku = (url: URL | undefined) => !!url && INTERNAL_SKU_PATH.test(url.pathname);
/** A declared sku one of the relations above may replace (the label scan runs only then). */
const replaceable = (declared: string, variants: Set<string>, url?: URL) =>
  HAS_STEM.test(declared) || GTIN_SHAPE.test(declared) || variants.size >= 2 || internalSku(url);
const skuOf = (n: Json) => (typeof n.sku === 'string' && n.sku.trim() ? n.sku.trim() : null);

/** The skus of the page's own product's variants: its offers' (an AggregateOffer's too) and hasVariant's. */
export function variantSkus(nodes: readonly Json[]): Set<string> {
  const out = new Set<string>();
  const main = nodes.find((n) => isProductNode(n) && !isListed(n));
  if (!main) return out;
  const offersOf = (n: Json) => {
    for (const o of objectsOf(n.offers)) {
      const sku = skuOf(o);
      if (sku) out.add(sku);
      for (const inner of objectsOf(o.offers)) {
        const s = skuOf(inner);
        if (s) out.add(s);
      }
    }
  };
  offersOf(main);
  for (const v of objectsOf(main.hasVariant)) {
    const sku = skuOf(v);
    if (sku) out.add(sku);
    offersOf(v);
  }
  return out;
}

/** The barcodes the page's own product declares (gtin, gtin8 ... gtin14), as written. */
function declaredGtins(nodes: readonly Json[]): Set<string> {
  const out = new Set<string>();
  const main = nodes.find((n) => isProductNode(n) && !isListed(n));
  if (!main) return out;
  for (const k of GTIN_KEYS) {
    const v = main[k];
    if (typeof v === 'string' || typeof v === 'number') out.add(String(v).trim());
  }
  return out;
}
const GTIN_KEYS = ['gtin', 'gtin8', 'gtin12', 'gtin13', 'gtin14'];

/**
 * Whether the page's JSON-LD product declares a sku that stands as it is (one sku without a stem,
 * not one of several variants', not on a platform declaring its internal id), so that no shown
 * item number can change it: the product bundle then leaves the page's item number unread (../facts-page.ts). A guess that only saves work: where
 * it is wrong, the worker asks for the shown number, finds it unread and hands the page over.
 */
export function declaresPlainSku(nodes: readonly Json[], url?: URL): boolean {
  const main = nodes.find((n) => isProductNode(n) && !isListed(n));
  const sku = main ? skuOf(main) : null;
  return sku !== null && !replaceable(sku, variantSkus(nodes), url);
}

/**
 * The declared sku, or the item number the page shows (`shown`: its labelled number, read only
 * when needed) where that is the declared sku's stem or one of its variants' skus.
 */
export function shownOverDeclared(
  declared: string,
  nodes: readonly Json[],
  shown: () => string | null,
  url?: URL,
): string {
  const variants = variantSkus(nodes);
  if (!replaceable(declared, variants, url)) return declared;
  const s = shown();
  if (!s || s === declared) return declared;
  const stem = s.length >= 4 && declared.startsWith(s) && SEPARATOR.test(declared.slice(s.length));
  const barcode = GTIN_SHAPE.test(declared) && normaliseGtin(s) === null;
  // On a platform declaring its internal id, a shown number is the shop's, unless it is the declared barcode.
  const internal = internalSku(url) && !declaredGtins(nodes).has(s);
  return stem || barcode || internal || (variants.size >= 2 && variants.has(s)) ? s : declared;
}
