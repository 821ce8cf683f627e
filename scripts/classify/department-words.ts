/**
 * Department words: a shop's department crumb whose word the taxonomy names as one node but uses
 * across another department. Google's translations name "Business & Industrial > Construction"
 * "Construção", "Costruzione", "Construction", "Construcción", while the Hardware department's own
 * kinds carry the same word ("Ferragens > Consumíveis para construção", "Materiais de
 * construção", 71 nodes against 3): a shop's "Construção" department sells sealants, taps and
 * ladders, which is Hardware. Read from the translated Google taxonomy files, per language:
 * - a one-word name of a node at level 1 or 2 (a department or its kind, what a shop's
 *   department crumb names);
 * - another department has a level-2 kind whose name holds the word, and
 * - that department's nodes name the word in their path at least DOMINANCE times as often as the
 *   word's own department does.
 * The crumb then reads as that department (trail.ts), and the title's words pick the kind in it.
 */
import { readFileSync } from 'node:fs';
import { foldedKey, normalizeText } from '../../lib/classify/text';
import { GOOGLE_LOCALES } from './localized';

const DIR = 'data/raw/taxonomy';
/** How many times more nodes the other department must name the word in. */
const DOMINANCE = 10;

/** [language, folded word, department id], sorted. */
export function departmentWords(locales: Record<string, string> = GOOGLE_LOCALES): [string, string, number][] {
  const out: [string, string, number][] = [];
  for (const [lang, file] of Object.entries(locales)) {
    const rows: { id: number; names: string[] }[] = [];
    const idOf = new Map<string, number>();
    for (const line of readFileSync(`${DIR}/${file}`, 'utf8').split(/\r?\n/).slice(1)) {
      const m = /^(\d+) - (.+)$/.exec(line);
      if (!m) continue;
      const names = m[2].split(' > ');
      rows.push({ id: Number(m[1]), names });
      if (names.length === 1) idOf.set(names[0], Number(m[1]));
    }
    // word -> department name -> nodes whose path names the word; and the level-2 names' words.
    const uses = new Map<string, Map<string, number>>();
    const kindWords = new Map<string, Set<string>>();
    const own = new Map<string, string>();
    for (const { names } of rows) {
      const dept = names[0];
      const words = new Set(names.flatMap((n) => normalizeText(n).split(' ').filter(Boolean)));
      for (const w of words) {
        const byDept = uses.get(w) ?? new Map<string, number>();
        byDept.set(dept, (byDept.get(dept) ?? 0) + 1);
        uses.set(w, byDept);
      }
      if (names.length === 2)
        for (const w of normalizeText(names[1]).split(' ')) kindWords.set(w, (kindWords.get(w) ?? new Set()).add(dept));
      const last = normalizeText(names[names.length - 1]);
      if (names.length <= 2 && last && !last.includes(' ')) own.set(last, dept);
    }
    for (const [word, dept] of own) {
      const byDept = uses.get(word)!;
      const mine = byDept.get(dept) ?? 0;
      for (const [other, n] of byDept) {
        if (other === dept || n < DOMINANCE * mine || !kindWords.get(word)?.has(other)) continue;
        const id = idOf.get(other);
        if (id !== undefined) out.push([lang, foldedKey(word), id]);
      }
    }
  }
  return out.sort((a, b) => (a[0] + ' ' + a[1] < b[0] + ' ' + b[1] ? -1 : 1));
}
