/**
 * Result cards as data: which elements are the cards of a shop's search and category pages, and
 * where each card shows its title, price, link and "sponsored" mark. `listingFromTiles` is the one
 * reader for every spec that declares them (see spec.ts).
 */
import type { Item } from '../types';
import type { MoneyHints } from '../money';
import { cardsPlan, listingFromPlan, type TilePlan } from '../listing-plan';
import {
  absoluteUrl,
  cleanTitle,
  firstPrice,
  firstText,
  hasAdLabel,
  pageHints,
  priceFromText,
  quantityFromTitle,
  readRating,
  textOf,
} from '../listing-tile';

/** The price of a card: the first of `selectors` that reads as one price, or a label inside a block. */
type TilePrice =
  | { selectors: string[] }
  /** Screen-reader copy ("current price $12.98") in `block`; capture group 1 of `label` is the price. */
  | { block: string; label: Pick<RegExp, 'exec'> };

export interface TileSpec {
  /** Card selectors by page variant, newest first: the first that matches any card wins. */
  cards: string[];
  /** Cards nest (an inner element carries the same mark): only the outermost is a card. */
  outermost?: boolean;
  /** Title elements inside a card, ordered fallbacks; the first with text wins. */
  title: string[];
  /** The title element's `title` attribute holds the full name when the text is cut short. */
  titleAttribute?: boolean;
  price: TilePrice;
  /** The item link: the title's enclosing link when `fromTitle`, else (or failing that) `selector`. */
  link: { fromTitle?: boolean; selector: string };
  /** Tracking parts to cut from item links (`?...`, `#...`). */
  linkCut?: RegExp;
  /** A shop's own sponsored mark, besides the "Sponsored" / "Ad" labels every card is checked for. */
  sponsored?: string;
}

/** Longest text read from a price block (the screen-reader copy sits at its start). */
const PRICE_BLOCK_CHARS = 200;

function priceOf(price: TilePrice, card: Element, hints: MoneyHints) {
  if ('selectors' in price) return firstPrice(card, price.selectors, hints);
  const block = textOf(card.querySelector(price.block), PRICE_BLOCK_CHARS);
  return priceFromText(price.label.exec(block)?.[1] ?? '', hints);
}

function linkOf(spec: TileSpec, card: Element, titleEl: Element | undefined, base: URL): string | null {
  const fromTitle = spec.link.fromTitle ? titleEl?.closest('a')?.getAttribute('href') : null;
  const href = fromTitle ?? card.querySelector(spec.link.selector)?.getAttribute('href');
  const url = absoluteUrl(href, base);
  return url && spec.linkCut ? url.replace(spec.linkCut, '') : url;
}

/** One card as an item, or null for a skeleton or lazy placeholder card (no title yet). */
function readCard(spec: TileSpec, card: Element, url: URL, hints: MoneyHints): Omit<Item, 'position'> | null {
  const titleEl = firstText(card, spec.title);
  const title = cleanTitle((spec.titleAttribute && titleEl?.el.getAttribute('title')) || titleEl?.text);
  if (!title) return null;
  // "$12.99 - $24.99" (variants) gives no single price.
  const money = priceOf(spec.price, card, hints);
  const sponsored = (!!spec.sponsored && !!card.querySelector(spec.sponsored)) || hasAdLabel(card);
  return {
    title,
    price: money?.price ?? null,
    currency: money?.currency ?? null,
    url: linkOf(spec, card, titleEl?.el, url),
    quantity: quantityFromTitle(title),
    rating: readRating(card),
    sponsored,
  };
}

/** The cards of a spec's listing as a plan (listing-plan.ts): found once, each read on demand. */
export function tilesPlan(spec: TileSpec, doc: Document, url: URL): TilePlan | null {
  const hints = pageHints(doc, url);
  return cardsPlan(doc, spec.cards, (card) => readCard(spec, card, url, hints), {
    nestedIn: spec.outermost ? spec.cards.join(', ') : null,
  });
}

export function listingFromTiles(
  spec: TileSpec,
  doc: Document,
  url: URL,
): { items: Item[]; anchors: (Element | null)[] } | null {
  const plan = tilesPlan(spec, doc, url);
  return plan && listingFromPlan(plan);
}
