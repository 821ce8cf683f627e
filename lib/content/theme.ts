/**
 * The page's own colour scheme, when it has a clear one: a dark page gets a dark badge even on a
 * light system, and the reverse. null: the page says nothing (transparent backgrounds all the way
 * up), so the badge follows the system's prefers-color-scheme.
 */
export type Theme = 'dark' | 'light';

/** Relative luminance (WCAG) of an `rgb()`/`rgba()` colour; null when transparent or unparsable. */
export function luminance(css: string): number | null {
  const m = css.match(/rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+%?))?\s*\)/);
  if (!m) return null;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
  if (alpha < 0.5) return null;
  const [r, g, b] = [m[1], m[2], m[3]].map((v) => {
    const c = parseFloat(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** `backgrounds`: computed background colours from the element nearest the badge up to <html>. */
export function themeFromBackgrounds(backgrounds: readonly string[]): Theme | null {
  for (const bg of backgrounds) {
    const l = luminance(bg);
    if (l !== null) return l < 0.2 ? 'dark' : 'light';
  }
  return null;
}

/**
 * The theme at `start`: the first opaque background from it upwards (themeFromBackgrounds), read
 * lazily and remembered in `cache` for every element passed on the way, so that the tiles of one
 * listing share their ancestors' style reads instead of each reading the whole chain.
 */
export function themeUpwards<N>(
  start: N | null,
  parentOf: (n: N) => N | null,
  backgroundOf: (n: N) => string,
  cache: Map<N, Theme | null>,
): Theme | null {
  const passed: N[] = [];
  let found: Theme | null = null;
  for (let n = start; n; n = parentOf(n)) {
    const known = cache.get(n);
    if (known !== undefined) {
      found = known;
      break;
    }
    passed.push(n);
    found = themeFromBackgrounds([backgroundOf(n)]);
    if (found) break;
  }
  for (const n of passed) cache.set(n, found);
  return found;
}
