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
