/**
 * The registry: the only list of shops. Shops without special needs are data (specs.ts, read by
 * spec.ts); the others are small modules of pure functions of (document, url). Their match patterns
 * also make the manifest's content-script `matches`.
 */
import type { ShopAdapter } from '../adapter';
import { aliexpress } from './aliexpress';
import { amazon } from './amazon';
import { ebay } from './ebay';
import { adapterFromSpec, type ShopSpec } from './spec';
import { byHost } from './hosts';
import { BESTBUY, ETSY, HM, IKEA, OTTO, TARGET, WALMART, WAYFAIR, ZALANDO } from './specs';

// Order matters only for hosts two entries could claim (none today); specs go through one interpreter.
/** The shops that are data (specs.ts), in registry order. */
const SPECS: ShopSpec[] = [WALMART, TARGET, BESTBUY, ETSY, IKEA, ZALANDO, OTTO, HM, WAYFAIR];

export const ADAPTERS: ShopAdapter[] = [amazon, ebay, ...SPECS.map(adapterFromSpec), aliexpress];

export function adapterFor(url: URL): ShopAdapter | null {
  return byHost(ADAPTERS, url);
}

/** The spec a data-described shop's adapter was made from (none for the adapter modules). */
export function specOf(adapter: ShopAdapter): ShopSpec | undefined {
  return SPECS.find((s) => s.id === adapter.id);
}

/**
 * Union of every adapter's match patterns, sorted and without duplicates, https only: every shop in
 * the registry serves its pages over https, and a page sent in clear text could be anyone's.
 */
export function contentScriptMatches(): string[] {
  return Array.from(new Set(ADAPTERS.flatMap((a) => a.matches.map(httpsOnly)))).sort();
}

export { patternHost } from './hosts';

const httpsOnly = (pattern: string) => pattern.replace(/^\*:\/\//, 'https://');
