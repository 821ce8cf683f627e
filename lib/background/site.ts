/**
 * Which site a URL belongs to, for binding a purchase to the tab it came from. Without the Public
 * Suffix List (too big to ship for this) a site is the last two host labels, or three when the
 * second-level label is a short public suffix such as `co.uk` or `com.au`. Only http(s) URLs have
 * a site: `javascript:`, `data:`, `file:` and the like never do.
 */
export function siteOf(url: string | null | undefined): string | null {
  if (!url) return null;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
  const labels = u.hostname.toLowerCase().replace(/\.$/, '').split('.');
  if (labels.length <= 2 || /^\d+$/.test(labels.at(-1)!)) return labels.join('.');
  const [sld, tld] = labels.slice(-2);
  const shortSuffix =
    tld.length === 2 && sld.length <= 3 && ['co', 'com', 'org', 'net', 'ac', 'gov', 'ne', 'or', 'edu'].includes(sld);
  return labels.slice(shortSuffix ? -3 : -2).join('.');
}

/** True when both URLs are http(s) and on the same site. */
export function sameSite(a: string | null | undefined, b: string | null | undefined): boolean {
  const sa = siteOf(a);
  return sa !== null && sa === siteOf(b);
}

/**
 * True when the URL's host is covered by one of the content-script match patterns
 * ("*://*.otto.de/*" covers otto.de and its subdomains; "*://otto.de/*" only otto.de).
 */
export function matchesHostPatterns(url: string | null | undefined, patterns: readonly string[]): boolean {
  let host: string;
  try {
    const u = new URL(url ?? '');
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return false;
    host = u.hostname.toLowerCase();
  } catch {
    return false;
  }
  return patterns.some((p) => {
    const m = /^(?:\*|https?):\/\/(\*\.)?([a-z0-9.-]+)\/\*$/.exec(p);
    return !!m && (host === m[2] || (!!m[1] && host.endsWith(`.${m[2]}`)));
  });
}
