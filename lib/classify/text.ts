/**
 * Text normalisation shared by the model builder and the runtime classifier: both sides must
 * turn "Strickpullover", "T-Shirts" and "Ordinateurs portables" into the same tokens.
 */

/** Lower-case, strip accents (ü -> u, é -> e), ß -> ss, and keep only [a-z0-9] runs. */
export function normalizeText(s: string): string {
  // Unicode decomposition is the slow part: skip it for plain ASCII (most taxonomy names).
  const folded = /^[\x00-\x7f]*$/.test(s) ? s : s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  return folded
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * A light plural folder (English rules, harmless for the other languages because the same
 * function runs on the lexicon and on titles): "dresses" -> "dress", "accessories" ->
 * "accessory", "boots" -> "boot". Tokens with digits are model numbers and stay as they are.
 */
export function stemToken(t: string): string {
  if (t.length <= 3 || /\d/.test(t)) return t;
  if (t.endsWith('ies') && t.length > 4) return t.slice(0, -3) + 'y';
  if (/(ches|shes|sses|xes|zes)$/.test(t)) return t.slice(0, -2);
  if (t.endsWith('s') && !/(ss|us|is)$/.test(t)) return t.slice(0, -1);
  return t;
}

/** Normalised, stemmed tokens of a string. */
export function tokenize(s: string): string[] {
  const norm = normalizeText(s);
  return norm ? norm.split(' ').map(stemToken) : [];
}

/** The lexicon key of a phrase: its stemmed tokens joined by one space. */
export function phraseKey(s: string): string {
  return tokenize(s).join(' ');
}
