/**
 * The words the always-on page detector needs, by language: buy buttons (words.ts re-exports
 * them) and order pages' URLs and titles. Kept apart so that the detector's bundle does not carry
 * (and compile at every page load) the whole words module; plain data and three regexes, no imports.
 */
import type { WordList } from './words';

/** A buy button's text: "Add to cart", "In den Warenkorb", "Ajouter au panier", "カートに入れる". */
export const BUY_BUTTON: WordList = {
  en: ['add to cart', 'add to bag', 'add to basket', 'add to trolley', 'buy now'],
  de: ['in den warenkorb', 'in den einkaufswagen'],
  nl: ['in winkelwagen'],
  fr: ['ajouter au panier'],
  es: ['añadir al carrito', 'agregar al carrito', 'comprar'],
  it: ['aggiungi al carrello'],
  pt: ['adicionar ao carrinho', 'comprar'],
  pl: ['do koszyka'],
  sv: ['lägg i varukorg', 'i korgen'],
  da: ['læg i kurv'],
  no: ['legg i handlekurv'],
  fi: ['lisää ostoskoriin'],
  cs: ['do košíku'],
  sk: ['do košíka'],
  hu: ['kosárba'],
  hr: ['u košaricu'],
  sl: ['v košarico'],
  ro: ['în coș'],
  tr: ['sepete ekle'],
  ru: ['в корзину', 'купить'],
  uk: ['в кошик', 'у кошик'],
  bg: ['в количката'],
  lt: ['do krepšelio'],
  lv: ['grozā'],
  et: ['ostukorvi'],
  el: ['στο καλάθι'],
  he: ['לסל'],
  ar: ['أضف إلى السلة'],
  vi: ['thêm vào giỏ'],
  th: ['ใส่ตะกร้า'],
  ms: ['masukkan ke troli', 'tambah ke troli'],
  ja: ['カートに入れる', '買い物かごに入れる'],
  zh: ['加入购物车', '加入購物車'],
  ko: ['장바구니'],
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * Any buy-button word anywhere in a text, case-insensitive. No word edges: button texts are short
 * and the phrases long, and an edged Unicode regex costs the always-on script compile time.
 */
export const BUY_BUTTON_TEXT = new RegExp(Object.values(BUY_BUTTON).flat().map(escape).join('|'), 'i');

/** Order pages' URL paths and queries, anywhere (ASCII, as URLs write them): "/checkout/thank_you", "/bestellung/". */
export const ORDER_PAGE_URL_WORD: WordList = {
  en: ['order', 'checkout', 'thank', 'confirm', 'receipt'],
  de: ['bestell'],
  nl: ['bedankt'],
  fr: ['commande'],
  es: ['pedido'],
  pt: ['pedido'],
  it: ['ordine'],
  pl: ['zamowienie'],
  cs: ['objednavk'],
  fi: ['tilaus'],
  no: ['ordre'],
  da: ['ordre'],
};

/** Order pages' titles and main headings, anywhere in them ("Bestellbestätigung", "Zamówienie nr 12"). */
export const ORDER_PAGE_TITLE_WORD: WordList = {
  en: ['thank you for your purchase', 'receipt'],
  de: ['bestellung', 'bestellbest'],
  nl: ['bedankt', 'bestelling'],
  fr: ['commande'],
  es: ['pedido'],
  pt: ['pedido'],
  it: ['ordine'],
  pl: ['zamówien'],
  cs: ['objednávk'],
  fi: ['tilaus'],
  sv: ['beställning'],
};
/** ... and the title words that count only as whole words ("Order", not "Border"). */
export const ORDER_PAGE_TITLE_WHOLE_WORD: WordList = {
  en: ['order', 'orders'],
};

const anyOf = (list: WordList) => [...new Set(Object.values(list).flat())].map(escape).join('|');

/** An order page's URL (path and query). */
export const ORDER_PAGE_URL = new RegExp(anyOf(ORDER_PAGE_URL_WORD), 'i');
/** An order page's title or main heading. ASCII word edges (`\b`): no Unicode regex in the always-on script. */
export const ORDER_PAGE_TITLE = new RegExp(
  String.raw`\b(?:${anyOf(ORDER_PAGE_TITLE_WHOLE_WORD)})\b|${anyOf(ORDER_PAGE_TITLE_WORD)}`,
  'i',
);
