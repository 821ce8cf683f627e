import type { Product } from '../extract/types';

/**
 * What the estimator takes: the fields extraction produces, `title` required, the rest optional.
 * `materials` may also be plain strings (CLI input).
 */
export type ProductInput = { title: string } & Partial<Omit<Product, 'title' | 'materials'>> & {
  materials?: Product['materials'] | string[] | null;
};
