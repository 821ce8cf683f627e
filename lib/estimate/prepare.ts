/**
 * Per-product facts that need no factor table: category candidates, quantity, country, year,
 * maker, words to look up. Pure and synchronous; bad input becomes an `error`, never a throw.
 */
import type { Classification, Classifier } from '../classify';
import { makerKey, ngrams, normalizePath, normalizeText } from '../factors/normalize';
import { makerOfLine } from './maker-lines';
import type { ProductInput } from './input';
import { countryOf, hostOf, type CountryGuess } from './country';
import { parseQuantity, type Quantity } from './quantity';

export interface CategoryCandidate {
  /** From the classifier: the product is a ticket, voucher, subscription, software, service or digital good. */
  nonPhysical?: Classification['nonPhysical'];
  id: number | null;
  /** Normalised path to resolve through the taxonomy-paths table when `id` is null. */
  pathKey: string | null;
  confidence: number;
  via: string;
}

export interface MaterialMention {
  key: string;
  /** Word n-grams of the name, longest first ("bio baumwolle", "baumwolle", ...). */
  grams: string[];
  name: string;
  share: number | null;
}

export interface Prepared {
  input: ProductInput;
  error: string | null;
  title: string;
  category: CategoryCandidate | null;
  quantity: Quantity;
  country: CountryGuess;
  currency: string | null;
  price: number | null;
  year: number;
  makerKey: string | null;
  titleGrams: string[];
  materials: MaterialMention[];
}

function cleanString(v: unknown): string | null {
  return typeof v === 'string' && v.trim() ? v.trim() : null;
}

function categoryOf(p: ProductInput, classifier: Classifier | null): CategoryCandidate | null {
  const breadcrumbs = Array.isArray(p.category) ? p.category.filter((c): c is string => typeof c === 'string') : [];
  const google = cleanString(p.googleCategory);
  if (classifier) {
    try {
      const c = classifier.classify({
        title: p.title,
        brand: cleanString(p.brand),
        category: breadcrumbs,
        googleCategory: google,
        lang: cleanString(p.lang),
        // The shop's host: a "title" that is the shop's name is none.
        shop: hostOf(cleanString(p.url)),
      });
      if (c)
        return {
          id: c.id,
          pathKey: null,
          confidence: c.confidence,
          via: c.via,
          ...(c.nonPhysical ? { nonPhysical: c.nonPhysical } : {}),
        };
    } catch {
      // A classifier failure must not lose the estimate: fall through to the page's own data.
    }
  }
  if (google) {
    const idMatch = /^\s*(?:gid:)?\s*(\d{1,7})\s*$/i.exec(google);
    if (idMatch) return { id: Number(idMatch[1]), pathKey: null, confidence: 0.95, via: 'page-category' };
    return {
      id: null,
      pathKey: normalizePath(google.replace(/\s*\/\s*/g, ' > ')),
      confidence: 0.9,
      via: 'page-category',
    };
  }
  if (breadcrumbs.length)
    return { id: null, pathKey: normalizePath(breadcrumbs.join(' > ')), confidence: 0.8, via: 'breadcrumb' };
  return null;
}

function materialsOf(p: ProductInput): MaterialMention[] {
  const list = Array.isArray(p.materials) ? p.materials : [];
  const out: MaterialMention[] = [];
  for (const m of list) {
    const name = typeof m === 'string' ? m : m && typeof m === 'object' ? m.name : null;
    if (typeof name !== 'string' || !name.trim()) continue;
    let share =
      typeof m === 'object' && m && typeof m.share === 'number' && m.share > 0 && m.share <= 1 ? m.share : null;
    // "95% Baumwolle" written into the name
    const pct = /(\d{1,3}(?:[.,]\d+)?)\s*%/.exec(name);
    if (share === null && pct) share = Math.min(1, Number(pct[1].replace(',', '.')) / 100);
    const key = normalizeText(name.replace(/\d{1,3}(?:[.,]\d+)?\s*%/g, ' '));
    out.push({ key, grams: ngrams(key, 3), name: name.trim(), share });
  }
  return out;
}

export function prepare(p: ProductInput, classifier: Classifier | null, now: Date): Prepared {
  const title = cleanString(p?.title);
  const price = typeof p?.price === 'number' && Number.isFinite(p.price) && p.price > 0 ? p.price : null;
  const currency = cleanString(p?.currency)?.toUpperCase() ?? null;
  const base = {
    input: p,
    title: title ?? '',
    currency,
    price,
    year: now.getUTCFullYear(),
    country: countryOf(cleanString(p?.url), currency),
  };
  if (!title) {
    return {
      ...base,
      error: 'missing title',
      category: null,
      quantity: parseQuantity({ title: '' }),
      makerKey: null,
      titleGrams: [],
      materials: [],
    };
  }
  const brand = cleanString(p.brand);
  return {
    ...base,
    error: null,
    category: categoryOf({ ...p, title }, classifier),
    quantity: parseQuantity({ title, quantity: p.quantity, weightKg: p.weightKg, country: base.country.country }),
    makerKey: makerKey(brand ?? makerOfLine(title) ?? normalizeText(title).split(' ')[0] ?? '') || null,
    titleGrams: ngrams(title, 4),
    materials: materialsOf(p),
  };
}
