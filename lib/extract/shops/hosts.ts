/** Host match patterns of the registry ("*://*.otto.de/*"), apart from the registry: the product bundle matches hosts without importing the adapters. */

/** "*://*.amazon.co.uk/*" -> host suffix "amazon.co.uk" (the pattern also matches the bare domain). */
export function patternHost(pattern: string): string | null {
  const m = /^(?:\*|https?):\/\/(\*\.)?([a-z0-9.-]+)\/\*$/.exec(pattern);
  return m?.[2] ?? null;
}

export function hostMatches(host: string, pattern: string): boolean {
  const h = patternHost(pattern);
  if (!h) return false;
  return pattern.includes('://*.') ? host === h || host.endsWith('.' + h) : host === h;
}

/** The first entry whose match patterns take `url`'s host (http and https pages only). */
export function byHost<T extends { matches: readonly string[] }>(entries: readonly T[], url: URL): T | null {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const host = url.hostname.toLowerCase();
  return entries.find((e) => e.matches.some((p) => hostMatches(host, p))) ?? null;
}
