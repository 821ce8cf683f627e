/**
 * The word regexes as they were written inline before the move into the words modules (copied
 * verbatim from order-generic.ts, order-lines.ts, order-history.ts, order-date.ts,
 * lib/content/detect.ts, generic/specs.ts and generic/index.ts at main 3a63284): the "old" side of
 * `scripts/words/equivalence.ts`.
 * Not shipped; delete together with the equivalence script once nobody needs the comparison.
 */

const ID_LABEL = String.raw`(?:order|bestellung|bestell|bestel|auftrag|commande|pedido|ordine|encomenda|bestelling|zamówienie|注文)`;
const CONFIRMATION_LABEL = String.raw`(?:confirmation|bestätigung|confirmación|conferma|bevestiging)s?\s*(?:number|nummer|nr\.?|no\.?|n[°º]|#|código|code|numero|número)`;
export const ORDER_ID = new RegExp(
  String.raw`(?:` +
    ID_LABEL +
    String.raw`s?\s*(?:number|nummer|nr\.?|no\.?|n[°º]|#|id|número|numero|番号|confirmation)?|` +
    CONFIRMATION_LABEL +
    String.raw`)\s*(?:is|ist|est|es|è)?\s*[:#.]?\s*#?\s*([A-Z0-9][A-Z0-9-]{3,30})`,
  'i',
);
export const DATE_LABEL =
  /(?:order date|date ordered|ordered on|placed on|order placed|bestelldatum|bestellt am|datum der bestellung|date de (?:la )?commande|commandé le|fecha (?:del )?pedido|besteldatum|datum van (?:je |uw )?bestelling|data (?:dell'ordine|ordine)|注文日|(?<!\p{L})(?:datum|date|fecha|data))\s*:?\s*(.{6,40})/iu;
const MONEY = String.raw`((?:[A-Z]{3}\s?)?[^\p{L}\d]{0,6}\d[\d.,\s]*\s?(?:[€$£¥₹]|[A-Z]{3})?)`;
export const TOTAL_LABELS = [
  new RegExp(
    String.raw`(?:order total|grand total|total paid|amount paid|gesamtsumme|gesamtbetrag|montant total|total ttc|importe total|totale ordine|totaalbedrag|totaal te betalen)\s*(?:\([^)]{0,20}\))?\s*:?\s*` +
      MONEY,
    'iu',
  ),
  new RegExp(String.raw`(?<!\p{L})(?:total|summe|totale|totaal)\s*:?\s*` + MONEY, 'iu'),
];
export const SUBTOTAL_LABEL = new RegExp(
  String.raw`(?:subtotal|sub-total|item\(s\) subtotal|zwischensumme|sous-total|subtotale|subtotaal)\s*:?\s*` + MONEY,
  'iu',
);
export const QTY_HEADER =
  /^(?:qty|quantity|menge|anzahl|stück|quantité|qté|cantidad|cant\.|quantità|qtà|aantal|ilość|数量)\.?$/i;
export const PRODUCT_HEADER =
  /^(?:products?|produkte?|produits?|productos?|prodott[oi]|artikel|articles?|items?|description|beschreibung|bezeichnung|artículos?|articol[oi]|商品)$/i;
export const PRICE_HEADER = /price|preis|prix|precio|prezzo|prijs|cena|価格|total|summe|betrag|montant|importe|totale/i;
export const UNIT_HEADER = /unit|einzel|unitaire|unitario|each|stückpreis/i;
export const LINE_TOTAL_HEADER = /total|summe|gesamt|montant|importe/i;
export const NOT_A_LINE_GENERIC =
  /^(?:sub-?total|total|zwischensumme|gesamt|summe|versand|shipping|livraison|envío|spedizione|tax|mwst|tva|iva|discount|rabatt|remise)/i;
export const QTY_TEXT_GENERIC =
  /(?:qty|quantity|menge|anzahl|quantité|qté|cantidad|quantità|aantal|数量)\s*[:.]?\s*(\d{1,3})\b|(?:^|\s)[x×]\s?(\d{1,3})(?!\d)|(?:^|\s)(\d{1,3})\s?[x×](?=\s)/i;
export const ORDER_CONFIRMATION_URL =
  /thank[-_]?you|order[-_]?(?:received|confirm\w*|complete|success|status|details?)|checkout\/(?:success|complete)|bestell(?:ung)?[-_]?(?:bestaetigung|bestätigung|abgeschlossen)|danke|bedankt|confirmation[-_]?commande|merci|pedido[-_]?(?:confirmado|recibido)|ordine[-_]?confermato/i;

const QTY_WORD = String.raw`(?:qty|quantity|menge|anzahl|stückzahl|quantité|qté|cantidad|cant\.|quantità|qtà|aantal|ilość|数量)`;
export const QTY_TEXT_LINES = new RegExp(
  String.raw`(?<!\p{L})` +
    QTY_WORD +
    String.raw`\s*[:.]?\s*(\d{1,3})(?!\d)|(?:^|\s)[x×]\s?(\d{1,3})(?![\d.,])|(?:^|\s)(\d{1,3})\s?[x×](?=\s)`,
  'iu',
);
export const QTY_SEED = new RegExp(
  String.raw`^(?:` + QTY_WORD + String.raw`\s*[:.]?\s*(?:\d{1,3})?|[x×]\s?\d{1,3})$`,
  'iu',
);
export const NOT_A_LINE_LINES =
  /^(?:sub-?total|subtotaal|totaal|verzend|total|zwischensumme|gesamt|summe|versand|shipping|livraison|envío|spedizione|tax|mwst|tva|iva|discount|rabatt|remise)/i;

const ORDER_WORD = String.raw`(?:order|orders|bestellung|bestell|bestel|bestelling|auftrag|commande|pedido|ordine|encomenda|zamówienie|objednávka|rendelés|sipariş|заказ|注文)`;
export const ORDER_COLUMN = new RegExp(
  String.raw`^(?:(?:référence|reference|referencia|riferimento|n[°º.]?|número|numero|nummer|number|id)\s+(?:de\s+|del\s+|of\s+|dell'\s*)?(?:la\s+)?` +
    ORDER_WORD +
    String.raw`|` +
    ORDER_WORD +
    String.raw`\s*(?:#|no\.?|nr\.?|n[°º]\.?|number|nummer|numéro|número|numero|id|ref\.?|reference|référence|番号)?)\s*[:#]?$`,
  'iu',
);
export const DATE_COLUMN = /date|datum|fecha|data|dátum|tarih|дата|日/iu;
export const TOTAL_COLUMN =
  /total|summe|gesamt|betrag|montant|importe|totale|totaal|prix|price|preis|precio|prezzo|suma|celkem|合計|金額/iu;

export const MONTHS: [RegExp, number][] = [
  [/^(?:jan|january|januar|jänner|janvier|enero|gennaio|januari|janeiro|sty)/i, 1],
  [/^(?:feb|february|februar|février|fevrier|febrero|febbraio|februari|fevereiro|lut)/i, 2],
  [/^(?:mar|march|märz|maerz|mars|marzo|maart|março|marco)/i, 3],
  [/^(?:apr|april|avril|abril|aprile|kwi)/i, 4],
  [/^(?:may|mai|mayo|maggio|mei|maio|maj)/i, 5],
  [/^(?:jun|june|juni|juin|junio|giugno|junho|cze)/i, 6],
  [/^(?:jul|july|juli|juillet|julio|luglio|julho|lip)/i, 7],
  [/^(?:aug|august|août|aout|agosto|augustus|sie)/i, 8],
  [/^(?:sep|sept|september|septembre|septiembre|settembre|setembro|wrz)/i, 9],
  [/^(?:oct|october|oktober|octobre|octubre|ottobre|outubro|okt|paź)/i, 10],
  [/^(?:nov|november|novembre|noviembre|novembro|lis)/i, 11],
  [/^(?:dec|december|dezember|décembre|decembre|diciembre|dicembre|dezembro|dic|dez|gru)/i, 12],
];

export const DETECT_ORDER_URL =
  /(?:order|checkout|thank|confirm|receipt|bestell|bedankt|commande|pedido|ordine|zamowienie|objednavk|tilaus|ordre)/i;
export const DETECT_ORDER_WORDS =
  /(?:\border\b|\borders\b|bestellung|bestellbest|bedankt|bestelling|commande|pedido|ordine|zamówien|objednávk|tilaus|beställning|thank you for your purchase|receipt)/i;

export const ITEM_COUNT_LABEL =
  /^(number of items|item package quantity|unit count|pack size|package quantity|anzahl der (artikel|einheiten)|packungsgröße|stückzahl|nombre d'articles|nombre de pièces|número de artículos|número de piezas|numero di articoli|numero di pezzi|入数|個数)$/;
export const BRAND_LABEL = /^(brand|brand name|marke|markenname|marque|marca|ブランド|ブランド名)$/;
export const CART_HEADING =
  /^(?:your |my |shopping )?(?:cart|basket|bag|shopping bag|warenkorb|panier|mon panier|carrito|carrello|winkelwagen|koszyk|varukorg|kurv|handlekurv|ostoskori|カート|買い物かご|ショッピングカート)\b/i;
export const CART_PATH =
  /\/(?:cart|basket|bag|warenkorb|panier|carrito|carrello|winkelwagen|koszyk|checkout\/cart)\/?$/i;
export const CART_WORDS =
  /^(?:add to (?:cart|bag|basket|trolley)|add to shopping (?:cart|bag)|buy now|in den (?:warenkorb|einkaufswagen)|jetzt kaufen|ajouter au panier|acheter|añadir al (?:carrito|cesta)|comprar|aggiungi al carrello|acquista|in (?:de )?winkelwagen|toevoegen aan winkelwagen|do koszyka|カートに入れる)/i;
