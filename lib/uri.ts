/**
 * A URL's percent-encoded part decoded, or as it is where it is not valid percent-encoding ("100%
 * cotton"): page URLs are the shop's, not ours. Shared by the item id in a URL's path
 * (extract/generic/item-id.ts) and a page category given as a URL (classify/rules/page-category-text.ts).
 */
export function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
