/**
 * The background's estimator: factor packs installed into the IndexedDB cache on first use
 * (and on install/update), the classifier model loaded once per worker life, and a per-session
 * cache of results so that a listing page's tiles or a revisited product cost nothing twice.
 */
import type { Classifier, ClassifierModel } from '../classify';
import { createClassifier } from '../classify';
import { estimateProducts } from '../estimate';
import type { ProductInput } from '../estimate/input';
import type { Estimate } from '../estimate/schema';
import { createDexieFactorSource, installFactorPacks } from '../factors/cache';
import { memoizeFactorSource } from '../factors/memo';
import type { FactorSource } from '../factors/source';
import { placeAmong, similarSpan, spanKey, type SimilarPosition, type SimilarSpan } from '../compare/similar';

export interface EstimatorServiceOptions {
  /** Reads a shipped pack file (path relative to the packs folder) and returns its parsed JSON. */
  loadPackFile(file: string): Promise<unknown>;
  dbName?: string;
  log?(message: string): void;
  /** Results kept per worker life. */
  cacheSize?: number;
  /** Called as each start-up step finishes ('packs', 'classifier'): the bench reads them as performance marks. */
  mark?(step: string): void;
}

interface Ready {
  version: string;
  factors: FactorSource;
  classifier: Classifier | null;
}

/** Stable cache key: the fields that change an estimate, in a fixed order. */
export function productKey(p: ProductInput): string {
  return JSON.stringify([
    p.title,
    p.brand ?? null,
    p.price ?? null,
    p.currency ?? null,
    p.category ?? null,
    p.googleCategory ?? null,
    p.condition ?? null,
    p.quantity ?? null,
    p.weightKg ?? null,
    p.materials ?? null,
    p.gtin ?? null,
    p.url ?? null,
    // The purchase date sets the exchange-rate and price-index year; a page's product has none (today).
    p.date ?? null,
  ]);
}

export function createEstimatorService(opts: EstimatorServiceOptions) {
  const cache = new Map<string, Estimate>();
  const cacheSize = opts.cacheSize ?? 2000;
  /** The span of similar products per category id (null: none); a page holds only a few categories. */
  const spans = new Map<string, Promise<SimilarSpan | null>>(); // by category and method
  let ready: Promise<Ready> | null = null;

  /** The classifier, or null without one: estimates then fall back to the page's own category data (or 'unknown'). */
  async function loadClassifier(): Promise<Classifier | null> {
    try {
      opts.mark?.('classifier-load');
      const classifier = createClassifier((await opts.loadPackFile('classifier.json')) as ClassifierModel);
      opts.mark?.('classifier');
      return classifier;
    } catch (e) {
      opts.log?.(`classifier unavailable: ${e instanceof Error ? e.message : e}`);
      return null;
    }
  }

  async function init(): Promise<Ready> {
    // Both at once: the classifier's fetch and parse overlap the pack check's database round trips
    // (a cold worker's first estimate waits for both).
    const classifier = loadClassifier();
    const { version, installed } = await installFactorPacks(opts.loadPackFile, { dbName: opts.dbName });
    opts.log?.(installed ? `factor packs ${version} installed` : `factor packs ${version} ready`);
    opts.mark?.('packs');
    return {
      version,
      factors: memoizeFactorSource(createDexieFactorSource({ dbName: opts.dbName })),
      classifier: await classifier,
    };
  }

  function whenReady(): Promise<Ready> {
    ready ??= init().catch((e) => {
      ready = null; // retry on the next request rather than stay broken for the worker's life
      throw e;
    });
    return ready;
  }

  return {
    /** Installs or updates the packs now (called on runtime.onInstalled). */
    prepare: () => whenReady().then(() => undefined),

    /** The installed factor packs' version (installs them first if needed). */
    packVersion: () => whenReady().then((r) => r.version),

    estimate,

    /** Where each estimate sits among similar products (lib/compare/similar.ts); null where that is not known. */
    similar,
  };

  async function estimate(products: ProductInput[]): Promise<Estimate[]> {
    const keys = products.map(productKey);
    const missing = [...new Set(keys.filter((k) => !cache.has(k)))];
    if (missing.length) {
      const deps = await whenReady();
      const byKey = new Map(keys.map((k, i) => [k, products[i]]));
      const fresh = await estimateProducts(
        missing.map((k) => byKey.get(k)!),
        deps,
      );
      missing.forEach((k, i) => {
        if (cache.size >= cacheSize) cache.delete(cache.keys().next().value!);
        cache.set(k, fresh[i]);
      });
    }
    return keys.map((k) => cache.get(k)!);
  }

  async function similar(estimates: Estimate[]): Promise<(SimilarPosition | null)[]> {
    const spanOf = (e: Estimate): Promise<SimilarSpan | null> => {
      if (e.categoryId === null || e.category === null || e.kgCO2e === null) return Promise.resolve(null);
      const key = spanKey(e);
      if (!spans.has(key))
        spans.set(
          key,
          whenReady().then(({ factors }) => similarSpan(e, factors, estimate)),
        );
      return spans.get(key)!.catch(() => null);
    };
    return Promise.all(estimates.map(async (e) => placeAmong(e, await spanOf(e))));
  }
}
