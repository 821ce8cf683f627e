/**
 * A software product named without a key or licence word is still a licence when it heads the
 * title ("Kaspersky Standard ...", "Microsoft Office Home & Student 2021") or comes with a
 * licence's terms, a count of devices or users and a duration ("Norton 360 Deluxe 5 devices 1
 * year", "F-Secure Total 3 laitetta 12 kk"): no physical thing is sold. A laptop that names its
 * system ("ThinkPad E14 16 GB Windows 11 Pro") names it after the device, with no term, and
 * stays a laptop; a device's warranty ("2 Jahre Garantie") is not a licence's term.
 */
import { isUnspaced } from './non-physical';
import { BOXED_WORDS, EDITION_WORDS, LICENCE_UNITS, SOFTWARE_NAMES, WARRANTY_WORDS } from './software-licence-words';
import { normalizeText } from '../text';

const fold = (w: string): string => normalizeText(w);
const squeeze = (w: string): string => w.replace(/ /g, '');

const names = (kind: string) =>
  Object.values(SOFTWARE_NAMES[kind] ?? {})
    .flat()
    .map(fold);
const SECURITY = names('security');
const OFFICE = names('office');
const EDITIONS = new Set(EDITION_WORDS.map(fold));
/** How many words after an office or system name its edition may come. */
const EDITION_SPAN = 4;
const UNITS = new Set(Object.values(LICENCE_UNITS).flat().map(fold));
/** Units of the unspaced scripts, found right after a number inside a run ("3年版", "1년"). */
const UNSPACED_UNITS = [...UNITS].filter(isUnspaced).map(squeeze);
const WARRANTY = new Set(WARRANTY_WORDS.map(fold));
const BOXED = BOXED_WORDS.map(fold);
/** How many words either side of a term a warranty word may be to claim it. */
const WARRANTY_SPAN = 2;
const NUMBER = /^\d+$/;

/** Where one of the names starts in the normalised title, or -1. */
function nameAt(names: string[], text: string, squeezed: string): number {
  let best = -1;
  for (const name of names) {
    const at = isUnspaced(name)
      ? squeezed.indexOf(squeeze(name)) // an unspaced run is cut into words: compared without spaces
      : ` ${text} `.indexOf(` ${name} `);
    if (at >= 0 && (best < 0 || at < best)) best = at;
  }
  return best;
}

/** Whether the tokens hold a licence term: a number then a unit, no warranty word beside it. */
function hasLicenceTerm(tokens: string[]): boolean {
  return tokens.some((t, i) => {
    const unspacedUnit = /^\d+/.test(t) && UNSPACED_UNITS.some((u) => t.replace(/^\d+/, '').startsWith(u));
    const unit = NUMBER.test(t) && UNITS.has(tokens[i + 1] ?? '');
    if (!unit && !unspacedUnit) return false;
    const near = tokens.slice(Math.max(0, i - WARRANTY_SPAN), i + 2 + WARRANTY_SPAN);
    return !near.some((w) => WARRANTY.has(w));
  });
}

/**
 * Whether the title's main part (`segment`, before any bracket or separator) sells a software
 * licence by a product's name: the name opens it, or a licence term comes with it.
 */
export function isSoftwareLicence(segment: string): boolean {
  const text = normalizeText(segment);
  if (!text) return false;
  const security = nameAt(SECURITY, text, squeeze(text));
  const office = nameAt(OFFICE, text, squeeze(text));
  if (security < 0 && office < 0) return false;
  // A boxed copy or a disc is a thing ("Antivirus 2024 1 PC BOX").
  if (BOXED.some((w) => (isUnspaced(w) ? squeeze(text).includes(squeeze(w)) : ` ${text} `.includes(` ${w} `))))
    return false;
  if (security === 0) return true;
  if (
    office === 0 &&
    text
      .split(' ')
      .slice(1, 1 + EDITION_SPAN)
      .some((w) => EDITIONS.has(w))
  )
    return true;
  // Numbers glued to CJK units ("3年版") are split by normalisation: glue them back.
  const tokens = text.replace(/(\d) (?=\S)/gu, (m, d: string, off: number, s: string) =>
    isUnspaced(s[off + 2] ?? '') ? d : m,
  );
  return hasLicenceTerm(tokens.split(' '));
}
