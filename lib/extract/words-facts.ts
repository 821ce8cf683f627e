/**
 * Product-fact words, by concept and language: units of weight and length, weight and dimension
 * labels of spec tables, pack-size phrases, the URL path segments before an item id, and Amazon's
 * own labels. Same layout as `words.ts` (concept -> language -> words, the key `mul` for spellings
 * that belong to no language: symbols and UN/CEFACT codes); the code imports the regexes and tables
 * at the bottom, never the lists. Words are literal and lowercase (the regexes ignore case).
 */
import { NO_LETTER_AFTER, WORD_END, WORD_START } from './word-edges';
import { lazy, type Pattern } from './pattern';
import { escape, type WordList } from './words';

// ---------------------------------------------------------------------------------------------
// Units (generic/units.ts): every spelling of one unit, whole text after the number.

/** Weight units, each with its factor to kg. */
const WEIGHT_UNIT: readonly { kg: number; words: WordList }[] = [
  {
    kg: 1,
    words: {
      mul: ['kg', 'kgs', 'kgm'],
      en: ['kilo', 'kilos', 'kilogram', 'kilograms'],
      de: ['kilogramm'],
      fr: ['kilogramme', 'kilogrammes'],
      es: ['kilogramos'],
      it: ['chilogrammi'],
      ja: ['キログラム'],
    },
  },
  {
    kg: 0.001,
    words: {
      mul: ['g', 'gr', 'grs', 'grm'],
      en: ['gram', 'grams'],
      de: ['gramm'],
      fr: ['gramme', 'grammes'],
      es: ['gramos'],
      it: ['grammi'],
      ja: ['グラム'],
    },
  },
  { kg: 1e-6, words: { mul: ['mg', 'mgm'] } },
  { kg: 0.45359237, words: { mul: ['lb', 'lbs', 'lbr'], en: ['pound', 'pounds'] } },
  { kg: 0.028349523125, words: { mul: ['oz', 'onz'], en: ['ounce', 'ounces'] } },
  { kg: 1000, words: { mul: ['t', 'tne'], en: ['tonne', 'tonnes'] } },
];

/** Length units, each with its factor to cm. */
const LENGTH_UNIT: readonly { cm: number; words: WordList }[] = [
  {
    cm: 1,
    words: {
      mul: ['cm', 'cmt'],
      en: ['centimeter', 'centimetre', 'centimeters', 'centimetres'],
      de: ['zentimeter'],
      es: ['centímetros'],
      it: ['centimetri'],
    },
  },
  {
    cm: 0.1,
    words: {
      mul: ['mm', 'mmt'],
      en: ['millimeter', 'millimetre', 'millimeters', 'millimetres'],
      fr: ['millimètres'],
      es: ['milímetros'],
      it: ['millimetri'],
    },
  },
  {
    cm: 100,
    words: {
      mul: ['m', 'mtr'],
      en: ['meter', 'metre', 'meters', 'metres'],
      fr: ['mètres'],
      es: ['metros'],
      it: ['metri'],
    },
  },
  {
    cm: 2.54,
    words: {
      mul: ['"', "''", '″', 'inh'],
      en: ['in', 'inch', 'inches'],
      de: ['zoll'],
      fr: ['pouce', 'pouces'],
      es: ['pulgada', 'pulgadas'],
      it: ['pollici'],
    },
  },
  { cm: 30.48, words: { mul: ['ft', 'fot'], en: ['feet', 'foot'] } },
];

/**
 * Weight units found right after a number in running text ("2.15 pounds", "850 g"): the written
 * spellings only, without the codes, "t" and "mg" (too often something else after a number).
 */
const WEIGHT_UNIT_IN_TEXT: WordList = {
  mul: ['kg', 'kgs', 'g', 'gr', 'lb', 'lbs', 'oz'],
  en: ['kilogram', 'kilograms', 'gram', 'grams', 'pound', 'pounds', 'ounce', 'ounces'],
  de: ['kilogramm', 'gramm'],
  fr: ['kilogramme', 'kilogrammes', 'gramme', 'grammes'],
  es: ['kilogramos', 'gramos'],
  it: ['chilogrammi', 'grammi'],
  ja: ['キログラム', 'グラム'],
};

/** A unit after a dimension's figures ("30 x 20 x 10 cm", "11.8 x 7.9 x 3.9 inches"), in the order tried. */
const DIMENSION_UNIT: WordList = { mul: ['cm', 'mm', 'm', 'in'], en: ['inches', 'inch'] };
/** ... a unit word only after the last figure ("30 x 20 x 10 Zoll"). */
const DIMENSION_UNIT_LAST: WordList = { de: ['zoll'] };
/** ... and the inch signs. */
const DIMENSION_UNIT_SIGN: WordList = { mul: ['"', '″'] };
/** The extent after a figure: "0.75 inch high x 6 inches wide x 6 inches deep", "12 cm hoch". */
const EXTENT_WORD: WordList = {
  en: ['high', 'wide', 'deep', 'long', 'tall', 'height', 'width', 'depth', 'length'],
  de: ['hoch', 'breit', 'tief', 'lang'],
};
/** ... and its one-letter abbreviations ("30 H x 20 W x 10 D cm"). */
const EXTENT_LETTER: WordList = { mul: ['h', 'w', 'd', 'l'] };

// ---------------------------------------------------------------------------------------------
// Spec-table labels (generic/specs.ts), lower-cased labels.

/** "Item weight", "Produktgewicht": a word naming the item itself, before the weight word. */
const ITEM_WEIGHT_LEAD: WordList = {
  en: ['item', 'product', 'net', 'unit'],
  de: ['artikel', 'produkt', 'netto'],
};
/** ... the weight word after it. */
const WEIGHT_AFTER_LEAD: WordList = { en: ['weight'], de: ['gewicht'] };
/** A label starting with the item's own weight or net contents, written as one phrase. */
const ITEM_WEIGHT_LABEL: WordList = {
  en: ['net wt.', 'net wt', 'net contents'],
  de: ['artikelgewicht', 'produktgewicht', 'nettogewicht', 'nettofüllmenge', 'füllmenge', 'inhalt'],
  fr: ["poids de l'article", 'poids du produit', 'poids net', 'contenance'],
  es: ['peso del producto', 'peso neto', 'contenido neto'],
  it: ["peso dell'articolo", 'peso netto'],
  ja: ['本体重量', '商品の重量', '製品重量', '内容量'],
  ro: ['greutate produs', 'greutate netă', 'greutate neta'],
};
/** A label that is just "weight". */
const WEIGHT_LABEL: WordList = {
  en: ['weight'],
  de: ['gewicht'],
  fr: ['poids'],
  es: ['peso'],
  pl: ['waga'],
  sv: ['vikt'],
  da: ['vægt'],
  no: ['vekt'],
  ja: ['重量'],
  ro: ['greutate'],
};

/** "Product dimensions", "Artikelabmessungen": a word naming the item, before the dimensions word. */
const ITEM_DIMENSION_LEAD: WordList = { en: ['product', 'item'], de: ['artikel', 'produkt'] };
/** ... the dimensions words, also alone or at the end of a label ("Abmessungen", "Dimensions"). */
const DIMENSION_WORD: WordList = { en: ['dimensions'], de: ['abmessungen', 'maße'] };
/** A label starting with the item's dimensions, written as one phrase. */
const ITEM_DIMENSION_LABEL: WordList = {
  fr: ['dimensions du produit'],
  es: ['dimensiones del producto'],
  it: ['dimensioni del prodotto', 'dimensioni articolo'],
  ja: ['本体サイズ', '製品サイズ'],
  ro: ['dimensiuni produs'],
};
/** A label that is just "dimensions" or "size". */
const DIMENSION_LABEL: WordList = {
  en: ['dimensions', 'size'],
  de: ['abmessungen', 'maße'],
  es: ['dimensiones'],
  it: ['dimensioni'],
  ja: ['寸法'],
  ro: ['dimensiuni'],
};
/** Dimensions of the box, not the item: "Package dimensions", "Verpackungsabmessungen". */
const PACKAGE_WORD: WordList = {
  en: ['package', 'packaging', 'shipping', 'box'],
  de: ['verpackung'],
  fr: ['emballage'],
  es: ['embalaje'],
  it: ['imballaggio'],
  ro: ['ambalaj'],
};

// ---------------------------------------------------------------------------------------------
// Pack sizes in titles: "Pack of 2", "2er Pack", "Lot de 3", "20 Stück", "6個入り".

/** The pack's noun before "of" and the count: "Pack of 2", "confezione da 2", "Packung mit 6". */
const PACK_NOUN: WordList = {
  en: ['pack', 'set', 'lot', 'box', 'case'],
  es: ['paquete'],
  it: ['confezione'],
  de: ['packung'],
};
/** ... the word between the noun and the count. */
const PACK_OF: WordList = { en: ['of'], es: ['de'], it: ['da'], de: ['mit', 'von'] };
/** A count's unit after the number: "2-Pack", "10 pcs", "20 Stück", "12 Count". */
const PACK_COUNT_UNIT: WordList = {
  en: ['pack', 'pk', 'pcs', 'pieces', 'count', 'ct'],
  de: ['stück', 'stk'],
  fr: ['pièces'],
  es: ['piezas'],
  it: ['pezzi'],
  ro: ['bucăți', 'buc'],
};
/** Japanese counters and their "in the pack" suffixes: "6個入り", "2本組", "3枚セット". */
const PACK_COUNTER_JA: WordList = { ja: ['個', '本', '枚', '点', '足'] };
const PACK_SUFFIX_JA: WordList = { ja: ['入り', '入', '組', 'セット'] };

/**
 * The listing tile's own pack phrases (listing-tile.ts): a narrower twin of the lists above, kept
 * apart because its tiles' titles were checked with it ("2er Pack", "Lot de 3", "10 unidades").
 */
const TILE_PACK_NOUN: WordList = { en: ['pack', 'set', 'lot', 'case', 'box'] };
const TILE_PACK_UNIT: WordList = { en: ['pack', 'pk', 'count', 'ct'] };
const TILE_PACK_ER_UNIT: WordList = { en: ['pack', 'set'], de: ['packung'] };
const TILE_LOT_NOUN: WordList = { fr: ['lot', 'paquet'], es: ['lote'] };
const TILE_PIECES: WordList = {
  en: ['pcs', 'pieces'],
  de: ['stück', 'stk.', 'stk'],
  fr: ['pièces'],
  es: ['unidades'],
};

// ---------------------------------------------------------------------------------------------
// URL path segments (generic/item-id.ts) after which the next segment is the item id:
// "/itm/<id>", "/prod/<id>", "/dp/<asin>", "/artikel/<id>", "/goods/<id>".

const ITEM_PATH_SEGMENT: WordList = {
  mul: ['itm', 'item', 'items', 'prod', 'product', 'products', 'p', 'pd', 'dp', 'ip', 'sku', 'listing', 'goods'],
  // Round 23: a deal page's id ("/deal/623456789" on Korean deal shops, "/deals/<id>").
  deal: ['deal', 'deals'],
  // Round 20: the word for "product" in more shop languages ("/tuote/43-01582", "/termek/123456").
  fi: ['tuote'],
  hu: ['termek', 'termék'],
  hr: ['proizvod'],
  sl: ['izdelek'],
  tr: ['urun', 'ürün'],
  ru: ['tovar', 'товар'],
  pt: ['produto'],
  // Round 23: MakeShop's product page ("/shopdetail/000000001234/ct45/page1/order/").
  ja: ['shopdetail'],
  // Round 23: "/pdp/<slug>/<id>" (Liverpool and other SAP/Oracle storefronts), "/cpd/<code>/" (Altex).
  pdp: ['pdp', 'cpd'],
  // Marketplace offers and classifieds too: "/oferta/<slug>-12345678901", "/annonce/...".
  en: ['detail', 'a', 'offer'],
  de: ['artikel', 'art', 'produkt', 'angebot'],
  fr: ['produit', 'annonce'],
  es: ['producto', 'oferta', 'anuncio'],
  pl: ['oferta'],
  it: ['prodotto'],
  ro: ['produs'],
};

// ---------------------------------------------------------------------------------------------
// Amazon's own labels (shops/amazon*.ts), per marketplace language.

/** The availability line says the item cannot be bought now ("Currently unavailable", "在庫切れ"). */
const AMAZON_OUT_OF_STOCK: WordList = {
  en: ['currently unavailable', 'out of stock', 'unavailable'],
  de: ['derzeit nicht verfügbar', 'nicht auf lager'],
  fr: ['actuellement indisponible', 'en rupture'],
  es: ['no disponible'],
  it: ['non disponibile', 'momentaneamente non'],
  ja: ['在庫切れ', '現在在庫切れ'],
};
/** ... or that it can ("In stock", "Auf Lager", "在庫あり"). */
const AMAZON_IN_STOCK: WordList = {
  en: ['in stock'],
  de: ['auf lager'],
  fr: ['en stock'],
  es: ['disponible'],
  it: ['disponibile'],
  ja: ['在庫あり'],
};
/** "Only 3 left", "Nur noch 3", "Plus que 3", "Solo quedan 2", "Rimangono solo 2": `#` is the count. */
const AMAZON_FEW_LEFT: WordList = {
  en: ['only # left'],
  de: ['nur noch #'],
  fr: ['plus que #'],
  es: ['solo queda #', 'solo quedan #'],
  it: ['rimangono solo'],
};
/** The byline's store link: "Visit the Anker Store", "Besuche den Anker-Store". */
const AMAZON_VISIT_STORE: WordList = {
  en: ['visit the'],
  de: ['besuche den'],
  fr: ['visiter la boutique'],
  es: ['visita la tienda de'],
  it: ['visita lo store di'],
};
/** The byline's "Brand: Anker". */
const AMAZON_BRAND_WORD: WordList = { en: ['brand'], de: ['marke'], fr: ['marque'], es: ['marca'] };
/** The byline of a book: "by Jane Doe (Author)". */
const AMAZON_BY: WordList = { en: ['by'], de: ['von'], es: ['de'], it: ['di'], fr: ['par'] };
const AMAZON_AUTHOR: WordList = { en: ['author'], de: ['autor'], fr: ['auteur'], it: ['autore'] };
/** A breadcrumb back to the results ("‹ Back to results", "Zurück"): not a category. */
const AMAZON_BACK: WordList = {
  en: ['back to'],
  de: ['zurück'],
  fr: ['retour'],
  es: ['volver'],
  it: ['torna ai'],
  ja: ['戻る'],
};
/**
 * An order's grand total label on order pages ("Grand Total:", "Gesamtsumme", "Total de la
 * commande"), longer phrases first: the amount is read right after the label found.
 */
const AMAZON_ORDER_TOTAL: WordList = {
  en: ['grand total'],
  de: ['gesamtsumme', 'summe'],
  fr: ['montant total', 'total de la commande'],
  es: ['total del pedido'],
  it: ['totale ordine', 'totale'],
  mul: ['total'],
};
/** Walmart's screen-reader price on a search card: "current price Now $12.98, Was $15.00". */
const WALMART_CURRENT_PRICE: WordList = { en: ['current price'] };
const WALMART_NOW: WordList = { en: ['now'] };
/** ... of which this one is read first, wherever it is ("Subtotal" would be found before it). */
const AMAZON_GRAND_TOTAL: WordList = { en: ['grand total'] };
/** The order date's label on an order's details page ("Ordered on", "Bestellt am"): the date follows. */
const AMAZON_ORDERED_ON: WordList = {
  en: ['ordered on', 'order placed'],
  de: ['bestellt am'],
  fr: ['commandé le'],
  es: ['pedido el'],
  it: ['ordinato il'],
};
/** ... and on an order card of the order history ("Order placed", "Bestellung aufgegeben"). */
const AMAZON_ORDER_PLACED: WordList = {
  en: ['order placed'],
  de: ['bestellung aufgegeben'],
  fr: ['commande effectuée'],
  es: ['pedido realizado'],
  it: ['ordine effettuato'],
};
/**
 * The text right after a buy-box price that makes it a unit price ("$12.99 per count"), besides a
 * slash ("(2,69 €/kg)"). Amazon's own: the shared per-unit words (words.ts) hold "pro" and "je",
 * which Amazon's buy boxes never print after a price (they write "/"), so its list stays as it is.
 */
const AMAZON_PER_UNIT: WordList = { en: ['per'] };

// ---------------------------------------------------------------------------------------------
// Builders (this module's own, plain: the lists are few and short).

const words = (...lists: WordList[]) => [...new Set(lists.flatMap((l) => Object.values(l).flat()))];
/** The words as an alternation in the order written, escaped. */
const alt = (...lists: WordList[]) =>
  words(...lists)
    .map(escape)
    .join('|');
/** A regex that is true when the whole text is one of the words (any case). */
const whole = (list: WordList) => lazy(() => `^(?:${alt(list)})$`, 'i');

// ---------------------------------------------------------------------------------------------
// Concepts, as the extraction code uses them.
// Each concept is marked /* @__PURE__ */: building a Pattern has no effect a page needs, so a
// bundle keeps only the patterns (and their lists) its code imports.

/** [whole-text unit regex, factor to kg] per weight unit. */
export const WEIGHT_UNITS: readonly [Pattern, number][] = /* @__PURE__ */ WEIGHT_UNIT.map((u) => [
  whole(u.words),
  u.kg,
]);
/** [whole-text unit regex, factor to cm] per length unit. */
export const LENGTH_UNITS: readonly [Pattern, number][] = /* @__PURE__ */ LENGTH_UNIT.map((u) => [
  whole(u.words),
  u.cm,
]);
/** A weight unit after a number in running text (its source, built when asked; units.ts adds the number). */
export const weightUnitInTextSource = () => `(${alt(WEIGHT_UNIT_IN_TEXT)})${NO_LETTER_AFTER}`;

/** A figure (group 1) with an optional unit (group 2) before the "x" of a dimension. */
const dimensionFigure = () => String.raw`(\d+(?:[.,]\d+)?)\s*(?:(${alt(DIMENSION_UNIT, DIMENSION_UNIT_SIGN)})\s*)?`;
/** "30 x 20 x 10 cm": groups 1-5 the figures and their units, group 6 the last unit. */
export const DIMENSIONS_IN_TEXT = /* @__PURE__ */ lazy(
  () =>
    String.raw`${dimensionFigure()}[x×X*]\s*${dimensionFigure()}[x×X*]\s*(\d+(?:[.,]\d+)?)\s*(${alt(DIMENSION_UNIT, DIMENSION_UNIT_LAST, DIMENSION_UNIT_SIGN)})`,
  'i',
);
/** "0.75 inch high": group 1 the figure, group 2 its unit, each extent in turn (global); not "10 cm Länge". */
export const LABELLED_EXTENT = /* @__PURE__ */ lazy(
  () =>
    String.raw`(\d+(?:[.,]\d+)?)\s*(${alt(DIMENSION_UNIT, DIMENSION_UNIT_SIGN)})?\s*(?:${alt(EXTENT_WORD, EXTENT_LETTER)})${WORD_END}`,
  'gi',
);

/** Spec labels (lower-cased): the item's own weight, and a plain "weight". */
export const ITEM_WEIGHT_KEY = /* @__PURE__ */ lazy(
  () =>
    String.raw`^(?:${alt(ITEM_WEIGHT_LEAD)})[ -]?(?:${alt(WEIGHT_AFTER_LEAD)})${WORD_END}|^(?:${alt(ITEM_WEIGHT_LABEL)})`,
);
export const WEIGHT_KEY = /* @__PURE__ */ lazy(() => `^(?:${alt(WEIGHT_LABEL)})$`);
/** Spec labels: the item's own dimensions, a plain "dimensions", and any dimensions but the box's. */
export const ITEM_DIMENSION_KEY = /* @__PURE__ */ lazy(
  () => `^(?:${alt(ITEM_DIMENSION_LEAD)})[ -]?(?:${alt(DIMENSION_WORD)})|^(?:${alt(ITEM_DIMENSION_LABEL)})`,
);
export const DIMENSION_KEY = /* @__PURE__ */ lazy(() => `^(?:${alt(DIMENSION_LABEL)})$`);
export const NOT_PACKAGE_DIMENSION_KEY = /* @__PURE__ */ lazy(
  () => `^(?!.*(?:${alt(PACKAGE_WORD)})).*(?:${alt(DIMENSION_WORD)})$`,
);

/** Pack sizes in a product title or text, in the order tried; group 1 is the count. */
export const PACK_SIZE_PATTERNS: readonly Pick<RegExp, 'exec' | 'test'>[] = [
  /* @__PURE__ */ lazy(
    () => String.raw`${WORD_START}(?:${alt(PACK_NOUN)}) (?:${alt(PACK_OF)}) (\d{1,4})${WORD_END}`,
    'i',
  ),
  /* @__PURE__ */ lazy(
    () => String.raw`${WORD_START}(\d{1,4})\s?(?:er)?[- ]?(?:${alt(PACK_COUNT_UNIT)})${WORD_END}`,
    'i',
  ),
  /(?:^|\s)[x×] ?(\d{1,3})\s*$/i,
  /* @__PURE__ */ lazy(() => String.raw`(\d{1,4})\s*(?:${alt(PACK_COUNTER_JA)})(?:${alt(PACK_SUFFIX_JA)})`),
];
/** The listing tile's pack phrases, in the order tried; group 1 is the count. */
export const TILE_PACK_PATTERNS: readonly Pattern[] = [
  /* @__PURE__ */ lazy(() => String.raw`${WORD_START}(?:${alt(TILE_PACK_NOUN)}) of (\d{1,3})${WORD_END}`, 'i'),
  /* @__PURE__ */ lazy(() => String.raw`${WORD_START}(\d{1,3})[- ]?(?:${alt(TILE_PACK_UNIT)})${WORD_END}`, 'i'),
  /* @__PURE__ */ lazy(
    () => String.raw`${WORD_START}(\d{1,3})(?:er|-er)[- ]?(?:${alt(TILE_PACK_ER_UNIT)})${WORD_END}`,
    'i',
  ),
  /* @__PURE__ */ lazy(() => String.raw`${WORD_START}(?:${alt(TILE_LOT_NOUN)}) de (\d{1,3})${WORD_END}`, 'i'),
  /* @__PURE__ */ lazy(() => String.raw`${WORD_START}(\d{1,3}) ?(?:${alt(TILE_PIECES)})${WORD_END}`, 'i'),
];

/**
 * Query keys naming an item's or goods' id or number ("gdid", "goodsId", "prodNo", "itemCode"): an
 * owner, then an id word, or the owner alone ("?item=1456789", "?products_id=" after the owner's
 * plural). Not a category's, a shop's, a seller's or a variant's.
 */
const ITEM_PARAM_OWNER: WordList = {
  mul: ['gd', 'gds', 'goods', 'item', 'prod', 'prd', 'product', 'products', 'art', 'article'],
};
const ITEM_PARAM_ID: WordList = { mul: ['id', 'no', 'num', 'code', 'cd'] };

/**
 * Round 23: the last path segment (its extension dropped) after the item's number, naming the product
 * page: "/catalog/123456789/detail.aspx", "/<slug>/1234567/buy", "/<slug>/123456/produkt".
 */
const ITEM_PATH_CLOSING: WordList = {
  mul: ['detail', 'details', 'product', 'buy'],
  de: ['produkt'],
  cs: ['produkt'],
};
/**
 * Round 23: product paths of platforms that name their parts in words, the item id in group 1:
 * Cafe24 "/product/<name>/<product no>/category/<category no>/display/<n>/", EC-CUBE
 * "/products/detail/<product id>", 91APP "/SalePage/Index/<id>".
 */
export const PLATFORM_ITEM_PATH: readonly RegExp[] = [
  /\/product\/[^/]+\/(\d{1,10})\/category\/\d+\/display\/\d+\/?$/,
  /\/products\/detail\/(\d{1,10})\/?$/,
  /\/SalePage\/Index\/(\d{3,12})\/?$/i,
];
/** The last path segment after a numeric item id (ITEM_PATH_CLOSING). */
export const ITEM_PATH_CLOSING_TEXT = /* @__PURE__ */ whole(ITEM_PATH_CLOSING);
/** A URL path segment after which the next one is the item id. */
export const ITEM_PATH_SEGMENT_TEXT = /* @__PURE__ */ whole(ITEM_PATH_SEGMENT);
/** A query key of the item id (ITEM_PARAM_OWNER, then ITEM_PARAM_ID or nothing; any case). */
export const ITEM_ID_PARAM_KEY = /* @__PURE__ */ lazy(
  () => `^(?:${alt(ITEM_PARAM_OWNER)})(?:[-_]?(?:${alt(ITEM_PARAM_ID)}))?$`,
  'i',
);

/** Amazon's availability line: out of stock (test first), in stock. */
export const AMAZON_OUT_OF_STOCK_TEXT = /* @__PURE__ */ lazy(() => alt(AMAZON_OUT_OF_STOCK), 'i');
export const AMAZON_IN_STOCK_TEXT = /* @__PURE__ */ lazy(
  () => `${alt(AMAZON_IN_STOCK)}|${alt(AMAZON_FEW_LEFT).replace(/#/g, String.raw`\d+`)}`,
  'i',
);
/** Amazon's byline: "Visit the X Store" (group 1 the brand), "Brand: X", "by X (Author)". */
export const AMAZON_STORE_BYLINE = /* @__PURE__ */ lazy(
  () => String.raw`^(?:${alt(AMAZON_VISIT_STORE)})\s+(.+?)(?:[- ]store|[- ]shop)?$`,
  'i',
);
export const AMAZON_BRAND_BYLINE = /* @__PURE__ */ lazy(
  () => String.raw`^(?:${alt(AMAZON_BRAND_WORD)})\s*:\s*(.+)$`,
  'i',
);
export const AMAZON_AUTHOR_BYLINE = /* @__PURE__ */ lazy(
  () => String.raw`^(?:${alt(AMAZON_BY)})\s+(.+?)\s*\((?:${alt(AMAZON_AUTHOR)})`,
  'i',
);
/** A breadcrumb back to the results. */
export const AMAZON_BACK_LINK = /* @__PURE__ */ lazy(() => alt(AMAZON_BACK), 'i');
/** Amazon order pages' total label (group-free; the caller appends the amount). */
export const AMAZON_ORDER_TOTAL_LABEL = /* @__PURE__ */ lazy(
  () => String.raw`(?:${alt(AMAZON_ORDER_TOTAL)})\s*:?\s*`,
  'i',
);
/** An order's total: the grand total label and its amount (group 1), or else any total label's. */
export const AMAZON_GRAND_TOTAL_AMOUNT = /* @__PURE__ */ lazy(
  () => String.raw`(?:${alt(AMAZON_GRAND_TOTAL)})\s*:?\s*([^A-Za-z]{1,30})`,
  'i',
);
export const AMAZON_ORDER_TOTAL_AMOUNT = /* @__PURE__ */ lazy(
  () => String.raw`(?:${alt(AMAZON_ORDER_TOTAL)})\s*:?\s*([^A-Za-z]{1,30})`,
  'i',
);
/** The order date after its label (group 1): on an order's details page, and on a history card. */
export const AMAZON_ORDERED_ON_DATE = /* @__PURE__ */ lazy(
  () => String.raw`(?:${alt(AMAZON_ORDERED_ON)})\s*([^|]{6,40})`,
  'i',
);
export const AMAZON_ORDER_PLACED_DATE = /* @__PURE__ */ lazy(
  () => String.raw`(?:${alt(AMAZON_ORDER_PLACED)})\s*([^|]{6,40})`,
  'i',
);
/** Walmart's card price after its screen-reader label (group 1). */
export const WALMART_PRICE_LABEL = /* @__PURE__ */ lazy(
  () => String.raw`(?:${alt(WALMART_CURRENT_PRICE)})\s*(?:(?:${alt(WALMART_NOW)})\s*)?(\D{0,6}\d[\d.,]*)`,
  'i',
);
/** The start of the text after a buy-box price that makes it a unit price: "/" or "per". */
export const AMAZON_UNIT_PRICE_AFTER = /* @__PURE__ */ lazy(
  () => String.raw`^\s*\/|^\s*(?:${alt(AMAZON_PER_UNIT)})${WORD_END}`,
  'i',
);

/** Every list, for the tests (lowercase, no duplicates); a function, so that no bundle keeps the lists for it. */
export const factLists = (): Readonly<Record<string, WordList>> => ({
  WEIGHT_UNIT_IN_TEXT,
  DIMENSION_UNIT,
  DIMENSION_UNIT_LAST,
  DIMENSION_UNIT_SIGN,
  EXTENT_WORD,
  EXTENT_LETTER,
  ITEM_WEIGHT_LEAD,
  WEIGHT_AFTER_LEAD,
  ITEM_WEIGHT_LABEL,
  WEIGHT_LABEL,
  ITEM_DIMENSION_LEAD,
  DIMENSION_WORD,
  ITEM_DIMENSION_LABEL,
  DIMENSION_LABEL,
  PACKAGE_WORD,
  PACK_NOUN,
  PACK_OF,
  PACK_COUNT_UNIT,
  TILE_PACK_NOUN,
  TILE_PACK_UNIT,
  TILE_PACK_ER_UNIT,
  TILE_LOT_NOUN,
  TILE_PIECES,
  ITEM_PATH_SEGMENT,
  ITEM_PATH_CLOSING,
  ITEM_PARAM_OWNER,
  ITEM_PARAM_ID,
  AMAZON_OUT_OF_STOCK,
  AMAZON_IN_STOCK,
  AMAZON_FEW_LEFT,
  AMAZON_VISIT_STORE,
  AMAZON_BRAND_WORD,
  AMAZON_BY,
  AMAZON_AUTHOR,
  AMAZON_BACK,
  AMAZON_ORDER_TOTAL,
  AMAZON_GRAND_TOTAL,
  AMAZON_ORDERED_ON,
  AMAZON_ORDER_PLACED,
  AMAZON_PER_UNIT,
  WALMART_CURRENT_PRICE,
  WALMART_NOW,
  ...Object.fromEntries(WEIGHT_UNIT.map((u, i) => [`WEIGHT_UNIT[${i}]`, u.words])),
  ...Object.fromEntries(LENGTH_UNIT.map((u, i) => [`LENGTH_UNIT[${i}]`, u.words])),
});
