import type { Product } from '../extract/types';

/**
 * What the estimator takes: the fields extraction produces, `title` required, the rest optional.
 * `materials` may also be plain strings (CLI input).
 */
export type ProductInput = { title: string } & Partial<Omit<Product, 'title' | 'materials'>> & {
    materials?: Product['materials'] | string[] | null;
    /** When the product was (or is) bought, ISO YYYY-MM-DD: a recorded purchase is estimated at its own date. */
    date?: string | null;
    /** `weightKg` is the content's own mass (a size the page offers), not a shipping weight: no net content is read from the title. */
    weightIsContent?: boolean | null;
    /** `price` is the total of an order of this one line (tax and delivery included): the page showed no line price. */
    priceIsOrderTotal?: boolean | null;
    /** The page's language (`<html lang>`, "de", "pt-BR"): the classifier's hint for words shared by languages. */
    lang?: string | null;
  };
