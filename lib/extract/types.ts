/**
 * What extraction produces. Pure data: serialisable, no DOM references.
 * Unknown values are `null`, never guesses.
 */
export type PageKind = 'product' | 'listing' | 'order' | 'other';
export type Availability = 'InStock' | 'OutOfStock' | null;
export type Condition = 'new' | 'used' | 'refurbished' | null;

/** A material as stated on the page, in the page's language ("Baumwolle", "cotton"); share 0-1 when given. */
export interface MaterialShare {
  name: string;
  share: number | null;
}

export interface Product {
  title: string | null;
  brand: string | null;
  /** The price the user would pay now for this item, in `currency` (never a list, unit or other product's price). */
  price: number | null;
  /** ISO 4217 code. */
  currency: string | null;
  listPrice: number | null;
  availability: Availability;
  sku: string | null;
  gtin: string | null;
  mpn: string | null;
  asin: string | null;
  /** Breadcrumb / published category path, most general first. Empty when unknown. */
  category: string[];
  /** A Google Product Taxonomy id or path the page publishes itself (e.g. JSON-LD `category`), when any. */
  googleCategory: string | null;
  condition: Condition;
  /** Units in the pack ("Pack of 2" -> 2). */
  quantity: number | null;
  /** Net or item weight of what the price buys, in kg. */
  weightKg: number | null;
  dimensionsCm: { length: number; width: number; height: number } | null;
  materials: MaterialShare[] | null;
  /** Canonical product URL when known. */
  url: string | null;
}

/** A listing tile or an order line. */
export interface Item {
  title: string | null;
  price: number | null;
  currency: string | null;
  url: string | null;
  quantity: number | null;
  /** 1-based position among the organic tiles, when a listing. */
  position: number | null;
  rating: number | null;
  /** True when the tile is marked as an ad / sponsored. */
  sponsored: boolean;
  /** Optional extra identifiers the tile or line carries. */
  asin?: string | null;
  brand?: string | null;
}

export interface Order {
  id: string | null;
  /** ISO date (YYYY-MM-DD). */
  date: string | null;
  total: number | null;
  currency: string | null;
}

export interface PageExtraction {
  kind: PageKind;
  product: Product | null;
  /** Listing tiles (kind 'listing') or order lines (kind 'order'); otherwise empty. */
  items: Item[];
  /** For order pages: the order(s). Order history pages may hold several; `items` then holds every line. */
  orders?: Order[];
}

/**
 * Where on the page things are, for the content script to place badges.
 * Kept apart from PageExtraction so that the data stays serialisable.
 */
export interface PageAnchors {
  /** The element showing the product's price (or, failing that, its title). */
  product: Element | null;
  /** One entry per `items[i]`: the tile/line element, or null. */
  items: (Element | null)[];
}
