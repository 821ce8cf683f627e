import type { Product } from '../extract/types';
import type { ProductMessage } from '../messaging/protocol';

/** Drops nulls and empty lists so the message is small and passes the background's schema. */
export function toMessage(p: Partial<Product> & { title: string }, pageUrl: string): ProductMessage {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(p)) {
    if (v === null || v === undefined || (Array.isArray(v) && v.length === 0)) continue;
    out[k] = v;
  }
  out.url ??= pageUrl;
  return out as ProductMessage;
}
