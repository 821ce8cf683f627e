/** Numbers and dates for the popup and options, through Intl in the user's locale. */
export interface LedgerFormat {
  /** "3.1 kg CO2e", "1.2 t CO2e"; "0 kg CO2e" for nothing. */
  kg(kg: number): string;
  /** "Mar 2026" */
  month(yyyyMm: string): string;
  /** "M" — the chart's axis label. */
  monthShort(yyyyMm: string): string;
  day(iso: string): string;
  money(amount: number | null, currency: string | null): string;
  percent(share: number): string;
}

export function ledgerFormat(locale: string | undefined): LedgerFormat {
  const num = (digits: number) => new Intl.NumberFormat(locale, { maximumSignificantDigits: digits });
  const two = num(2);
  const three = num(3);
  const monthFmt = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const monthShort = new Intl.DateTimeFormat(locale, { month: 'narrow', timeZone: 'UTC' });
  const dayFmt = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' });
  const pct = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const toDate = (m: string) => new Date(`${m}-01T00:00:00Z`);
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
    money(amount, currency) {
      if (amount === null) return '';
      try {
        return currency ? new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amount) : two.format(amount);
      } catch {
        return `${amount} ${currency ?? ''}`.trim();
      }
    },
    percent: (share) => pct.format(share),
  };
}
