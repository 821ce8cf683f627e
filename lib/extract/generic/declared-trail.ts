/**
 * The trail the JSON-LD's BreadcrumbList declares, where it files the product somewhere. A list of
 * the root and the product alone ("Home > Aurora 2000", as SEO plugins write it) files the product
 * nowhere: the visible trail, where the page shows one, is read instead. One rule for the two
 * readers: the whole extraction (./assemble.ts) and the product page's facts (../facts-page.ts),
 * which reads the breadcrumb markup only where this gives nothing.
 */
import { cleanBreadcrumbs } from './dom';

/** The BreadcrumbList's names cleaned (root, shop and product left out), or null where none remain. */
export function declaredTrail(
  ldCrumbs: string[],
  title: string | null,
  siteName: string | null,
  host?: string,
): string[] | null {
  if (!ldCrumbs.length) return null;
  const crumbs = cleanBreadcrumbs(ldCrumbs, title, siteName, host);
  return crumbs.length ? crumbs : null;
}
