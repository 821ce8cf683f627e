/**
 * The user's own corrections of a product's facts (category, weight, quantity, condition), kept
 * locally per product and applied before estimating. Pure functions plus a small storage adapter:
 * the background owns the only writer (see lib/background/router.ts).
 */
import { z } from '../zod';

export const CorrectionSchema = z
  .object({
    /** A taxonomy path ("A > B > C") the estimator reads as the page's Google category. */
    category: z.string().min(1).max(500).nullish(),
    weightKg: z.number().finite().positive().max(100_000).nullish(),
    quantity: z.number().int().min(1).max(100_000).nullish(),
    condition: z.enum(['new', 'used', 'refurbished']).nullish(),
  })
  .strict();
export type Correction = z.infer<typeof CorrectionSchema>;

/** What identifies a product for its correction: its page URL and, when the page declares one, its item id. */
export interface ProductIdentity {
  url?: string | null;
  sku?: string | null;
}

/**
 * `host#sku` when the page declares an item id (the same item on several URLs shares it), else the
 * URL without query or fragment (tracking parameters must not split one product). Null for
 * anything but an http(s) URL: nothing to key on.
 */
export function correctionKey(p: ProductIdentity): string | null {
  if (!p.url) return null;
  let u: URL;
  try {
    u = new URL(p.url);
  } catch {
    return null;
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
  const host = u.hostname.toLowerCase().replace(/^www\./, '');
  const sku = p.sku?.trim();
  return sku ? `${host}#${sku}` : `${host}${u.pathname}`;
}

/** Only the fields the user set; null when nothing is left (a reset). */
export function normalizeCorrection(c: Correction | null | undefined): Correction | null {
  if (!c) return null;
  const out: Correction = {};
  if (c.category) out.category = c.category;
  if (c.weightKg) out.weightKg = c.weightKg;
  if (c.quantity) out.quantity = c.quantity;
  if (c.condition) out.condition = c.condition;
  return Object.keys(out).length ? out : null;
}

/** The product as the user corrected it. The category goes in as the page's Google category. */
export function applyCorrection<
  P extends {
    googleCategory?: string | null;
    weightKg?: number | null;
    quantity?: number | null;
    condition?: string | null;
  },
>(product: P, c: Correction | null): P {
  if (!c) return product;
  return {
    ...product,
    ...(c.category ? { googleCategory: c.category, category: null } : {}),
    ...(c.weightKg ? { weightKg: c.weightKg } : {}),
    ...(c.quantity ? { quantity: c.quantity } : {}),
    ...(c.condition ? { condition: c.condition } : {}),
  };
}

export interface CorrectionStore {
  get(key: string): Promise<Correction | null>;
  /** `null` removes the correction. */
  set(key: string, correction: Correction | null): Promise<void>;
}

/** The slice of `browser.storage.local` the store needs (so tests pass a plain object). */
export interface KeyValueArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

const PREFIX = 'correction:';

/** Corrections in a key-value area; a stored value that no longer parses reads as no correction. */
export function areaCorrectionStore(area: KeyValueArea): CorrectionStore {
  return {
    async get(key) {
      const raw = (await area.get(PREFIX + key))[PREFIX + key];
      const parsed = CorrectionSchema.safeParse(raw);
      return parsed.success ? normalizeCorrection(parsed.data) : null;
    },
    async set(key, correction) {
      const c = normalizeCorrection(correction);
      if (c) await area.set({ [PREFIX + key]: c });
      else await area.remove(PREFIX + key);
    },
  };
}

/** An in-memory key-value area (tests, and a fallback when storage is unavailable). */
export function memoryArea(): KeyValueArea & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    get: async (key) => (data.has(key) ? { [key]: structuredClone(data.get(key)) } : {}),
    set: async (items) => {
      for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v));
    },
    remove: async (key) => {
      data.delete(key);
    },
  };
}
