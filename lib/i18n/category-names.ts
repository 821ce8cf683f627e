/**
 * Google product taxonomy names in the UI language, where the vendored taxonomy has a translation
 * (data/raw/taxonomy: de-DE, fr-FR, es-ES 2015, zh-CN 2012; ids are stable across versions). One
 * table per locale, built by scripts/build-taxonomy-names.ts into public/taxonomy/<locale>.json
 * over every id of the English taxonomy the estimator uses (2021): each id with its name in that
 * language ('' where the translation lacks it) and its parent's id, so a path is rebuilt level by
 * level and an untranslated level keeps its English name. Only the background reads a table: it
 * attaches the translated path to each estimate it sends (lib/background/local-names.ts).
 * Pure: the caller loads the table.
 */

/** id -> [the category's own name in the table's language, or '' without a translation; the parent's id, 0 at the top]. */
export type CategoryNames = Record<string, [string, number]>;

/** A table of the right shape (the shipped JSON, read by the background). */
function isCategoryNames(x: unknown): x is CategoryNames {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return false;
  return Object.values(x).every(
    (v) => Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && typeof v[1] === 'number',
  );
}

/** A parsed JSON value as a table; null when absent or malformed (English paths are shown then). */
export function asCategoryNames(v: unknown): CategoryNames | null {
  return isCategoryNames(v) ? v : null;
}

const MAX_DEPTH = 10;

/**
 * The taxonomy path of `id` in the table's language, each level that has no translation in its
 * English name from `english` (the estimate's own path of that id). Null when the table does not
 * know the id, or its levels do not line up with the English path (the English path is shown then).
 */
export function localCategoryPath(
  id: number | null,
  english: string | null,
  names: CategoryNames | null,
): string | null {
  if (id === null || !english || !names) return null;
  const parts: string[] = [];
  for (let at = id; at !== 0 && parts.length < MAX_DEPTH;) {
    const row = Object.hasOwn(names, String(at)) ? names[String(at)] : undefined;
    if (!row) return null;
    parts.unshift(row[0]);
    at = row[1];
  }
  const englishParts = english.split(' > ');
  if (englishParts.length !== parts.length) return null;
  return parts.map((name, level) => name || englishParts[level]).join(' > ');
}

/** "<id> - A > B > C" lines of one taxonomy file ('#' lines are comments), as id -> path levels. */
function taxonomyLines(text: string): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const line of text.split('\n')) {
    const m = /^(\d+) - (.+?)\s*$/.exec(line);
    if (m) out.set(Number(m[1]), m[2].split(' > '));
  }
  return out;
}

/**
 * The table of one translation (`local`) over the English taxonomy's ids and hierarchy
 * (`english`): each English id with the translation's own name for that id, or '' without one.
 */
export function parseTaxonomyNames(english: string, local: string): CategoryNames {
  const en = taxonomyLines(english);
  const localNames = taxonomyLines(local);
  const idOfPath = new Map([...en].map(([id, parts]) => [parts.join(' > '), id]));
  const out: CategoryNames = {};
  for (const [id, parts] of en) {
    const parent = parts.length > 1 ? idOfPath.get(parts.slice(0, -1).join(' > ')) : 0;
    if (parent !== undefined) out[String(id)] = [localNames.get(id)?.at(-1) ?? '', parent];
  }
  return out;
}
