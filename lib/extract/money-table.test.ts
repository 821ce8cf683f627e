/**
 * The price-text parser over a broad table of price strings as shops print them, by language and
 * currency: every grouping convention (1.234,56 / 1 234,56 / 1'234.56 / 1,234.56 / 12,34,567.00),
 * currencies without minor units (CLP, ARS-style "24.990", KRW, JPY, TWD, HUF), prefix/suffix
 * signs, ISO codes, local words (원, 元, 円, руб., р., ₸, zł, Kč, Ft, kn, лв, NT$, HK$, R$, S/),
 * "from" prices, list prices, ranges, and numbers that are not prices at all.
 *
 * Expected: "amount CUR" plus " from" / " list" flags, or null (not one item price).
 */
import { describe, expect, it } from 'vitest';
import { readPriceText, type MoneyHints } from './money';

type Row = [text: string, expected: string | null];
interface Group {
  lang: string;
  hints: MoneyHints;
  rows: Row[];
}

const TABLE: Group[] = [
  {
    lang: 'en',
    hints: { host: 'www.shop.com' },
    rows: [
      ['$19.99', '19.99 USD'],
      ['$1,299.00', '1299 USD'],
      ['US $12.99', '12.99 USD'],
      ['USD 49.50', '49.5 USD'],
      ['$ 87.11', '87.11 USD'],
      ['Now $64.00', '64 USD'],
      ['Sale $29.99', '29.99 USD'],
      ['Price: $1,049.95', '1049.95 USD'],
      ['From $19.99', '19.99 USD from'],
      ['Starting at $249', '249 USD from'],
      ['As low as$19.00', '19 USD from'],
      ['Was $79.00', '79 USD list'],
      ['List: $49.99', '49.99 USD list'],
      ['Reg. price $35.00', '35 USD list'],
      ['Compare at $120.00', '120 USD list'],
      ['MSRP $599.99', '599.99 USD list'],
      ['Typical price $24.99', '24.99 USD list'],
      ['$10 - $20', null],
      ['$24.99 – $39.99', null],
      ['$5.99/mo', null],
      ['$41.58/mo. for 24 mos.', null],
      ['or 4 payments of $12.50', null],
      ['+ $5.99 shipping', null],
      ['Shipping: $4.99', null],
      ['You save $15.00', null],
      ['Save $10', null],
      ['Subtotal $84.97', null],
      ['($6.24 / Count)', null],
      ['$0.42 per ounce', null],
      ['4.5 out of 5 stars', null],
      ['1,234 ratings', null],
      ['Model 2024', null],
      ['-20%', null],
      ['20% off', null],
      ['Only 3 left in stock', null],
      ['Item 4412', null],
    ],
  },
  {
    lang: 'en',
    hints: { host: 'www.shop.co.uk' },
    rows: [
      ['£4.45', '4.45 GBP'],
      ['£1,299', '1299 GBP'],
      ['£28.00', '28 GBP'],
      ['Now £45', '45 GBP'],
      ['Was £60', '60 GBP list'],
      ['RRP £89.99', '89.99 GBP list'],
      ['Now £19.50 Was £39', '19.5 GBP'],
      ['From £12', '12 GBP from'],
      ['£15 - £25', null],
      ['£3.95 delivery', null],
      ['Delivery £4.95', null],
      ['£2.50 per 100g', null],
      ['£22.00 inc. VAT', '22 GBP'],
      ['GBP 9.99', '9.99 GBP'],
    ],
  },
  {
    lang: 'en',
    hints: { host: 'www.shop.ca' },
    rows: [
      ['$24.99', '24.99 CAD'],
      ['C$ 12.50', '12.5 CAD'],
      ['CA$1,049.99', '1049.99 CAD'],
      ['CAD 89.00', '89 CAD'],
    ],
  },
  {
    lang: 'en',
    hints: { host: 'www.shop.com.au' },
    rows: [
      ['$39.95', '39.95 AUD'],
      ['A$5', '5 AUD'],
      ['AU$ 129.00', '129 AUD'],
      ['AUD 1,199', '1199 AUD'],
      ['Afterpay 4 x $9.99', null],
    ],
  },
  {
    lang: 'en',
    hints: { host: 'www.shop.co.nz' },
    rows: [
      ['NZ$ 59.90', '59.9 NZD'],
      ['$149.00', '149 NZD'],
    ],
  },
  {
    lang: 'en',
    hints: { host: 'www.shop.com.sg' },
    rows: [
      ['S$ 35.90', '35.9 SGD'],
      ['SGD 1,299.00', '1299 SGD'],
      ['$12.90', '12.9 SGD'],
    ],
  },
  {
    lang: 'en',
    hints: { host: 'www.shop.in' },
    rows: [
      ['₹1,23,456', '123456 INR'],
      ['₹ 12,34,567.00', '1234567 INR'],
      ['Rs. 499', '499 INR'],
      ['Rs 1,299', '1299 INR'],
      ['₹2,499.00', '2499 INR'],
      ['M.R.P.: ₹3,999.00', '3999 INR'],
      ['INR 750', '750 INR'],
    ],
  },
  {
    lang: 'en',
    hints: { host: 'www.shop.co.za' },
    rows: [
      ['R 1 299,00', '1299 ZAR'],
      ['R299', '299 ZAR'],
      ['R1,499.00', '1499 ZAR'],
      ['ZAR 89.95', '89.95 ZAR'],
    ],
  },
  {
    lang: 'en',
    hints: { host: 'www.shop.com.my' },
    rows: [
      ['RM 129.00', '129 MYR'],
      ['RM1,299.00', '1299 MYR'],
    ],
  },
  {
    lang: 'en',
    hints: { host: 'www.shop.ph' },
    rows: [
      ['₱1,299.00', '1299 PHP'],
      ['₱ 499', '499 PHP'],
    ],
  },
  {
    lang: 'en',
    hints: { host: 'www.shop.com.hk' },
    rows: [
      ['HK$1,299', '1299 HKD'],
      ['HK$ 88.00', '88 HKD'],
      ['HKD 2,390', '2390 HKD'],
    ],
  },
  {
    lang: 'en',
    hints: { host: 'www.shop.ng' },
    rows: [
      ['₦ 12,500', '12500 NGN'],
      ['₦4,999.00', '4999 NGN'],
    ],
  },
  {
    lang: 'en',
    hints: { host: 'www.shop.co.ke' },
    rows: [
      ['KSh 1,499', '1499 KES'],
      ['KES 2,350', '2350 KES'],
    ],
  },
  {
    lang: 'de',
    hints: { host: 'www.shop.de' },
    rows: [
      ['1.234,56 €', '1234.56 EUR'],
      ['12,99 €', '12.99 EUR'],
      ['€ 12,99', '12.99 EUR'],
      ['EUR 2.998,00', '2998 EUR'],
      ['29,– €', '29 EUR'],
      ['19,95 €*', '19.95 EUR'],
      ['ab 19,99 €', '19.99 EUR from'],
      ['Ab 5,99 €', '5.99 EUR from'],
      ['UVP 49,99 €', '49.99 EUR list'],
      ['statt 39,99 €', '39.99 EUR list'],
      ['Streichpreis 89,00 €', '89 EUR list'],
      ['bisher 24,95 €', '24.95 EUR list'],
      ['Niedrigster Preis der letzten 30 Tage: 59,99 €', '59.99 EUR list'],
      ['10 € bis 20 €', null],
      ['10,00 € – 20,00 €', null],
      ['Versand 4,95 €', null],
      ['zzgl. Versandkosten 4,90 €', null],
      ['mtl. 24,99 €', null],
      ['monatlich 12,50 €', null],
      ['Sie sparen 10,00 €', null],
      ['(6,24 € / Stück)', null],
      ['1 kg = 4,99 €', null],
      ['4,99 € pro kg', null],
      ['inkl. 19% MwSt. 29,99 €', '29.99 EUR'],
      ['29,99 € inkl. MwSt., zzgl. Versand', '29.99 EUR'],
      ['Art.-Nr. 123456', null],
      ['Größe 42', null],
      ['4,7 von 5 Sternen', null],
      ['12.03.2024', null],
      ['Tel. 030 1234 5678', null],
      ['0,5 l', null],
    ],
  },
  {
    lang: 'de',
    hints: { host: 'www.shop.at' },
    rows: [
      ['€ 1.299,-', '1299 EUR'],
      ['EUR 49,90', '49.9 EUR'],
      ['€ 9,90', '9.9 EUR'],
    ],
  },
  {
    lang: 'de',
    hints: { host: 'www.shop.ch' },
    rows: [
      ["CHF 1'234.50", '1234.5 CHF'],
      ["1'234.50 CHF", '1234.5 CHF'],
      ['CHF 59.–', '59 CHF'],
      ['Fr. 29.90', '29.9 CHF'],
      ['CHF 12.95', '12.95 CHF'],
      ['1’299.– CHF', '1299 CHF'],
      ['SFr. 19.50', '19.5 CHF'],
      ['statt CHF 79.90', '79.9 CHF list'],
    ],
  },
  {
    lang: 'fr',
    hints: { host: 'www.boutique.fr' },
    rows: [
      ['1 234,56 €', '1234.56 EUR'],
      ['1\u00a0234,56\u00a0€', '1234.56 EUR'],
      ['1\u202f234,56\u202f€', '1234.56 EUR'],
      ['34,99 €', '34.99 EUR'],
      ['29€99', '29.99 EUR'],
      ['£19.50 £39.00', '19.5 GBP'],
      ['à partir de 12,90 €', '12.9 EUR from'],
      ['Dès 9,99 €', '9.99 EUR from'],
      ['Prix barré 59,99 €', '59.99 EUR list'],
      ['au lieu de 45,00 €', '45 EUR list'],
      ['avant 89 €', '89 EUR list'],
      ['Prix de référence : 129,00 €', '129 EUR list'],
      ['Livraison 4,90 €', null],
      ['Frais de port : 5,99 €', null],
      ['ou 4 x 12,50 €', null],
      ['Économisez 15 €', null],
      ['12,50 € le kg', null],
      ['soit 2,49 €/L', null],
      ['49,99 € TTC', '49.99 EUR'],
      ['Réf. 48211', null],
    ],
  },
  {
    lang: 'fr',
    hints: { host: 'www.boutique.be' },
    rows: [
      ['€ 24,95', '24.95 EUR'],
      ['1.099,00 €', '1099 EUR'],
    ],
  },
  {
    lang: 'es',
    hints: { host: 'www.tienda.es' },
    rows: [
      ['1.234,56 €', '1234.56 EUR'],
      ['19,95 €', '19.95 EUR'],
      ['Desde 9,99 €', '9.99 EUR from'],
      ['PVP 59,99 €', '59.99 EUR list'],
      ['Precio anterior: 79,99 €', '79.99 EUR list'],
      ['Antes 45,00 €', '45 EUR list'],
      ['Envío 3,99 €', null],
      ['Ahorra 10 €', null],
      ['4,50 €/kg', null],
      ['IVA incluido 29,90 €', '29.9 EUR'],
    ],
  },
  {
    lang: 'es',
    hints: { host: 'www.tienda.com.ar' },
    rows: [
      ['$ 24.990', '24990 ARS'],
      ['$24.990', '24990 ARS'],
      ['$ 1.249.990', '1249990 ARS'],
      ['$ 24.990,50', '24990.5 ARS'],
      ['ARS 15.499', '15499 ARS'],
      ['Precio anterior $ 32.990', '32990 ARS list'],
      ['6 cuotas sin interés de $ 4.165', null],
      ['12 x $ 2.499', null],
      ['x 12 cuotas $ 2.083', null],
      ['Precio sin impuestos nacionales: $ 20.653', null],
      ['Envío gratis', null],
      ['$ 18.000 - $ 24.000', null],
    ],
  },
  {
    lang: 'es',
    hints: { host: 'www.tienda.cl' },
    rows: [
      ['$24.990', '24990 CLP'],
      ['$ 1.299.990', '1299990 CLP'],
      ['CLP 9.990', '9990 CLP'],
      ['Antes $34.990', '34990 CLP list'],
    ],
  },
  {
    lang: 'es',
    hints: { host: 'www.tienda.com.mx' },
    rows: [
      ['$1,299.00', '1299 MXN'],
      ['MX$ 499', '499 MXN'],
      ['$ 899.00 MXN', '899 MXN'],
      ['12 meses sin intereses de $108.25', null],
    ],
  },
  {
    lang: 'es',
    hints: { host: 'www.tienda.com.co' },
    rows: [
      ['$ 129.900', '129900 COP'],
      ['$1.299.000', '1299000 COP'],
      ['COP 89.900', '89900 COP'],
    ],
  },
  {
    lang: 'es',
    hints: { host: 'www.tienda.pe' },
    rows: [
      ['S/ 129.90', '129.9 PEN'],
      ['S/ 1,299.00', '1299 PEN'],
      ['S/. 49.90', '49.9 PEN'],
      ['PEN 59.00', '59 PEN'],
    ],
  },
  {
    lang: 'es',
    hints: { host: 'www.tienda.com.bo' },
    rows: [
      ['Bs. 125,50', '125.5 BOB'],
      ['Bs 89', '89 BOB'],
      ['1.250,00 Bs.', '1250 BOB'],
    ],
  },
  {
    lang: 'es',
    hints: { host: 'www.tienda.com.ve' },
    rows: [
      ['Bs. 1.299,90', '1299.9 VES'],
      ['Bs.S 450,00', '450 VES'],
    ],
  },
  {
    lang: 'es',
    hints: { host: 'www.tienda.com.gt' },
    rows: [
      ['Q 249.00', '249 GTQ'],
      ['Q 1,299.00', '1299 GTQ'],
      ['Samsung 55" Q80D', null],
      ['Precio: Q 89.50', '89.5 GTQ'],
    ],
  },
  {
    lang: 'en',
    hints: { host: 'www.store.com' },
    rows: [
      ['KD 12.500', '12.5 KWD'],
      ['12.750 KD', '12.75 KWD'],
      ['BD 4.750', '4.75 BHD'],
      ['BD 1,250.500', '1250.5 BHD'],
    ],
  },
  {
    // Round 22: "KD" and "BD" are model prefixes too; only beside an amount are they dinars.
    lang: 'de',
    hints: { host: 'www.elektro.example.de' },
    rows: [
      ['BD-J5500 89,99 €', '89.99 EUR'],
      ['KD-Serie 799,00 €', '799 EUR'],
      ['KD 12.500', '12.5 KWD'],
    ],
  },
  {
    lang: 'es',
    hints: { host: 'www.tienda.com.uy' },
    rows: [
      ['$U 1.290', '1290 UYU'],
      ['UYU 2.490', '2490 UYU'],
    ],
  },
  {
    lang: 'pt',
    hints: { host: 'www.loja.com.br' },
    rows: [
      ['R$ 99,90', '99.9 BRL'],
      ['R$ 1.299,90', '1299.9 BRL'],
      ['R$1.049,00', '1049 BRL'],
      ['BRL 59,90', '59.9 BRL'],
      ['De: R$ 129,90', '129.9 BRL list'],
      ['Por: R$ 99,90', '99.9 BRL'],
      ['a partir de R$ 49,90', '49.9 BRL from'],
      ['3x de R$ 33,30', null],
      ['12x de R$ 108,33 sem juros', null],
      ['Frete R$ 15,00', null],
    ],
  },
  {
    lang: 'pt',
    hints: { host: 'www.loja.pt' },
    rows: [
      ['24,99 €', '24.99 EUR'],
      ['1.299,00 €', '1299 EUR'],
      ['Portes 3,50 €', null],
    ],
  },
  {
    lang: 'it',
    hints: { host: 'www.negozio.it' },
    rows: [
      ['1.234,56 €', '1234.56 EUR'],
      ['€ 19,90', '19.9 EUR'],
      ['29,90€', '29.9 EUR'],
      ['a partire da 9,90 €', '9.9 EUR from'],
      ['Prezzo di listino 59,00 €', '59 EUR list'],
      ['invece di 45,00 €', '45 EUR list'],
      ['Prezzo consigliato 89,99 €', '89.99 EUR list'],
      ['3 rate da 33,30 €', null],
      ['Spedizione 5,90 €', null],
      ['Risparmi 10,00 €', null],
      ['€ 12,50/kg', null],
    ],
  },
  {
    lang: 'nl',
    hints: { host: 'www.winkel.nl' },
    rows: [
      ['€ 12,95', '12.95 EUR'],
      ['€ 1.299,-', '1299 EUR'],
      ['vanaf € 12,95', '12.95 EUR from'],
      ['Adviesprijs € 49,99', '49.99 EUR list'],
      ['Van: € 29,99', '29.99 EUR list'],
      ['Verzendkosten € 4,95', null],
      ['€ 2,49 per stuk', null],
    ],
  },
  {
    lang: 'pl',
    hints: { host: 'www.sklep.pl' },
    rows: [
      ['49,99 zł', '49.99 PLN'],
      ['1 299 zł', '1299 PLN'],
      ['1 299,00 zł', '1299 PLN'],
      ['2.499,00 zł', '2499 PLN'],
      ['PLN 129,00', '129 PLN'],
      ['od 19,99 zł', '19.99 PLN from'],
      ['Cena regularna: 199,99 zł', '199.99 PLN list'],
      ['Najniższa cena z 30 dni: 149,00 zł', '149 PLN list'],
      ['Stara cena 89,99 zł', '89.99 PLN list'],
      ['Dostawa 9,99 zł', null],
      ['Wysyłka od 12,99 zł', null],
      ['10 rat po 129,90 zł', null],
      ['Oszczędzasz 50 zł', null],
      ['12,99 zł/kg', null],
    ],
  },
  {
    lang: 'cs',
    hints: { host: 'www.obchod.cz' },
    rows: [
      ['1 299 Kč', '1299 CZK'],
      ['12 990,- Kč', '12990 CZK'],
      ['349 Kč', '349 CZK'],
      ['CZK 2 490', '2490 CZK'],
      ['od 199 Kč', '199 CZK from'],
      ['Původní cena 1 599 Kč', '1599 CZK list'],
      ['Doprava 89 Kč', null],
      ['Ušetříte 300 Kč', null],
      ['Kód: 123/4567', null],
    ],
  },
  {
    lang: 'sk',
    hints: { host: 'www.obchod.sk' },
    rows: [
      ['49,90 €', '49.9 EUR'],
      ['1 299,00 €', '1299 EUR'],
      ['Pôvodná cena 59,90 €', '59.9 EUR list'],
      ['Doprava 3,90 €', null],
    ],
  },
  {
    lang: 'hu',
    hints: { host: 'www.bolt.hu' },
    rows: [
      ['12 990 Ft', '12990 HUF'],
      ['12 990,00 Ft', '12990 HUF'],
      ['1.299 Ft', '1299 HUF'],
      ['HUF 4 590', '4590 HUF'],
      ['12990 Ft', '12990 HUF'],
      ['Eredeti ár: 15 990 Ft', '15990 HUF list'],
      ['Szállítás 1 490 Ft', null],
      ['Cikkszám: 4711', null],
    ],
  },
  {
    lang: 'hr',
    hints: { host: 'www.trgovina.hr' },
    rows: [
      ['129,99 kn', '129.99 HRK'],
      ['1.299,00 kn', '1299 HRK'],
      ['19,99 €', '19.99 EUR'],
      ['1.049,00 €', '1049 EUR'],
      ['EUR 59,90', '59.9 EUR'],
      ['Stara cijena: 79,99 €', '79.99 EUR list'],
      ['Najniža cijena u zadnjih 30 dana: 69,99 €', '69.99 EUR list'],
      ['Dostava 4,50 €', null],
      ['12 rata po 10,83 €', null],
      ['Šifra: 100234', null],
    ],
  },
  {
    lang: 'ro',
    hints: { host: 'www.magazin.ro' },
    rows: [
      ['1.299,99 lei', '1299.99 RON'],
      ['49,99 Lei', '49.99 RON'],
      ['RON 129', '129 RON'],
      ['Preț vechi 159,99 lei', '159.99 RON list'],
      ['Livrare 15 lei', null],
    ],
  },
  {
    lang: 'bg',
    hints: { host: 'www.magazin.bg' },
    rows: [
      ['59,90 лв.', '59.9 BGN'],
      ['1 299,00 лв', '1299 BGN'],
      ['BGN 45,00', '45 BGN'],
      ['Стара цена 79,90 лв.', '79.9 BGN list'],
    ],
  },
  {
    lang: 'ru',
    hints: { host: 'www.magazin.ru' },
    rows: [
      ['1 299 ₽', '1299 RUB'],
      ['9 900 ₽', '9900 RUB'],
      ['1.299 руб.', '1299 RUB'],
      ['2 490 руб', '2490 RUB'],
      ['349 р.', '349 RUB'],
      ['12 990 рублей', '12990 RUB'],
      ['RUB 5 990', '5990 RUB'],
      ['от 990 ₽', '990 RUB from'],
      ['Было 1 990 ₽', '1990 RUB list'],
      ['Старая цена: 3 490 ₽', '3490 RUB list'],
      ['Доставка 299 ₽', null],
      ['от 1 083 ₽/мес', null],
      ['Рассрочка 0-0-12 от 2 500 ₽', null],
      ['Экономия 500 ₽', null],
      ['149 ₽ за 1 кг', null],
      ['Артикул 4810151', null],
    ],
  },
  {
    lang: 'be',
    hints: { host: 'www.kram.by' },
    rows: [
      ['349,00 р.', '349 BYN'],
      ['1 299,00 р.', '1299 BYN'],
      ['49,90 руб.', '49.9 BYN'],
      ['89,00 BYN', '89 BYN'],
      ['129 Br', '129 BYN'],
      ['Старая цена 399,00 р.', '399 BYN list'],
    ],
  },
  {
    lang: 'kk',
    hints: { host: 'www.dukan.kz' },
    rows: [
      ['15 990 ₸', '15990 KZT'],
      ['1 299 990 ₸', '1299990 KZT'],
      ['15 990 тг', '15990 KZT'],
      ['KZT 7 490', '7490 KZT'],
      ['от 4 990 ₸', '4990 KZT from'],
      ['Было 19 990 ₸', '19990 KZT list'],
      ['от 1 333 ₸/мес', null],
      ['Доставка 1 500 ₸', null],
    ],
  },
  {
    lang: 'uk',
    hints: { host: 'www.kramnytsia.ua' },
    rows: [
      ['1 299 ₴', '1299 UAH'],
      ['499 грн', '499 UAH'],
      ['2 499,00 грн.', '2499 UAH'],
      ['Стара ціна 599 грн', '599 UAH list'],
      ['Доставка 70 грн', null],
    ],
  },
  {
    lang: 'sr',
    hints: { host: 'www.prodavnica.rs' },
    rows: [
      ['1.299,00 din.', '1299 RSD'],
      ['RSD 4.990', '4990 RSD'],
      ['2.499 дин.', '2499 RSD'],
    ],
  },
  {
    lang: 'sv',
    hints: { host: 'www.butik.se' },
    rows: [
      ['149 kr', '149 SEK'],
      ['1 299 kr', '1299 SEK'],
      ['199:-', '199 SEK'],
      ['SEK 2 490', '2490 SEK'],
      ['Från 99 kr', '99 SEK from'],
      ['Ord. pris 299 kr', '299 SEK list'],
      ['Frakt 49 kr', null],
      ['1 249,00 kr', '1249 SEK'],
    ],
  },
  {
    lang: 'da',
    hints: { host: 'www.butik.dk' },
    rows: [
      ['149,95 kr.', '149.95 DKK'],
      ['1.299 kr.', '1299 DKK'],
      ['DKK 499,00', '499 DKK'],
      ['Fra 79 kr.', '79 DKK from'],
      ['Før 399 kr.', '399 DKK list'],
    ],
  },
  {
    lang: 'no',
    hints: { host: 'www.butikk.no' },
    rows: [
      ['1 299,-', null],
      ['kr 1 299,-', '1299 NOK'],
      ['499 kr', '499 NOK'],
      ['NOK 2 490', '2490 NOK'],
      ['Frakt 79 kr', null],
    ],
  },
  {
    lang: 'fi',
    hints: { host: 'www.kauppa.fi' },
    rows: [
      ['24,90 €', '24.9 EUR'],
      ['1 299,00 €', '1299 EUR'],
      ['alk. 9,90 €', '9.9 EUR from'],
      ['Norm. 39,90 €', '39.9 EUR list'],
      ['Toimitus 5,90 €', null],
    ],
  },
  {
    lang: 'is',
    hints: { host: 'www.verslun.is' },
    rows: [
      ['12.990 kr.', '12990 ISK'],
      ['ISK 4.990', '4990 ISK'],
    ],
  },
  {
    lang: 'tr',
    hints: { host: 'www.magaza.com.tr' },
    rows: [
      ['1.299,99 TL', '1299.99 TRY'],
      ['₺499,90', '499.9 TRY'],
      ['249,90 ₺', '249.9 TRY'],
      ['TRY 1.049', '1049 TRY'],
      ['Kargo 29,90 TL', null],
      ['3 taksit 433,33 TL', null],
    ],
  },
  {
    lang: 'el',
    hints: { host: 'www.katastima.gr' },
    rows: [
      ['19,90 €', '19.9 EUR'],
      ['1.299,00 €', '1299 EUR'],
      ['€ 49,00', '49 EUR'],
    ],
  },
  {
    lang: 'he',
    hints: { host: 'www.shop.co.il' },
    rows: [
      ['₪ 129.90', '129.9 ILS'],
      ['1,299 ₪', '1299 ILS'],
      ['ILS 89.00', '89 ILS'],
    ],
  },
  {
    lang: 'ar',
    hints: { host: 'www.shop.ae' },
    rows: [
      ['AED 1,299.00', '1299 AED'],
      ['199.00 د.إ', '199 AED'],
    ],
  },
  {
    lang: 'ar',
    hints: { host: 'www.shop.sa' },
    rows: [
      ['SAR 349', '349 SAR'],
      ['2,499 ر.س', '2499 SAR'],
    ],
  },
  {
    lang: 'ar',
    hints: { host: 'www.shop.eg' },
    rows: [
      ['EGP 1,299', '1299 EGP'],
      ['E£ 450', '450 EGP'],
    ],
  },
  {
    lang: 'ja',
    hints: { host: 'www.mise.jp' },
    rows: [
      ['¥1,280', '1280 JPY'],
      ['１，２８０円', '1280 JPY'],
      ['1,280円', '1280 JPY'],
      ['1,280円（税込）', '1280 JPY'],
      ['￥12,800', '12800 JPY'],
      ['JPY 3,980', '3980 JPY'],
      ['1,280円～', '1280 JPY from'],
      ['1,280円から', '1280 JPY from'],
      ['通常価格 3,980円', '3980 JPY list'],
      ['定価：2,200円', '2200 JPY list'],
      ['送料 550円', null],
      ['¥12.5', '13 JPY'],
      ['¥1,280.00', '1280 JPY'],
    ],
  },
  {
    lang: 'ko',
    hints: { host: 'www.gage.co.kr' },
    rows: [
      ['12,900원', '12900 KRW'],
      ['특가 9,900원', '9900 KRW'],
      ['₩12,900', '12900 KRW'],
      ['KRW 45,000', '45000 KRW'],
      ['판매가 29,000원', '29000 KRW'],
      ['9,900원~', '9900 KRW from'],
      ['정가 39,000원', '39000 KRW list'],
      ['소비자가 49,000원', '49000 KRW list'],
      ['배송비 3,000원', null],
      ['적립금 290원', null],
      ['월 9,900원 (12개월 할부)', null],
      ['1,290원/100g', null],
      ['품번: AB-1234', null],
    ],
  },
  {
    lang: 'zh-TW',
    hints: { host: 'www.shop.com.tw' },
    rows: [
      ['NT$1,290', '1290 TWD'],
      ['NT$ 1,290', '1290 TWD'],
      ['售價：NT$ 1,290', '1290 TWD'],
      ['$1,290', '1290 TWD'],
      ['1,290元', '1290 TWD'],
      ['特價 $990', '990 TWD'],
      ['TWD 2,480', '2480 TWD'],
      ['原價 $1,580', '1580 TWD list'],
      ['建議售價 NT$2,990', '2990 TWD list'],
      ['NT$1,290 起', '1290 TWD from'],
      ['運費 $60', null],
      ['分期 3 期 $430', null],
      ['NT$1,290.00', '1290 TWD'],
    ],
  },
  {
    lang: 'zh-CN',
    hints: { host: 'www.shop.cn' },
    rows: [
      ['¥199.00', '199 CNY'],
      ['￥1,299', '1299 CNY'],
      ['199元', '199 CNY'],
      ['CNY 88.00', '88 CNY'],
      ['原价 ¥299', '299 CNY list'],
      ['运费 ¥10', null],
    ],
  },
  {
    lang: 'zh-HK',
    hints: { host: 'www.shop.hk' },
    rows: [
      ['HK$ 299', '299 HKD'],
      ['$1,099', '1099 HKD'],
    ],
  },
  {
    lang: 'th',
    hints: { host: 'www.shop.co.th' },
    rows: [
      ['฿1,290', '1290 THB'],
      ['1,290 บาท', '1290 THB'],
      ['THB 599', '599 THB'],
    ],
  },
  {
    lang: 'vi',
    hints: { host: 'www.shop.vn' },
    rows: [
      ['199.000₫', '199000 VND'],
      ['1.299.000 ₫', '1299000 VND'],
      ['199.000đ', '199000 VND'],
      ['VND 2.490.000', '2490000 VND'],
    ],
  },
  {
    lang: 'id',
    hints: { host: 'www.toko.co.id' },
    rows: [
      ['Rp 150.000', '150000 IDR'],
      ['Rp1.299.000', '1299000 IDR'],
      ['IDR 75.000', '75000 IDR'],
    ],
  },
  {
    lang: 'ka',
    hints: { host: 'www.shop.ge' },
    rows: [
      ['129 ₾', '129 GEL'],
      ['GEL 49.90', '49.9 GEL'],
    ],
  },
  {
    lang: 'bh',
    hints: { host: 'www.shop.com.bh' },
    rows: [
      ['BHD 12.500', '12.5 BHD'],
      ['KWD 9.750', '9.75 KWD'],
    ],
  },
  // Extraction round 4: Arabic-Indic digits and separators, bidi marks around RTL amounts, and the
  // Gulf, Maghreb, Bosnian and Uzbek marks.
  {
    lang: 'ar',
    hints: { host: 'matjar.example.sa', locale: 'ar' },
    rows: [
      ['١٬٢٩٩٫٠٠ ر.س', '1299 SAR'],
      ['١٬٢٩٩٫٠٠\u200F ر.س', '1299 SAR'],
      ['ر.س ١٢٩', '129 SAR'],
      ['٤٩٫٩٠ ر.س', '49.9 SAR'],
      ['٢٩٩ د.إ', '299 AED'],
      ['١٢٩ ج.م', '129 EGP'],
      ['١٢٩٫٩٩٠ د.ك', '129.99 KWD'],
      ['129.990 د.ك', '129.99 KWD'],
      ['12.500 د.ب', '12.5 BHD'],
      ['1,299 ر.ق', '1299 QAR'],
      ['129.00 ر.ع', '129 OMR'],
      ['45.000 د.ا', '45 JOD'],
      ['349,00 د.م', '349 MAD'],
      ['۱۲۹ ر.س', '129 SAR'],
      ['السعر قبل الخصم ١٬٥٩٩ ر.س', '1599 SAR list'],
      ['أو ٤ دفعات بقيمة ٣٢٤٫٧٥ ر.س', null],
      ['خصم ١٩٪', null],
    ],
  },
  {
    lang: 'he',
    hints: { host: 'www.bayit.example.co.il', locale: 'he' },
    rows: [
      ['\u200F₪ 349.90', '349.9 ILS'],
      ['349.90\u200F ₪', '349.9 ILS'],
      ['1,299 ש״ח', '1299 ILS'],
      ['מחיר קודם: ₪ 429.90', '429.9 ILS list'],
      ['3 תשלומים של ₪ 116.63', null],
    ],
  },
  {
    lang: 'el',
    hints: { host: 'www.shop.example.gr', locale: 'el' },
    rows: [
      ['29,90 €', '29.9 EUR'],
      ['1.299,00 €', '1299 EUR'],
      ['Αρχική τιμή: 39,90 €', '39.9 EUR list'],
      ['12 άτοκες δόσεις των 108,25 €', null],
    ],
  },
  {
    lang: 'bs',
    hints: { host: 'www.shop.example.ba', locale: 'bs' },
    rows: [
      ['49,90 KM', '49.9 BAM'],
      ['1.299,00 KM', '1299 BAM'],
    ],
  },
  {
    lang: 'uz',
    hints: { host: 'www.shop.example.uz', locale: 'uz' },
    rows: [['10 990 000 сум', '10990000 UZS']],
  },
  {
    lang: 'vi-old-price',
    hints: { host: 'www.shop.vn', locale: 'vi' },
    rows: [
      ['Giá gốc: 14.990.000₫', '14990000 VND list'],
      ['Trả góp 0% từ 1.040.833₫', null],
    ],
  },
  {
    lang: 'id-cicilan',
    hints: { host: 'www.toko.co.id', locale: 'id' },
    rows: [
      ['Harga normal Rp 1.450.000', '1450000 IDR list'],
      ['Cicilan Rp 104.166', null],
    ],
  },
  // Extraction round 19: Persian digits and signs after the number in Gulf shops, lakh grouping,
  // dot-grouped dong and rupiah, baht; percentages and savings, which are never the price.
  {
    lang: 'ar-r19',
    hints: { host: 'matjar.example.sa', locale: 'ar' },
    rows: [
      ['۳۴۹٫۰۰ د.إ', '349 AED'],
      ['١٢٣٬٤٥٦٫٧٨ ر.س', '123456.78 SAR'],
      ['٣٤٩ SAR', '349 SAR'],
      ['AED ۴۹۹', '499 AED'],
      ['٤٩٩٫٠٠ AED', '499 AED'],
      ['ج.م ١٬٢٠٠', '1200 EGP'],
      ['SAR ١٬٠٠٠', '1000 SAR'],
      ['وفّر ٢٠١ ر.س', null],
      ['توفير ١٥٠ ر.س', null],
      ['وفر 30%', null],
      ['خصم ١٣٪', null],
    ],
  },
  {
    lang: 'en-in-r19',
    hints: { host: 'www.shop.in' },
    rows: [
      ['₹1,23,456.50', '123456.5 INR'],
      ['Rs.1,23,456', '123456 INR'],
      ['Rs. 12,34,567', '1234567 INR'],
      ['INR 1,23,456', '123456 INR'],
      ['17% off', null],
      ['Save ₹5,000', null],
      ['You save ₹2,000 (10%)', null],
    ],
  },
  {
    lang: 'hi',
    hints: { host: 'www.shop.in', locale: 'hi' },
    rows: [
      ['₹ 2,49,999', '249999 INR'],
      ['बचत ₹500', null],
    ],
  },
  {
    lang: 'vi-r19',
    hints: { host: 'www.shop.vn', locale: 'vi' },
    rows: [
      ['1.290.000 đ', '1290000 VND'],
      ['1.290.000 VNĐ', '1290000 VND'],
      ['29.000.000 ₫', '29000000 VND'],
      ['Tiết kiệm 200.000₫', null],
      ['-20%', null],
    ],
  },
  {
    lang: 'id-r19',
    hints: { host: 'www.toko.co.id', locale: 'id' },
    rows: [
      ['Rp1.250.000,00', '1250000 IDR'],
      ['Rp 12.500.000', '12500000 IDR'],
      ['Hemat Rp 250.000', null],
      ['Hemat 25%', null],
    ],
  },
  {
    lang: 'th-r19',
    hints: { host: 'www.shop.co.th', locale: 'th' },
    rows: [
      ['12,990.00 บาท', '12990 THB'],
      ['฿ 990', '990 THB'],
      ['ประหยัด ฿500', null],
      ['ลด 20%', null],
    ],
  },
  {
    lang: 'zh-tw-r19',
    hints: { host: 'www.shop.com.tw', locale: 'zh-TW' },
    rows: [
      ['省$500', null],
      ['現省NT$500', null],
      ['83折', null],
    ],
  },
  {
    lang: 'ja-r19',
    hints: { host: 'www.mise.jp', locale: 'ja' },
    rows: [
      ['30%OFF', null],
      ['500円お得', null],
      ['省¥500', null],
    ],
  },
  {
    lang: 'ko-r19',
    hints: { host: 'www.shop.co.kr', locale: 'ko' },
    rows: [
      ['할인율 15%', null],
      ['할인금액 2,300원', null],
    ],
  },
  {
    lang: 'el-r19',
    hints: { host: 'www.shop.gr', locale: 'el' },
    rows: [
      ['Κερδίζεις 150,00 €', null],
      ['-12%', null],
    ],
  },
  {
    lang: 'en-r19',
    hints: { host: 'www.shop.com' },
    rows: [
      ['SAVE 25%', null],
      ['10%', null],
      ['Save $12.00 (20%)', null],
      ['Sie sparen 20,00 € (20 %)', null],
      ['-30 %', null],
    ],
  },
  // Round 20 (price): notations and words beside the price on shops in Latin America, South-East
  // Asia, the Middle East, Oceania, the Nordics and Central Asia.
  {
    lang: 'es-r20',
    hints: { host: 'www.tienda.cl', locale: 'es-CL' },
    rows: [
      ['$ 24.990', '24990 CLP'],
      ['Precio CMR $ 19.990', null],
      ['Precio tarjeta $19.990', null],
      ['Normal: $ 29.990', '29990 CLP list'],
      ['6 x $ 4.165 sin interés', null],
      ['Precio por kilo: $ 5.990', null],
      ['2 o más $ 18.990', null],
    ],
  },
  {
    lang: 'ar-r20',
    hints: { host: 'www.shop.eg', locale: 'ar-EG' },
    rows: [
      ['1,299.00 جنيه', '1299 EGP'],
      ['LE 1,299.00', '1299 EGP'],
      ['L.E. 899', '899 EGP'],
      ['شحن مجاني للطلبات فوق 500 ج.م', null],
      ['2 or more LE 1,199.00', null],
    ],
  },
  {
    lang: 'he-r20',
    hints: { host: 'www.shop.co.il', locale: 'he' },
    rows: [
      ['149.90 NIS', '149.9 ILS'],
      ['משלוח חינם מעל ₪299', null],
      ['מחיר מועדון ₪ 129.90', null],
    ],
  },
  {
    lang: 'th-r20',
    hints: { host: 'www.shop.co.th', locale: 'th' },
    rows: [
      ['ส่งฟรีเมื่อซื้อครบ ฿500', null],
      ['เดือนละ ฿129', null],
      ['ราคาเต็ม ฿1,590', '1590 THB list'],
    ],
  },
  {
    lang: 'ms-r20',
    hints: { host: 'www.shop.com.my', locale: 'ms-MY' },
    rows: [
      ['Harga asal RM 120.00', '120 MYR list'],
      ['Ansuran RM 29.67', null],
      ['RM 29.67 x 3', null],
      ['Penghantaran percuma RM 150', null],
    ],
  },
  {
    lang: 'id-r20',
    hints: { host: 'www.toko.co.id', locale: 'id' },
    rows: [['Gratis ongkir min. Rp 100.000', null]],
  },
  {
    lang: 'ru-r20',
    hints: { host: 'www.shop.kz', locale: 'ru-KZ' },
    rows: [
      ['Kaspi Red 1 333 ₸ x 12', null],
      ['1 190 ₸ или более', null],
    ],
  },
  {
    lang: 'uk-r20',
    hints: { host: 'www.shop.ua', locale: 'uk' },
    rows: [
      ['Оплата частинами від 433 ₴', null],
      ['Звичайна ціна 1 290 грн', '1290 UAH list'],
    ],
  },
  {
    lang: 'en-r20',
    hints: { host: 'www.shop.com.au', locale: 'en-AU' },
    rows: [
      ['with Club card $3.50', null],
      ['Club price $19.99', null],
      ['2 or more $18.00', null],
      ['Zip it from $10/wk', null],
    ],
  },
  {
    lang: 'sv-r20',
    hints: { host: 'www.shop.se', locale: 'sv' },
    rows: [
      ['Klubbpris 199 kr', null],
      ['Medlemspris 199 kr', null],
    ],
  },
  {
    lang: 'nl-r20',
    hints: { host: 'www.shop.be', locale: 'nl-BE' },
    rows: [['Oorspronkelijke prijs € 49,95', '49.95 EUR list']],
  },
  {
    lang: 'tr-r20',
    hints: { host: 'www.shop.com.tr', locale: 'tr' },
    rows: [['3 adet ve üzeri 229,90 TL', null]],
  },
  {
    lang: 'ko-r20',
    hints: { host: 'www.shop.co.kr', locale: 'ko' },
    rows: [
      ['100g당 1,290원', null],
      ['무료배송 30,000원 이상', null],
    ],
  },
  // Round 23: currencies and notations that were missing (Icelandic, Norwegian and Danish "kr"
  // with ",-", HK$ and 港元, MOP and 澳門元, Rs./₨, ৳/Tk/টাকা, ₦, KSh/Ksh., S/, Bs., ₲/Gs., so'm,
  // ₾/ლარი, lei (Romania's and Moldova's), ֏/դր., "din" after an amount, RM, ₱, ฿, J$, TT$, B/.).
  {
    lang: 'is-r23',
    hints: { host: 'www.verslun.is' },
    rows: [
      ['1.299 kr.', '1299 ISK'],
      ['kr. 12.990', '12990 ISK'],
      ['4.990,- kr.', '4990 ISK'],
    ],
  },
  {
    lang: 'en-r23',
    hints: { host: 'www.shop.example.com' },
    rows: [
      ['12.990 ISK', '12990 ISK'],
      ['NOK 2 490', '2490 NOK'],
      ['HK$1,280', '1280 HKD'],
      ['HKD 399', '399 HKD'],
      ['MOP$ 158', '158 MOP'],
      ['৳ 1,250', '1250 BDT'],
      ['₦12,500', '12500 NGN'],
      ['NGN 45,000', '45000 NGN'],
      ['KSh 2,499', '2499 KES'],
      ['KES 3,500', '3500 KES'],
      ['S/ 1,299.00', '1299 PEN'],
      ['₲150.000', '150000 PYG'],
      ['UZS 125 000', '125000 UZS'],
      ["1 250 000 so'm", '1250000 UZS'],
      ['₾ 89.99', '89.99 GEL'],
      ['1.299,99 Lei', '1299.99 RON'],
      ['1 299,00 zł', '1299 PLN'],
      ['RM 129.00', '129 MYR'],
      ['₱1,299.00', '1299 PHP'],
      ['฿1,290', '1290 THB'],
      ['Rp 1.299.000', '1299000 IDR'],
      ['1.299.000₫', '1299000 VND'],
      ['₸ 15 990', '15990 KZT'],
      ['12.50 AZN', '12.5 AZN'],
      ['349,00 BYN', '349 BYN'],
      ['1.299,00 RSD', '1299 RSD'],
      ['AED 1,299', '1299 AED'],
      ['QAR 299', '299 QAR'],
      ['KWD 12.500', '12.5 KWD'],
      ['OMR 12.500', '12.5 OMR'],
      ['NZ$ 129.00', '129 NZD'],
      ['CA$49.99', '49.99 CAD'],
      ['NT$1,290', '1290 TWD'],
      ['₡12,990', '12990 CRC'],
      ['J$ 4,500', '4500 JMD'],
      ['TT$ 299.00', '299 TTD'],
      ['B/. 49.99', '49.99 PAB'],
      ['12 990 Ft', '12990 HUF'],
      ['1 299 Kč', '1299 CZK'],
      ['29,99 лв.', '29.99 BGN'],
      ['SEK 1 299', '1299 SEK'],
    ],
  },
  {
    lang: 'no-r23',
    hints: { host: 'www.butikk.no' },
    rows: [
      ['kr 1 299,-', '1299 NOK'],
      ['1.299,- kr', '1299 NOK'],
      ['kr 1.299,-', '1299 NOK'],
      ['1.299,-', null],
    ],
  },
  {
    lang: 'da-r23',
    hints: { host: 'www.butik.dk' },
    rows: [
      ['kr 1 299,-', '1299 DKK'],
      ['Kr. 1.299,-', '1299 DKK'],
    ],
  },
  {
    lang: 'zh-hk-r23',
    hints: { host: 'www.shop.com.hk' },
    rows: [
      ['HK$ 1,280.50', '1280.5 HKD'],
      ['1,280 港元', '1280 HKD'],
      ['港幣 399', '399 HKD'],
    ],
  },
  {
    lang: 'zh-mo-r23',
    hints: { host: 'www.shop.example.mo' },
    rows: [
      ['MOP 1,299.00', '1299 MOP'],
      ['158 澳門元', '158 MOP'],
    ],
  },
  {
    lang: 'zh-tw-r23',
    hints: { host: 'www.shop.example.com' },
    rows: [['新台幣 1,290 元', '1290 TWD']],
  },
  {
    lang: 'en-in-r23',
    hints: { host: 'www.shop.in' },
    rows: [
      ['Rs. 1,499', '1499 INR'],
      ['Rs. 12,34,567.00', '1234567 INR'],
    ],
  },
  {
    lang: 'en-pk-r23',
    hints: { host: 'www.shop.pk' },
    rows: [
      ['Rs. 2,350', '2350 PKR'],
      ['₨ 2,999', '2999 PKR'],
    ],
  },
  {
    lang: 'si-r23',
    hints: { host: 'www.shop.lk' },
    rows: [['Rs 4,500', '4500 LKR']],
  },
  {
    lang: 'bn-r23',
    hints: { host: 'www.shop.com.bd' },
    rows: [
      ['৳1,250.00', '1250 BDT'],
      ['Tk 1,250', '1250 BDT'],
      ['1,250 টাকা', '1250 BDT'],
    ],
  },
  {
    lang: 'en-ng-r23',
    hints: { host: 'www.shop.ng' },
    rows: [['₦ 1,250,000.00', '1250000 NGN']],
  },
  {
    lang: 'sw-r23',
    hints: { host: 'www.shop.co.ke' },
    rows: [
      ['KSh2,499.00', '2499 KES'],
      ['Ksh. 1,200', '1200 KES'],
      ['KShs 850', '850 KES'],
    ],
  },
  {
    lang: 'es-pe-r23',
    hints: { host: 'www.tienda.pe' },
    rows: [
      ['S/ 49.90', '49.9 PEN'],
      ['S/. 39.90', '39.9 PEN'],
    ],
  },
  {
    lang: 'es-bo-r23',
    hints: { host: 'www.tienda.com.bo' },
    rows: [
      ['Bs. 125,50', '125.5 BOB'],
      ['Bs 1.250,00', '1250 BOB'],
    ],
  },
  {
    lang: 'es-ve-r23',
    hints: { host: 'www.tienda.com.ve' },
    rows: [['Bs. 125,50', '125.5 VES']],
  },
  {
    lang: 'es-py-r23',
    hints: { host: 'www.tienda.com.py' },
    rows: [
      ['₲ 150.000', '150000 PYG'],
      ['Gs. 150.000', '150000 PYG'],
    ],
  },
  {
    lang: 'uz-r23',
    hints: { host: 'www.shop.example.uz' },
    rows: [
      ["125 000 so'm", '125000 UZS'],
      ['125 000 so‘m', '125000 UZS'],
      ['125 000 сум', '125000 UZS'],
    ],
  },
  {
    lang: 'ka-r23',
    hints: { host: 'www.shop.ge' },
    rows: [
      ['89,99 ₾', '89.99 GEL'],
      ['89.99 ლარი', '89.99 GEL'],
    ],
  },
  {
    lang: 'ro-r23',
    hints: { host: 'www.magazin.ro' },
    rows: [
      ['1.299,99 lei', '1299.99 RON'],
      ['1.299,99 LEI', '1299.99 RON'],
    ],
  },
  {
    lang: 'ro-md-r23',
    hints: { host: 'www.magazin.md' },
    rows: [['129,99 lei', '129.99 MDL']],
  },
  {
    lang: 'hy-r23',
    hints: { host: 'www.shop.am' },
    rows: [
      ['֏ 12,000', '12000 AMD'],
      ['12 000 դր.', '12000 AMD'],
    ],
  },
  {
    lang: 'sr-r23',
    hints: { host: 'www.prodavnica.rs' },
    rows: [
      ['1.299 din', '1299 RSD'],
      ['1.299,00 дин.', '1299 RSD'],
      ['Ušteda 30%', null],
    ],
  },
  {
    lang: 'ro-din-r23',
    hints: { host: 'www.magazin.ro' },
    rows: [['30% din preț', null]],
  },
  {
    lang: 'ms-r23',
    hints: { host: 'www.shop.com.my' },
    rows: [['RM1,299.00', '1299 MYR']],
  },
  {
    lang: 'fil-r23',
    hints: { host: 'www.shop.ph' },
    rows: [
      ['₱ 12,999', '12999 PHP'],
      ['PHP 499.00', '499 PHP'],
    ],
  },
  {
    lang: 'th-r23',
    hints: { host: 'www.shop.co.th' },
    rows: [
      ['฿ 1,290.00', '1290 THB'],
      ['1,290 บาท', '1290 THB'],
    ],
  },
  {
    lang: 'pl-r23',
    hints: { host: 'www.sklep.pl' },
    rows: [['1299,00 zł', '1299 PLN']],
  },
  {
    lang: 'es-do-r23',
    hints: { host: 'www.tienda.com.do' },
    rows: [['RD$ 1,299.00', '1299 DOP']],
  },
  {
    lang: 'de-ch-r23',
    hints: { host: 'www.shop.ch' },
    rows: [
      ['CHF 1’299.–', '1299 CHF'],
      ["Fr. 1'299.50", '1299.5 CHF'],
    ],
  },
  {
    lang: 'ar-sa-r24',
    hints: { host: 'www.shop.example.sa' },
    rows: [
      ['١٬١٤٩ ر.س', '1149 SAR'],
      ['أو قسّمها على 4 دفعات بقيمة ٢٨٧٫٢٥ ر.س بدون فوائد', null],
      ['قسّم فاتورتك على 3 دفعات بقيمة ٣٨٣ ر.س بدون أرباح مع تمارا', null],
      ['ادفع على 4 دفعات ٢٨٧٫٢٥ ر.س', null],
      ['الشحن إلى الرياض: ٢٥ ر.س', null],
    ],
  },
  {
    lang: 'en-ae-r24',
    hints: { host: 'www.shop.example.ae' },
    rows: [
      ['Dhs. 249.00', '249 AED'],
      ['Regular price Dhs. 349.00', '349 AED list'],
      ['4 interest-free payments of AED 62.25. No fees.', null],
      ['Split in 4 payments of AED 62.25 with Tamara', null],
    ],
  },
  {
    lang: 'ar-eg-r24',
    hints: { host: 'www.shop.example.eg' },
    rows: [
      ['٤٬٩٩٩٫٠٠ ج.م', '4999 EGP'],
      ['قسط يبدأ من ٤١٦٫٥٨ ج.م شهريًا مع valU', null],
      ['مصاريف الشحن للقاهرة والجيزة: ٦٠ ج.م', null],
    ],
  },
  {
    lang: 'fr-ma-r24',
    hints: { host: 'www.boutique.example.ma' },
    rows: [
      ['1 299,00 DH', '1299 MAD'],
      ['Payez en 3x 433,00 DH sans frais', null],
      ['Livraison : 35,00 DH', null],
    ],
  },
  {
    lang: 'en-pk-r24',
    hints: { host: 'www.shop.example.pk' },
    rows: [
      ['Rs.4,490.00', '4490 PKR'],
      ['Save Rs.1,500.00', null],
      ['or 3 installments of Rs.1,496.67 with baadmay', null],
    ],
  },
  {
    lang: 'bn-r24',
    hints: { host: 'www.shop.example.com.bd' },
    rows: [
      ['৳ ১,২৫০.০০', '1250 BDT'],
      ['৳১৮,৫০০', '18500 BDT'],
      ['১,২৫০ টাকা', '1250 BDT'],
      ['ঢাকার ভিতরে ডেলিভারি চার্জ ৳ ৬০', null],
      ['ইএমআই মাসিক ৳ ১০৫ থেকে', null],
    ],
  },
  {
    lang: 'hi-r24',
    hints: { host: 'www.shop.example.in' },
    rows: [['₹ १,२९९', '1299 INR']],
  },
  {
    lang: 'my-r24',
    hints: { host: 'www.shop.example.com.mm' },
    rows: [['၁၂,၀၀၀ ကျပ်', '12000 MMK']],
  },
  {
    lang: 'en-lk-r24',
    hints: { host: 'www.shop.example.lk' },
    rows: [
      ['Rs 18,990.00', '18990 LKR'],
      ['or 3 interest-free payments of Rs 6,330.00 with Mintpay', null],
      ['Island-wide delivery: Rs 450.00', null],
    ],
  },
  {
    lang: 'vi-r24',
    hints: { host: 'www.shop.example.vn' },
    rows: [
      ['1.290.000₫', '1290000 VND'],
      ['Trả góp 0% chỉ từ 107.500₫/tháng', null],
      ['Phí vận chuyển: 30.000₫', null],
      ['Tiết kiệm 300.000₫', null],
    ],
  },
  {
    lang: 'en-ph-r24',
    hints: { host: 'www.shop.example.ph' },
    rows: [
      ['₱1,499.00', '1499 PHP'],
      ['₱2.50 / 100 ml', null],
      ['or 3 payments of ₱499.67 with Atome. 0% interest.', null],
      ['Shipping fee: ₱120.00 for Metro Manila', null],
    ],
  },
  {
    lang: 'en-my-r24',
    hints: { host: 'www.shop.example.my' },
    rows: [
      ['RM89.90', '89.9 MYR'],
      ['RM8.99 / 100g', null],
      ['Pay in 4 with Grab PayLater: RM22.48 / month', null],
    ],
  },
  {
    lang: 'id-r24',
    hints: { host: 'www.toko.example.co.id' },
    rows: [
      ['Rp 1.250.000', '1250000 IDR'],
      ['Cicilan 0% mulai Rp104.167/bln', null],
      ['Ongkir mulai Rp 15.000', null],
    ],
  },
  {
    lang: 'en-au-r24',
    hints: { host: 'www.shop.example.com.au' },
    rows: [
      ['$129.95', '129.95 AUD'],
      ['Was: $159.95', '159.95 AUD list'],
      ['or 4 interest-free payments of $32.49 with Afterpay', null],
      ['Own it now, pay later from $10/wk with Zip', null],
      ['$4.33 per 100g', null],
    ],
  },
  {
    lang: 'en-nz-r24',
    hints: { host: 'www.shop.example.co.nz' },
    rows: [
      ['$59.99', '59.99 NZD'],
      ['or 6 weekly interest-free payments from $10.00 with Laybuy', null],
    ],
  },
  {
    lang: 'es-mx-r24',
    hints: { host: 'www.tienda.example.com.mx' },
    rows: [
      ['$1,299.00', '1299 MXN'],
      ['Hasta 12 MSI de $108.25', null],
      ['Ahorras $300.00', null],
    ],
  },
  {
    lang: 'es-co-r24',
    hints: { host: 'www.tienda.example.com.co' },
    rows: [
      ['$ 189.900', '189900 COP'],
      ['Antes $ 249.900', '249900 COP list'],
      ['3 cuotas sin interés de $ 63.300', null],
      ['Paga a cuotas desde $ 31.650 con Addi', null],
      ['Envío: $ 12.000 a todo el país', null],
    ],
  },
  {
    lang: 'es-cl-r24',
    hints: { host: 'www.tienda.example.cl' },
    rows: [
      ['$24.990', '24990 CLP'],
      ['Hasta 6 cuotas sin interés de $4.165', null],
      ['Despacho: $3.990 a todo Chile', null],
    ],
  },
  {
    lang: 'es-pe-r24',
    hints: { host: 'www.tienda.example.pe' },
    rows: [
      ['S/ 399.00', '399 PEN'],
      ['Precio regular S/ 549.00', '549 PEN list'],
      ['Paga en 12 cuotas de S/ 33.25', null],
    ],
  },
  {
    lang: 'en-ng-r24',
    hints: { host: 'www.shop.example.com.ng' },
    rows: [
      ['₦ 45,500', '45500 NGN'],
      ['+ shipping from ₦ 2,500 to Lekki', null],
      ['₦ 45,500 + shipping', '45500 NGN'],
      ['Pay small small: ₦ 15,167 x 3 months', null],
    ],
  },
  {
    lang: 'en-ke-r24',
    hints: { host: 'www.shop.example.co.ke' },
    rows: [
      ['KSh 3,499', '3499 KES'],
      ['Lipa Mdogo Mdogo from KSh 350 per week', null],
      ['Delivery fee: KSh 250 within Nairobi', null],
    ],
  },
  {
    lang: 'en-za-r24',
    hints: { host: 'www.shop.example.co.za' },
    rows: [
      ['R 1 299,00', '1299 ZAR'],
      ['Or split into 4x interest-free payments of R 324,75 with Payflex', null],
    ],
  },
  {
    lang: 'ka-r24',
    hints: { host: 'www.shop.example.ge' },
    rows: [
      ['149.00 ₾', '149 GEL'],
      ['განვადება 12.42 ₾ / თვე', null],
      ['მიწოდება: 5 ₾ თბილისში', null],
    ],
  },
  {
    lang: 'hy-r24',
    hints: { host: 'www.shop.example.am' },
    rows: [
      ['45 000 ֏', '45000 AMD'],
      ['Ապառիկ՝ 3 750 ֏/ամիս', null],
      ['Առաքում՝ 1 000 ֏', null],
    ],
  },
  {
    lang: 'sr-r24',
    hints: { host: 'www.prodavnica.example.rs' },
    rows: [
      ['Akcijska cena: 12.999,00 RSD', '12999 RSD'],
      ['Redovna cena: 15.999,00 RSD', '15999 RSD list'],
      ['Ušteda: 3.000,00 RSD', null],
      ['Na 12 rata od 1.083,25 RSD', null],
      ['Dostava: 390 din', null],
    ],
  },
  {
    lang: 'ro-md-r24',
    hints: { host: 'www.magazin.example.md' },
    rows: [
      ['1 299 lei', '1299 MDL'],
      ['Preț vechi: 1 599 lei', '1599 MDL list'],
      ['Rate: de la 108 lei/lună', null],
    ],
  },
  {
    lang: 'ko-r24',
    hints: { host: 'www.shop.example.co.kr' },
    rows: [
      ['KB국민카드 10% 청구할인 시 13,410원', null],
      ['카드 즉시할인 12,900원', null],
    ],
  },
  {
    lang: 'bs-r24',
    hints: { host: 'www.prodavnica.example.ba' },
    rows: [
      ['89,90 KM', '89.9 BAM'],
      ['Plaćanje na 6 rata: 14,98 KM mjesečno', null],
      ['Dostava: 7,00 KM', null],
    ],
  },
];

/** "1234.5 EUR from" -> the expected reading. */
function expected(spec: string | null) {
  if (spec === null) return null;
  const [amount, currency, flag] = spec.split(' ');
  return { amount: Number(amount), currency, from: flag === 'from', list: flag === 'list' };
}

describe('readPriceText over real-world price strings', () => {
  const rows = TABLE.flatMap((g) => g.rows.map(([text, exp]) => ({ ...g, text, exp })));

  it('covers at least 300 strings, 25 currencies and 15 languages', () => {
    expect(rows.length).toBeGreaterThanOrEqual(300);
    const currencies = new Set(rows.map((r) => r.exp?.split(' ')[1]).filter(Boolean));
    expect(currencies.size).toBeGreaterThanOrEqual(25);
    expect(new Set(TABLE.map((g) => g.lang.split('-')[0])).size).toBeGreaterThanOrEqual(15);
  });

  for (const [i, r] of rows.entries()) {
    it(`${i} [${r.lang} ${r.hints.host}] ${r.text}`, () => {
      expect(readPriceText(r.text, r.hints)).toEqual(expected(r.exp));
    });
  }
});
