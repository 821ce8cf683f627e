/**
 * Google product taxonomy names in the UI language, where the vendored taxonomy has a translation
 * (data/raw/taxonomy: de-DE, fr-FR, es-ES 2015, zh-CN 2012; ids are stable across versions). One
 * table per locale, built by scripts/build-taxonomy-names.ts into public/taxonomy/<locale>.json:
 * each id with its own name and its parent's id, so a path is rebuilt without repeating the parents'
 * names (the table stays small enough to hand over to the content script with the catalogue).
 * Pure: the caller loads the table.
 */

/** id -> [the category's own name, the parent's id or 0 for a top-level category]. */
export type CategoryNames = Record<string, [string, number]>;

/** A table of the right shape (plain data from the background). */
function isCategoryNames(x: unknown): x is CategoryNames {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return false;
  return Object.values(x).every(
    (v) => Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && typeof v[1] === 'number',
  );
}

/** A handed-over JSON text as a table; null when absent or malformed (English paths are shown then). */
export function parseCategoryNames(text: string | null | undefined): CategoryNames | null {
  if (!text) return null;
  try {
    const v: unknown = JSON.parse(text);
    return isCategoryNames(v) ? v : null;
  } catch {
    return null;
  }
}

/** The taxonomy path of `id` in the table's language, or null when any level lacks a name (English is shown then). */
export function localCategoryPath(id: number | null, names: CategoryNames | null): string | null {
  if (id === null || !names) return null;
  const parts: string[] = [];
  for (let at = id, depth = 0; at !== 0 && depth < 10; depth++) {
    const row = Object.hasOwn(names, String(at)) ? names[String(at)] : undefined;
    if (!row) return null;
    parts.unshift(row[0]);
    at = row[1];
  }
  return parts.length ? parts.join(' > ') : null;
}

/** The table from one taxonomy file's text ("<id> - A > B > C" lines; '#' lines are comments). */
export function parseTaxonomyNames(text: string): CategoryNames {
  const idOfPath = new Map<string, number>();
  const rows: [number, string[]][] = [];
  for (const line of text.split('\n')) {
    const m = /^(\d+) - (.+?)\s*$/.exec(line);
    if (!m) continue;
    const id = Number(m[1]);
    idOfPath.set(m[2], id);
    rows.push([id, m[2].split(' > ')]);
  }
  const out: CategoryNames = {};
  for (const [id, parts] of rows) {
    const parent = parts.length > 1 ? idOfPath.get(parts.slice(0, -1).join(' > ')) : 0;
    if (parent !== undefined) out[String(id)] = [parts.at(-1)!, parent];
  }
  return out;
}
