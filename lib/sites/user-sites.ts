/**
 * Shops outside the built-in list: the user grants access per site (optional host permission) and
 * the background registers the detector (entrypoints/content) for exactly those origins at run time,
 * or for every site once the user opts in to all shops.
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

/** The optional host permissions that mean "every shop" (the options page's opt-in). */
export const ALL_SITES = ['https://*/*', 'http://*/*'] as const;

/** The all-sites patterns among the granted origins (empty when the user did not opt in). */
export function allSitesGranted(granted: string[]): string[] {
  return ALL_SITES.filter((p) => granted.includes(p));
}

/** Where the detector is registered at run time: every site when opted in, else each allowed site. */
export function detectorRegistration(
  granted: string[],
  builtIn: string[],
): { matches: string[]; excludeMatches?: string[] } | null {
  const all = allSitesGranted(granted);
  // The built-in shops keep their manifest script; excluding them avoids running the detector twice.
  if (all.length) return { matches: all, excludeMatches: [...builtIn] };
  const sites = userSitePatterns(granted, builtIn);
  return sites.length ? { matches: sites } : null;
}

export type SiteStatus = 'unsupported' | 'built-in' | 'all-sites' | 'allowed' | 'not-allowed';

/** Whether `pattern` (a match pattern like "*://*.amazon.de/*") matches the page URL. */
export function patternMatches(pattern: string, url: URL): boolean {
  const m = /^(\*|https?):\/\/(\*|\*\.[^/*]+|[^/*]+)\/(.*)$/.exec(pattern);
  if (!m) return false;
  const [, scheme, host = '', path = ''] = m;
  if (scheme === '*' ? !/^https?:$/.test(url.protocol) : url.protocol !== `${scheme}:`) return false;
  const h = url.hostname.toLowerCase();
  if (host !== '*') {
    if (host.startsWith('*.')) {
      const base = host.slice(2);
      if (h !== base && !h.endsWith(`.${base}`)) return false;
    } else if (h !== host) return false;
  }
  const glob = new RegExp(
    `^${path
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return glob.test(url.pathname.slice(1) + url.search);
}

/** What Embodied may do on the page at `url`, given the granted origins and the built-in shops. */
export function siteStatus(url: string | undefined, granted: string[], builtIn: string[]): SiteStatus {
  let u: URL;
  try {
    u = new URL(url ?? '');
  } catch {
    return 'unsupported';
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return 'unsupported';
  if (builtIn.some((p) => patternMatches(p, u))) return 'built-in';
  if (allSitesGranted(granted).some((p) => patternMatches(p, u))) return 'all-sites';
  return granted.some((p) => patternMatches(p, u)) ? 'allowed' : 'not-allowed';
}

/** Granted origins that the built-in content script does not already cover. */
export function userSitePatterns(granted: string[], builtIn: string[]): string[] {
  const covered = new Set(builtIn);
  return [...new Set(granted.filter((o) => !covered.has(o) && /^\*:\/\/[^/*]+\/\*$/.test(o)))].sort();
}
