/**
 * Set-top boxes and televisions share their broadcast words ("DVB-T2", "HD", "UHD", "4K"). The
 * naive Bayes vote learned those words from televisions only (its PriceRunner classes hold no
 * receiver), so it reads "Telefunken DVB-T2 HD Receiver" or "Zapper DVB-T2 Full HD" as a TV. What
 * tells them apart is the screen: a television's title gives its diagonal ("43 Zoll", "109.2 cm"),
 * a receiver's never does.
 * - A title without a diagonal whose lexicon names a set-top kind (a TV receiver, a media player)
 *   is no television: the vote's TV reading is dropped.
 * - A title with a diagonal is a screen: its broadcast standard ("dvb c") names its tuner, not a
 *   receiver, so that reading is dropped instead.
 */
import { parseScreenInches } from '../../units/screen';
import type { Taxonomy } from '../taxonomy';

/** Electronics > Video > Televisions. */
const TELEVISIONS = 404;
/** Electronics > Video > Satellite & Cable TV, and Video Players & Recorders > Streaming & Home Media Players. */
const SET_TOP_KINDS = [5561, 5276];

const isSetTop = (taxonomy: Taxonomy, id: number) => SET_TOP_KINDS.some((k) => taxonomy.isAncestorOrSelf(k, id));

/** A bare centimetre figure of a television's diagonal range (20 to 100 inches): "109.2 cm 43". */
const TV_CENTIMETRES = /(?:^|[^\d.,])(\d{2,3}(?:[.,]\d)?)\s?cm\b/i;
const MIN_TV_CM = 50;
const MAX_TV_CM = 254;

/** Whether the title states a screen diagonal. */
export function hasScreen(title: string): boolean {
  if (parseScreenInches(title) !== null) return true;
  const cm = TV_CENTIMETRES.exec(title);
  const n = cm ? Number(cm[1]!.replace(',', '.')) : 0;
  return n >= MIN_TV_CM && n <= MAX_TV_CM;
}

/** The Bayes votes without a TV reading when the lexicon's strongest kind is a set-top box and no screen is stated. */
export function setTopVotes<E extends { id: number }>(
  taxonomy: Taxonomy,
  title: string,
  best: { id: number } | null,
  votes: E[],
): E[] {
  if (!best || !isSetTop(taxonomy, best.id) || hasScreen(title)) return votes;
  return votes.filter((v) => v.id !== TELEVISIONS);
}

/** The title evidence without its set-top readings when the title states a screen diagonal. */
export function screenEvidence<E extends { id: number }>(taxonomy: Taxonomy, title: string, evidence: E[]): E[] {
  if (!evidence.some((e) => isSetTop(taxonomy, e.id)) || !hasScreen(title)) return evidence;
  return evidence.filter((e) => !isSetTop(taxonomy, e.id));
}
