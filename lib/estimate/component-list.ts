/**
 * A material named inside a title's list of components ("Board game (board, cards and wooden
 * pawns)", "Ludo: board, dice and wooden pieces") is a part's material, not the product's: the head
 * of the title names the product, an enumeration after it names what is in the box.
 */
import { normalizeText } from '../factors/normalize';
import { LIST_AND_RE } from './words';

/**
 * True when `gram` (a normalised material word) stands in an item of a list of at least three items
 * (commas or a list-joining word: and, und, et, y, e, en) that is not the title's head (the text before
 * the first comma, colon or parenthesis), and qualifies a component there (a word follows it in the
 * item: "wooden pawns"). A bare material item ("Sneakers, leather, white") stays the product's.
 */
export function inComponentList(rawTitle: string, gram: string): boolean {
  // The head: text before the first list-opening mark; a list lives after it (or in parentheses).
  const open = rawTitle.search(/[,:;(]/);
  if (open < 0) return false;
  const rest = rawTitle.slice(open + 1);
  for (const group of rest.split(/[()]/)) {
    const items = group
      .toLowerCase()
      .split(/[,;/]/)
      .flatMap((i) => i.split(LIST_AND_RE))
      .map((i) => normalizeText(i))
      .filter((i) => i.length > 0);
    if (items.length < 3) continue;
    for (const item of items) {
      const at = ` ${item} `.indexOf(` ${gram} `);
      if (at >= 0 && item.slice(at + gram.length).trim().length > 0) return true;
    }
  }
  return false;
}
