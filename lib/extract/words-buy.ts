/**
 * The words the always-on page detector needs, by language: buy buttons (words.ts re-exports
 * them) and order pages' URLs and titles. Kept apart so that the detector's bundle does not carry
 * (and compile at every page load) the whole words module; plain data and four word tests without
 * a regex, importing only the word edges (word-edges.ts, itself without imports).
 */
import { isWordChar } from './word-edges';
import type { WordList } from './words';

/** A buy button's text: "Add to cart", "In den Warenkorb", "Ajouter au panier", "カートに入れる". */
export const BUY_BUTTON: WordList = {
  en: ['add to cart', 'add to bag', 'add to basket', 'add to trolley', 'buy now'],
  de: ['in den warenkorb', 'in den einkaufswagen', 'jetzt kaufen'],
  nl: ['in winkelwagen'],
  fr: ['ajouter au panier'],
  es: ['añadir al carrito', 'agregar al carrito', 'comprar'],
  it: ['aggiungi al carrello'],
  pt: ['adicionar ao carrinho', 'comprar'],
  pl: ['do koszyka', 'kup teraz'],
  sv: ['lägg i varukorg', 'i korgen'],
  da: ['læg i kurv'],
  no: ['legg i handlekurv'],
  fi: ['lisää ostoskoriin'],
  cs: ['do košíku', 'koupit'],
  sk: ['do košíka'],
  hu: ['kosárba'],
  hr: ['u košaricu'],
  sl: ['v košarico'],
  ro: ['în coș', 'adauga in cos', 'cumpără acum'],
  tr: ['sepete ekle'],
  ru: ['в корзину', 'купить'],
  uk: ['в кошик', 'у кошик', 'купити'],
  bg: ['в количката'],
  lt: ['do krepšelio'],
  lv: ['grozā'],
  et: ['ostukorvi'],
  el: ['στο καλάθι'],
  he: ['לסל'],
  ar: ['أضف إلى السلة'],
  vi: ['thêm vào giỏ', 'mua ngay'],
  th: ['ใส่ตะกร้า', 'ซื้อเลย'],
  ms: ['masukkan ke troli', 'tambah ke troli'],
  // Indonesian: "+ Keranjang" (to the basket), "Beli Langsung" / "Beli Sekarang" (buy now).
  id: ['+ keranjang', 'masukkan keranjang', 'tambah ke keranjang', 'beli langsung', 'beli sekarang'],
  ja: ['カートに入れる', '買い物かごに入れる'],
  zh: ['加入购物车', '加入購物車'],
  ko: ['장바구니'],
};

/** The lists' words, deduplicated (each list writes its words in lower case: tested). */
const wordsOf = (...lists: WordList[]) => [...new Set(lists.flatMap((list) => Object.values(list).flat()))];

/** What the detector and the extraction ask of these word tests. */
export interface PhraseTest {
  test(s: string): boolean;
}

/**
 * A case-insensitive test for any of some words anywhere in a text (and, for `whole`, only as a whole
 * word: no word character of word-edges.ts on either side), without a regex. The always-on detector
 * runs these on every page of every shop: a RegExp of the same words cost the page about 2 ms of
 * main-thread time per page load (its case-insensitive compile at the first look, and V8 compiling it
 * again to machine code at the second), a lower-cased `includes` nothing measurable. The words are
 * read at the first test, so a bundle that never tests (the product script) drops them: the call is
 * pure.
 */
function phrases(anywhere: () => string[], whole: () => string[] = () => []): PhraseTest {
  let words: { anywhere: string[]; whole: string[] } | null = null;
  return {
    test(s) {
      words ??= { anywhere: anywhere(), whole: whole() };
      const text = s.toLowerCase();
      for (const w of words.anywhere) if (text.includes(w)) return true;
      for (const w of words.whole) {
        for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) {
          const end = at + w.length;
          if (
            !(at > 0 && isWordChar(text.charCodeAt(at - 1))) &&
            !(end < text.length && isWordChar(text.charCodeAt(end)))
          )
            return true;
        }
      }
      return false;
    },
  };
}

/**
 * Any buy-button word anywhere in a text, case-insensitive. No word edges: button texts are short
 * and the phrases long.
 */
export const BUY_BUTTON_TEXT = /* @__PURE__ */ phrases(() => wordsOf(BUY_BUTTON));

/** Out of stock, said on a stock line or on the control in place of the buy button (words.ts re-exports them). */
export const OUT_OF_STOCK: WordList = {
  en: ['out of stock', 'sold out', 'currently unavailable'],
  de: ['nicht vorrätig', 'derzeit nicht verfügbar', 'nicht auf lager', 'nicht lieferbar', 'ausverkauft'],
  nl: ['niet op voorraad', 'uitverkocht'],
  pt: ['esgotado', 'indisponível'],
  pl: ['brak w magazynie', 'niedostępny', 'produkt niedostępny'],
  sv: ['slutsåld', 'slut i lager'],
  no: ['utsolgt'],
  da: ['udsolgt'],
  fr: ['rupture de stock', 'actuellement indisponible', 'épuisé'],
  es: ['agotado', 'sin stock', 'sin existencias', 'actualmente no disponible'],
  it: ['esaurito', 'non disponibile', 'attualmente non disponibile'],
  cs: ['vyprodáno', 'není skladem'],
  sk: ['vypredané', 'nie je skladom'],
  hu: ['elfogyott', 'nincs raktáron'],
  hr: ['nema na stanju', 'rasprodano'],
  ro: ['stoc epuizat', 'indisponibil', 'nu este în stoc', 'stoc indisponibil'],
  ru: ['нет в наличии', 'распродано'],
  uk: ['немає в наявності'],
  bg: ['изчерпан'],
  fi: ['loppuunmyyty'],
  tr: ['tükendi'],
  ja: ['在庫なし', '在庫切れ', '売り切れ'],
  ko: ['품절', '일시품절'],
  zh: ['售完', '已售完', '缺貨', '缺货'],
};

/** Checked before IN_STOCK_MORE: "Stokta yok" holds "stokta", "غير متوفر" holds "متوفر". */
export const OUT_OF_STOCK_MORE: WordList = {
  el: ['μη διαθέσιμο', 'εξαντλημένο', 'εξαντλήθηκε'],
  he: ['אזל מהמלאי', 'לא במלאי', 'אזל'],
  ar: ['غير متوفر', 'نفدت الكمية', 'نفد من المخزون', 'غير متاح'],
  vi: ['hết hàng'],
  id: ['stok habis', 'habis'],
  th: ['สินค้าหมด', 'ไม่มีสินค้า'],
  tr: ['stokta yok'],
  uk: ['закінчився'],
  ru: ['закончился', 'товар закончился'],
  sr: ['нема на стању'],
  hi: ['स्टॉक में नहीं', 'आउट ऑफ स्टॉक', 'उपलब्ध नहीं', 'स्टॉक खत्म'],
};

/** Sold out, said on a stock line or on the control that replaces the buy button ("Vergriffen", "品切れ", "매진"). */
export const SOLD_OUT_MORE: WordList = {
  en: ['no longer available', 'temporarily unavailable'],
  de: ['vergriffen', 'nicht mehr verfügbar', 'zurzeit nicht verfügbar', 'nicht mehr lieferbar'],
  fr: ['en rupture', 'plus disponible'],
  es: ['sin existencia', 'fuera de stock'],
  pt: ['fora de estoque', 'sem estoque', 'esgotada'],
  pl: ['wyprzedany', 'wyprzedane', 'brak towaru'],
  cs: ['nedostupné'],
  sv: ['tillfälligt slut', 'ej i lager'],
  da: ['ikke på lager'],
  no: ['ikke på lager'],
  fi: ['loppu varastosta', 'ei varastossa'],
  ro: ['epuizat'],
  ru: ['нет на складе', 'нет в продаже'],
  uk: ['немає в продажу'],
  ja: ['品切れ', '売切れ', '完売', '販売終了'],
  ko: ['매진', '재고없음', '판매종료'],
  // Round 23a: the Baltic languages and Slovenian ("Izpārdots", "Išparduota", "Läbi müüdud", "Razprodano").
  lv: ['izpārdots', 'izpārdota', 'nav noliktavā'],
  lt: ['išparduota', 'išparduotas', 'nėra sandėlyje'],
  et: ['läbi müüdud', 'välja müüdud', 'laost otsas', 'ei ole laos'],
  sl: ['razprodano', 'ni na zalogi'],
  // Round 24: Chinese "no goods / no stock" ("暫無存貨", "沒有貨"): checked before the in-stock "有貨",
  // which "沒有貨" holds. Uzbek ("Sotuvda yo'q": not on sale) and Kazakh ("Қоймада жоқ").
  zh: [
    '售罄',
    '已售罄',
    '完售',
    '補貨中',
    '补货中',
    '無貨',
    '无货',
    '沒有貨',
    '没有货',
    '沒貨',
    '没货',
    '暫無存貨',
    '暂无存货',
    '沒有庫存',
    '没有库存',
    '暫無庫存',
    '暂无库存',
    '無庫存',
    '无库存',
  ],
  uz: [
    "sotuvda yo'q",
    'sotuvda yoʻq',
    'sotuvda yo‘q',
    "omborda yo'q",
    'mavjud emas',
    'tugagan',
    'сотувда йўқ',
    'мавжуд эмас',
  ],
  kk: ['қоймада жоқ', 'сатылымда жоқ', 'қолда жоқ', 'таусылды'],
  bn: ['স্টকে নেই', 'স্টক নেই', 'স্টক আউট', 'স্টক শেষ'],
};

/**
 * Any sold-out word anywhere in a short control label ("Sold out", "品切れ中", "Ausverkauft"), for the
 * detector: a page whose buy button is replaced by a sold-out control is still a product page. No
 * word edges, as BUY_BUTTON_TEXT.
 */
export const SOLD_OUT_TEXT = /* @__PURE__ */ phrases(() => wordsOf(OUT_OF_STOCK, OUT_OF_STOCK_MORE, SOLD_OUT_MORE));

/** Order pages' URL paths and queries, anywhere (ASCII, as URLs write them): "/checkout/thank_you", "/bestellung/". */
export const ORDER_PAGE_URL_WORD: WordList = {
  // "account": Shopify's account page (/account) lists the order history under an h2.
  en: ['order', 'checkout', 'thank', 'confirm', 'receipt', 'account'],
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
  ro: ['comanda', 'comenzi'],
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
  ro: ['comandă', 'comanda', 'comenzi'],
};
/** ... and the title words that count only as whole words ("Order", not "Border"). */
export const ORDER_PAGE_TITLE_WHOLE_WORD: WordList = {
  en: ['order', 'orders'],
};

/** An order page's URL (path and query). */
export const ORDER_PAGE_URL = /* @__PURE__ */ phrases(() => wordsOf(ORDER_PAGE_URL_WORD));
/** An order page's title or main heading. */
export const ORDER_PAGE_TITLE = /* @__PURE__ */ phrases(
  () => wordsOf(ORDER_PAGE_TITLE_WORD),
  () => wordsOf(ORDER_PAGE_TITLE_WHOLE_WORD),
);

// ---------------------------------------------------------------------------------------------
// The detector's markup tokens: attribute -> words in the attribute's value, by language. The
// detector's selectors are built from them (`[class*="preis" i]`), case-insensitive, anywhere in
// the value.

/** A buy control's markup: the cart forms, ids, classes, test ids and labels shop platforms write. */
const BUY_CONTROL_MARKUP: Readonly<Record<string, WordList>> = {
  'form[action': { en: ['cart', 'basket'], de: ['warenkorb'] },
  // British and European themes say basket, bag or trolley ("add-to-basket": a Trendyol-style div).
  id: { en: ['add-to-cart', 'addtocart', 'add_to_cart', 'buy-now', 'buybox', 'add-to-basket', 'add-to-bag'] },
  class: {
    en: [
      'add-to-cart',
      'addtocart',
      'add_to_cart',
      'buy-now',
      'btn-cart',
      'add-cart',
      'addcart',
      'cart-add',
      'add-to-basket',
      'addtobasket',
      'add-to-bag',
      'add-to-trolley',
      'buy-button',
      'btn-buy',
      'buy-btn',
    ],
  },
  'data-testid': { en: ['add-to-cart', 'addtocart', 'add-to-basket', 'add-to-bag', 'add-to-trolley', 'buy-button'] },
  'data-action': { en: ['add-to-cart'] },
  'data-qa': { en: ['add-to-cart', 'addtocart'] },
  // Marketplaces' test hooks ("data-qaid=buy-button" on a Prom-style page).
  'data-qaid': { en: ['buy-button', 'add-to-cart'] },
  'aria-label': { en: ['add to cart'], de: ['in den warenkorb'] },
};

/** Something that shows a price: the class, id and data names shops use ("price", "preis", "prix"). */
const PRICE_MARKUP: Readonly<Record<string, WordList>> = {
  class: { en: ['price'], de: ['preis'], fr: ['prix'], es: ['precio'], it: ['prezzo'] },
  id: { en: ['price'] },
  'data-testid': { en: ['price'] },
  'data-test': { en: ['price'] },
  'data-automation-id': { en: ['price'] },
  'data-qa': { en: ['price'] },
  'data-qaid': { en: ['price'] },
};

/**
 * One selector list: `first`, then each attribute's words as `[attribute*="word" i]` ("form[action"
 * opens with its tag). Pure: a bundle that never queries it drops it and its lists.
 */
function markupSelector(first: string, markup: Readonly<Record<string, WordList>>): string {
  return [
    first,
    ...Object.entries(markup).flatMap(([attribute, list]) =>
      [...new Set(Object.values(list).flat())].map(
        (w) => `${attribute.includes('[') ? attribute : `[${attribute}`}*="${w}" i]`,
      ),
    ),
  ].join(', ');
}

/** A buy control, by its markup (the detector also reads buttons' texts). */
export const BUY_CONTROL_SELECTOR = /* @__PURE__ */ markupSelector('[name="add-to-cart" i]', BUY_CONTROL_MARKUP);
/** An element that shows a price. */
export const PRICE_SELECTOR = /* @__PURE__ */ markupSelector('[data-price]', PRICE_MARKUP);
/** The markup tokens, for the tests. */
export const MARKUP_LISTS = { BUY_CONTROL_MARKUP, PRICE_MARKUP };
