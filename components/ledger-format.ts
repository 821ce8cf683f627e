/** Numbers and dates for the popup and options, through Intl in the user's locale. */
import { convertPrice, type FxRates } from '../lib/ledger/display-price';

/** The display currency from the options, the rates to reach it, and how to say "converted". */
export interface DisplayCurrency {
  currency: string | null;
  rates: FxRates;
  converted(converted: string, original: string, year: number): string;
}
export interface LedgerFormat {
  /** "3.1 kg CO2e", "1.2 t CO2e"; "0 kg CO2e" for nothing. */
  kg(kg: number): string;
  /** "Mar 2026" */
  month(yyyyMm: string): string;
  /** "M" — the chart's axis label. */
  monthShort(yyyyMm: string): string;
  day(iso: string): string;
  money(amount: number | null, currency: string | null): string;
  /** A purchase's price in the display currency at its own year's rate, the original beside it; else as bought. */
  price(amount: number | null, currency: string | null, day: string): string;
  percent(share: number): string;
  /** A whole number, grouped as the language does ("10,000", "10.000"). */
  count(n: number): string;
}

export function ledgerFormat(locale: string | undefined, display?: DisplayCurrency): LedgerFormat {
  const num = (digits: number) => new Intl.NumberFormat(locale, { maximumSignificantDigits: digits });
  const two = num(2);
  const three = num(3);
  const monthFmt = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const monthShort = new Intl.DateTimeFormat(locale, { month: 'narrow', timeZone: 'UTC' });
  const dayFmt = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' });
  const pct = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const toDate = (m: string) => new Date(`${m}-01T00:00:00Z`);
  const money = (amount: number | null, currency: string | null) => {
    if (amount === null) return '';
    try {
      return currency
        ? new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amount)
        : two.format(amount);
    } catch {
      return `${amount} ${currency ?? ''}`.trim();
    }
  };
  return {
    kg(kg) {
      if (!Number.isFinite(kg) || kg < 0) return '?';
      if (kg === 0) return '0 kg CO2e';
      if (kg >= 1000) return `${two.format(kg / 1000)} t CO2e`;
      if (kg < 0.01) return `< ${num(1).format(0.01)} kg CO2e`;
      return `${(kg >= 100 ? three : two).format(kg)} kg CO2e`;
    },
    month: (m) => monthFmt.format(toDate(m)),
    monthShort: (m) => monthShort.format(toDate(m)),
    day: (iso) => dayFmt.format(new Date(iso)),
    money,
    price(amount, currency, day) {
      const to = display?.currency;
      if (amount === null || !currency || !to || currency === to) return money(amount, currency);
      const c = convertPrice(amount, currency, to, day, display.rates);
      return c ? display.converted(money(c.amount, to), money(amount, currency), c.year) : money(amount, currency);
    },
    percent: (share) => pct.format(share),
    count: (n) => whole.format(n),
  };
}
