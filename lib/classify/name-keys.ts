/**
 * The English phrases of the taxonomy's node names ("Dance Dresses, Skirts & Costumes" -> "dance
 * dress", "dance skirt", "dance costume"). Shipped as a table they cost about 33 kB of the model's
 * 300 kB gzipped budget (#15); the keys of the plain names (three in four) are worked out on every
 * worker start from the node names the model ships anyway, which frees 19 kB.
 *
 * `namePhrases` + `phraseKey` is the definition. The build ships the keys of the names of several
 * parts and the keys that several names give; `plainNameKeys` gives the rest on start.
 */

/**
 * Phrases a node name stands for: "Dance Dresses, Skirts & Costumes" -> "dance dresses",
 * "dance skirts", "dance costumes"; "Hunting & Tactical Pants" -> "hunting pants", "tactical pants".
 */
export function namePhrases(name: string): string[] {
  const parts = name
    .split(/\s*(?:,|&|\band\b)\s*/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length <= 1) return [name];
  const words = parts.map((p) => p.split(/\s+/));
  const first = words[0];
  const last = words[words.length - 1];
  const out = new Set<string>();
  words.forEach((w, i) => {
    // A bare word that shares a modifier or head with its siblings ("Skirts" in "Dance Dresses,
    // Skirts & Costumes", "Hunting" in "Hunting & Tactical Pants") only counts with it.
    if (w.length === 1 && first.length > 1 && i > 0) out.add([...first.slice(0, -1), w[0]].join(' '));
    else if (w.length === 1 && last.length > 1 && i < words.length - 1) out.add([w[0], ...last.slice(1)].join(' '));
    else out.add(w.join(' '));
  });
  return [...out];
}

/**
 * English plural folding (stemToken) of whole letter-only tokens of four letters or more, one
 * rule per regex, in stemToken's order: "-ies" -> "-y" from five letters, "-es" off after ch, sh,
 * ss, x or z, then a final "s" off unless it follows s, u or i. No result of a rule matches a
 * later one.
 */
const STEM_IES = /\b(?=[a-z]{5,}\b)([a-z]+)ies\b/g;
const STEM_ES = /\b(?=[a-z]{4,}\b)([a-z]*(?:ch|sh|ss|x|z))es\b/g;
const STEM_S = /\b(?=[a-z]{4,}\b)([a-z]*[a-hj-rtv-z])s\b/g;

/**
 * Latin-1 letters as normalizeText folds them (NFKD without the marks, then ß, æ and ø by hand),
 * so the names with accents ("Sauté Pans", "Piñatas") take the fast path too: the first
 * String.normalize of a worker costs milliseconds.
 */
const LATIN1 = 'ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿßæøÆØ';
const LATIN1_TO = 'AAAAAACEEEEIIIINOOOOOUUUUYaaaaaaceeeeiiiinooooouuuuyy'
  .split('')
  .concat(['ss', 'ae', 'o', 'ae', 'o']);
const LATIN1_LETTER = new RegExp(`[${LATIN1}]`, 'g');
/** A name with another letter outside ASCII, or one of several parts: left to the build. */
const NOT_PLAIN_LINE = new RegExp(`^.*(?:[^\\x00-\\x7f${LATIN1}]|,|&|\\band\\b).*$`, 'gm');

/**
 * The key of each plain node name, one line per node in the model's order (`names`: the packed
 * node lines, a depth digit then the name; see PackedTree), and an empty line for a name of
 * several parts ("Shirts & Tops", about a quarter of them: the build ships their keys) or with a
 * letter outside ASCII and Latin-1. Equal to phraseKey(name) (a test checks every node).
 *
 * Regex passes over the whole text, no work per name in script: native code is fast on a cold
 * start, where a loop per name or namePhrases + phraseKey took longer than the rest of the start.
 */
export function plainNameKeys(names: string): string {
  return names
    .replace(NOT_PLAIN_LINE, '')
    .replace(LATIN1_LETTER, (c) => LATIN1_TO[LATIN1.indexOf(c)] ?? c)
    .replace(/^\d/gm, '')
    .toLowerCase()
    .replace(/[^a-z0-9\n]+/g, ' ')
    .replace(STEM_IES, '$1y')
    .replace(STEM_ES, '$1')
    .replace(STEM_S, '$1')
    .replace(/^ | $/gm, '');
}
