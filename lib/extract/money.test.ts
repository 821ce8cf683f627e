import { describe, expect, it } from 'vitest';
import { currencyFromHost, parseAmount, parseMoney } from './money';

describe('parseMoney', () => {
  it.each([
    ['1.234,56 €', 1234.56, 'EUR'],
    ['£4.45', 4.45, 'GBP'],
    ['$ 87.11', 87.11, 'USD'],
    ['CHF 59.–', 59, 'CHF'],
    ['¥1,280', 1280, 'JPY'],
    ['１，２８０円', 1280, 'JPY'],
    ['₹1,23,456', 123456, 'INR'],
    ['R$ 99,90', 99.9, 'BRL'],
    ['EUR 2.998,00', 2998, 'EUR'],
    ['US $12.99', 12.99, 'USD'],
    ['12,99 €', 12.99, 'EUR'],
    ['1\u00a0234,56\u00a0€', 1234.56, 'EUR'],
    ['1\u202f234,56\u202f€', 1234.56, 'EUR'],
    ['C$ 12.50', 12.5, 'CAD'],
    ['A$5', 5, 'AUD'],
    ['49,99 zł', 49.99, 'PLN'],
    ["1'234.50 CHF", 1234.5, 'CHF'],
    ['$12.48 ($6.24 / Count)', 12.48, 'USD'],
  ])('%s', (text, amount, currency) => {
    expect(parseMoney(text)).toEqual({ amount, currency });
  });

  it('disambiguates $, kr and ¥ by host or locale', () => {
    expect(parseMoney('$5', { host: 'www.amazon.ca' })?.currency).toBe('CAD');
    expect(parseMoney('149 kr', { host: 'www.ikea.se' })?.currency).toBe('SEK');
    expect(parseMoney('149 kr', { locale: 'da-DK' })?.currency).toBe('DKK');
    expect(parseMoney('149 kr')?.currency).toBeNull();
    expect(parseMoney('¥99', { locale: 'zh-CN' })?.currency).toBe('CNY');
  });

  it('falls back to the hinted or host currency when the text has no symbol', () => {
    expect(parseMoney('12.99', { host: 'www.amazon.de' })).toEqual({ amount: 12.99, currency: 'EUR' });
    expect(parseMoney('12.99', { currency: 'GBP', host: 'www.amazon.de' })?.currency).toBe('GBP');
    expect(parseMoney('12.99')?.currency).toBeNull();
  });

  it('returns null for ranges (no single price until a variant is chosen)', () => {
    expect(parseMoney('$10 - $20')).toBeNull();
    expect(parseMoney('10 € bis 20 €')).toBeNull();
    expect(parseMoney('10,00 € – 20,00 €')).toBeNull();
  });

  it.each(['1e309', 'NaN', '-5', '€ -3', '−5 €', 'Infinity', '', 'free', '99999999999'])('rejects %s', (text) => {
    expect(parseMoney(text)).toBeNull();
  });
});

describe('parseAmount', () => {
  it('reads machine decimals without grouping', () => {
    expect(parseAmount('1234.5')).toBe(1234.5);
    expect(parseAmount('2.998')).toBe(2.998);
    expect(parseAmount(49.99)).toBe(49.99);
    expect(parseAmount('1.234,56')).toBe(1234.56);
  });
  it.each([NaN, Infinity, -1, '-1', '1e309', null, {}, 'NaN'])('rejects %s', (v) => {
    expect(parseAmount(v)).toBeNull();
  });
});

describe('currencyFromHost', () => {
  it.each([
    ['www.amazon.co.uk', 'GBP'],
    ['www.amazon.de', 'EUR'],
    ['www.amazon.co.jp', 'JPY'],
    ['www.amazon.in', 'INR'],
    ['www.amazon.com', null],
    ['www.zalando.ch', 'CHF'],
    [null, null],
  ])('%s -> %s', (host, cur) => expect(currencyFromHost(host)).toBe(cur));
});

describe('parseMoney: the amount is the number the currency sign sits on', () => {
  it('skips a leading unsigned number when a later one carries the sign', () => {
    expect(parseMoney('Four mugs, each 350 ml. Now $24.99.')).toEqual({ amount: 24.99, currency: 'USD' });
    expect(parseMoney('ou 3x de R$ 33,30 sem juros')).toEqual({ amount: 33.3, currency: 'BRL' });
    expect(parseMoney('$12.48 ($6.24 / Count)')?.amount).toBe(12.48);
    expect(parseMoney('1e309 €')).toBeNull();
  });
});

describe('more currency signs and hosts', () => {
  it('reads TL, S/, Rp, R (rand) and лв, and a bare .co domain says nothing', () => {
    expect(parseMoney('2.499,00 TL')).toEqual({ amount: 2499, currency: 'TRY' });
    expect(parseMoney('S/ 49.90')).toEqual({ amount: 49.9, currency: 'PEN' });
    expect(parseMoney('Rp 150.000')).toEqual({ amount: 150000, currency: 'IDR' });
    expect(parseMoney('R 199,99')).toEqual({ amount: 199.99, currency: 'ZAR' });
    expect(parseMoney('R$ 99,90')?.currency).toBe('BRL');
    expect(parseMoney('12 лв.')?.currency).toBe('BGN');
    expect(currencyFromHost('goods.co')).toBeNull();
    expect(currencyFromHost('tienda.com.co')).toBe('COP');
  });
});
