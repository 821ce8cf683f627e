/** Paths and small helpers shared by the factor build modules. */
import { join } from 'node:path';
import { readCsvRecords } from '../lib/csv';

export const ROOT = join(import.meta.dirname, '..', '..');
export const RAW = join(ROOT, 'data', 'raw');
export const DATA = join(ROOT, 'data');

export function raw(file: string): Record<string, string>[] {
  return readCsvRecords(join(RAW, file));
}
export function data(file: string): Record<string, string>[] {
  return readCsvRecords(join(DATA, file));
}

/** A finite number or a build error naming the field (raw data must not silently become NaN). */
export function num(value: string, what: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n)) throw new Error(`Not a number for ${what}: "${value}"`);
  return n;
}
export function optNum(value: string | undefined): number | null {
  if (value === undefined || value.trim() === '') return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
}

/** Round to significant digits so the packs stay compact and byte-stable. */
export function sig(n: number, digits = 5): number {
  if (n === 0) return 0;
  return Number(n.toPrecision(digits));
}

export function byKey<T extends { key: string }>(rows: T[]): T[] {
  return [...rows].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

export function median(xs: number[]): number {
  return quantile(xs, 0.5);
}
/** Linear-interpolated quantile (type 7). */
export function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return NaN;
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo] + (s[hi] - s[lo]) * (pos - lo);
}
