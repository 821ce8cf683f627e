/** Number formatting shared by the badge, the panel and the popup. */

/** "0.42 kg", "3.1 kg", "56 kg", "1.2 t": precision no finer than the estimate can bear. */
export function formatKg(kg: number): string {
  if (!Number.isFinite(kg) || kg < 0) return '?';
  if (kg >= 1000) return `${trim((kg / 1000).toPrecision(2))} t`;
  if (kg >= 10) return `${Math.round(kg)} kg`;
  if (kg >= 1) return `${trim(kg.toFixed(1))} kg`;
  if (kg >= 0.01) return `${trim(kg.toFixed(2))} kg`;
  return '< 0.01 kg';
}

function trim(s: string): string {
  return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
}

export function formatRange(low: number | null, high: number | null): string | null {
  if (low === null || high === null) return null;
  return `${formatKg(low)} – ${formatKg(high)}`;
}

export function formatMoney(amount: number | null, currency: string | null): string {
  if (amount === null) return '';
  if (!currency) return amount.toFixed(2);
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).format(amount);
  } catch {
    return `${amount.toFixed(2)} ${currency}`;
  }
}
