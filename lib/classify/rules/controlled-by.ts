/**
 * "Smartphone Controlled", "App-gesteuert", "Battery Operated", "USB betrieben": a product word
 * right before a participle of control or power names what drives or steers the product, not
 * the product ("Smart Garage Control ... Smartphone Controlled" is no phone). Such a word counts
 * as much as one after a for-cue. Head-last languages only: in the Romance and Slavic languages
 * the participle comes first ("controlado por smartphone") and its "por" is a for-cue's work.
 */
import { tokenize } from '../text';

const PARTICIPLES: Record<string, string[]> = {
  en: ['controlled', 'operated', 'powered', 'driven', 'enabled', 'compatible', 'connected'],
  de: ['gesteuert', 'steuerbar', 'betrieben', 'kompatibel', 'fähig'],
  nl: ['gestuurd', 'bestuurbaar', 'aangedreven'],
  sv: ['styrd', 'driven', 'kompatibel'],
};

const WORDS = new Set(Object.values(PARTICIPLES).flatMap((ws) => ws.flatMap((w) => tokenize(w))));
const HEAD_LAST = new Set(['en', 'de', 'nl', 'sv']);

/** Whether the word at `at` (the one after a hit) is such a participle in the title's language. */
export function isControlParticiple(token: string | undefined, lang: string | null): boolean {
  return token !== undefined && (lang === null || HEAD_LAST.has(lang)) && WORDS.has(token);
}
