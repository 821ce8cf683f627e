/**
 * A shop as the product bundle sees it in the page (built by ./page-specs.ts from the registry at
 * build time): plain data, and the two look-ups the page needs, without the adapters.
 */
import type { PageKind } from '../types';
import { byHost } from './hosts';

export interface PageSpec {
  /** Match patterns of the shop's hosts ("*://*.otto.de/*"). */
  matches: string[];
  full: boolean;
  /** Page kinds by URL path, first match wins: [kind, RegExp source, flags]. */
  pages: [kind: Exclude<PageKind, 'other'>, source: string, flags: string][];
  title: string | null;
  price: string[];
  anchor: string[];
  anchorHasText: boolean;
}

/** The shop `url` is on, as the registry's adapterFor finds it; null for other sites. */
export function pageSpecFor(specs: readonly PageSpec[], url: URL): PageSpec | null {
  return byHost(specs, url);
}

/** The page kind the shop's URL rules give, or null when none matches. */
export function pageKindOf(spec: PageSpec, url: URL): PageKind | null {
  return spec.pages.find(([, source, flags]) => new RegExp(source, flags).test(url.pathname))?.[0] ?? null;
}
