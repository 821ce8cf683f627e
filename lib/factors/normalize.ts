/**
 * One text normalisation for alias and path keys, used by the pack build and at look-up time so
 * that "Baumwolle", "BAUMWOLLE" and "baumwolle," meet: lower case, accents folded, punctuation to
 * spaces, runs of spaces collapsed.
 */
export function normalizeText(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[æ]/g, 'ae')
    .replace(/[œ]/g, 'oe')
    .replace(/[^a-z0-9&]+/g, ' ')
    .trim()
    .replace(/\s+/g, ' ');
}

/** Key of a taxonomy path: each segment normalised, joined with ' > '. */
export function normalizePath(path: string): string {
  return path
    .split('>')
    .map((s) => normalizeText(s))
    .filter(Boolean)
    .join(' > ');
}

/** Word n-grams (1..maxN) of a normalised text, longest first, for batched alias look-ups. */
export function ngrams(text: string, maxN = 4): string[] {
  const words = normalizeText(text).split(' ').filter(Boolean);
  const out: string[] = [];
  for (let n = Math.min(maxN, words.length); n >= 1; n--) {
    for (let i = 0; i + n <= words.length; i++) out.push(words.slice(i, i + n).join(' '));
  }
  return [...new Set(out)];
}

/** Stable slug for keys built from names: "Cow's milk" -> "cow-s-milk". */
export function slug(s: string): string {
  return normalizeText(s).replace(/&/g, ' ').trim().replace(/\s+/g, '-');
}

const MAKER_ALIASES = new Map<string, string>(
  Object.entries({ 'hewlett packard': 'hp', 'hewlett packard enterprise': 'hpe', 'dell technologies': 'dell' }),
);
/** Manufacturer key: "HP Inc." -> "hp", "Apple Inc" -> "apple", "Lenovo Group Ltd" -> "lenovo". */
export function makerKey(name: string): string {
  const base = normalizeText(name)
    .replace(
      /\b(inc|incorporated|corp|corporation|co|company|gmbh|ag|ltd|limited|llc|plc|sa|group|computers?|electronics)\b/g,
      ' ',
    )
    .replace(/\s+/g, ' ')
    .trim();
  return MAKER_ALIASES.get(base) ?? base;
}
