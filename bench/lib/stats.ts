/** Summary statistics of a figure's samples (nearest-rank percentiles). */
export function quantile(xs: number[], q: number): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
}

export function median(xs: number[]): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export const summary = (xs: number[]) => ({
  median: median(xs),
  p95: quantile(xs, 0.95),
  max: xs.length ? Math.max(...xs) : NaN,
});
