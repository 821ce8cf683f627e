/**
 * Order-page words, by concept and language: the order-page section of the words module (same
 * layout as `words.ts`, apart so that product and listing code does not carry them). Order code
 * (order-generic, order-lines, order-history, order-date) imports the concept regexes at the
 * bottom, never the lists. The always-on detector's order words are in `words-buy.ts`.
 *
 * These regexes capture text (an order number, a date, an amount after its label), so a word's
 * place in its list can matter: where one word starts another ("bestel", "bestelling"), the one
 * written first is tried first. Words are matched anywhere unless a regex says otherwise; the
 * key `mul` holds signs that belong to no language ("#").
 */
import { WORD_END } from './word-edges';
import { lazy, pattern, type Pattern } from './pattern';
import { escape, plainSource, type WordList } from './words';

/** The word "order" as order pages label an order ("Order #1042", "Bestellnummer", "Commande n°"). */
export const ORDER: WordList = {
  en: ['order', 'orders'],
  de: ['bestellung', 'bestell', 'auftrag'],
  nl: ['bestel', 'bestelling'],
  fr: ['commande'],
  es: ['pedido'],
  pt: ['pedido', 'encomenda'],
  it: ['ordine'],
  pl: ['zamówienie'],
  cs: ['objednávka'],
  hu: ['rendelés'],
  tr: ['sipariş'],
  ru: ['заказ'],
  ja: ['注文'],
  ro: ['comanda', 'comandă', 'comenzii'],
};

/** "Confirmation number", "Bestätigungsnummer": only with a number mark after it (the word alone is too common). */
export const CONFIRMATION: WordList = {
  en: ['confirmation'],
  de: ['bestätigung'],
  es: ['confirmación'],
  it: ['conferma'],
  nl: ['bevestiging'],
};

/** A number mark after a label: "number", "Nr.", "n°", "#" ("Order number", "Bestellnr."). */
export const NUMBER_MARK: WordList = {
  en: ['number', 'no.', 'no'],
  de: ['nummer', 'nr.', 'nr'],
  nl: ['nummer', 'nr.', 'nr'],
  fr: ['n°', 'nº'],
  es: ['n°', 'nº', 'número'],
  it: ['n°', 'nº', 'numero'],
  pt: ['n°', 'nº', 'número', 'numero'],
  mul: ['#'],
  ro: ['nr.', 'nr', 'numărul', 'numarul'],
};
/** Marks that follow only the word "order": "Order ID", "Order confirmation", "注文番号". */
const ORDER_NUMBER_MARK: WordList = {
  en: ['id', 'confirmation'],
  ja: ['番号'],
};
/** Marks that follow only "confirmation": "Confirmation code", "Código de confirmación". */
const CONFIRMATION_NUMBER_MARK: WordList = {
  en: ['code'],
  es: ['código'],
};
/** Marks in an order-history table's order column: "Order ref.", "Référence", "Numéro de commande". */
const ORDER_COLUMN_MARK: WordList = {
  en: ['id', 'ref.', 'ref', 'reference'],
  fr: ['n°.', 'nº.', 'numéro', 'référence'],
  ja: ['番号'],
};
/** Column headings with the order word last: "Reference of order", "Référence de la commande", "Nº de pedido". */
const ORDER_COLUMN_LEAD: WordList = {
  en: ['reference', 'number', 'id'],
  fr: ['référence', 'n°', 'nº', 'n.', 'n'],
  es: ['referencia', 'número'],
  it: ['riferimento', 'numero'],
  de: ['nummer'],
};
/** ... and the word between that lead and the order word ("of", "de", "del", "dell'"); "la" may follow. */
const ORDER_COLUMN_OF: WordList = {
  en: ['of'],
  fr: ['de'],
  es: ['de', 'del'],
  it: ["dell'"],
};
const ORDER_COLUMN_ARTICLE: WordList = {
  fr: ['la'],
  es: ['la'],
};

/** "Your order number is 1042": the verb between label and number. */
const COPULA: WordList = {
  en: ['is'],
  de: ['ist'],
  fr: ['est'],
  es: ['es'],
  it: ['è'],
};

/** The order's date by its label: "Order date", "Bestellt am", "Date de la commande", "注文日". */
export const ORDER_DATE_LABEL: WordList = {
  en: ['order date', 'date ordered', 'ordered on', 'placed on', 'order placed'],
  de: ['bestelldatum', 'bestellt am', 'datum der bestellung'],
  fr: ['date de la commande', 'date de commande', 'commandé le'],
  es: ['fecha del pedido', 'fecha pedido'],
  nl: ['besteldatum', 'datum van je bestelling', 'datum van uw bestelling', 'datum van bestelling'],
  it: ["data dell'ordine", 'data ordine'],
  ja: ['注文日'],
  ro: ['data comenzii', 'plasată pe', 'plasata pe'],
};
/** The bare word "date" (as a label it must start a word: not "Update"). */
export const DATE_WORD: WordList = {
  de: ['datum'],
  nl: ['datum'],
  en: ['date'],
  fr: ['date'],
  es: ['fecha'],
  it: ['data'],
  pt: ['data'],
  ro: ['data'],
};
/** More date words, for an order-history table's column heading only (anywhere in the heading). */
const DATE_COLUMN_MORE: WordList = {
  hu: ['dátum'],
  tr: ['tarih'],
  ru: ['дата'],
  ja: ['日'],
};

/** The order's total, strong labels: "Order total", "Gesamtsumme", "Total TTC", "Totaal te betalen". */
export const ORDER_TOTAL: WordList = {
  en: ['order total', 'grand total', 'total paid', 'amount paid'],
  de: ['gesamtsumme', 'gesamtbetrag'],
  fr: ['montant total', 'total ttc'],
  es: ['importe total'],
  it: ['totale ordine'],
  nl: ['totaalbedrag', 'totaal te betalen'],
  ro: ['total comandă', 'total comanda', 'total de plată', 'total de plata'],
};
/** The plain word "total" (a label only where no strong one is found: it may also head a column). */
export const TOTAL_WORD: WordList = {
  en: ['total'],
  de: ['summe'],
  it: ['totale'],
  nl: ['totaal'],
  ro: ['total'],
};
/** "Subtotal", "Zwischensumme", "Sous-total": the sum of the lines, before shipping and tax. */
export const SUBTOTAL: WordList = {
  en: ['subtotal', 'sub-total', 'item(s) subtotal'],
  de: ['zwischensumme'],
  fr: ['sous-total'],
  it: ['subtotale'],
  nl: ['subtotaal'],
  ro: ['subtotal'],
};

/** A quantity label: "Qty: 2", "Menge 1", "Quantité : 3", "Aantal", "数量". */
export const QUANTITY: WordList = {
  en: ['qty', 'quantity'],
  de: ['menge', 'anzahl', 'stückzahl'],
  fr: ['quantité', 'qté'],
  es: ['cantidad', 'cant.'],
  it: ['quantità', 'qtà'],
  nl: ['aantal'],
  pl: ['ilość'],
  ja: ['数量'],
  ro: ['cantitate', 'cant.', 'buc.'],
};
/** A line table's quantity column may also be headed "Stück". */
const QUANTITY_HEADER_MORE: WordList = {
  de: ['stück'],
};

/** A line table's product column heading, the whole heading: "Product", "Artikel", "Bezeichnung", "商品". */
export const PRODUCT_COLUMN: WordList = {
  en: ['product', 'products', 'item', 'items', 'article', 'articles', 'description'],
  de: ['produkt', 'produkte', 'artikel', 'beschreibung', 'bezeichnung'],
  fr: ['produit', 'produits', 'article', 'articles', 'description'],
  es: ['producto', 'productos', 'artículo', 'artículos'],
  it: ['prodotto', 'prodotti', 'articolo', 'articoli'],
  nl: ['artikel'],
  ja: ['商品'],
  ro: ['produs', 'produse', 'denumire'],
};
/** A line table's price column heading, anywhere in it: "Price", "Stückpreis", "Prix unitaire", "価格". */
export const PRICE_COLUMN: WordList = {
  en: ['price', 'total'],
  de: ['preis', 'summe', 'betrag'],
  fr: ['prix', 'montant'],
  es: ['precio', 'importe'],
  it: ['prezzo', 'totale'],
  nl: ['prijs'],
  pl: ['cena'],
  ja: ['価格'],
  ro: ['preț', 'pret'],
};
/** ... naming a unit price: "Unit price", "Einzelpreis", "Prix unitaire", "Each". */
export const UNIT_PRICE_COLUMN: WordList = {
  en: ['unit', 'each'],
  de: ['einzel', 'stückpreis'],
  fr: ['unitaire'],
  es: ['unitario'],
};
/** ... naming a line total: "Total", "Summe", "Gesamt", "Montant", "Importe". */
export const LINE_TOTAL_COLUMN: WordList = {
  en: ['total'],
  de: ['summe', 'gesamt'],
  fr: ['montant'],
  es: ['importe'],
  ro: ['total'],
};
/** An order-history table's total column heading, anywhere in it: "Total", "Betrag", "Prix", "合計". */
export const ORDER_TOTAL_COLUMN: WordList = {
  en: ['total', 'price'],
  de: ['summe', 'gesamt', 'betrag', 'preis'],
  fr: ['montant', 'prix'],
  es: ['importe', 'precio'],
  it: ['totale', 'prezzo'],
  nl: ['totaal'],
  pl: ['suma'],
  cs: ['celkem'],
  ja: ['合計', '金額'],
  ro: ['total'],
};

/** A table row or block that starts with one of these is a sum, fee or discount, not an order line. */
export const NOT_A_LINE: WordList = {
  en: ['subtotal', 'sub-total', 'total', 'shipping', 'tax', 'discount'],
  de: ['zwischensumme', 'gesamt', 'summe', 'versand', 'mwst', 'rabatt'],
  fr: ['livraison', 'tva', 'remise'],
  es: ['envío', 'iva'],
  it: ['spedizione'],
  ro: ['subtotal', 'total', 'livrare', 'tva', 'reducere'],
};
/**
 * Dutch sums and fees, so far refused only as quantity blocks (order-lines), not as line-table
 * rows: taking them there changes what 4 texts of a saved Dutch page match (its "Subtotaal",
 * "Verzendkosten", "Totaal" rows; the page's expected lines stay the same either way). Kept apart
 * so the move changes nothing; the order code's owner can merge the two.
 */
const NOT_A_LINE_MORE: WordList = {
  nl: ['subtotaal', 'totaal', 'verzend'],
};

/**
 * An order confirmation's URL path: words joined by '-', '_' or nothing (a space here), matched
 * anywhere ("thank_you", "order-received", "bestellbestaetigung", "pedido-confirmado").
 */
export const ORDER_CONFIRMATION_PATH: WordList = {
  en: [
    'thank you',
    'order received',
    'order confirm',
    'order complete',
    'order success',
    'order status',
    'order detail',
    'checkout/success',
    'checkout/complete',
  ],
  de: [
    'bestell bestaetigung',
    'bestell bestätigung',
    'bestell abgeschlossen',
    'bestellung bestaetigung',
    'bestellung bestätigung',
    'bestellung abgeschlossen',
    'danke',
  ],
  nl: ['bedankt'],
  fr: ['confirmation commande', 'merci'],
  es: ['pedido confirmado', 'pedido recibido'],
  it: ['ordine confermato'],
};

/**
 * Month names and their short forms, by language, January first; a name matches when a date's
 * month word starts with it ("Sept.", "Oktober", "23 de octubre"). Polish abbreviations (sty, lut,
 * ...) are the ones shops print.
 */
export const MONTH_NAMES: Readonly<Record<string, readonly (readonly string[])[]>> = {
  en: [
    ['jan', 'january'],
    ['feb', 'february'],
    ['mar', 'march'],
    ['apr', 'april'],
    ['may'],
    ['jun', 'june'],
    ['jul', 'july'],
    ['aug', 'august'],
    ['sep', 'sept', 'september'],
    ['oct', 'october'],
    ['nov', 'november'],
    ['dec', 'december'],
  ],
  de: [
    ['januar', 'jänner'],
    ['februar'],
    ['märz', 'maerz'],
    ['april'],
    ['mai'],
    ['juni'],
    ['juli'],
    ['august'],
    ['september'],
    ['oktober', 'okt'],
    ['november'],
    ['dezember', 'dez'],
  ],
  fr: [
    ['janvier'],
    ['février', 'fevrier'],
    ['mars'],
    ['avril'],
    ['mai'],
    ['juin'],
    ['juillet'],
    ['août', 'aout'],
    ['septembre'],
    ['octobre'],
    ['novembre'],
    ['décembre', 'decembre'],
  ],
  es: [
    ['enero'],
    ['febrero'],
    ['marzo'],
    ['abril'],
    ['mayo'],
    ['junio'],
    ['julio'],
    ['agosto'],
    ['septiembre'],
    ['octubre'],
    ['noviembre'],
    ['diciembre', 'dic'],
  ],
  it: [
    ['gennaio'],
    ['febbraio'],
    ['marzo'],
    ['aprile'],
    ['maggio'],
    ['giugno'],
    ['luglio'],
    ['agosto'],
    ['settembre'],
    ['ottobre'],
    ['novembre'],
    ['dicembre', 'dic'],
  ],
  nl: [
    ['januari'],
    ['februari'],
    ['maart'],
    ['april'],
    ['mei'],
    ['juni'],
    ['juli'],
    ['augustus'],
    ['september'],
    ['oktober', 'okt'],
    ['november'],
    ['december'],
  ],
  pt: [
    ['janeiro'],
    ['fevereiro'],
    ['março', 'marco'],
    ['abril'],
    ['maio'],
    ['junho'],
    ['julho'],
    ['agosto'],
    ['setembro'],
    ['outubro'],
    ['novembro'],
    ['dezembro', 'dez'],
  ],
  ro: [
    ['ian', 'ianuarie'],
    ['feb', 'februarie'],
    ['mar', 'martie'],
    ['apr', 'aprilie'],
    ['mai'],
    ['iun', 'iunie'],
    ['iul', 'iulie'],
    ['aug', 'august'],
    ['sep', 'sept', 'septembrie'],
    ['oct', 'octombrie'],
    ['noi', 'noiembrie'],
    ['dec', 'decembrie'],
  ],
  pl: [['sty'], ['lut'], ['mar'], ['kwi'], ['maj'], ['cze'], ['lip'], ['sie'], ['wrz'], ['paź'], ['lis'], ['gru']],
};

/** An order page's URL path: the word anywhere ("/bestellung/", "/commande/12"), as URLs write it (ASCII or not). */
export const ORDER_PATH_WORD: WordList = {
  de: ['bestellung'],
  fr: ['commande'],
  ro: ['comanda', 'comenzi'],
};
/** ... and words that must end at a non-word character ("/pedidos/", not "/pedidosya"). */
export const ORDER_PATH_WORD_ENDED: WordList = {
  es: ['pedido', 'pedidos'],
  it: ['ordini'],
};

// ---------------------------------------------------------------------------------------------
// Concepts, as the order code uses them.
// Each concept is marked /* @__PURE__ */: building a Pattern has no effect a page needs, so a
// bundle keeps only the patterns (and their lists) its code imports.

const src = plainSource;

/**
 * An order page's URL path and query: the English shapes ("order-details", "/orders/", Amazon's
 * "/gp/css/order") and the path words of other languages.
 */
export const ORDER_PAGE_PATH = /* @__PURE__ */ lazy(
  () =>
    String.raw`order[-_]?(details?|history|confirm\w*|summary|status)|your-orders|\/orders?\/|${src(ORDER_PATH_WORD)}|${src(ORDER_PATH_WORD_ENDED)}${WORD_END}|\/gp\/css\/order|\/gp\/your-account\/order`,
  'i',
);

/** "Order #1001", "Bestellnummer: 302-123", "Confirmation #QX7Z2M9KD": group 1 is the id. */
export const ORDER_ID = /* @__PURE__ */ lazy(
  () =>
    String.raw`(?:${src(ORDER)}s?\s*${src(NUMBER_MARK, ORDER_NUMBER_MARK)}?|` +
    String.raw`${src(CONFIRMATION)}s?\s*${src(NUMBER_MARK, CONFIRMATION_NUMBER_MARK)})` +
    // The id holds a digit, so a word that starts a longer one ("bestel", "bestelling") gives way
    // to it instead of taking its tail ("ling") as the id.
    String.raw`\s*${src(COPULA)}?\s*[:#.]?\s*#?\s*(?=[A-Z-]*\d)([A-Z0-9][A-Z0-9-]{3,30})`,
  'i',
);
/** "Order date: 23 October 2024", "Bestellt am 23.10.2024", or a bare "Datum:": group 1 is what follows. */
export const ORDER_DATE = /* @__PURE__ */ pattern(
  () => String.raw`(?:${src(ORDER_DATE_LABEL)}|(?<!\p{L})${src(DATE_WORD)})\s*:?\s*(.{6,40})`,
  'iu',
);

/** An amount as order pages print it after a label (group 1). */
const MONEY = String.raw`((?:[A-Z]{3}\s?)?[^\p{L}\d]{0,6}\d[\d.,\s]*\s?(?:[€$£¥₹]|[A-Z]{3})?)`;
/** The order's total, strong labels first: a plain "Total" may also head a column. Group 1 is the amount. */
export const ORDER_TOTAL_AMOUNTS = [
  /* @__PURE__ */ pattern(() => String.raw`${src(ORDER_TOTAL)}\s*(?:\([^)]{0,20}\))?\s*:?\s*` + MONEY, 'iu'),
  /* @__PURE__ */ pattern(() => String.raw`(?<!\p{L})${src(TOTAL_WORD)}\s*:?\s*` + MONEY, 'iu'),
];
/** "Subtotal: 58,00 €": group 1 is the amount. */
export const SUBTOTAL_AMOUNT = /* @__PURE__ */ pattern(() => String.raw`${src(SUBTOTAL)}\s*:?\s*` + MONEY, 'iu');

/** A line table's headings (one cell's text). */
export const QUANTITY_HEADING = /* @__PURE__ */ lazy(
  () => String.raw`^${src(QUANTITY, QUANTITY_HEADER_MORE)}\.?$`,
  'i',
);
export const PRODUCT_HEADING = /* @__PURE__ */ lazy(() => String.raw`^${src(PRODUCT_COLUMN)}$`, 'i');
export const PRICE_HEADING = /* @__PURE__ */ lazy(() => src(PRICE_COLUMN), 'i');
export const UNIT_PRICE_HEADING = /* @__PURE__ */ lazy(() => src(UNIT_PRICE_COLUMN), 'i');
export const LINE_TOTAL_HEADING = /* @__PURE__ */ lazy(() => src(LINE_TOTAL_COLUMN), 'i');

/** A line-table row, and a quantity block, that is a sum, fee or discount. */
export const NOT_A_LINE_ROW = /* @__PURE__ */ lazy(() => String.raw`^${src(NOT_A_LINE)}`, 'i');
export const NOT_A_LINE_TEXT = /* @__PURE__ */ lazy(() => String.raw`^${src(NOT_A_LINE, NOT_A_LINE_MORE)}`, 'i');

/**
 * A quantity in a line's text: "Qty: 2", "Anzahl 1", "× 2", "2 x". Groups 1-3: the number (one of
 * them). The quantity word may not follow a letter; after "× 2" no digit, comma or point ("x 2,5").
 */
export const QUANTITY_TEXT = /* @__PURE__ */ pattern(
  () =>
    String.raw`(?<!\p{L})${src(QUANTITY)}\s*[:.]?\s*(\d{1,3})(?!\d)|(?:^|\s)[x×]\s?(\d{1,3})(?![\d.,])|(?:^|\s)(\d{1,3})\s?[x×](?=\s)`,
  'iu',
);
/**
 * The same in a line table's row (and removed from a line's title): the older edges of the table
 * reader, kept because the ones above change what saved pages read ("21.59 x 2.03 x 25.4 cm"
 * would give a quantity of 2 here and none above). The quantity word may follow a letter; the
 * number ends at a word edge.
 */
export const QUANTITY_IN_ROW = /* @__PURE__ */ lazy(
  () =>
    String.raw`${src(QUANTITY)}\s*[:.]?\s*(\d{1,3})${WORD_END}|(?:^|\s)[x×]\s?(\d{1,3})(?!\d)|(?:^|\s)(\d{1,3})\s?[x×](?=\s)`,
  'i',
);
/** A quantity label alone ("Anzahl") or a label with its number ("Qty: 2", "× 2"), the whole text. */
export const QUANTITY_SEED = /* @__PURE__ */ pattern(
  () => String.raw`^(?:${src(QUANTITY)}\s*[:.]?\s*(?:\d{1,3})?|[x×]\s?\d{1,3})$`,
  'iu',
);

/** An order-history table's headings: the order-number, date and total columns. */
const ofWord = (w: string) => escape(w) + (w.endsWith("'") ? String.raw`\s*` : String.raw`\s+`);
export const ORDER_COLUMN_HEADING = /* @__PURE__ */ pattern(
  () =>
    String.raw`^(?:${src(ORDER_COLUMN_LEAD)}\s+(?:${Object.values(ORDER_COLUMN_OF).flat().map(ofWord).join('|')})?(?:${src(ORDER_COLUMN_ARTICLE)}\s+)?${src(ORDER)}` +
    String.raw`|${src(ORDER)}\s*${src(NUMBER_MARK, ORDER_COLUMN_MARK)}?)\s*[:#]?$`,
  'iu',
);
export const DATE_COLUMN_HEADING = /* @__PURE__ */ pattern(() => src(DATE_WORD, DATE_COLUMN_MORE), 'iu');
export const TOTAL_COLUMN_HEADING = /* @__PURE__ */ pattern(() => src(ORDER_TOTAL_COLUMN), 'iu');

/** An order confirmation's URL path. */
export const ORDER_CONFIRMATION_URL = /* @__PURE__ */ lazy(
  () =>
    Object.values(ORDER_CONFIRMATION_PATH)
      .flat()
      .map((w) => escape(w).replace(/ /g, '[-_]?'))
      .join('|'),
  'i',
);

/** A day's ordinal ending before the month or the year: "October 23rd, 2024", "1er mars 2024". */
const DAY_ORDINAL: WordList = { en: ['st', 'nd', 'rd', 'th'] };
/** ... also before the month only: "1er mars", "1º de enero" ("23." is a mark, not a word). */
const DAY_ORDINAL_BEFORE_MONTH: WordList = { fr: ['er'], es: ['º'] };
/** The "of" between day, month and year: "23 de octubre de 2024". */
const DATE_OF: WordList = { es: ['de'], pt: ['de'] };

/** One regex per month, January first: a month word starting with one of its names. */
export const MONTH_PATTERNS: readonly Pattern[] = Array.from({ length: 12 }, (_, i) =>
  /* @__PURE__ */ lazy(
    () =>
      String.raw`^(?:${[...new Set(Object.values(MONTH_NAMES).flatMap((months) => months[i] ?? []))]
        .map(escape)
        .join('|')})`,
    'i',
  ),
);

/** A month name as dates print it (3 to 10 Latin letters, a dot after an abbreviation): a capture. */
const MONTH_WORD = String.raw`([A-Za-zÀ-ÿ]{3,10})\.?`;
/** "October 23, 2024", "Oct 23rd 2024": month (1), day (2), year (3). */
export const MONTH_DAY_YEAR = /* @__PURE__ */ lazy(
  () => String.raw`${MONTH_WORD}\s+(\d{1,2})${plainSource(DAY_ORDINAL)}?,?\s+(\d{4})`,
);
/** "23 October 2024", "23. Oktober 2024", "23 de octubre de 2024", "1er mars 2024": day (1), month (2), year (3). */
export const DAY_MONTH_YEAR = /* @__PURE__ */ lazy(
  () =>
    String.raw`(\d{1,2})(?:\.|${plainSource(DAY_ORDINAL_BEFORE_MONTH, DAY_ORDINAL)})?\s+(?:${plainSource(DATE_OF)}\s+)?${MONTH_WORD},?\s+(?:${plainSource(DATE_OF)}\s+)?(\d{4})`,
);
