/**
 * CSV for spreadsheets: one row per purchase, RFC 4180 quoting. A cell that a spreadsheet would
 * run as a formula (=, +, -, @ first) is prefixed with an apostrophe: shop titles are page text.
 */
import type { StoredPurchase } from './record';

const COLUMNS: [string, (p: StoredPurchase) => string | number | null][] = [
  ['date', (p) => p.day],
  ['title', (p) => p.product.title],
  ['shop', (p) => p.shop],
  ['quantity', (p) => p.quantity],
  ['price', (p) => p.price],
  ['currency', (p) => p.currency],
  ['condition', (p) => p.condition],
  ['status', (p) => p.status],
  ['category', (p) => p.category],
  ['kg_co2e', (p) => p.kgCO2e],
  ['kg_co2e_low', (p) => p.low],
  ['kg_co2e_high', (p) => p.high],
  ['tier', (p) => p.tier],
  ['factor_pack', (p) => p.packVersion],
  ['estimated_at', (p) => p.estimatedAt],
  ['source', (p) => p.source],
  ['order_id', (p) => p.orderId],
  ['url', (p) => p.product.url],
];

function cell(v: string | number | null): string {
  if (v === null) return '';
  if (typeof v === 'number') return String(v);
  const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(purchases: StoredPurchase[]): string {
  const rows = [COLUMNS.map(([name]) => name).join(',')];
  for (const p of purchases) rows.push(COLUMNS.map(([, get]) => cell(get(p))).join(','));
  return `${rows.join('\r\n')}\r\n`;
}
