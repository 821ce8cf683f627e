/**
 * Label words shops print, by concept and language: the one place to add a language. Extraction
 * code imports the concept regexes at the bottom (built from these lists), never the lists.
 *
 * Entries are literal, lowercase where case does not matter. A trailing '*' marks a stem
 * ("financ*" = financing, financement, financiación). Words in scripts written without spaces
 * (Chinese, Japanese, Korean) match anywhere; the others only between non-letters.
 */

import { currencyMarkSource } from './currencies';
import { fitsCommon, lazy, pattern, type Pattern } from './pattern';
import { WORD_CHAR, WORD_END, WORD_START } from './word-edges';
import { OUT_OF_STOCK, OUT_OF_STOCK_MORE, SOLD_OUT_MORE } from './words-buy';

export type WordList = Readonly<Record<string, readonly string[]>>;

/** "From $19.99": the cheapest variant, not the price of a chosen one (label before the amount). */
export const FROM_PRICE: WordList = {
  en: ['from', 'starting at', 'starts at', 'starting from', 'as low as'],
  de: ['ab'],
  fr: ['à partir de', 'dès'],
  es: ['desde', 'a partir de'],
  pt: ['a partir de', 'desde'],
  it: ['a partire da'],
  nl: ['vanaf'],
  pl: ['od'],
  cs: ['od'],
  sk: ['od'],
  hr: ['od'],
  sv: ['från'],
  da: ['fra'],
  no: ['fra'],
  fi: ['alkaen', 'alk.'],
  ru: ['от'],
  uk: ['від'],
  tr: ['başlayan fiyatlarla'],
  ro: ['de la', 'începând de la', 'incepand de la'],
};

/** The same, written after the amount: "1,280円～", "9,900원~", "NT$1,290 起". */
export const FROM_PRICE_AFTER: WordList = {
  ja: ['から', '～', '〜'],
  ko: ['부터', '~'],
  zh: ['起'],
  fi: ['alkaen'],
  tr: ['başlayan'],
};

/**
 * Labels of a former or reference price, anywhere in the label: "UVP", "prezzo di listino",
 * "Precio anterior", "Было", "소비자가". EU "lowest price in the last 30 days" notes count too.
 */
export const LIST_PRICE: WordList = {
  en: [
    'regular price',
    'original price',
    'list price',
    'previously',
    'originally',
    'compare at',
    'comp. value',
    'rrp',
    'msrp',
    'typical price',
    'retail price',
    'recommended retail price',
    'was price',
    'reg. price',
    'orig. price',
  ],
  de: [
    'uvp',
    'statt',
    'ursprünglich',
    'unverbindliche preisempfehlung',
    'streichpreis',
    'alter preis',
    'regulärer preis',
    'normalpreis',
    'niedrigster preis',
    'bisheriger preis',
  ],
  fr: [
    'prix barré',
    'prix de référence',
    'prix conseillé',
    'au lieu de',
    'ancien prix',
    'prix initial',
    'prix public conseillé',
    'prix le plus bas',
  ],
  es: [
    'precio anterior',
    'precio recomendado',
    'antes',
    'pvp',
    'precio original',
    'precio de lista',
    'precio normal',
    'precio regular',
    'precio más bajo',
    'precio de referencia',
  ],
  pt: ['preço original', 'preço anterior', 'preço de tabela', 'preço de referência'],
  it: [
    'prezzo di listino',
    'prezzo consigliato',
    'invece di',
    'prezzo precedente',
    'prezzo originale',
    'prezzo più basso',
  ],
  nl: ['adviesprijs', 'oude prijs', 'normale prijs', 'van-prijs', 'laagste prijs'],
  pl: [
    'cena regularna',
    'przed obniżką',
    'stara cena',
    'cena katalogowa',
    'poprzednia cena',
    'najniższa cena',
    'cena sugerowana',
  ],
  cs: ['původní cena', 'běžná cena', 'doporučená cena', 'nejnižší cena'],
  sk: ['pôvodná cena', 'bežná cena', 'odporúčaná cena', 'najnižšia cena'],
  hu: ['eredeti ár', 'régi ár', 'listaár', 'legalacsonyabb ár'],
  hr: ['stara cijena', 'redovna cijena', 'najniža cijena', 'prijašnja cijena', 'preporučena cijena'],
  ro: [
    'preț vechi',
    'pret vechi',
    'preț inițial',
    'pret initial',
    'cel mai mic preț',
    'prp',
    'preț recomandat',
    'pret recomandat',
    'preț întreg',
    'pret intreg',
    'preț de listă',
    'pret de lista',
  ],
  ru: ['было', 'старая цена', 'цена без скидки', 'обычная цена', 'прежняя цена'],
  uk: ['стара ціна', 'було', 'ціна без знижки'],
  bg: ['стара цена', 'предишна цена'],
  sv: ['ord. pris', 'ordinarie pris', 'tidigare pris', 'lägsta pris'],
  da: ['vejl. pris', 'normalpris', 'før pris'],
  no: ['veil. pris', 'ordinær pris', 'før pris'],
  fi: ['normaalihinta', 'ovh', 'alimmat hinta'],
  tr: ['eski fiyat', 'piyasa fiyatı', 'liste fiyatı'],
  ja: ['通常価格', '定価', '希望小売価格', '参考価格', '通常販売価格'],
  ko: ['정가', '소비자가', '시중가', '판매가 대비', '기존가'],
  zh: ['原價', '原价', '定價', '定价', '建議售價', '建议售价', '市價', '市价', '專櫃價', '参考价', '參考價'],
};

/** Short list-price words that only count as the last word of the label: "Was", "avant", "vorher". */
export const LIST_PRICE_ENDING: WordList = {
  en: ['was', 'before'],
  de: ['vorher', 'bisher'],
  fr: ['avant'],
  es: ['antes'],
  it: ['prima'],
  hr: ['prije'],
  da: ['før'],
  no: ['før'],
  sv: ['förr'],
  fi: ['norm.'],
  ro: ['înainte', 'inainte'],
};

/** Words too common to count unless followed by a colon: "De: R$ 129,90", "List: $49.99", "Van: € 29". */
export const LIST_PRICE_COLON: WordList = {
  en: ['list', 'reg.', 'orig.', 'reg'],
  de: ['alt'],
  // "Normal: $29.990" (Chilean department stores), beside "Internet: $19.990".
  es: ['de', 'normal'],
  pt: ['de'],
  nl: ['van'],
};

/** Shipping and delivery fees. */
export const SHIPPING: WordList = {
  en: ['shipping', 'delivery', 'postage', 'p&p'],
  de: ['versand', 'versandkosten', 'lieferung', 'porto'],
  fr: ['livraison', 'frais de port'],
  es: ['envío', 'envio', 'despacho'],
  pt: ['frete', 'entrega', 'portes'],
  it: ['spedizione'],
  nl: ['verzending', 'verzendkosten', 'bezorging'],
  pl: ['wysyłka', 'dostawa'],
  cs: ['doprava', 'poštovné'],
  sk: ['doprava', 'poštovné'],
  hu: ['szállítás', 'szállítási díj'],
  hr: ['dostava'],
  ro: ['livrare', 'transport', 'taxă de livrare', 'taxa de livrare', 'cost livrare'],
  ru: ['доставка'],
  uk: ['доставка'],
  bg: ['доставка'],
  sv: ['frakt'],
  da: ['fragt'],
  no: ['frakt'],
  fi: ['toimitus'],
  tr: ['kargo'],
  ja: ['送料', '配送料'],
  ko: ['배송비', '배송료'],
  zh: ['運費', '运费', '免運', '免运', '配送', '宅配'],
};

/** Instalments and financing: "/mo", "x 12 cuotas", "rate da", "monatlich", "в месяц", "할부". */
export const INSTALMENT: WordList = {
  en: [
    'installment*',
    'instalment*',
    'monthly',
    '/mo',
    'per month',
    'a month',
    '/month',
    'payments',
    'financ*',
    'pay in',
  ],
  de: ['pro monat', 'monatlich', 'mtl.', 'im monat', 'raten*', 'finanzierung', 'zahlungen'],
  fr: ['par mois', 'mensualité*', '/mois', 'paiements', 'financement', 'fois sans frais'],
  es: ['al mes', 'por mes', '/mes', 'mensual*', 'cuotas', 'meses sin intereses', 'pagos', 'financiación'],
  pt: ['parcela*', 'sem juros', 'por mês', '/mês', 'pagamentos'],
  it: ['al mese', 'rate da', 'in rate', '/mese', 'mensil*', 'pagamenti', 'finanziamento'],
  nl: ['per maand', '/maand', 'termijn*'],
  pl: ['miesięcznie', 'rat', 'raty', '/mies.', 'rata'],
  cs: ['měsíčně', 'splátk*', '/měs.'],
  sk: ['mesačne', 'splátk*'],
  hu: ['havonta', 'részlet*', '/hó'],
  hr: ['mjesečno', 'rata', 'rate'],
  ro: ['pe lună', 'rate', '/lună', '/luna', 'lunar', 'rată', 'rata'],
  ru: ['в месяц', '/мес', 'рассрочк*', 'кредит'],
  uk: ['на місяць', '/міс', 'розстрочк*'],
  bg: ['на месец', 'вноск*'],
  sv: ['per månad', '/mån', 'delbetalning'],
  da: ['pr. måned', '/md'],
  no: ['pr. mnd', '/mnd'],
  fi: ['kuukaudessa', '/kk', 'erä*'],
  tr: ['taksit*', 'aylık'],
  ja: ['月額', '分割'],
  ko: ['개월', '할부', '월 '],
  zh: ['分期', '每期', '期0利率', '月付'],
};

/**
 * Savings words OTHER_AMOUNT lacked (round 19), said before the amount: "省$500", "وفّر ٢٠١ ر.س",
 * "Hemat Rp 50.000", "Κερδίζεις 150,00 €". The amount saved, never the price.
 */
const SAVINGS_MORE: WordList = {
  zh: ['省下', '現省', '现省', '立省', '共省', '省$', '省nt$', '省¥', '省￥', '省hk$', '現折', '现折'],
  ja: ['円お得', 'お得額'],
  ar: ['وفر', 'وفّر', 'توفير', 'وفرت'],
  vi: ['tiết kiệm'],
  id: ['hemat'],
  th: ['ประหยัด'],
  hi: ['बचत', 'बचाएं'],
  el: ['κερδίζεις', 'κέρδος', 'εξοικονόμηση'],
  tr: ['kazancınız', 'tasarruf'],
  he: ['חיסכון', 'חסכו'],
};

/** Other amounts printed near a price that are not it: totals, savings, coupons, deposits, points. */
export const OTHER_AMOUNT: WordList = {
  en: ['subtotal', 'sub-total', 'total', 'save', 'you save', 'coupon', 'cashback', 'deposit', 'trade-in'],
  de: ['zwischensumme', 'gesamtsumme', 'sparen', 'sie sparen', 'ersparnis', 'gutschein', 'pfand'],
  fr: ['économisez', 'économie', 'sous-total'],
  es: ['ahorra', 'ahorras', 'ahorrás', 'ahorro', 'precio sin impuestos', 'sin impuestos nacionales'],
  pt: ['economize', 'sem impostos'],
  it: ['risparmi', 'risparmia', 'risparmio'],
  nl: ['bespaar', 'je bespaart'],
  pl: ['oszczędzasz', 'oszczędność'],
  cs: ['ušetříte', 'sleva'],
  hu: ['megtakarítás', 'spórol*'],
  hr: ['ušteda', 'uštedite'],
  ru: ['экономия', 'выгода', 'итого'],
  uk: ['економія'],
  sv: ['spara', 'du sparar'],
  da: ['spar'],
  fi: ['säästä', 'säästät'],
  ja: ['合計', 'ポイント', 'クーポン'],
  ko: ['적립금', '적립', '합계', '할인금액', '쿠폰'],
  zh: ['節省', '节省', '總計', '合计', '紅利', '折價券', '折价券', '優惠券', '优惠券'],
  ro: ['economisești', 'economisesti', 'total'],
};

/**
 * Points, rewards and cashback printed beside the price ("10%ポイント還元 1,234ポイント", "Bonus
 * points: 120", "Earn $6.45 back in rewards", "적립금 399원", "Кешбэк 120 ₽"): what the buyer gets
 * back, never the price. Before or after the amount (REWARD_NOTE_TEXT reads the note after it).
 */
export const REWARD_AMOUNT: WordList = {
  en: [
    'points',
    'bonus points',
    'reward points',
    'rewards',
    'cash back',
    'back in rewards',
    'earn',
    'you earn',
    'loyalty points',
  ],
  de: ['punkte', 'bonuspunkte', 'treuepunkte', 'prämienpunkte', 'zurück', 'cashback'],
  fr: ['points', 'points fidélité', 'cagnotte', 'cagnottés', 'remboursés'],
  es: ['puntos', 'reembolso', 'acumula', 'acumulas'],
  pt: ['pontos', 'cashback', 'de volta', 'acumule'],
  it: ['punti', 'punti fedeltà'],
  nl: ['punten', 'spaarpunten'],
  pl: ['punkty', 'punktów', 'zwrot'],
  cs: ['bodů', 'body'],
  ru: ['баллы', 'баллов', 'балла', 'бонусы', 'бонусов', 'бонуса', 'кешбэк', 'кэшбэк', 'кешбек'],
  uk: ['бали', 'балів', 'бонуси', 'кешбек'],
  tr: ['puan', 'puanı'],
  id: ['koin', 'poin'],
  ja: ['ポイント', '還元', 'pt還元', '獲得', 'ポイント還元'],
  ko: ['포인트', '캐시백', '적립금', '적립'],
  zh: ['積分', '积分', '回饋', '回馈', '返現', '返现', '點數', '点数', 'p幣', '紅利點數'],
};

/**
 * Prices that only a coupon, a card, a membership or the app gets ("최대할인가 27,900원 카드 혜택
 * 적용 시", "with coupon", "Mitgliederpreis"): not the price every buyer pays now.
 */
export const CONDITIONAL_PRICE: WordList = {
  // A wallet or pay-later brand after "with" names a price only its users get ("549,00 € mit PayPal",
  // "$ 1.234 con Mercado Pago", "8 490 ₽ с Яндекс Пэй"). Not Brazil's Pix: "no Pix" is the cash price
  // every buyer can pay by bank transfer, kept as it was.
  en: [
    'with coupon',
    'coupon price',
    'member price',
    'members price',
    'with card',
    'app price',
    'app-only price',
    'with paypal',
    'with klarna',
    'with apple pay',
    'with google pay',
  ],
  de: ['mit gutschein', 'mit coupon', 'mitgliederpreis', 'mit code', 'mit paypal', 'mit klarna'],
  fr: ['avec le code', 'prix membre', 'avec coupon', 'adhérent', 'adhérents', 'prix adhérent', 'avec paypal'],
  es: ['con cupón', 'precio socio', 'con tarjeta', 'con mercado pago', 'con mercadopago', 'con paypal'],
  pt: ['com cupom', 'com mercado pago'],
  // "с Ozon Картой" (with the shop's card): the instrumental "картой" is the card a price needs.
  // Wallets by name, with or without "с": "с Яндекс Пэй", "со СберПэй".
  ru: ['картой', 'по карте', 'с промокодом', 'яндекс пэй', 'yandex pay', 'сберпэй', 'sberpay'],
  pl: ['z kuponem', 'z kodem', 'cena z kodem'],
  ja: ['クーポン利用', 'クーポン適用', '会員価格'],
  ko: ['최대할인가', '최대혜택가', '쿠폰적용가', '쿠폰할인가', '카드할인가', '카드 혜택', '회원가'],
  zh: ['用券', '券後價', '券后价', '會員價', '会员价'],
};

/** "per" before a unit ("per kg", "pro Stück"), and before a count ("je 100 g"). */
const PER_UNIT_WORD = { en: ['per'], de: ['pro'] } satisfies WordList;
const PER_COUNT_WORD = { de: ['je'] } satisfies WordList;
/** Per-unit prices: "(6,24 € / Stück)", "€12,50 le kg", "за 1 кг", "100g당". */
export const UNIT_PRICE: WordList = {
  en: [...PER_UNIT_WORD.en],
  de: [...PER_UNIT_WORD.de, ...PER_COUNT_WORD.de],
  fr: ['le kg', 'le litre', 'le l'],
  es: ['el kg', 'el litro', 'el kilo', 'por kg', 'por kilo', 'por litro'],
  pt: ['o kg', 'por kg', 'por quilo', 'por litro'],
  it: ['al kg', 'al litro'],
  ru: ['за 1', 'за кг', 'за шт', 'за л'],
  ko: ['당'],
  zh: ['每'],
};

/** Legal notes printed with a price ("inkl. 19% MwSt. zzgl. Versand"): not amounts of their own. */
const LEGAL_NOTE_PREFIX: WordList = {
  en: ['incl.', 'incl', 'including', 'plus', '+', 'excl.', 'excl'],
  de: ['inkl.', 'inkl', 'zzgl.', 'zzgl', 'exkl.', 'exkl'],
  fr: ['hors', 'sans', 'ttc', 'ht'],
  es: ['sin'],
  it: ['senza'],
};
const LEGAL_NOTE_OBJECT: WordList = {
  en: ['vat', 'tax', 'taxes', 'shipping'],
  de: ['mwst.', 'mwst', 'ust.', 'ust', 'versand*'],
  fr: ['tva', 'livraison', 'frais de port'],
  es: ['iva', 'envío'],
  it: ['spedizione'],
  nl: ['btw', 'verzendkosten'],
};

/**
 * Round 23: an item-number label that yields to the shop's own code where the page shows both:
 * "Артикул" (article) beside "Код товара" (the shop's code). On 1C-Bitrix shops "Код товара" is
 * the shop's catalogue number and "Артикул" the article imported from 1C, the supplier's or maker's
 * (a publisher's "915000" for a board game the shop numbers "248731"). Shown alone, "Артикул" is the
 * shop's number as it shows it (marketplaces label their own number so) and is read as before.
 */
const YIELDING_ITEM_ID_LABEL: WordList = {
  ru: ['артикул'],
  uk: ['артикул'],
  bg: ['артикул'],
  kk: ['артикул'],
};

/** Labels of the shop's own item number: "Item no.", "Art.-Nr.", "Réf.", "Kód", "商品番号", "품번". */
export const ITEM_ID_LABEL: WordList = {
  en: [
    'sku',
    'item #',
    'item no.',
    'item no',
    'item number',
    'item code',
    'item id',
    'product code',
    'product no.',
    'product number',
    'product id',
    'article number',
    'art. no.',
    'style #',
    'style no.',
    'stock code',
    'catalog #',
    'catalogue number',
    'cat. no.',
    'catalogue no.',
    'ref.',
    'reference',
    'web id',
    'online code',
    // A grocer's or department store's price look-up number ("PLU: 3012345", Éxito, Jumbo CL).
    'plu',
  ],
  de: [
    'artikelnummer',
    'art.-nr.',
    'art.-nr',
    'art.nr.',
    'artikel-nr.',
    'artikel-nr',
    'artikelnr.',
    'bestellnummer',
    'best.-nr.',
    'produktnummer',
    'artikel nr.',
  ],
  fr: [
    'réf.',
    'réf',
    'référence',
    'code article',
    "n° d'article",
    "numéro d'article",
    'code produit',
    'référence produit',
  ],
  es: ['código', 'cód.', 'referencia', 'código de producto', 'código del artículo', 'ref', 'código de artículo'],
  pt: ['código', 'cód.', 'referência', 'código do produto', 'cód. do produto', 'ref'],
  it: ['codice articolo', 'codice prodotto', 'cod. art.', 'codice', 'cod.', 'rif.', 'riferimento'],
  nl: ['artikelnummer', 'artikelnr.', 'productcode', 'art.nr.', 'artikelcode', 'productnummer'],
  pl: ['kod produktu', 'numer katalogowy', 'nr katalogowy', 'kod', 'symbol', 'indeks', 'nr kat.'],
  cs: ['kód', 'kód produktu', 'katalogové číslo', 'číslo produktu', 'objednací číslo', 'obj. číslo'],
  sk: ['kód', 'kód produktu', 'katalógové číslo', 'objednávacie číslo'],
  hu: ['cikkszám', 'termékkód', 'kód', 'azonosító', 'termékazonosító'],
  hr: ['šifra', 'šifra proizvoda', 'šifra artikla', 'kod proizvoda', 'kataloški broj'],
  ro: ['cod produs', 'cod', 'cod articol', 'cod intern'],
  ru: ['артикул', 'код товара', 'код'],
  uk: ['артикул', 'код товару', 'код'],
  bg: ['артикулен номер', 'код'],
  sv: ['artikelnummer', 'art.nr', 'art.nr.'],
  da: ['varenummer', 'varenr.', 'varenr'],
  no: ['varenummer', 'varenr.', 'varenr'],
  fi: ['tuotenumero', 'tuotekoodi'],
  tr: ['ürün kodu', 'stok kodu'],
  ja: ['商品番号', '品番', '商品コード', '管理番号'],
  ko: ['품번', '상품번호', '상품코드', '제품번호'],
  // Not a bare "货号"/"貨號" (article number): in a spec table (Tmall, JD, Vipshop) it is the maker's
  // style number, an MPN (MPN_LABEL); "商品貨號" is the shop's own (Shopline's SKU line).
  zh: ['商品編號', '商品编号', '商品代碼', '產品編號', '商品代码', '商品貨號', '商品货号'],
};

/**
 * A bare "Code" as an item-number label, only as the whole label at the start of a short text
 * ("CODE: BG-GRL-40", CS-Cart): inside a sentence it is a postcode's or a voucher's.
 */
export const CODE_LABEL: WordList = {
  en: ['code'],
  de: ['code'],
  fr: ['code'],
};

/**
 * A bare "number" sign or abbreviation as an item-number label, only as the whole label at the start
 * of a short text ("Nr 85476", "No. 4471203", "№ 123456", a shop's own number under the title): inside
 * a sentence it numbers anything (a house, an issue, a perfume's name).
 */
export const NUMBER_LABEL: WordList = {
  mul: ['nr', 'nr.', 'no.', 'nº', 'n°', 'n.º', '№', 'nro', 'nro.'],
};

/** Stock phrases, not bare "available" ("Imagen no disponible" is about a picture). Checked after OUT_OF_STOCK. */
export const IN_STOCK: WordList = {
  en: ['in stock', 'only 1 left', 'only 2 left', 'only 3 left', 'only 4 left', 'only 5 left', 'available online'],
  de: ['auf lager', 'vorrätig', 'sofort lieferbar', 'online verfügbar', 'lieferbar', 'versandfertig'],
  nl: ['op voorraad'],
  pt: ['em estoque', 'em stock', 'disponível', 'estoque disponível'],
  // Shoper's stock levels: "duża / średnia / mała ilość" (large, medium, small quantity).
  pl: ['w magazynie', 'dostępny', 'produkt dostępny', 'duża ilość', 'średnia ilość', 'mała ilość'],
  sv: ['i lager', 'finns i lager'],
  da: ['på lager'],
  no: ['på lager'],
  fr: ['en stock', 'disponible en stock'],
  it: ['in magazzino', 'disponibilità immediata', 'disponibile'],
  es: ['en existencia', 'disponible en stock', 'hay existencias', 'en stock', 'stock disponible'],
  cs: ['skladem', 'na skladě'],
  sk: ['skladom', 'na sklade'],
  hu: ['raktáron', 'készleten'],
  hr: ['na stanju', 'na zalihi', 'dostupno'],
  ro: ['în stoc', 'in stoc', 'disponibil în stoc', 'disponibil in stoc', 'stoc limitat'],
  ru: ['в наличии', 'есть в наличии'],
  uk: ['в наявності', 'є в наявності'],
  bg: ['в наличност', 'наличен'],
  fi: ['varastossa'],
  tr: ['stokta'],
  ja: ['在庫あり', '在庫有り'],
  ko: ['구매가능', '재고있음'],
  zh: ['現貨', '现货', '有庫存', '有货', '有貨'],
};

/** Order confirmation / details headings. */
export const ORDER_HEADING: WordList = {
  en: ['order', 'orders', 'thank you'],
  de: ['bestellung', 'bestellungen', 'danke'],
  fr: ['commande', 'commandes', 'merci'],
  es: ['pedido', 'pedidos', 'gracias'],
  it: ['ordine', 'ordini', 'grazie'],
  nl: ['bestelling', 'bestellingen', 'bedankt'],
  ja: ['注文'],
  ro: ['comandă', 'comanda', 'comenzi', 'mulțumim'],
};

// ---------------------------------------------------------------------------------------------
// Extraction round 4 (#10): the same concepts in the languages of the held-back classes (Arabic,
// Hebrew, Greek, Serbian, Vietnamese, Indonesian, Thai, more Turkish, Ukrainian and Russian), and
// tax-excluded amounts. The concept regexes below take these lists together with the ones above.

/** Former-price labels ("Αρχική τιμή", "מחיר קודם", "السعر قبل الخصم", "Giá gốc", "Stara cena"). */
export const LIST_PRICE_MORE: WordList = {
  el: ['αρχική τιμή', 'παλιά τιμή', 'προηγούμενη τιμή'],
  he: ['מחיר קודם', 'מחיר מקורי'],
  ar: ['السعر قبل الخصم', 'السعر الأصلي', 'السعر القديم'],
  vi: ['giá gốc', 'giá niêm yết', 'giá cũ'],
  id: ['harga normal', 'harga asli', 'harga coret'],
  th: ['ราคาปกติ', 'ราคาเดิม'],
  sr: ['stara cena', 'redovna cena', 'puna cena', 'стара цена', 'редовна цена'],
};

/** Instalments ("٤ دفعات", "3 תשלומים", "άτοκες δόσεις", "trả góp", "cicilan", "ผ่อน"). */
export const INSTALMENT_MORE: WordList = {
  ar: ['دفعات', 'أقساط', 'تقسيط', 'قسط'],
  he: ['תשלומים'],
  el: ['δόσεις', 'άτοκες δόσεις'],
  vi: ['trả góp'],
  id: ['cicilan', 'per bulan', '/bulan'],
  th: ['ผ่อน'],
};

// ---------------------------------------------------------------------------------------------
// Extraction round 20 (#10, price): the concepts beside a price in the languages of shops in
// Latin America, South-East Asia, the Middle East, Oceania, the Nordics and Central Asia that the
// lists above lacked. The concept regexes below take these lists together with the ones above.

/** Shipping fees and free-shipping thresholds ("ส่งฟรี", "gratis ongkir", "משלוח חינם", "شحن مجاني"). */
const SHIPPING_MORE: WordList = {
  ar: ['شحن', 'الشحن', 'توصيل', 'التوصيل', 'رسوم الشحن'],
  he: ['משלוח', 'דמי משלוח', 'משלוח חינם'],
  th: ['ส่งฟรี', 'ค่าส่ง', 'ค่าจัดส่ง', 'จัดส่งฟรี'],
  id: ['ongkir', 'ongkos kirim', 'gratis ongkir', 'biaya kirim', 'pengiriman'],
  ms: ['penghantaran', 'penghantaran percuma', 'caj penghantaran', 'pos percuma'],
  fil: ['libreng padala', 'libreng pagpapadala', 'padala'],
  vi: ['phí vận chuyển', 'miễn phí vận chuyển', 'phí giao hàng', 'giao hàng'],
  el: ['μεταφορικά', 'αποστολή', 'δωρεάν αποστολή'],
  ko: ['무료배송'],
  kk: ['жеткізу'],
};

/** Instalments and pay-later ("частинами", "Ansuran", "เดือนละ", "/wk", "sin interés"). */
/** Round 24 (#10, price): shipping words of Georgian, Armenian, Bengali and Swahili shops. */
const SHIPPING_R24: WordList = {
  ka: ['მიწოდება', 'მიტანა'],
  hy: ['առաքում', 'առաքումը'],
  bn: ['ডেলিভারি চার্জ', 'ডেলিভারি'],
  sw: ['usafirishaji'],
};
/**
 * Round 24 (#10, price): instalments as Mexican shops write them ("12 MSI de $108.25", only with
 * its "de": MSI alone is also a brand), and in Georgian, Armenian, Bengali and Swahili.
 */
const INSTALMENT_R24: WordList = {
  es: ['msi de', 'meses sin interés', 'sin intereses'],
  ka: ['განვადება', 'თვეში'],
  hy: ['ապառիկ', 'ամսական'],
  bn: ['ইএমআই', 'কিস্তি'],
  sw: ['lipa mdogo mdogo', 'kwa wiki', 'kwa mwezi'],
};
const INSTALMENT_R20: WordList = {
  en: ['/wk', 'per week', 'fortnightly', 'interest-free', 'interest free', 'pay later'],
  es: ['sin interés', 'sin interes', 'cuota', 'mensualidades'],
  pt: ['parcelado', 'parcelamento', 'juros'],
  ru: ['частями', 'в рассрочку', 'в кредит'],
  uk: ['частинами', 'в кредит'],
  kk: ['бөліп төлеу'],
  ms: ['ansuran', 'sebulan'],
  th: ['เดือนละ', '/เดือน', 'ต่อเดือน'],
  he: ['לחודש'],
  ar: ['شهريًا', 'شهرياً', 'شهريا', 'بالتقسيط'],
  tr: ['aylık', 'ay taksit'],
};

/**
 * Prices only club members, a store card or a loyalty programme get ("Precio CMR", "Precio
 * tarjeta", "with Club card", "Klubbpris", "Medlemspris", "מחיר מועדון"): not what every buyer pays.
 */
const CONDITIONAL_PRICE_R20: WordList = {
  en: ['club card', 'clubcard', 'clubcard price', 'club price', 'members only', 'member only', 'member deal'],
  es: ['precio tarjeta', 'precio cmr', 'tarjeta cmr', 'precio club', 'precio exclusivo tarjeta', 'con tarjeta ripley'],
  pt: ['preço clube', 'preço sócio', 'preço assinante', 'com cartão'],
  de: ['clubpreis', 'mitgliedspreis', 'mit kundenkarte', 'kundenkartenpreis'],
  fr: ['prix club', 'prix fidélité', 'prix carte', 'avec la carte'],
  nl: ['ledenprijs', 'clubprijs', 'voor leden'],
  sv: ['klubbpris', 'medlemspris'],
  da: ['medlemspris', 'klubpris'],
  no: ['medlemspris', 'klubbpris'],
  fi: ['jäsenhinta', 'kanta-asiakashinta'],
  pl: ['cena klubowa', 'z kartą'],
  cs: ['klubová cena', 'cena pro členy'],
  hu: ['klubár', 'törzsvásárlói ár'],
  tr: ['kulüp fiyatı', 'üye fiyatı', 'üyelere özel'],
  he: ['מחיר מועדון', 'לחברי מועדון'],
  ar: ['سعر الأعضاء', 'للأعضاء'],
  th: ['ราคาสมาชิก'],
  id: ['harga member'],
  ms: ['harga ahli'],
};

/**
 * Round 22: a VIP or loyalty tier's price ("超级VIP价 ¥84 开通超级VIP", "VIP price", "Precio VIP")
 * beside the regular one. Like the club and member prices above, only a buyer who joined pays it:
 * the price counted is the one a buyer without membership pays now.
 */
const CONDITIONAL_PRICE_R22: WordList = {
  en: ['vip price', 'for vip', 'vip members', 'loyalty price', 'rewards price', 'insider price'],
  zh: ['vip价', 'vip價', '超级vip', '超級vip', 'svip价', '会员专享价', '會員專享價'],
  ja: ['vip価格', '会員限定価格', '会員特価'],
  ko: ['vip가', 'vip 회원가', '멤버십가', '멤버십 회원가'],
  es: ['precio vip', 'precio fidelidad'],
  pt: ['preço vip', 'preço fidelidade'],
  fr: ['prix vip'],
  de: ['vip-preis', 'vip preis', 'treuepreis'],
  it: ['prezzo vip', 'prezzo soci', 'prezzo fedeltà'],
};

/**
 * Round 23: the price with the shop's loyalty or payment card, in the languages whose words for "with
 * the card" were missing ("Sa Moja Idea karticom: 209,99 RSD", "s kartou Tesco", "kártyával",
 * "su kortele", "kliendikaardiga"), and a price after every benefit ("최대 혜택가 9,310원": coupons
 * and card discounts applied). Only a holder of the card or coupon pays it: the price counted is the
 * one every buyer pays now, the regular or the deal's own price.
 */
const CONDITIONAL_PRICE_R23: WordList = {
  en: ['with loyalty card', 'loyalty card price', 'with rewards card', 'with the app', 'app only'],
  // The instrumental "with (the) card" of the South Slavic languages, Latin and Cyrillic.
  sr: ['karticom', 'sa karticom', 'cena sa karticom', 'картицом', 'са картицом'],
  hr: ['karticom', 's karticom', 'cijena s karticom', 'uz karticu'],
  bs: ['karticom', 'sa karticom'],
  sl: ['s kartico', 'cena s kartico', 'z aplikacijo'],
  cs: ['s kartou', 'se zákaznickou kartou', 'cena s kartou', 'v aplikaci'],
  sk: ['s kartou', 'cena s kartou', 'so zákazníckou kartou'],
  pl: ['z aplikacją', 'cena w aplikacji', 'z kartą klubową'],
  hu: ['kártyával', 'törzskártyával', 'kártyás ár', 'applikációval'],
  ro: ['cu cardul', 'preț card', 'pret card', 'cu card de fidelitate'],
  bg: ['с карта', 'с клубна карта', 'цена с карта'],
  uk: ['з карткою', 'карткою', 'ціна з карткою'],
  lt: ['su kortele', 'kaina su kortele'],
  lv: ['ar karti', 'cena ar karti'],
  et: ['kliendikaardiga', 'kaardiga', 'säästukaardiga'],
  el: ['με κάρτα', 'με την κάρτα'],
  fi: ['kortilla', 'etukortilla', 'bonuskortilla'],
  de: ['mit karte', 'mit der app', 'in der app', 'app-preis'],
  es: ['con la app', 'precio app', 'precio con tarjeta'],
  it: ['con carta', 'con la carta', 'prezzo carta'],
  tr: ['kart ile', 'karta özel', 'uygulamaya özel'],
  // "혜택가" (the price after benefits: coupons, cards) also as "최대 혜택가", spaced or not.
  ko: ['혜택가', '쿠폰가', '카드가', '카드 할인가', '쿠폰 적용가', '앱 전용가'],
  ja: ['カード価格', 'アプリ価格', 'クーポン価格'],
  zh: ['卡價', '卡价', '刷卡價', '刷卡价', 'app價', 'app价'],
};

/**
 * Round 24: a price after a bank card's billing or instant discount ("KB국민카드 10% 청구할인 시
 * 13,410원": the card company refunds part of the bill; "카드 즉시할인"), and the price "with the card" in Uzbek and Kazakh ("Uzum
 * karta bilan 179 550 so'm", "Kaspi картасымен"). Only a holder of that card pays it.
 */
const CONDITIONAL_PRICE_R24: WordList = {
  ko: ['청구할인', '청구 할인', '청구할인가', '카드할인', '카드 할인', '즉시할인'],
  uz: ['karta bilan', 'kartasi bilan', 'карта билан', 'картаси билан'],
  kk: ['картамен', 'картасымен', 'kartamen'],
  zh: ['刷卡優惠價', '刷卡优惠价', '信用卡優惠價', '信用卡优惠价'],
};

/**
 * Round 23: the heading of a block of other products ("Related products", "You may also like",
 * "Productos relacionados", "Похожие товары", "Slični proizvodi", "이 상품과 함께 본 특가"): the
 * amounts under it are those products' prices, never the page's (generic/other-products.ts).
 */
const OTHER_PRODUCTS_HEADING: WordList = {
  en: [
    'related products',
    'related items',
    'you may also like',
    'you might also like',
    'you may also be interested in',
    'customers also bought',
    'customers also viewed',
    'customers who bought this',
    'people also bought',
    'people also viewed',
    'similar products',
    'similar items',
    'frequently bought together',
    'recommended for you',
    'recommended products',
    'recently viewed',
    'more from this',
    'complete the look',
  ],
  de: [
    'ähnliche produkte',
    'ähnliche artikel',
    'das könnte dir auch gefallen',
    'das könnte ihnen auch gefallen',
    'kunden kauften auch',
    'kunden haben sich auch angesehen',
    'passende produkte',
    'zuletzt angesehen',
  ],
  fr: [
    'produits similaires',
    'articles similaires',
    'produits associés',
    'vous aimerez aussi',
    'vous aimerez peut-être aussi',
    'vous aimerez peut-être',
    'vous pourriez aussi aimer',
    'récemment consultés',
  ],
  es: [
    'productos relacionados',
    'productos similares',
    'artículos similares',
    'también te puede interesar',
    'te puede interesar',
    'te podría interesar',
    'quienes vieron este producto también',
    'vistos recientemente',
  ],
  pt: [
    'produtos relacionados',
    'produtos similares',
    'produtos semelhantes',
    'você também pode gostar',
    'quem viu, viu também',
    'quem viu este produto',
    'quem comprou, comprou também',
    'compre junto',
  ],
  it: [
    'prodotti correlati',
    'prodotti simili',
    'potrebbe interessarti anche',
    'ti potrebbe interessare',
    'potrebbero piacerti',
  ],
  nl: ['gerelateerde producten', 'vergelijkbare producten', 'misschien ook interessant', 'anderen bekeken ook'],
  pl: [
    'podobne produkty',
    'produkty powiązane',
    'może cię zainteresować',
    'klienci kupili również',
    'polecane produkty',
  ],
  cs: ['podobné produkty', 'související produkty', 'mohlo by vás zajímat', 'zákazníci také koupili'],
  sk: ['podobné produkty', 'súvisiace produkty', 'mohlo by vás zaujímať'],
  hu: ['hasonló termékek', 'kapcsolódó termékek', 'ez is érdekelhet'],
  ro: ['produse similare', 'produse asemănătoare', 'ați putea fi interesat', 'produse recomandate'],
  sr: ['slični proizvodi', 'povezani proizvodi', 'preporučeni proizvodi', 'слични производи', 'повезани производи'],
  hr: ['slični proizvodi', 'povezani proizvodi', 'možda će vam se svidjeti'],
  sl: ['podobni izdelki', 'povezani izdelki'],
  bg: ['подобни продукти', 'свързани продукти'],
  ru: [
    'похожие товары',
    'похожие предложения',
    'сопутствующие товары',
    'с этим товаром покупают',
    'с этим товаром также покупают',
    'вам может понравиться',
    'рекомендуемые товары',
    'вы недавно смотрели',
    'недавно просмотренные',
  ],
  uk: ['схожі товари', 'супутні товари', 'з цим товаром купують', 'вам може сподобатися'],
  tr: ['benzer ürünler', 'bunlar da ilginizi çekebilir', 'ilginizi çekebilir', 'birlikte alınan ürünler'],
  el: ['παρόμοια προϊόντα', 'σχετικά προϊόντα'],
  sv: ['liknande produkter', 'relaterade produkter', 'andra köpte även'],
  da: ['lignende produkter', 'relaterede produkter'],
  no: ['lignende produkter', 'relaterte produkter'],
  fi: ['samankaltaiset tuotteet', 'samankaltaisia tuotteita', 'liittyvät tuotteet'],
  ko: [
    '함께 본',
    '함께 구매',
    '함께 보면 좋은',
    '추천 상품',
    '비슷한 상품',
    '연관 상품',
    '관련 상품',
    '다른 고객이 함께',
  ],
  ja: ['関連商品', 'この商品を見た人', 'この商品を買った人', 'おすすめ商品', '類似商品', 'よく一緒に購入'],
  zh: [
    '相关商品',
    '相關商品',
    '猜你喜欢',
    '猜你喜歡',
    '推荐商品',
    '推薦商品',
    '看了又看',
    '相关推荐',
    '相關推薦',
    '同类商品',
  ],
  id: ['produk serupa', 'produk terkait', 'rekomendasi untuk anda'],
  vi: ['sản phẩm tương tự', 'sản phẩm liên quan'],
  th: ['สินค้าที่เกี่ยวข้อง', 'สินค้าใกล้เคียง'],
  ar: ['منتجات ذات صلة', 'منتجات مشابهة'],
  he: ['מוצרים דומים', 'מוצרים קשורים'],
};

/**
 * Round 22: a price shown only for the basket ("Sepette 899,99 TL", "im Warenkorb 79,99 €", "$26.98
 * in bag", "R$ 89,90 no carrinho"). Decided: not the item's price. The price counted is the one the
 * product shows as its price; the basket's amount comes from a promotion applied at checkout under
 * the basket's conditions (a code, a threshold, another item, the app), like the coupon and card
 * prices above, and is not shown as the price of the item itself.
 */
const BASKET_PRICE: WordList = {
  en: ['in cart', 'in bag', 'in basket', 'in your cart', 'in your bag', 'at checkout'],
  tr: ['sepette', 'sepette indirim', 'sepete özel'],
  de: ['im warenkorb'],
  fr: ['dans le panier', 'au panier'],
  es: ['en el carrito', 'en carrito', 'en la cesta'],
  pt: ['no carrinho', 'no cesto'],
  it: ['nel carrello'],
  nl: ['in winkelwagen', 'in de winkelwagen'],
  pl: ['w koszyku'],
  ro: ['în coș', 'in cos'],
};

/**
 * The word between a former and a current amount in one text: "De R$ 299,90 por R$ 199,90", "Was
 * £40 now £28", "Statt 49,99 € jetzt 39,99 €", "Van €50 voor €35". The whole text between the two.
 */
const NOW_BETWEEN: WordList = {
  en: ['now', 'now only', 'only'],
  pt: ['por', 'por apenas', 'por só'],
  es: ['por', 'ahora', 'ahora por', 'por solo'],
  de: ['jetzt', 'nur', 'jetzt nur', 'für'],
  fr: ['maintenant', 'seulement'],
  it: ['ora', 'a soli', 'solo'],
  nl: ['nu', 'voor', 'nu voor'],
  pl: ['teraz', 'tylko'],
};

/**
 * "Free shipping" said of the amount right before it ("3,240円(税込) 送料無料", "29,99 € ·
 * Versandkostenfrei"): a note on the price, no shipping fee. Before an amount ("送料無料 3,980円以上",
 * "Free shipping over $75") the amount is a threshold and stays a shipping amount.
 */
const FREE_SHIPPING: WordList = {
  en: ['free shipping', 'free delivery', 'ships free'],
  de: ['versandkostenfrei', 'kostenloser versand', 'gratis versand'],
  fr: ['livraison gratuite', 'livraison offerte'],
  es: ['envío gratis', 'envio gratis', 'envío gratuito'],
  pt: ['frete grátis', 'frete gratis'],
  it: ['spedizione gratuita'],
  nl: ['gratis verzending', 'gratis bezorging'],
  pl: ['darmowa dostawa'],
  cs: ['doprava zdarma'],
  ru: ['бесплатная доставка'],
  tr: ['ücretsiz kargo'],
  sv: ['fri frakt'],
  ja: ['送料無料', '送料込み', '送料込'],
  ko: ['무료배송'],
  zh: ['包邮', '包郵', '免運費', '免运费'],
};

/**
 * Volume and multibuy prices ("2 ili više 289,00 €", "2 or more $18.00", "3 adet ve üzeri"):
 * the price of one item bought in a larger quantity, not the price of one item.
 */
const VOLUME_PRICE: WordList = {
  en: ['or more', 'multibuy', 'bulk price', 'volume price', 'quantity discount'],
  de: ['oder mehr', 'staffelpreis', 'mengenrabatt'],
  fr: ['ou plus'],
  es: ['o más', 'o mas'],
  pt: ['ou mais', 'e pague'],
  it: ['o più'],
  nl: ['of meer'],
  pl: ['lub więcej'],
  cs: ['nebo více'],
  sk: ['alebo viac'],
  hu: ['vagy több'],
  hr: ['ili više'],
  sr: ['ili više', 'или више'],
  sl: ['ali več'],
  ro: ['sau mai mult'],
  ru: ['или более', 'и более'],
  uk: ['або більше'],
  tr: ['ve üzeri'],
  da: ['eller flere'],
  no: ['eller flere', 'eller mer'],
  sv: ['eller fler'],
  fi: ['tai enemmän'],
  id: ['atau lebih'],
  ms: ['ke atas'],
  th: ['หรือมากกว่า'],
};

/**
 * A lower price for one way of paying, offered beside the price ("ou R$ 66,40 via Pix", "$22.491
 * con transferencia", "Havale ile 284,91 TL"): a payment-method discount, ranked below the price
 * shown to pay (not dropped, unlike CONDITIONAL_PRICE: any buyer may pay that way).
 */
const PAYMENT_METHOD_PRICE: WordList = {
  pt: ['via pix', 'no pix', 'com pix', 'pagando com pix', 'no boleto', 'via boleto', 'com boleto'],
  es: ['con transferencia', 'por transferencia', 'pagando con transferencia', 'en efectivo'],
  tr: ['havale ile', 'havale/eft ile', 'eft ile'],
};

/** Former-price labels ("Harga asal", "Звичайна ціна", "ราคาเต็ม", "Oorspronkelijke prijs"). */
const LIST_PRICE_R20: WordList = {
  ms: ['harga asal', 'harga biasa'],
  id: ['harga sebelum'],
  uk: ['звичайна ціна', 'попередня ціна'],
  th: ['ราคาเต็ม'],
  nl: ['oorspronkelijke prijs', 'oorspr. prijs', 'vanprijs'],
  de: ['konkurrenzpreis', 'vergleichspreis'],
  el: ['λιανική τιμή'],
  pt: ['preço normal'],
  tr: ['önceki fiyat'],
  fil: ['dating presyo'],
};

/** Stated without tax ("ex GST", "HTVA", "未稅", "ללא מע״מ", "bez PDV-a", "belum termasuk PPN"). */
const EX_TAX_R20: WordList = {
  en: [
    'ex gst',
    'ex. gst',
    'excl. gst',
    'excl gst',
    'exc. gst',
    'exc gst',
    'excluding gst',
    'exc. vat',
    'exc vat',
    '+ gst',
    'plus gst',
    '+ vat',
    'plus vat',
  ],
  fr: ['htva', 'hors tva'],
  nl: ['zonder btw'],
  es: ['sin impuestos', 'antes de impuestos', '+ iva', 'más iva', 'mas iva'],
  pl: ['bez vat'],
  hr: ['bez pdv-a', 'bez pdv'],
  sl: ['brez ddv'],
  bg: ['без ддс'],
  ru: ['без ндс'],
  uk: ['без пдв'],
  no: ['eks. mva', 'ekskl. mva', 'eks mva', 'uten mva'],
  sv: ['ex. moms', 'exkl moms'],
  fi: ['veroton', 'alv 0 %', 'alv 0%'],
  hu: ['+ áfa', '+áfa'],
  zh: ['未稅', '未税'],
  he: ['ללא מע"מ', 'ללא מע״מ', 'לפני מע"מ', 'לפני מע״מ', 'לא כולל מע"מ', 'לא כולל מע״מ'],
  ar: ['بدون ضريبة', 'غير شامل الضريبة', 'قبل الضريبة', 'غير شامل ضريبة القيمة المضافة'],
  th: ['ไม่รวม vat', 'ไม่รวมภาษี'],
  id: ['belum termasuk ppn', 'tidak termasuk ppn', 'sebelum ppn'],
  ms: ['tidak termasuk sst'],
  ko: ['vat 별도', '부가세 별도'],
};

/** Item-number labels ("Κωδικός προϊόντος", "מק״ט", "رمز المنتج", "Mã sản phẩm", "Kode produk"). */
export const ITEM_ID_LABEL_MORE: WordList = {
  el: [
    'κωδικός προϊόντος',
    'κωδ. προϊόντος',
    'κωδικός',
    'κωδ.',
    'κωδικός είδους',
    'κωδ. είδους',
    // Round 20: the item's number ("Αρ. προϊόντος").
    'αρ. προϊόντος',
    'αριθμός προϊόντος',
    'αρ. είδους',
  ],
  // Round 23: with two apostrophes, a typographic quote, no mark at all.
  he: ['מק"ט', 'מק״ט', 'קוד מוצר', 'מספר קטלוגי', "מק''ט", 'מק”ט', 'מק׳׳ט', 'מקט'],
  ar: ['رمز المنتج', 'رقم المنتج', 'كود المنتج', 'رمز التخزين', 'رقم الصنف', 'رمز الصنف', 'كود الصنف'],
  vi: ['mã sản phẩm', 'mã sp', 'mã hàng', 'mã số sản phẩm', 'mã hàng hóa'],
  id: ['kode produk', 'kode barang'],
  th: ['รหัสสินค้า'],
  sr: ['шифра', 'шифра производа'],
  lt: ['prekės kodas', 'prekės nr.', 'kodas'],
  lv: ['preces kods', 'artikula numurs', 'artikula nr.', 'preces nr.'],
  et: ['tootekood', 'artikli number', 'artikli nr', 'tootenumber'],
  // Round 19: the languages still missing (Hindi, Persian, Slovenian) and longer labels of others.
  hi: ['उत्पाद कोड', 'आइटम कोड', 'उत्पाद संख्या', 'आइटम नंबर', 'उत्पाद आईडी'],
  fa: ['کد محصول', 'کد کالا', 'شناسه کالا', 'شناسه محصول'],
  sl: ['šifra izdelka', 'koda izdelka', 'šifra artikla', 'šifra'],
  bg: ['код на продукта', 'каталожен номер', 'продуктов код', 'код на артикула'],
  fi: ['tuotenro', 'tuotenro.'],
  no: ['artikkelnummer', 'art.nr.'],
  sk: ['kód tovaru', 'číslo tovaru'],
  tr: ['ürün no', 'ürün numarası'],
  ru: ['арт.'],
  uk: ['арт.'],
  // Round 20: spellings without the dot or with a space, and Icelandic.
  en: ['product no', 'catalog number', 'catalogue no', 'art. no', 'art.no.', 'art.no'],
  de: [
    'artikelnr',
    'produktnr.',
    'produktnr',
    'bestellnr.',
    'bestellnr',
    'art. nr.',
    'art. nr',
    'artikel-nummer',
    'katalognummer',
  ],
  es: [
    'número de artículo',
    'nº de artículo',
    'n.º de artículo',
    'cód. producto',
    'cód. artículo',
    // Round 23: the shop's internal code.
    'código interno',
    'cód. interno',
    'referencia interna',
    'ref. interna',
    'código sku',
  ],
  pt: [
    'cód. produto',
    'código produto',
    'nº do produto',
    'nº de artigo',
    'n.º de artigo',
    'número de artigo',
    'nº artigo',
    'código interno',
    'cód. interno',
    'código sku',
  ],
  it: ['cod. articolo', 'cod. prodotto'],
  da: ['vare nr.', 'vare-nr.', 'produktnr.'],
  is: ['vörunúmer', 'vörunr.'],
  hr: ['sifra'],
  zh: ['商品號碼', '商品号码', '品號', '商品編碼', '商品编码', '產品代碼'],
  ko: ['상품 번호', '상품 코드', '제품 번호', '제품코드'],
  // Round 23 (item id): the languages still missing.
  be: ['артыкул', 'код тавару'],
  uz: ['mahsulot kodi', 'artikul'],
  hy: ['ապրանքի կոդ', 'արտիկուլ'],
  mn: ['барааны код'],
  ms: ['kod produk', 'kod barang', 'kod item'],
  // Round 23: longer names of the shop's number.
  pl: ['numer produktu', 'nr produktu', 'kod towaru'],
  cs: ['kód zboží'],
  kk: ['тауар коды', 'өнім коды'],
  az: ['məhsul kodu', 'mal kodu'],
  ka: ['პროდუქტის კოდი', 'არტიკული'],
  sq: ['kodi i produktit', 'kodi i artikullit'],
  mk: ['шифра на производ', 'шифра'],
  bn: ['পণ্য কোড'],
  ur: ['پروڈکٹ کوڈ'],
};

/**
 * Round 24: item-number labels still missing: Hong Kong's "貨品編號" (goods number: JHC, Fortress,
 * Watsons print the shop's number so) and the simplified "产品编号".
 */
const ITEM_ID_LABEL_R24: WordList = {
  zh: ['貨品編號', '货品编号', '貨品號碼', '货品号码', '产品编号'],
};

/**
 * Round 24: a maker's word right before an item-number label makes the number the maker's (an MPN),
 * not the shop's: "Gyártói cikkszám" (Hungarian: the manufacturer's item number, printed beside the
 * shop's "Cikkszám"), "Manufacturer SKU", "Hersteller Artikelnummer". Where the maker's word comes
 * after the label ("Kód výrobce:", "Артикул производителя:"), the label reads no value anyway.
 */
const MAKER_BEFORE_LABEL: WordList = {
  en: ['manufacturer', "manufacturer's", 'manufacturer’s', 'mfr', 'mfr.', 'mfg', 'mfg.', "maker's", 'maker’s'],
  hu: ['gyártói', 'gyári'],
  de: ['hersteller'],
  nl: ['fabrikant'],
  sv: ['tillverkarens'],
  da: ['producentens'],
  no: ['produsentens'],
  fi: ['valmistajan'],
  et: ['tootja'],
  lv: ['ražotāja'],
  lt: ['gamintojo'],
};

/**
 * The names of the shop's item number written in brackets after its label, before the colon
 * ("رمز المنتج (SKU):", "Artikelnummer (SKU):", "SKU (Art.-Nr.):"). Only these: "Art.-Nr.
 * (Hersteller):" names the maker's number, not the shop's.
 */
const ITEM_ID_ASIDE: WordList = {
  mul: ['sku', 'id', 'ref', 'ref.'],
  en: ['item no.', 'item #', 'product code'],
  de: ['art.-nr.', 'art.nr.', 'artikelnummer'],
  fr: ['réf.', 'référence'],
  es: ['código', 'referencia'],
};

/**
 * Stock phrases of the languages IN_STOCK leaves out ("Άμεσα διαθέσιμο", "במלאי", "متوفر", "Còn
 * hàng", "Stok tersedia"), then phrases shops print without a count ("Sofort verfügbar", "残りわずか":
 * few left, still in stock; "Últimas unidades", "Low stock").
 */
/**
 * The bare word "available" as the whole text of a stock-classed element ("<span class=stock-ok>
 * Disponible</span>"): in stock. Only as the whole text of such an element: in running text a bare
 * "disponible" is about anything ("Imagen no disponible").
 */
const AVAILABLE_ALONE: WordList = {
  en: ['available', 'available now'],
  es: ['disponible'],
  fr: ['disponible'],
  it: ['disponibile'],
  pt: ['disponível', 'disponivel'],
  de: ['verfügbar'],
  nl: ['beschikbaar'],
  ro: ['disponibil'],
  ca: ['disponible'],
};
/** ... and its negation as the whole text: out of stock. */
const NOT_AVAILABLE_ALONE: WordList = {
  en: ['not available', 'unavailable'],
  es: ['no disponible'],
  fr: ['indisponible', 'non disponible'],
  it: ['non disponibile'],
  pt: ['indisponível', 'indisponivel', 'não disponível'],
  de: ['nicht verfügbar'],
  nl: ['niet beschikbaar'],
  ro: ['indisponibil'],
};
export const IN_STOCK_MORE: WordList = {
  el: ['άμεσα διαθέσιμο', 'διαθέσιμο', 'σε απόθεμα'],
  he: ['במלאי', 'זמין במלאי'],
  ar: ['متوفر', 'متوفر في المخزون', 'متاح'],
  vi: ['còn hàng'],
  id: ['stok tersedia', 'tersedia'],
  th: ['มีสินค้า'],
  sr: ['на стању'],
  hi: ['स्टॉक में', 'उपलब्ध है'],
  en: ['low stock', 'limited stock', 'few left', 'last few', 'last items', 'ready to ship', 'ships today'],
  // Round 20: "available in the web shop", "available at once" (Finnish has no bare stock word).
  fi: ['saatavilla verkkokaupassa', 'heti saatavilla', 'heti toimitukseen'],
  de: ['sofort verfügbar', 'sofort versandbereit', 'nur noch wenige', 'wenige verfügbar'],
  fr: ['derniers articles', 'en stock limité', 'expédié sous 24h'],
  es: ['últimas unidades', 'pocas unidades', 'disponible para envío inmediato'],
  it: ['ultimi pezzi', 'disponibilità limitata', 'pronta consegna'],
  pt: ['últimas unidades', 'pronta entrega'],
  pl: ['dostępny od ręki', 'ostatnie sztuki', 'wysyłka w 24h'],
  cs: ['poslední kusy'],
  ru: ['в наличии на складе', 'заканчивается'],
  uk: ['закінчується'],
  ja: ['残りわずか', '残り僅か', '在庫僅少', '在庫わずか', '在庫残りわずか', '即納', '在庫有'],
  ko: ['재고 있음', '구매 가능', '재고보유'],
  zh: ['有現貨', '現貨供應', '现货供应', '庫存充足', '库存充足', '有庫存', '有库存', '尚有庫存'],
  // Round 23a: the Baltic languages and Slovenian (their sold-out words are in words-buy.ts).
  lv: ['ir noliktavā', 'pieejams noliktavā'],
  lt: ['yra sandėlyje', 'turime sandėlyje'],
  et: ['on laos', 'laos olemas'],
  sl: ['na zalogi', 'na voljo takoj'],
  // Round 24: Uzbek, Latin and Cyrillic ("Sotuvda bor": on sale, there is), and Kazakh ("Қоймада бар").
  uz: ['sotuvda bor', 'omborda bor', 'sotuvda mavjud', 'omborda mavjud', 'сотувда бор', 'омборда бор'],
  kk: ['қоймада бар', 'сатылымда бар', 'қолда бар'],
  // Bengali: "স্টকে আছে" (in stock).
  bn: ['স্টকে আছে', 'স্টক আছে', 'স্টকে রয়েছে'],
};

/**
 * In store only, not orderable on the page ("Nur im Markt erhältlich", "Not available online",
 * "Solo disponible en tienda"): out of stock in the benchmark's sense (can it be bought here now).
 * Checked with the out-of-stock words, before IN_STOCK ("available online" is inside "not
 * available online").
 */
const IN_STORE_ONLY: WordList = {
  en: [
    'not available online',
    'in store only',
    'in-store only',
    'available in store only',
    'only available in store',
    'only available in stores',
  ],
  de: [
    'nur im markt erhältlich',
    'nur im markt verfügbar',
    'nur in der filiale erhältlich',
    'online nicht bestellbar',
    'online nicht verfügbar',
    'nicht online bestellbar',
  ],
  fr: ['disponible uniquement en magasin', 'uniquement en magasin', 'non disponible en ligne'],
  es: ['solo disponible en tienda', 'disponible solo en tienda', 'no disponible online', 'no disponible en línea'],
  it: ['disponibile solo in negozio', 'solo in negozio', 'non acquistabile online'],
  nl: ['alleen verkrijgbaar in de winkel', 'alleen in de winkel', 'niet online verkrijgbaar'],
  pl: ['dostępny tylko w sklepie stacjonarnym', 'tylko w sklepie stacjonarnym', 'niedostępny online'],
  pt: ['disponível apenas na loja', 'apenas na loja física', 'indisponível online'],
};

/**
 * The control in place of the buy button asks to be told when the product comes back ("Notify me
 * when available", "Avísame cuando esté disponible", "Сообщить о поступлении", "재입고 알림"): the
 * product is out of stock. Phrases about arrival only, never a price alert ("Notify me of price drops").
 */
const NOTIFY_ME: WordList = {
  en: [
    'notify me when available',
    'notify me when in stock',
    'notify me when back in stock',
    'notify when available',
    'email me when available',
    'email me when in stock',
    'email me when back in stock',
    'back in stock alert',
  ],
  de: [
    'benachrichtigen, wenn verfügbar',
    'benachrichtigen wenn verfügbar',
    'bei verfügbarkeit benachrichtigen',
    'verfügbarkeitsbenachrichtigung',
  ],
  fr: [
    'me prévenir du retour en stock',
    'prévenez-moi du retour en stock',
    "m'alerter de la disponibilité",
    'être alerté du retour en stock',
    'me prévenir quand disponible',
  ],
  es: [
    'avísame cuando esté disponible',
    'avísame cuando llegue',
    'avísame cuando haya stock',
    'avisarme cuando esté disponible',
    'avísame cuando vuelva',
  ],
  pt: [
    'avise-me quando chegar',
    'avise-me quando disponível',
    'avise-me quando estiver disponível',
    'avisa-me quando disponível',
  ],
  it: ['avvisami quando disponibile', 'avvisami quando torna disponibile'],
  nl: ['mail mij als het op voorraad is', 'houd me op de hoogte van de voorraad'],
  pl: ['powiadom o dostępności', 'powiadom mnie o dostępności', 'powiadom, gdy dostępny'],
  cs: ['hlídat dostupnost', 'hlídat naskladnění'],
  sk: ['strážiť dostupnosť'],
  hu: ['értesítést kérek', 'értesítsen, ha elérhető'],
  ro: ['anunță-mă când revine în stoc', 'anunta-ma cand revine in stoc'],
  ru: [
    'сообщить о поступлении',
    'уведомить о поступлении',
    'сообщить о наличии',
    'узнать о поступлении',
    'сообщить когда появится',
  ],
  uk: ['повідомити про наявність', 'повідомити про надходження', 'повідомити про появу'],
  tr: ['gelince haber ver', 'stoğa girince haber ver', 'gelince haber verin'],
  ja: ['入荷お知らせ', '再入荷お知らせ', '再入荷のお知らせ', '入荷通知'],
  ko: ['재입고 알림', '입고 알림', '재입고알림'],
  zh: ['到貨通知', '到货通知', '貨到通知', '补货通知', '補貨通知'],
  vi: ['báo khi có hàng'],
};

/**
 * The label a stock count follows ("Stok: 120", "库存 35 件", "재고 12개", "Lagerbestand: 5", "Остаток:
 * 3 шт."): the count says in stock, a count of 0 out of stock. Stock labels only, never an
 * availability label ("Verfügbar", "Disponibilità", "Dostępność": "Dostępność: 24h" is a delivery time).
 */
export const STOCK_COUNT_LABEL: WordList = {
  en: [
    'stock',
    'in stock',
    'stock level',
    'quantity available',
    'available quantity',
    'qty available',
    'units in stock',
  ],
  de: ['lagerbestand', 'bestand', 'auf lager', 'verfügbare menge', 'lagermenge'],
  nl: ['voorraad', 'op voorraad'],
  fr: ['stock', 'en stock', 'quantité disponible', 'stock disponible'],
  es: ['stock', 'existencias', 'stock disponible', 'en stock', 'cantidad disponible', 'inventario'],
  it: ['giacenza', 'quantità disponibile', 'in magazzino'],
  pt: ['estoque', 'stock', 'em estoque', 'quantidade disponível', 'estoque disponível'],
  pl: ['stan magazynowy', 'dostępna ilość', 'w magazynie'],
  cs: ['skladem', 'na skladě'],
  sk: ['skladom', 'na sklade'],
  hu: ['raktáron', 'készlet', 'készleten'],
  ro: ['stoc', 'în stoc', 'in stoc'],
  ru: ['остаток', 'в наличии', 'на складе'],
  uk: ['залишок', 'в наявності'],
  tr: ['stok', 'stok adedi', 'stokta'],
  id: ['stok', 'sisa stok', 'stok tersedia'],
  ms: ['stok'],
  vi: ['kho', 'còn hàng', 'số lượng còn lại'],
  th: ['คงเหลือ', 'สต็อก', 'สินค้าคงเหลือ'],
  sv: ['i lager', 'lagersaldo'],
  da: ['på lager'],
  no: ['på lager'],
  fi: ['varastossa', 'varastosaldo'],
  ja: ['在庫', '在庫数', '在庫残り'],
  ko: ['재고', '재고수량', '재고 수량', '남은 수량', '잔여수량', '잔여 수량', '남은수량', '잔여재고', '잔여 재고'],
  zh: ['库存', '庫存', '庫存數量', '库存数量'],
  ar: ['الكمية المتبقية', 'الكمية المتوفرة', 'المخزون', 'الكمية المتاحة'],
  el: ['απόθεμα', 'διαθέσιμο απόθεμα'],
  hi: ['स्टॉक'],
  // Round 24: "Sotuvda 28 dona bor" (28 pieces on sale), "Omborda: 5", "Қоймада 12 дана".
  uz: ['sotuvda', 'omborda', 'сотувда', 'омборда'],
  kk: ['қоймада', 'сатылымда'],
};

/** Words before a count that say few are left, said only with a unit after it ("Noch 3 Stück", "Only 7 left"). */
export const STOCK_LEFT_LEAD: WordList = {
  en: ['only', 'just'],
  de: ['noch', 'nur noch'],
  fr: ['plus que', 'seulement', 'il reste'],
  es: ['últimas', 'ultimas', 'quedan', 'solo quedan', 'sólo quedan', 'última', 'solo'],
  it: ['ultimi', 'ultime', 'solo', 'restano', 'rimangono'],
  pt: ['últimas', 'restam', 'apenas', 'só'],
  pl: ['zostało', 'ostatnie', 'tylko'],
  cs: ['zbývá', 'posledních', 'poslední'],
  ru: ['осталось', 'последние', 'всего', 'только'],
  uk: ['залишилось', 'лишилось', 'останні'],
  nl: ['nog', 'nog maar'],
  tr: ['son', 'sadece', 'yalnızca'],
  id: ['tersisa', 'tinggal', 'sisa', 'hanya'],
  ja: ['残り', 'あと'],
  ko: ['남은'],
  zh: ['仅剩', '僅剩', '还剩', '還剩', '只剩', '剩余', '剩餘', '僅剩最後', '仅剩最后', '最後', '最后'],
  ar: ['بقي', 'باقي', 'متبقي', 'تبقى', 'فقط'],
  vi: ['còn', 'chỉ còn', 'còn lại'],
  th: ['เหลือ', 'เหลือเพียง', 'เหลืออีก', 'เหลืออยู่'],
  hi: ['केवल', 'सिर्फ़', 'सिर्फ'],
  ro: ['doar', 'ultimele', 'au mai rămas'],
  hu: ['már csak', 'csak'],
  el: ['μόνο', 'απομένουν', 'έχουν απομείνει'],
};

/** Units and words after a stock count ("3 Stück", "12개", "35 件", "7 left", "2 unidades"). */
export const STOCK_COUNT_UNIT: WordList = {
  en: ['left', 'in stock', 'remaining', 'pcs', 'pieces', 'items', 'units', 'available'],
  de: ['stück', 'stk', 'stk.', 'auf lager', 'artikel', 'verfügbar', 'vorrätig'],
  nl: ['stuks', 'op voorraad'],
  fr: ['en stock', 'exemplaires', 'articles', 'pièces', 'restants', 'disponibles'],
  es: ['unidades', 'unidad', 'disponibles', 'en stock', 'piezas', 'unid.'],
  it: ['pezzi', 'pz', 'disponibili', 'pz.'],
  pt: ['unidades', 'unidade', 'em estoque', 'disponíveis', 'peças'],
  pl: ['szt', 'szt.', 'sztuk', 'sztuki'],
  cs: ['ks', 'kusů', 'kusy', 'ks.'],
  sk: ['ks'],
  hu: ['db'],
  ro: ['buc', 'buc.', 'bucăți'],
  ru: ['шт', 'шт.', 'штук', 'штуки', 'ед.'],
  uk: ['шт', 'шт.'],
  tr: ['adet', 'ürün'],
  id: ['buah', 'pcs', 'unit'],
  sv: ['st', 'st.'],
  da: ['stk'],
  fi: ['kpl'],
  ja: ['点', '個', '台', '本', '枚'],
  ko: ['개', '점', '대'],
  zh: ['件', '个', '個', '台', '组', '組'],
  ar: ['قطع', 'قطعة', 'حبات', 'حبة', 'وحدات', 'فقط'],
  vi: ['sản phẩm', 'cái', 'chiếc'],
  th: ['ชิ้น', 'ชุด', 'อัน'],
  hi: ['बचे', 'बचे हैं', 'पीस'],
  el: ['τεμάχια', 'τεμ.', 'τμχ'],
  // Round 24: Uzbek "dona" and Kazakh "дана" (pieces).
  uz: ['dona', 'дона'],
  kk: ['дана'],
};

/** Words after a count (and its unit) that make it a stock count: "7 left", "12 disponibles", "3 Stück verfügbar". */
export const STOCK_COUNT_AFTER: WordList = {
  en: ['left', 'remaining', 'available', 'on hand'],
  de: ['verfügbar', 'vorrätig', 'übrig'],
  fr: ['disponibles', 'disponible', 'restants', 'restant'],
  es: ['disponibles', 'disponible', 'restantes'],
  it: ['disponibili', 'disponibile', 'rimasti'],
  pt: ['disponíveis', 'disponível', 'restantes'],
  pl: ['dostępnych', 'dostępne'],
  cs: ['dostupné'],
  ru: ['осталось', 'доступно'],
  id: ['tersisa', 'tersedia'],
  ja: ['在庫あり'],
  ko: ['남음', '남았습니다'],
  zh: ['可售', '有货', '有貨'],
  hi: ['बचे', 'बचे हैं'],
  tr: ['kaldı'],
  vi: ['còn lại'],
  el: ['διαθέσιμα'],
  ar: ['متبقية', 'متوفرة'],
  // Round 24: "3 dona qoldi" (3 pieces left).
  uz: ['qoldi', 'қолди'],
  kk: ['қалды'],
};

/**
 * Few left, said without a count (round 19): "Τελευταία τεμάχια", "库存紧张", "Ultimele bucăți",
 * "Осталось мало", "Laatste stuks": still in stock.
 */
export const LOW_STOCK: WordList = {
  el: ['τελευταία τεμάχια', 'περιορισμένο απόθεμα', 'λίγα τεμάχια'],
  zh: ['库存紧张', '庫存緊張', '低库存', '低庫存', '少量库存', '少量庫存', '库存有限', '庫存有限'],
  ru: ['осталось мало', 'ограниченное количество', 'мало на складе'],
  uk: ['залишилось мало', 'обмежена кількість'],
  ro: ['ultimele bucăți', 'ultimele bucati', 'ultimele produse'],
  it: ['pochi pezzi', 'ultime disponibilità'],
  nl: ['laatste stuks', 'beperkte voorraad', 'nog enkele op voorraad'],
  es: ['última unidad', 'ultimas unidades', 'stock limitado'],
  pt: ['última unidade', 'estoque limitado'],
  tr: ['son ürünler', 'sınırlı stok', 'sınırlı sayıda'],
  hu: ['utolsó darabok', 'korlátozott készlet'],
  hr: ['zadnji komadi', 'posljednji komadi'],
  cs: ['posledni kusy', 'omezené množství'],
  sk: ['posledné kusy'],
  vi: ['số lượng có hạn'],
  id: ['stok terbatas'],
  th: ['สินค้ามีจำนวนจำกัด', 'มีจำนวนจำกัด'],
  ar: ['كمية محدودة', 'الكمية محدودة'],
  hi: ['सीमित स्टॉक'],
  ja: ['在庫少', '在庫少なめ'],
  ko: ['한정수량', '재고 부족'],
};

/**
 * Nearly sold out, which holds a sold-out word but says in stock ("Fast ausverkauft", "sắp hết hàng",
 * "품절임박", "即将售罄"): tested when a sold-out word matched, before taking it.
 */
export const NEARLY_SOLD_OUT: WordList = {
  en: ['almost sold out', 'nearly sold out', 'almost gone', 'selling out fast'],
  de: ['fast ausverkauft', 'bald ausverkauft', 'fast vergriffen', 'bald vergriffen'],
  fr: ['bientôt épuisé', 'presque épuisé', 'bientôt en rupture'],
  es: ['casi agotado', 'a punto de agotarse'],
  it: ['quasi esaurito', 'in esaurimento'],
  pt: ['quase esgotado'],
  nl: ['bijna uitverkocht'],
  pl: ['prawie wyprzedane', 'prawie wyprzedany'],
  cs: ['téměř vyprodáno', 'skoro vyprodáno'],
  ru: ['почти распродано', 'почти закончился'],
  vi: ['sắp hết hàng', 'sắp hết'],
  id: ['hampir habis', 'segera habis'],
  th: ['ใกล้หมด', 'สินค้าใกล้หมด'],
  ko: ['품절임박', '품절 임박'],
  zh: ['即将售罄', '即將售罄', '即将售完', '即將售完', '快售完'],
  ja: ['完売間近', '売り切れ間近'],
};

/**
 * Orderable now for later delivery (round 19): pre-order, backorder, made to order ("Disponibil la
 * comandă", "na zamówienie", "Sur commande", "Под заказ", "予約受付中"). In stock, as schema.org's
 * PreOrder and BackOrder read from structured data (SCHEMA_IN_STOCK): the buyer can order it, and
 * the benchmark's field has InStock and OutOfStock only. A bare delivery date ("Liefertermin: 12.08.")
 * says neither.
 */
export const ORDERABLE: WordList = {
  en: [
    'pre-order',
    'preorder',
    'available to order',
    'available for order',
    'on backorder',
    'available on backorder',
    'backordered',
    'pre-order now',
    'available for pre-order',
    'available to pre-order',
    'made to order',
  ],
  de: ['vorbestellbar', 'auf bestellung', 'jetzt vorbestellen', 'bestellartikel'],
  fr: ['sur commande', 'disponible sur commande', 'en précommande', 'précommande'],
  es: ['bajo pedido', 'disponible bajo pedido', 'en preventa', 'preventa'],
  it: ['su ordinazione', 'disponibile su ordinazione', 'in preordine', 'preordine'],
  pt: ['sob encomenda', 'pré-venda', 'em pré-venda', 'pré-encomenda'],
  nl: ['op bestelling'],
  pl: ['na zamówienie', 'przedsprzedaż', 'dostępny na zamówienie'],
  cs: ['na objednávku', 'předobjednávka'],
  sk: ['na objednávku', 'predobjednávka'],
  hu: ['rendelésre', 'előrendelés'],
  ro: ['disponibil la comandă', 'precomandă', 'pe comandă', 'produs la comandă'],
  ru: ['под заказ', 'предзаказ'],
  uk: ['під замовлення', 'передзамовлення'],
  tr: ['ön sipariş', 'siparişe özel'],
  sv: ['beställningsvara'],
  da: ['bestillingsvare'],
  fi: ['tilaustuote'],
  el: ['κατόπιν παραγγελίας', 'προπαραγγελία'],
  ar: ['طلب مسبق', 'متوفر للطلب'],
  vi: ['đặt trước', 'hàng đặt trước'],
  id: ['pesanan awal'],
  th: ['พรีออเดอร์'],
  ja: ['予約受付中', '予約販売', 'お取り寄せ'],
  ko: ['예약판매', '예약주문'],
  zh: ['预售', '預售', '預購', '预订中', '預訂中'],
};

// Out-of-stock and sold-out words (OUT_OF_STOCK, OUT_OF_STOCK_MORE, SOLD_OUT_MORE) live in
// words-buy.ts: the always-on detector knows a sold-out control in place of the buy button too.

/**
 * Labels of the price to pay after a discount, beside the regular selling price: "판매가 29,900원
 * / 할인가 19,900원", "特價", "Angebotspreis", "Precio oferta". Phrases only: a bare "now" or "por"
 * says too little.
 */
export const SALE_PRICE: WordList = {
  en: ['sale price', 'special price', 'offer price', 'deal price', 'discounted price'],
  de: ['angebotspreis', 'aktionspreis', 'sonderpreis'],
  fr: ['prix promo', 'prix soldé', 'prix spécial'],
  es: ['precio oferta', 'precio de oferta', 'precio especial', 'precio con descuento'],
  pt: ['preço promocional', 'preço com desconto'],
  it: ['prezzo scontato', 'prezzo in offerta'],
  nl: ['actieprijs', 'aanbiedingsprijs'],
  pl: ['cena promocyjna'],
  ru: ['цена со скидкой', 'акционная цена'],
  tr: ['indirimli fiyat', 'kampanyalı fiyat'],
  ja: ['特価', 'セール価格', '割引価格'],
  ko: ['할인가', '할인판매가', '혜택가', '최종가', '특가', '특별가'],
  zh: ['特價', '特价', '優惠價', '优惠价', '促銷價', '促销价', '折扣價'],
  ro: ['preț promoțional', 'pret promotional', 'preț redus', 'pret redus'],
};

/**
 * A price stated without tax ("2,709円(税抜)", "Ex Tax: $80.00", "Χωρίς ΦΠΑ", "zzgl. MwSt.",
 * "HT"): a consumer pays the tax-included amount shown beside it.
 */
export const EX_TAX: WordList = {
  en: ['ex tax', 'ex. tax', 'excl. vat', 'excl vat', 'ex vat', 'ex. vat', 'excluding vat', 'excl. tax', 'before tax'],
  de: ['zzgl. mwst.', 'zzgl. mwst', 'exkl. mwst.', 'exkl. mwst', 'ohne mwst.', 'ohne mwst', 'nettopreis'],
  fr: ['ht', 'hors taxes', 'hors tva'],
  es: ['sin iva', 'iva no incluido'],
  it: ['iva esclusa', 'esclusa iva'],
  pt: ['sem iva'],
  nl: ['excl. btw', 'excl btw', 'exclusief btw'],
  pl: ['netto'],
  cs: ['bez dph'],
  sk: ['bez dph'],
  hu: ['nettó'],
  ro: ['fără tva', 'fara tva'],
  sv: ['exkl. moms', 'exkl moms'],
  da: ['ekskl. moms', 'ex. moms'],
  el: ['χωρίς φπα'],
  tr: ['kdv hariç', 'kdv hariç fiyat'],
  ja: ['税抜', '税別', '本体価格'],
};

// ---------------------------------------------------------------------------------------------
// Product facts, listing tiles and Amazon's detail rows.

/**
 * Spec-table labels naming what the item is made of, whole label only (labels are lower-cased
 * first): "Material", "Obermaterial", "Composition", "Tejido", "素材". Parts of shoes and clothes
 * (upper, lining, sole) count: each adds its materials.
 */
export const MATERIAL: WordList = {
  en: [
    'material',
    'materials',
    'composition',
    'material composition',
    'outer material',
    'upper material',
    'upper',
    'shell',
    'fabric',
    'fabric type',
    'lining',
    'sole',
  ],
  de: [
    'zusammensetzung',
    'materialzusammensetzung',
    'obermaterial',
    'oberstoff',
    'material oberstoff',
    'außenmaterial',
    'innenmaterial',
    'futter',
    'sohle',
    'material der sohle',
    'fütterung',
  ],
  fr: ['matériau', 'matériaux', 'matière', 'matière principale', 'composition', 'doublure', 'semelle'],
  es: ['material', 'tejido', 'composición', 'material exterior', 'forro', 'suela'],
  it: ['materiale', 'materiali', 'materiale esterno', 'materiale principale', 'fodera', 'suola'],
  nl: ['materiaal', 'samenstelling'],
  pl: ['materiał', 'skład', 'składnik'],
  pt: ['composição', 'materiais'],
  sv: ['tyg'],
  ja: ['素材', '材質', '外装'],
  ro: ['material', 'materiale', 'compoziție', 'compozitie'],
};

/**
 * A shop platform's default category (WooCommerce's "Uncategorized", in the store's language, and
 * as its slug reads with hyphens as spaces): it files the product nowhere (generic/platform-category.ts).
 */
export const UNCATEGORISED: WordList = {
  en: ['uncategorized', 'uncategorised'],
  de: ['unkategorisiert'],
  fr: ['non classé', 'non classe'],
  es: ['sin categoría', 'sin categoria'],
  it: ['senza categoria'],
  pt: ['sem categoria'],
  nl: ['ongecategoriseerd'],
  sv: ['okategoriserad'],
  pl: ['bez kategorii'],
  cs: ['nezařazené', 'nezarazene'],
  ru: ['без категории'],
  uk: ['без категорії'],
};

/**
 * Root crumbs of a breadcrumb trail, whole crumb: "Home", "Startseite", "Accueil", and a shop's
 * own root ("Shop", "Alle Produkte", "Boutique", "All categories"). Not categories.
 */
export const HOME_CRUMB: WordList = {
  en: [
    'home',
    'homepage',
    'start',
    'home page',
    'shop',
    'store',
    'webshop',
    'online shop',
    'onlineshop',
    'all products',
    'all categories',
    'back',
  ],
  de: ['startseite', 'alle produkte', 'alle kategorien', 'zurück'],
  fr: ['accueil', 'boutique', 'toutes les catégories', 'retour'],
  es: ['inicio', 'página de inicio', 'tienda', 'todas las categorías', 'volver'],
  it: ['negozio', 'tutte le categorie'],
  nl: ['winkel', 'startpagina'],
  pl: ['sklep', 'strona główna'],
  pt: ['início', 'página inicial'],
  da: ['forside'],
  sv: ['hem', 'startsida'],
  fi: ['etusivu'],
  ru: ['главная', 'главная страница', 'магазин'],
  cs: ['domů', 'úvod', 'úvodní stránka'],
  ar: ['الرئيسية', 'الصفحة الرئيسية'],
  uk: ['головна'],
  bg: ['начало'],
  hr: ['početna'],
  sk: ['úvod'],
  hu: ['főoldal', 'kezdőlap'],
  tr: ['ana sayfa', 'anasayfa'],
  ja: ['トップページ', 'ホーム', 'トップ', 'top'],
  zh: ['首页', '首頁', '主页', '主頁'],
  ko: ['홈'],
  ro: ['acasă', 'acasa', 'pagina principală'],
  vi: ['trang chủ'],
  id: ['beranda'],
  th: ['หน้าแรก'],
  he: ['דף הבית'],
  el: ['αρχική'],
  kk: ['басты бет'],
  be: ['галоўная'],
  sl: ['domov'],
  lt: ['pradžia'],
  lv: ['sākums'],
  et: ['avaleht'],
  no: ['hjem'],
};

/** A navigation crumb's first word ("‹ Back to results", "Return to Category List", "Zurück"). */
export const BACK_CRUMB: WordList = {
  en: ['back', 'return'],
  de: ['zurück'],
  fr: ['retour'],
  es: ['volver'],
  it: ['torna', 'indietro'],
  ro: ['înapoi'],
};

/** Ad labels on result cards, whole text only ("Sponsored", not "Sponsored by our partners ..."). */
export const SPONSORED: WordList = {
  en: ['sponsored', 'ad', 'ads', 'advertisement', 'promoted', 'promoted listing'],
  fr: ['sponsorisé'],
  de: ['gesponsert', 'anzeige'],
  es: ['patrocinado', 'patrocinados'],
  pt: ['patrocinado'],
  it: ['sponsorizzato'],
  nl: ['gesponsord'],
  pl: ['sponsorowane'],
  ja: ['スポンサー'],
};

/**
 * Texts on a result card that hold a price but not the card's price: "from" prices, savings,
 * shipping, and the screen-reader sentences for a former price ("Original price was: $45.00",
 * "Ursprünglicher Preis war", "Prix initial", "statt", "UVP").
 */
export const NOT_CARD_PRICE: WordList = {
  en: [
    'from',
    'more options',
    'save',
    'you save',
    'shipping',
    'delivery',
    'was',
    'original',
    'originally',
    'previously',
    'regular price',
    'list price',
    'rrp',
    'msrp',
  ],
  de: ['ab', 'spare', 'versand', 'ursprünglich*', 'vorher', 'statt', 'uvp'],
  fr: ['dès', 'à partir de', 'économisez', 'livraison', 'prix initial', 'avant'],
  es: ['desde', 'a partir de', 'ahorra', 'envío', 'antes'],
  pt: ['desde', 'a partir de', 'antes'],
  it: ['risparmi', 'prima', 'invece di'],
  ro: ['de la', 'economisești', 'livrare', 'înainte'],
};

/** Amazon detail rows naming the item's own weight, whole key, most telling first. */
const AMAZON_WEIGHT_ROW: WordList = {
  en: ['item weight', 'product weight'],
  de: ['artikelgewicht'],
  fr: ["poids de l'article", 'poids du produit'],
  es: ['peso del producto'],
  it: ['peso articolo'],
  ja: ['商品の重量'],
};

/** Amazon detail rows naming the item's own dimensions, whole key. */
const AMAZON_DIMENSION_ROW: WordList = {
  en: ['product dimensions', 'item dimensions'],
  de: ['produktabmessungen'],
  fr: ['dimensions du produit'],
  es: ['dimensiones del producto'],
  it: ['dimensioni prodotto'],
};

/** Amazon's "Brand" detail row, whole key. */
const AMAZON_BRAND_ROW: WordList = {
  en: ['brand', 'brand name'],
  de: ['marke'],
  fr: ['marque'],
  es: ['marca'],
  ja: ['ブランド'],
};

/** A weight, anywhere in a detail row's key ("Artikelgewicht", "Poids de l'article"). */
const WEIGHT_WORD: WordList = {
  en: ['weight'],
  de: ['gewicht'],
  fr: ['poids'],
  es: ['peso'],
  ja: ['重量'],
};

/** Dimensions, anywhere in a detail row's key ("Produktabmessungen", "Dimensions du produit"). */
const DIMENSION_WORD: WordList = {
  en: ['dimension'],
  de: ['abmessung', 'maße'],
  ja: ['サイズ'],
};

/**
 * Anywhere in a detail row's key: the row is not the item as sold: the box ("package weight"),
 * a part ("battery weight") or a rating ("maximum weight recommendation", "Tragkraft").
 */
export const NOT_THE_ITEM_ROW: WordList = {
  en: ['package', 'packaging', 'shipping', 'battery', 'maximum', 'max', 'capacity', 'load', 'recommend'],
  de: ['verpackung', 'versand', 'akku', 'tragkraft', 'empfohlen'],
  fr: ['emballage', 'colis', 'batterie'],
  es: ['embalaje', 'paquete', 'envío', 'batería'],
  it: ['imballaggio', 'spedizione', 'batteria'],
  ja: ['梱包', '発送'],
};

/** A feature bullet stating the item's weight: the verb ("weighs", "wiegt", "pèse"), longer forms first. */
export const WEIGHS: WordList = {
  en: ['weighs', 'weighing', 'weight of', 'weighs only'],
  de: ['wiegt nur', 'wiegt', 'gewicht von'],
  fr: ['pèse'],
  it: ['pesa solo', 'pesa'],
  es: ['pesa solo', 'pesa', 'pesando'],
};

/** ... and the hedge between the verb and the figure ("weighs only 1.2 kg", "wiegt ca. 3 kg"). */
export const WEIGHT_HEDGE: WordList = {
  en: ['only', 'just', 'about', 'approx.', 'approx'],
  de: ['nur', 'ca.', 'ca'],
  fr: ['environ'],
  it: ['solo'],
};

/**
 * The whole text before a link near the title that names the brand: "by <a>Bosch</a>", "von <a>…</a>".
 * With BRAND_LABEL ("Marke: <a>Bosch</a>", "品牌：<a>美的</a>"). Never "Sold by" (the seller).
 */
export const BRAND_BY: WordList = {
  en: ['by'],
  de: ['von'],
  fr: ['par'],
};

/** Spec-table labels naming the brand, whole label (lower-cased first). */
export const BRAND_LABEL: WordList = {
  en: ['brand', 'brand name'],
  de: ['marke', 'markenname'],
  fr: ['marque'],
  es: ['marca'],
  it: ['marca'],
  pt: ['marca'],
  ja: ['ブランド', 'ブランド名', 'メーカー', 'メーカー名'],
  ro: ['marcă', 'marca', 'producător', 'producator'],
  pl: ['marka', 'producent'],
  tr: ['marka'],
  cs: ['značka', 'výrobce'],
  sk: ['značka', 'výrobca'],
  hu: ['márka', 'gyártó'],
  hr: ['marka', 'brend', 'proizvođač'],
  // Russian and Ukrainian shops print the maker as the brand ("Производитель: Bosch").
  ru: ['бренд', 'марка', 'производитель'],
  uk: ['бренд', 'виробник'],
  ko: ['브랜드', '브랜드명'],
  zh: ['品牌', '品牌名稱', '品牌名称'],
};

/** Spec-table labels naming how many items are in the pack, whole label (lower-cased first). */
export const ITEM_COUNT_LABEL: WordList = {
  en: ['number of items', 'item package quantity', 'unit count', 'pack size', 'package quantity'],
  de: ['anzahl der artikel', 'anzahl der einheiten', 'packungsgröße', 'stückzahl'],
  fr: ["nombre d'articles", 'nombre de pièces'],
  es: ['número de artículos', 'número de piezas'],
  it: ['numero di articoli', 'numero di pezzi'],
  ja: ['入数', '個数'],
};

/** A product's condition: refurbished, anywhere in the text ("Vom Hersteller generalüberholt"). */
export const REFURBISHED: WordList = {
  en: ['refurbished', 'renewed'],
  de: ['generalüberholt'],
  fr: ['reconditionné'],
  es: ['reacondicionado'],
  it: ['ricondizionato'],
  ja: ['整備済み'],
};
/** ... used, a whole word ("Gebraucht", "Occasion", "中古"). */
export const USED: WordList = {
  en: ['used'],
  de: ['gebraucht'],
  fr: ['occasion'],
  es: ['usado'],
  it: ['usato'],
  ja: ['中古'],
  pl: ['używany'],
  cs: ['použité', 'použitý'],
  ru: ['б/у', 'подержанный'],
  ko: ['중고', '중고상품'],
  zh: ['二手'],
};
/** ... new, a whole word ("Brand New", "Neu mit Etikett", "Neuf", "新品"). */
export const NEW: WordList = {
  en: ['new'],
  de: ['neu'],
  fr: ['neuf'],
  es: ['nuevo'],
  it: ['nuovo'],
  ja: ['新品'],
  pl: ['nowy'],
  cs: ['nové', 'nový'],
  ru: ['новый', 'новое', 'новая'],
  ko: ['새상품', '새 상품', '신상품'],
  zh: ['全新'],
};
/** Spec-table labels naming the condition, whole label (lower-cased first). */
const CONDITION_LABEL: WordList = {
  en: ['condition', 'item condition'],
  de: ['zustand', 'artikelzustand'],
  fr: ['état', "état de l'article"],
  // Mercado Libre's spec table: "Condición del ítem: Nuevo".
  es: ['estado', 'condición', 'condicion', 'condición del ítem', 'condición del producto', 'estado del producto'],
  pt: ['condição', 'condição do item', 'estado do produto'],
  it: ['condizione', 'condizioni'],
  ja: ['コンディション', '商品の状態'],
  pl: ['stan'],
  cs: ['stav'],
  ko: ['상품상태', '상품 상태'],
  zh: ['商品狀態', '商品状态'],
  ru: ['состояние'],
};
/** eBay's words before an item's title in its heading ("Details about", "Details zu", "Détails sur"). */
const EBAY_TITLE_LEAD: WordList = {
  en: ['details about'],
  de: ['details zu'],
  fr: ['détails sur'],
};

/** A cart page's heading (its start) and URL path's last segment: "Your cart", "Warenkorb", "カート". */
export const CART: WordList = {
  en: ['cart', 'basket', 'bag', 'shopping bag'],
  de: ['warenkorb'],
  fr: ['panier', 'mon panier'],
  es: ['carrito'],
  it: ['carrello'],
  nl: ['winkelwagen'],
  pl: ['koszyk'],
  sv: ['varukorg'],
  da: ['kurv'],
  no: ['handlekurv'],
  fi: ['ostoskori'],
  ja: ['カート', '買い物かご', 'ショッピングカート'],
  ro: ['coș', 'coșul meu', 'cos'],
};
/** ... the words that may come before it in a heading ("Your cart", "My basket", "Shopping cart"). */
const CART_OWNER: WordList = {
  en: ['your', 'my', 'shopping'],
};
/** ... and more cart paths ("/checkout/cart"). */
const CART_PATH_MORE: WordList = {
  en: ['checkout/cart'],
};

/**
 * A buy button's text start, on a page that also lists tiles (is it a product page?). Its own list,
 * not the detector's BUY_BUTTON (words-buy.ts): taking that one would change what 9 texts of the
 * saved pages match (its "comprar" and "в корзину" inside longer texts, checked with
 * scripts/words/equivalence.ts), so the two stay apart until someone decides per page.
 */
export const BUY_BUTTON_START_WORD: WordList = {
  en: [
    'add to cart',
    'add to bag',
    'add to basket',
    'add to trolley',
    'add to shopping cart',
    'add to shopping bag',
    'buy now',
  ],
  de: ['in den warenkorb', 'in den einkaufswagen', 'jetzt kaufen'],
  fr: ['ajouter au panier', 'acheter'],
  es: ['añadir al carrito', 'añadir al cesta', 'comprar'],
  it: ['aggiungi al carrello', 'acquista'],
  nl: ['in winkelwagen', 'in de winkelwagen', 'toevoegen aan winkelwagen'],
  pl: ['do koszyka'],
  ja: ['カートに入れる'],
  ro: ['adaugă în coș', 'adauga in cos', 'cumpără acum', 'cumpara acum'],
  // Round 20: the languages it lacked, as their shops' buttons start (phrases only: a bare verb such
  // as "osta" or "køb" also starts the cart's own name, "Ostoskori").
  pt: ['adicionar ao carrinho', 'adicionar à sacola'],
  hr: ['dodaj u košaricu', 'u košaricu', 'dodaj u kosaricu'],
  sl: ['dodaj v košarico', 'v košarico'],
  sr: ['dodaj u korpu', 'u korpu', 'додај у корпу', 'у корпу'],
  cs: ['přidat do košíku', 'vložit do košíku', 'do košíku'],
  sk: ['pridať do košíka', 'vložiť do košíka', 'do košíka'],
  hu: ['kosárba', 'hozzáadás a kosárhoz'],
  sv: ['lägg i varukorgen', 'lägg i varukorg', 'lägg i kundvagnen'],
  da: ['læg i kurv', 'læg i kurven', 'tilføj til kurv'],
  no: ['legg i handlekurv', 'legg i handlekurven', 'legg i handlevogn'],
  fi: ['lisää ostoskoriin', 'lisää koriin'],
  et: ['lisa ostukorvi'],
  lv: ['ielikt grozā', 'pievienot grozam'],
  lt: ['į krepšelį', 'dėti į krepšelį', 'įdėti į krepšelį'],
  ru: ['в корзину', 'добавить в корзину', 'положить в корзину'],
  uk: ['в кошик', 'у кошик', 'додати в кошик', 'додати у кошик'],
  bg: ['добави в количката', 'добави в кошницата', 'в количката', 'купи сега'],
  el: ['προσθήκη στο καλάθι', 'στο καλάθι'],
  tr: ['sepete ekle'],
  ar: ['أضف إلى السلة', 'أضف للسلة', 'إضافة إلى السلة', 'إضافة للسلة'],
  he: ['הוסף לסל', 'הוספה לסל'],
  vi: ['thêm vào giỏ', 'mua ngay'],
  id: ['tambah ke keranjang', '+ keranjang', 'masukkan keranjang', 'beli sekarang'],
  th: ['ใส่ตะกร้า', 'เพิ่มลงตะกร้า'],
  zh: ['加入购物车', '加入購物車', '立即购买', '立即購買'],
  ko: ['장바구니 담기', '장바구니', '바로구매', '바로 구매'],
};

/**
 * The word between the two ends of a price range ("10 € bis 20 €", "$10 to $20", "de 10 à 20 €"),
 * the whole text between them; besides the dashes and tildes.
 */
const RANGE_WORD: WordList = {
  en: ['to'],
  de: ['bis'],
  fr: ['à'],
  es: ['a'], // and pt, it
};
/** ... more, where a money text is split at a range (money.ts): "10 al 20", "da 10 fino a 20". */
const RANGE_WORD_MORE: WordList = {
  es: ['al'],
  it: ['fino a'],
};

/** A star rating's scale between score and 5: "4.5 out of 5", "4,4 von 5", "4,5 sur 5", "4 z 5". */
const RATING_OUT_OF: WordList = {
  en: ['out of'],
  de: ['von'],
  fr: ['sur'],
  es: ['de'],
  it: ['su'],
  nl: ['van'],
  pl: ['z'],
  ru: ['из'],
};
/** ... or the scale before the score: "5つ星のうち4.3" (Amazon Japan). */
const RATING_SCALE_BEFORE: WordList = {
  ja: ['5つ星のうち'],
};

/**
 * Spec-table labels naming a GTIN (EAN, UPC, JAN, ISBN-13), whole label (lower-cased first).
 */
const GTIN_LABEL: WordList = {
  en: ['ean', 'ean13', 'gtin', 'gtin13', 'upc', 'isbn-13', 'ean-13', 'ean code', 'ean / upc', 'upc / ean'],
  ja: ['jan', 'janコード', 'jan code'],
  pt: ['código ean'],
};
/** ... the maker's part number (MPN), whole label (lower-cased first). */
const MPN_LABEL: WordList = {
  en: [
    'item model number',
    'model number',
    'model',
    'mpn',
    'manufacturer part number',
    'manufacturer part #',
    'part number',
    'part #',
    'mfr part #',
    'mfr part#',
    'mfr part number',
  ],
  de: ['herstellernummer', 'hersteller-artikelnummer', 'modellnummer', 'herstellerreferenz', 'modell'],
  fr: ['réf. fabricant', 'modèle', "numéro du modèle de l'article", 'référence fabricant'],
  // Mercado Libre's spec table ("Modelo: BLSTPYG1211"), and other Latin-alphabet shops' "Model" rows.
  es: ['número de modelo del producto', 'modelo', 'modelo alfanumérico'],
  it: ['numero modello articolo', 'modello'],
  pl: ['kod producenta'],
  // Round 24: the maker's item number ("Gyártói cikkszám"), beside the shop's "Cikkszám".
  hu: ['gyártói cikkszám', 'gyári cikkszám', 'gyártói kód', 'gyártói szám', 'gyártói azonosító'],
  pt: ['código do fabricante', 'código do produto', 'modelo'],
  nl: ['fabrikantcode'],
  ja: ['型番', 'メーカー型番'],
  // The model as a spec row: "Modelo", "Модель", "모델명", "型號".
  ko: ['모델명', '모델'],
  // "货号" (article number) in a spec table is the maker's style number (not "商品货号", the shop's).
  zh: ['型號', '型号', '貨號', '货号', '款号', '款號'],
  ru: ['модель'],
  uk: ['модель'],
};
/** ... Amazon's item number. */
const ASIN_LABEL: WordList = { en: ['asin'] };
/**
 * Identifier labels that may follow each other on one line ("Model: A1383H11-1 SKU: 6644753"),
 * each before a colon; as printed (the case counts: "model:" inside a sentence does not split).
 */
const INLINE_ID_LABEL: WordList = {
  en: [
    'SKU',
    'Model',
    'MPN',
    'UPC',
    'EAN',
    'GTIN',
    'ISBN',
    'ISBN-10',
    'ISBN-13',
    'Item',
    'Mfr Part',
    'Mfr Part#',
    'Mfr Part #',
    'Part#',
    'Part #',
    'Ref.',
  ],
  de: ['Modell', 'Art.-Nr.', 'Artikelnummer'],
  fr: ['Modèle', 'Réf.'],
  es: ['Modelo'],
};
/** Words naming one material, spelled as labels are after lower-casing: "Material", "Matière". */
const MATERIAL_WORD: WordList = {
  en: ['material', 'fabric'],
  it: ['materiale'],
  fr: ['matériau', 'matière'],
  es: ['tejido'],
};
/** "and" between the parts of a composition: "Baumwolle und Elasthan", "coton et lin". */
const AND_WORD: WordList = {
  en: ['and'],
  de: ['und'],
  fr: ['et'],
  es: ['y'],
  it: ['e'], // and pt
};

/**
 * A choice control's whole text offering the product in a condition (lib/inpage/offered-conditions.ts):
 * "Refurbished", "Gebraucht", "Neu", optionally followed by a count, a note or a price.
 */
const OFFERED_REFURBISHED: WordList = {
  en: ['refurbished', 'renewed', 'reconditioned'],
  de: ['generalüberholt', 'generalueberholt'],
  fr: ['reconditionné', 'reconditionnée', 'reconditionne', 'reconditionnee'],
  es: ['reacondicionado', 'reacondicionada'],
  it: ['ricondizionato', 'ricondizionata'],
  zh: ['翻新', '官翻'],
};
const OFFERED_USED: WordList = {
  en: ['used', 'pre-owned', 'preowned', 'second-hand', 'second hand'],
  de: ['gebraucht'],
  fr: ['occasion', "d'occasion"],
  es: ['usado', 'usada'], // and pt
  it: ['usato', 'usata'],
  zh: ['二手'],
};
const OFFERED_NEW: WordList = {
  en: ['new', 'brand new'],
  de: ['neu'],
  fr: ['neuf', 'neuve'],
  es: ['nuevo', 'nueva'],
  it: ['nuovo'],
  zh: ['全新'],
};
/** "from" before the price in such a control: "Used from $120", "Gebraucht ab 80 €", "desde 99 €". */
const OFFERED_FROM: WordList = {
  en: ['from'],
  de: ['ab'],
  fr: ['à partir de', 'dès'],
  es: ['desde'], // and pt
  it: ['da'],
};

/** eBay's placeholder tile, not an item: "Shop on eBay". */
const EBAY_PLACEHOLDER_TITLE: WordList = {
  en: ['shop on ebay'],
};

// ---------------------------------------------------------------------------------------------
// Builders.

// Patterns, not regexes: building a word source for common text then compiles only their cheap twins.
const SPACELESS = /* @__PURE__ */ pattern(
  String.raw`[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]`,
  'u',
);
const STARTS_WORDLIKE = /* @__PURE__ */ pattern(String.raw`^[\p{L}\p{N}]`, 'u');
const ENDS_WORDLIKE = /* @__PURE__ */ pattern(String.raw`[\p{L}\p{N}]$`, 'u');
/** A word as a regex source that matches it literally. */
export const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** Every word of the lists, deduplicated, longest first (so "frais de port" wins over "port"). */
export function allWords(...lists: WordList[]): string[] {
  const set = new Set<string>();
  for (const list of lists) for (const words of Object.values(list)) for (const w of words) set.add(w);
  return [...set].sort((a, b) => b.length - a.length);
}

const isStem = (w: string) => w.length > 1 && w.endsWith('*');
const coreOf = (w: string) => (isStem(w) ? w.slice(0, -1) : w);
const alternation = (words: string[]) => words.map((w) => escape(coreOf(w))).join('|');
/** Stems among the edgeless words ("分期*") keep their own letters-after; none do today. */
const bareAlternation = (words: string[]) =>
  words.map((w) => escape(coreOf(w)) + (isStem(w) ? String.raw`\p{L}*` : '')).join('|');

/** A word's part of a words source: 0 bare, 1 stem, 2 edged both sides, 3 edged at its start only. */
type WordKind = 0 | 1 | 2 | 3;
/** Kinds by word, kept: a word is in several patterns, each built twice (all text, common text). */
const KINDS = new Map<string, WordKind>();
function kindOf(w: string): WordKind {
  let kind = KINDS.get(w);
  if (kind === undefined) {
    const core = coreOf(w);
    if (SPACELESS.test(core) || !STARTS_WORDLIKE.test(core)) kind = 0;
    else if (isStem(w)) kind = 1;
    // Words with their own end go to the start-only part: "mwst." must win over "mwst", "art.-nr." over "art".
    else if (ENDS_WORDLIKE.test(w)) kind = 2;
    else kind = 3;
    KINDS.set(w, kind);
  }
  return kind;
}

/**
 * One alternation (no flags) of the lists' words with their edges; use with the `iu` flags.
 * Words of spaced scripts starting with a letter or digit may not follow one ("ab" is not in
 * "Tab"); those that also end in one may not run on into a letter ("ab" is not "Abholung"), stems
 * ("financ*") take the letters after them. CJK words and words starting with a sign ("/mo", "～")
 * match anywhere. Each edge test is written once per regex, not once per word: every `\p{L}` in
 * an `iu` regex costs the browser about half a millisecond to compile, on every page load.
 * `common`: only the words that can occur in common text (the source of a pattern's twin); a
 * never-matching group when none can.
 */
function wordsSource(common: boolean, ...lists: WordList[]): string {
  // One pass, each word to its kind (in list order, as filters would keep it).
  const bare: string[] = [];
  const startOnly: string[] = [];
  const full: string[] = [];
  const stems: string[] = [];
  const byKind = [bare, stems, full, startOnly];
  for (const w of allWords(...lists)) {
    if (common && !fitsCommon(w)) continue;
    byKind[kindOf(w)]!.push(w);
  }
  const ended = [
    ...(full.length ? [alternation(full)] : []),
    ...(stems.length ? [String.raw`(?:${alternation(stems)})\p{L}*`] : []),
  ];
  const edged = [
    ...(startOnly.length ? [alternation(startOnly)] : []),
    ...(ended.length ? [String.raw`(?:${ended.join('|')})(?![\p{L}])`] : []),
  ];
  const parts = [
    ...(bare.length ? [bareAlternation(bare)] : []),
    ...(edged.length ? [String.raw`(?<![\p{L}\p{N}])(?:${edged.join('|')})`] : []),
  ];
  return parts.length ? `(?:${parts.join('|')})` : '(?!)';
}

/** A case-insensitive, Unicode regex that finds any of the lists' words. */
export function wordsRegex(...lists: WordList[]): RegExp {
  return new RegExp(wordsSource(false, ...lists), 'iu');
}

/** The same as a Pattern: built at first use, with a cheap twin for common text. */
function wordsPattern(...lists: WordList[]): Pattern {
  return pattern((common) => wordsSource(common, ...lists), 'iu');
}

/** Every word of the lists in the order written, deduplicated: for alternations whose order matters. */
function wordsInOrder(...lists: WordList[]): string[] {
  return [...new Set(lists.flatMap((list) => Object.values(list).flat()))];
}

/** The words as a plain alternation, in the order written, no edges: a word matches anywhere. */
export const plainSource = (...lists: WordList[]) =>
  `(?:${wordsInOrder(...lists)
    .map(escape)
    .join('|')})`;

/** A pattern that is true when a text is exactly one of the words. */
function wholeTextPattern(flags: string, ...lists: WordList[]): Pattern {
  return pattern(() => `^${plainSource(...lists)}$`, flags);
}

/** Like wordsRegex (edges, stems, spaceless words anywhere), with WORD_CHAR edges and the `i` flag only. */
function rangeEdgedPattern(words: () => string[], extra = ''): Pattern {
  return pattern(() => rangeEdgedSource(words(), extra), 'i');
}
function rangeEdgedSource(words: string[], extra: string): string {
  const bare = words.filter((w) => SPACELESS.test(w));
  const edged = words.filter((w) => !SPACELESS.test(w));
  const one = (w: string) => escape(coreOf(w)) + (isStem(w) ? `[${WORD_CHAR}]*` : '');
  const parts = [
    ...(bare.length ? [bare.map(one).join('|')] : []),
    ...(edged.length ? [`${WORD_START}(?:${edged.map(one).join('|')})${WORD_END}`] : []),
    ...(extra ? [extra] : []),
  ];
  return parts.join('|');
}

// ---------------------------------------------------------------------------------------------
// Concepts, as the extraction code uses them.
// Each concept is marked /* @__PURE__ */: building a Pattern has no effect a page needs, so a
// bundle keeps only the patterns (and their lists) its code imports.

/** A label ending in a "from" word: "Ab", "à partir de :", "Starting at". */
export const FROM_LABEL = /* @__PURE__ */ pattern((c) => String.raw`${wordsSource(c, FROM_PRICE)}\s*:?\s*$`, 'iu');
/** A price text that starts with a "from" word ("From $19.99", "As low as£19.00") or ends with one ("1,280円～"). */
export const FROM_IN_TEXT = /* @__PURE__ */ pattern(
  (c) => String.raw`^\s*${wordsSource(c, FROM_PRICE)}\s*:?|${wordsSource(c, FROM_PRICE_AFTER)}\s*\)?\s*$`,
  'iu',
);
/** A label naming a list / former price ("UVP", "Was:", "Precio anterior", "Было"). */
export const LIST_PRICE_LABEL = /* @__PURE__ */ pattern(
  (c) =>
    String.raw`${wordsSource(c, LIST_PRICE, LIST_PRICE_MORE, LIST_PRICE_R20)}|${wordsSource(c, LIST_PRICE_ENDING)}\s*:?\s*$|${wordsSource(c, LIST_PRICE_COLON)}\s*:\s*$`,
  'iu',
);
/** Words that make an amount something other than the item's price (shipping, instalments, totals, savings). */
export const NOT_ITEM_PRICE = /* @__PURE__ */ wordsPattern(
  SHIPPING,
  SHIPPING_MORE,
  SHIPPING_R24,
  INSTALMENT,
  INSTALMENT_MORE,
  INSTALMENT_R20,
  INSTALMENT_R24,
  OTHER_AMOUNT,
  SAVINGS_MORE,
  CONDITIONAL_PRICE,
  CONDITIONAL_PRICE_R20,
  CONDITIONAL_PRICE_R22,
  CONDITIONAL_PRICE_R23,
  CONDITIONAL_PRICE_R24,
  BASKET_PRICE,
  REWARD_AMOUNT,
  VOLUME_PRICE,
);
/**
 * A payment-method discount (PAYMENT_METHOD_PRICE) in an amount's text or the note right after it:
 * "<strong>R$ 66,40</strong> via Pix". Ranked below the other amounts, not dropped: where it is the
 * only price shown, it is the price.
 */
export const PAYMENT_METHOD_TEXT = /* @__PURE__ */ wordsPattern(PAYMENT_METHOD_PRICE);
/** Points, rewards or cashback (REWARD_AMOUNT): in a short note right after an amount, it is the amount given back. */
export const REWARD_NOTE_TEXT = /* @__PURE__ */ wordsPattern(REWARD_AMOUNT);
/** A heading over other products (OTHER_PRODUCTS_HEADING): "Related products", "Похожие товары". */
export const OTHER_PRODUCTS_HEADING_TEXT = /* @__PURE__ */ wordsPattern(OTHER_PRODUCTS_HEADING);
/** A price only a coupon, card, membership or the app gets (CONDITIONAL_PRICE). */
export const CONDITIONAL_PRICE_TEXT = /* @__PURE__ */ wordsPattern(
  CONDITIONAL_PRICE,
  CONDITIONAL_PRICE_R20,
  CONDITIONAL_PRICE_R22,
  CONDITIONAL_PRICE_R23,
  CONDITIONAL_PRICE_R24,
  BASKET_PRICE,
);
/**
 * A free-shipping note right after the amount (FREE_SHIPPING), an optional bracketed note ("(税込)")
 * between: group 1 is the text up to the note. Only at the end of the text: a threshold's amount
 * comes after the words ("Free shipping over $75") or with a word between ("3,980円以上送料無料").
 */
export const FREE_SHIPPING_NOTE = /* @__PURE__ */ pattern(
  (c) =>
    String.raw`(\d(?:\s*${currencyMarkSource()})?)\s*(?:[(（][^)）]{0,12}[)）]\s*)?[·|,/-]?\s*(?:${wordsSource(c, FREE_SHIPPING)})\s*[.!]?\s*$`,
  'iu',
);
/** "12x de R$ 33,30", "3 x 33,30 €", "x 12 cuotas": an instalment count next to an amount. */
export const INSTALMENT_COUNT = /* @__PURE__ */ pattern(
  String.raw`(?:^|\s)\d{1,2}\s?[x×]\s*(?:de\s)?(?=[^\d]{0,8}\d)|[x×]\s?\d{1,2}\s+\p{L}|[\d\p{Sc}]\s*[x×]\s?\d{1,2}\s*$`,
  'iu',
);
/** Shipping words alone, for labels ("Versand: 4,99 €"). */
export const SHIPPING_LABEL = /* @__PURE__ */ wordsPattern(SHIPPING, SHIPPING_MORE, SHIPPING_R24);
/** A per-unit price: "/ Stück", "per kg", "1 kg =", "за 1 кг". */
export const UNIT_PRICE_TEXT = /* @__PURE__ */ pattern(
  (c) =>
    String.raw`/\s*\p{L}|/\s?\d{1,4}\s?\p{L}{1,3}(?![\p{L}\d])|=\s*$|\d\s?\p{L}{1,6}\s?=|\d\s?\p{L}{1,2}당|${wordsSource(c, UNIT_PRICE)}(?:\s*\d*\s*\p{L}|\s*\)?\s*$|\s*:)`,
  'iu',
);
/** The text right after an amount starts a per-unit price: "/ Stück", "per kg", "je Liter". */
export const PER_UNIT_AFTER = /* @__PURE__ */ pattern(
  () => String.raw`^\s*(?:\/|${plainSource(PER_UNIT_WORD, PER_COUNT_WORD)} )\s*\p{L}`,
  'u',
);
/** A tile's price text that is a per-unit price: "$6.24 / Pack", "(€2.69/kg)", "pro Stück", "je 100 g" (not after a letter). */
export const TILE_UNIT_PRICE = /* @__PURE__ */ pattern(
  () =>
    String.raw`\/\s*[\p{L}\d]|${WORD_START}${plainSource(PER_UNIT_WORD)}\s+\p{L}|${WORD_START}${plainSource(PER_COUNT_WORD)}\s+\d`,
  'u',
);
/** "inkl. 19% MwSt.", "zzgl. Versand", "plus shipping": notes, removed before the NOT_ITEM_PRICE test. */
// Not when an amount follows: "zzgl. Versand 4,90 €" is the shipping fee itself.
export const LEGAL_NOTE = /* @__PURE__ */ pattern(
  (c) =>
    // Nor when a "from" word and an amount follow: "+ shipping from ₦ 2,500" is a shipping fee.
    String.raw`${wordsSource(c, LEGAL_NOTE_PREFIX)}\s*(?:\d{1,2}\s*%\s*)?${wordsSource(c, LEGAL_NOTE_OBJECT)}(?![\s:]*(?:${wordsSource(c, FROM_PRICE)}\s*)?\p{Sc}?\s*\d)`,
  'giu',
);
/**
 * A short aside in brackets between an item-number label and its colon, naming the label again in
 * another language or as "SKU": "رمز المنتج (SKU): …", "Artikelnummer (SKU): …", "SKU (Art.-Nr.): …".
 */
const labelAside = (c: boolean) => String.raw`(?:\s*\(\s*${wordsSource(c, ITEM_ID_ASIDE)}\s*\))?`;
/** An item-number label that is the whole label text ("Art.-Nr.", "Kód", "商品番号", "Código (SKU):"). */
export const ITEM_ID_LABEL_EXACT = /* @__PURE__ */ pattern(
  (c) =>
    String.raw`^\s*${wordsSource(c, ITEM_ID_LABEL, ITEM_ID_LABEL_MORE, ITEM_ID_LABEL_R24)}${labelAside(c)}\s*[:：#.]?\s*$`,
  'iu',
);
/** A text ending in a maker's word (MAKER_BEFORE_LABEL): the item-number label after it names the maker's number. */
export const MAKER_BEFORE_LABEL_END = /* @__PURE__ */ pattern(
  (c) => String.raw`${wordsSource(c, MAKER_BEFORE_LABEL)}[\s-]*$`,
  'iu',
);
/** A text opening with an item-number label that yields to the shop's own code (YIELDING_ITEM_ID_LABEL). */
export const YIELDING_ITEM_ID_LABEL_START = /* @__PURE__ */ pattern(
  (c) => String.raw`^\s*${wordsSource(c, YIELDING_ITEM_ID_LABEL)}`,
  'iu',
);
/** "Code: value" as a whole short text (CODE_LABEL); group 1 the value. */
export const CODE_ALONE = /* @__PURE__ */ pattern(
  (c) => String.raw`^\s*${wordsSource(c, CODE_LABEL)}\s*[:：#]\s*([A-Za-z0-9][A-Za-z0-9./_-]{1,40})\s*$`,
  'iu',
);
/** "Nr 85476", "No. 4471203" as a whole short text (NUMBER_LABEL); group 1 the value. */
export const NUMBER_ALONE = /* @__PURE__ */ pattern(
  (c) => String.raw`^\s*${wordsSource(c, NUMBER_LABEL)}\s*[:：]?\s*([A-Za-z0-9][A-Za-z0-9./_-]{1,40})\s*$`,
  'iu',
);
/** "Label: value" with an item-number label, inside a short text ("Art.-Nr.: 123/4567", "품번 : AB-12"). */
export const ITEM_ID_IN_TEXT = /* @__PURE__ */ pattern(
  // The value holds a digit: "Cód. do produto: 123" is not "Cód.: do" (a shorter label's next word).
  (c) =>
    // The value in any script ("Артикул: ДП-0417"), as long as it holds a digit.
    // An aside in brackets may stand before the colon, and a "#" before it ("SKU #: 4471-B").
    String.raw`(?:^|[\s(|·,;])${wordsSource(c, ITEM_ID_LABEL, ITEM_ID_LABEL_MORE, ITEM_ID_LABEL_R24)}${labelAside(c)}\s*(?:(?:[:：#]\s*){1,2}|\s+)(?=[\p{L}./_-]{0,40}\d)([\p{L}\p{N}][\p{L}\p{N}./_-]{1,40})`,
  'iu',
);
/** Stock statements, all languages: test OUT_OF_STOCK_TEXT first ("Stokta yok" holds "stokta"). */
export const IN_STOCK_TEXT = /* @__PURE__ */ wordsPattern(
  IN_STOCK,
  IN_STOCK_MORE,
  LOW_STOCK,
  NEARLY_SOLD_OUT,
  ORDERABLE,
);
/** Nearly sold out: in stock, though it holds a sold-out word (test it only where OUT_OF_STOCK_TEXT matched). */
export const NEARLY_SOLD_OUT_TEXT = /* @__PURE__ */ wordsPattern(NEARLY_SOLD_OUT);
/** A stock count's digits: "120", "1.250", "1 250" (group 1 of the count patterns). */
const STOCK_COUNT_DIGITS = String.raw`(\d{1,3}(?:[.,\u00A0 ]\d{3})+|\d{1,6})(?![.,]?\d|\s*[%\p{Sc}/\-–]|\s*[x×])`;
/** A stock count after its label: "Stok: 120", "库存 35 件", "재고: 12개", "Lagerbestand: 0". Group 1: the count. */
export const STOCK_COUNT_TEXT = /* @__PURE__ */ pattern(
  (c) => String.raw`${wordsSource(c, STOCK_COUNT_LABEL)}\s*[:：]?\s*${STOCK_COUNT_DIGITS}`,
  'iu',
);
/** Few left, said with a count and its unit or at the line's end: "Noch 3 Stück", "Only 7 left", "残り3点", "Plus que 2 !". Group 1: the count. */
export const STOCK_LEFT_TEXT = /* @__PURE__ */ pattern(
  (c) =>
    // The unit, or the end of the line: "Plus que 2 !", "Sisa 3".
    String.raw`${wordsSource(c, STOCK_LEFT_LEAD)}\s*[:：]?\s*${STOCK_COUNT_DIGITS}\s*(?:${wordsSource(c, STOCK_COUNT_UNIT)}|[!.]?\s*$)`,
  'iu',
);
/** A count then "in stock" or "left" ("12 in stock", "0 Stück auf Lager", "7 disponibles"). Group 1: the count. */
export const STOCK_COUNT_BEFORE_TEXT = /* @__PURE__ */ pattern(
  (c) =>
    String.raw`(?<![\d.,])${STOCK_COUNT_DIGITS}\s*(?:${wordsSource(c, STOCK_COUNT_UNIT)}\s*)?(?:${wordsSource(c, STOCK_COUNT_LABEL, STOCK_COUNT_AFTER)})(?![\s:：]*\d)`,
  'iu',
);
/**
 * A bare count of pieces, "more than" or "+" aside: "yli 10 kpl", "> 10 ks", "6 st", "10+ pcs".
 * Read only in a stock line (an element whose class or id says stock or availability), where a
 * number of pieces is the stock; elsewhere "4 pcs" is a pack size. Group 1: the count.
 */
export const STOCK_PIECES_TEXT = /* @__PURE__ */ pattern(
  (c) => String.raw`(?<![\d.,])${STOCK_COUNT_DIGITS}\s*\+?\s*${wordsSource(c, STOCK_COUNT_UNIT)}`,
  'iu',
);
/** The whole text between two amounts is a "now" word (NOW_BETWEEN), punctuation around it allowed. */
export const NOW_BETWEEN_TEXT = /* @__PURE__ */ pattern(
  () => String.raw`^[\s:,;–—-]*${plainSource(NOW_BETWEEN)}[\s:,;–—-]*$`,
  'i',
);
/** A stock-classed element's whole text saying available (AVAILABLE_ALONE) or not (NOT_AVAILABLE_ALONE). */
export const AVAILABLE_ALONE_TEXT = /* @__PURE__ */ wholeTextPattern('i', AVAILABLE_ALONE);
export const NOT_AVAILABLE_ALONE_TEXT = /* @__PURE__ */ wholeTextPattern('i', NOT_AVAILABLE_ALONE);
export const OUT_OF_STOCK_TEXT = /* @__PURE__ */ wordsPattern(
  OUT_OF_STOCK,
  OUT_OF_STOCK_MORE,
  SOLD_OUT_MORE,
  IN_STORE_ONLY,
);
/** A control asking to be told when the product is back (NOTIFY_ME): out of stock. */
export const NOTIFY_ME_TEXT = /* @__PURE__ */ wordsPattern(NOTIFY_ME);
/** A label naming the discounted price to pay ("할인가", "特價", "Angebotspreis"). */
export const SALE_PRICE_LABEL = /* @__PURE__ */ rangeEdgedPattern(() => allWords(SALE_PRICE));
/** An amount said to exclude tax: "(税抜)", "Ex Tax:", "Χωρίς ΦΠΑ", "zzgl. MwSt.", "29,90 € HT". */
export const EX_TAX_TEXT = /* @__PURE__ */ rangeEdgedPattern(() => allWords(EX_TAX, EX_TAX_R20));
/** Order confirmation headings. */
export const ORDER_HEADING_TEXT = /* @__PURE__ */ wordsPattern(ORDER_HEADING);

/** A platform's default category, the whole name ("Uncategorized", "Sin categoría"). */
export const UNCATEGORISED_TEXT = /* @__PURE__ */ pattern(() => `^${plainSource(UNCATEGORISED)}$`, 'i');
/** A breadcrumb that is the shop's root, not a category: the whole crumb (ASCII-only case folding, as before). */
export const HOME_CRUMB_TEXT = /* @__PURE__ */ pattern(() => `^${plainSource(HOME_CRUMB)}$`, 'i');
/** A breadcrumb that navigates back: a back word first, after arrows ("‹ Back to results", "Zurück zur Übersicht"). */
export const BACK_CRUMB_TEXT = /* @__PURE__ */ pattern(() => `^[‹«<←\\s]*${plainSource(BACK_CRUMB)}${WORD_END}`, 'i');

/** A spec-table label (lower-cased) naming a material. */
export const MATERIAL_LABEL = /* @__PURE__ */ wholeTextPattern('', MATERIAL);
/** A result card's ad label, the whole text. */
export const SPONSORED_LABEL = /* @__PURE__ */ wholeTextPattern('i', SPONSORED);
/**
 * A text on a result card that is some other price than the card's (or a percentage). Word edges
 * that know accented letters: "à partir de", "économisez" match after a space too, and "ab" is
 * still not inside "Tab" or "Tabéa".
 */
export const NOT_CARD_PRICE_TEXT = /* @__PURE__ */ rangeEdgedPattern(() => wordsInOrder(NOT_CARD_PRICE), '%');
/** Amazon detail-row keys, exact keys in order of trust. */
export const AMAZON_WEIGHT_KEYS = /* @__PURE__ */ wordsInOrder(AMAZON_WEIGHT_ROW);
export const AMAZON_DIMENSION_KEYS = /* @__PURE__ */ wordsInOrder(AMAZON_DIMENSION_ROW);
export const AMAZON_BRAND_KEYS = /* @__PURE__ */ wordsInOrder(AMAZON_BRAND_ROW);
/** A weight / dimensions word anywhere in a row key, and a row that is not the item as sold. */
export const WEIGHT_IN_KEY = /* @__PURE__ */ pattern(() => plainSource(WEIGHT_WORD), 'i');
export const DIMENSION_IN_KEY = /* @__PURE__ */ pattern(() => plainSource(DIMENSION_WORD), 'i');
export const NOT_THE_ITEM_KEY = /* @__PURE__ */ pattern(() => plainSource(NOT_THE_ITEM_ROW), 'i');
/** "weighing 12.9 ounces", "wiegt nur 1,2 kg", "pèse 850 g": group 1 is the figure with its unit. */
export const WEIGHT_IN_BULLET = /* @__PURE__ */ pattern(
  () => String.raw`${plainSource(WEIGHS)}\s*${plainSource(WEIGHT_HEDGE)}?\s*(\d+(?:[.,]\d+)?\s*[a-zA-Zä]{1,10})`,
  'i',
);

/** Condition words: refurbished (anywhere), used and new (whole words; new anywhere, or first in the text). */
export const REFURBISHED_TEXT = /* @__PURE__ */ pattern(() => plainSource(REFURBISHED), 'i');
export const USED_TEXT = /* @__PURE__ */ wordsPattern(USED);
export const NEW_TEXT = /* @__PURE__ */ wordsPattern(NEW);
export const NEW_FIRST = /* @__PURE__ */ pattern((c) => `^${wordsSource(c, NEW)}`, 'iu');
/** A spec-table label (lower-cased) naming the condition. */
export const CONDITION_LABEL_TEXT = /* @__PURE__ */ wholeTextPattern('', CONDITION_LABEL);
/** eBay's lead words before the item's title, with the space after them. */
export const EBAY_TITLE_LEAD_TEXT = /* @__PURE__ */ pattern(() => String.raw`^${plainSource(EBAY_TITLE_LEAD)}\s*`, 'i');

/** A spec-table label (lower-cased) naming the brand, or the number of items in the pack. */
export const BRAND_LABEL_TEXT = /* @__PURE__ */ wholeTextPattern('', BRAND_LABEL);
/** The whole (lower-cased) text before a brand's link: a brand label or "by" (BRAND_BY), a colon allowed. */
export const BRAND_LINK_LABEL_TEXT = /* @__PURE__ */ pattern(
  () => String.raw`^(?:${plainSource(BRAND_LABEL, BRAND_BY)})\s*[:：]?$`,
  'u',
);
export const ITEM_COUNT_LABEL_TEXT = /* @__PURE__ */ wholeTextPattern('', ITEM_COUNT_LABEL);
/**
 * A cart page's heading: its start is a cart word, not run on into a letter or digit ("Cartier",
 * "カートに入れる" is a buy button). The edge knows kana and Han, so "カート" and "ショッピングカート（3点）"
 * count: its edge is WORD_END's with kana and Han added (no Japanese letter may follow either).
 */
export const CART_HEADING = /* @__PURE__ */ pattern(
  () => String.raw`^(?:${plainSource(CART_OWNER)} )?${plainSource(CART)}(?![${WORD_CHAR}\u3040-\u30FF\u3400-\u9FFF])`,
  'i',
);
/** A cart page's URL path: "/cart", "/warenkorb/", "/checkout/cart". */
export const CART_PATH = /* @__PURE__ */ pattern(() => String.raw`\/${plainSource(CART, CART_PATH_MORE)}\/?$`, 'i');

/** A button whose text starts with buy words ("Add to cart", "In den Warenkorb", "Jetzt kaufen"). */
export const BUY_BUTTON_START = /* @__PURE__ */ pattern(() => `^${plainSource(BUY_BUTTON_START_WORD)}`, 'i');

// The buy-button and sold-out words live in words-buy.ts (the always-on detector's bundle takes only them).
export { BUY_BUTTON, BUY_BUTTON_TEXT, OUT_OF_STOCK, OUT_OF_STOCK_MORE, SOLD_OUT_MORE } from './words-buy';

/** The whole text between the two ends of a price range ("bis", "to", "–"), in a split money text (money.ts). */
export const RANGE_BETWEEN_TEXT = /* @__PURE__ */ lazy(
  () =>
    String.raw`^\s*(?:[^\d\s]{0,4}\s*)?(?:-|–|—|~|〜|${plainSource(RANGE_WORD, RANGE_WORD_MORE)})\s*(?:[^\d\s]{0,4}\s*)?$`,
  'i',
);
/** An element's whole text between two range ends ("–", "bis"), in the buy box (generic/price.ts). */
export const RANGE_SEPARATOR_TEXT = /* @__PURE__ */ lazy(
  () => String.raw`^\s*(?:-|–|—|${plainSource(RANGE_WORD)})\s*$`,
  'i',
);
/** A star rating with its score (group 1): "4.5 out of 5 stars", "4,3/5", "5つ星のうち4.3". */
export const RATING_PATTERNS: readonly Pattern[] = [
  /* @__PURE__ */ lazy(
    () => String.raw`(\d(?:[.,]\d{1,2})?)\s*(?:${plainSource(RATING_OUT_OF)}|\/)\s*5(?![\d.,])`,
    'i',
  ),
  /* @__PURE__ */ lazy(() => String.raw`${plainSource(RATING_SCALE_BEFORE)}\s*(\d(?:[.,]\d{1,2})?)`),
];
/** eBay's placeholder tile title (the whole title, any case). */
export const EBAY_PLACEHOLDER_TITLE_TEXT = /* @__PURE__ */ wholeTextPattern('i', EBAY_PLACEHOLDER_TITLE);
/** Spec-table labels (lower-cased) naming a GTIN, an MPN, Amazon's ASIN. */
export const GTIN_LABEL_TEXT = /* @__PURE__ */ wholeTextPattern('', GTIN_LABEL);
export const MPN_LABEL_TEXT = /* @__PURE__ */ wholeTextPattern('', MPN_LABEL);
export const ASIN_LABEL_TEXT = /* @__PURE__ */ wholeTextPattern('', ASIN_LABEL);
/** Where a line of "Label: value" identifiers splits: the space before the next label. */
export const INLINE_ID_LABEL_SPLIT = /* @__PURE__ */ lazy(
  () => String.raw`\s(?=${plainSource(INLINE_ID_LABEL)}\s*[:：])`,
);
/** A label (lower-cased) that is a plain word for "material". */
export const MATERIAL_WORD_TEXT = /* @__PURE__ */ wholeTextPattern('', MATERIAL_WORD);
/** Where a composition splits into its materials: "," ";" "/" "+" or "and". */
export const MATERIAL_PARTS_SPLIT = /* @__PURE__ */ lazy(() => String.raw`[,;/+]|\s+${plainSource(AND_WORD)}\s+`);
/** Optional tail of a condition control: "(3)", "- very good", "from $120", "ab 80 €", a price. */
const OFFERED_TAIL = () =>
  String.raw`(?:\s*(?:\(\d+\)|[-–:]\s*[\p{L} ]{0,20}|${plainSource(OFFERED_FROM)}\s+\S+.*|[\d$€£¥].*))?`;
const offeredControl = (list: WordList) => pattern(() => String.raw`^${plainSource(list)}${OFFERED_TAIL()}$`, 'iu');
/** A choice control whose whole text offers a condition, refurbished first (then used, new). */
export const OFFERED_CONDITION_TEXT: readonly (readonly ['refurbished' | 'used' | 'new', Pattern])[] = [
  ['refurbished', /* @__PURE__ */ offeredControl(OFFERED_REFURBISHED)],
  ['used', /* @__PURE__ */ offeredControl(OFFERED_USED)],
  ['new', /* @__PURE__ */ offeredControl(OFFERED_NEW)],
];
