/**
 * Shops outside the built-in list: the user grants access per site (optional host permission) and
 * the background registers the content script for exactly those origins at run time.
 * Pure helpers here; the browser calls live in the background and the options page.
 */

/** "shop.example.com", "https://shop.example.com/p/1" -> "*://shop.example.com/*"; null if not a web host. */
export function originPatternFor(input: string): string | null {
  const text = input.trim();
  if (!text) return null;
  let host: string;
  try {
    host = new URL(/^[a-z]+:\/\//i.test(text) ? text : `https://${text}`).hostname;
  } catch {
    return null;
  }
  if (!/^[a-z0-9.-]+\.[a-z]{2,}$/i.test(host) || host.includes('..')) return null;
  return `*://${host.toLowerCase()}/*`;
}

/** Granted origins that the built-in content script does not already cover. */
export function userSitePatterns(granted: string[], builtIn: string[]): string[] {
  const covered = new Set(builtIn);
  return [...new Set(granted.filter((o) => !covered.has(o) && /^\*:\/\/[^/*]+\/\*$/.test(o)))].sort();
}

/**
 * The tiny check run first on user-added sites: does this page publish product data or look like a
 * product page at all? Costs a handful of selector look-ups on pages without it.
 */
export function hasProductSignals(doc: Document): boolean {
  return (
    doc.querySelector(
      'script[type="application/ld+json"], [itemtype*="schema.org/Product" i], meta[property="og:type"][content="product" i], meta[property^="product:price"], meta[property^="og:price"]',
    ) !== null
  );
}
