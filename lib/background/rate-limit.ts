/**
 * A token bucket per key (a tab id): `capacity` requests at once, then `perSecond` more each
 * second. A content script on a hostile page can send as fast as it likes; the worker answers the
 * surplus with a refusal instead of doing the work.
 */
export function createRateLimiter(opts: { capacity: number; perSecond: number; now?: () => number; maxKeys?: number }) {
  const now = opts.now ?? Date.now;
  const buckets = new Map<number, { tokens: number; at: number }>();
  const maxKeys = opts.maxKeys ?? 1000;
  return {
    /** Takes one token for `key`; false when the bucket is empty. */
    take(key: number): boolean {
      const t = now();
      const b = buckets.get(key) ?? { tokens: opts.capacity, at: t };
      b.tokens = Math.min(opts.capacity, b.tokens + ((t - b.at) / 1000) * opts.perSecond);
      b.at = t;
      if (!buckets.has(key) && buckets.size >= maxKeys) buckets.delete(buckets.keys().next().value!);
      buckets.set(key, b);
      if (b.tokens < 1) return false;
      b.tokens -= 1;
      return true;
    },
  };
}
