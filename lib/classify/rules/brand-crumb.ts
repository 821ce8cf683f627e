/**
 * A crumb that is the product's brand names no category: shops file a product under its maker's
 * page too ("メンズ > スニーカー > コンバース", "Herren > Schuhe > Nike", "Smartphones > Apple"), and
 * the lexicon may read a brand as a word ("Apple": fruit, "Converse", "Puma": an animal). Such
 * crumbs are left out of the trail; the brand counts only where the brand rules read it.
 */
import { normalizeText } from '../text';

/**
 * The non-empty crumbs less those that are the brand: the whole brand or one of its words
 * ("CONVERSE コンバース" has two names). A brand of one or two letters is too short to tell.
 */
export function withoutBrandCrumbs(crumbs: string[], brand: string | null): string[] {
  const whole = brand ? normalizeText(brand) : '';
  const names = new Set(whole.length < 3 ? [] : [whole, ...whole.split(' ').filter((w) => w.length >= 3)]);
  return crumbs.filter((c) => c.trim() !== '' && !names.has(normalizeText(c)));
}
