/**
 * Label/value attribute pairs from a page's embedded JSON state (GraphQL caches, Redux/Next.js
 * state). Many shops render "Material: 100% cotton" client-side from such pairs, so a saved page
 * or a content script running before hydration only has them in a <script> blob.
 *
 * A single linear regex pass over the text, not a JSON.parse: the blobs are often megabytes,
 * sometimes not valid JSON on their own, and only flat `{"key": "...", "value": "..."}` shapes matter.
 */
import type { SpecPairs } from './specs';

/** `"key"|"name"|"label": "<label>", ... "value"|"values": "<value>"` with only short scalar fields between. */
const PAIR = /"(?:key|name|label|attributeName|displayName)"\s*:\s*"((?:[^"\\\n]|\\.){1,80})"\s*,\s*(?:"[A-Za-z_]{1,30}"\s*:\s*(?:"(?:[^"\\\n]|\\.){0,80}"|null|true|false|-?\d{1,12})\s*,\s*){0,3}"(?:value|values|displayValue|formattedValue)"\s*:\s*"((?:[^"\\\n]|\\.){1,300})"/g;

/** JSON string body -> text; percent-escaped "%25" (some state serialisers escape '%') -> '%'. */
function unescape(s: string): string | null {
  try {
    return (JSON.parse(`"${s}"`) as string).replace(/%25/g, '%').trim() || null;
  } catch {
    return null;
  }
}

/** At most `limit` pairs from the first `maxChars` characters of `text`. */
export function keyValuePairsFromJson(text: string, limit = 200, maxChars = 2_000_000): SpecPairs {
  const out: SpecPairs = [];
  const src = text.length > maxChars ? text.slice(0, maxChars) : text;
  PAIR.lastIndex = 0;
  for (let m = PAIR.exec(src); m && out.length < limit; m = PAIR.exec(src)) {
    const l = unescape(m[1]);
    const v = unescape(m[2]);
    if (l && v && !/^(?:https?:)?\/\//.test(v)) out.push([l, v]);
  }
  return out;
}

/** Pairs from every JSON <script> (not JSON-LD) of the document, bounded overall. */
export function keyValuePairsFromScripts(doc: Document, limit = 200): SpecPairs {
  const out: SpecPairs = [];
  const scripts = doc.querySelectorAll('script[type="application/json"], script#__NEXT_DATA__, script[type="application/x-json"]');
  for (let i = 0; i < scripts.length && i < 100 && out.length < limit; i++) {
    const t = scripts[i].textContent ?? '';
    if (!t.includes('"value') && !t.includes('Value"')) continue;
    out.push(...keyValuePairsFromJson(t, limit - out.length));
  }
  return out;
}
