/**
 * IKEA's code hook (the rest of the shop is data in specs.ts): category and search cards carry
 * their data as attributes, and the name alone ("KALLAX") says little, so a card's title joins the
 * name with the type printed below it ("Shelf unit, white, 77x147 cm").
 */
import type { Item } from '../types';
import { parseAmount } from '../money';
import { absoluteUrl, cleanTitle, quantityFromTitle, readRating, textOf } from '../listing-tile';

/** Category/search tiles (2021+): `data-product-name`, `data-price`, `data-currency` on the card. */
const TILE = '.plp-mastercard[data-product-number], [data-testid="plp-product-card"][data-product-number]';
const DESCRIPTION = '.plp-price-module__description, [class*="product-description"]';
/** Longest type description read from a card. */
const DESCRIPTION_CHARS = 200;

export function ikeaListing(doc: Document, url: URL): { items: Item[]; anchors: (Element | null)[] } | null {
  const tiles = Array.from(doc.querySelectorAll(TILE));
  if (!tiles.length) return null;
  const items: Item[] = [];
  const anchors: Element[] = [];
  tiles.forEach((tile) => {
    const name = tile.getAttribute('data-product-name');
    const description = textOf(tile.querySelector(DESCRIPTION), DESCRIPTION_CHARS);
    const title = cleanTitle([name, description].filter(Boolean).join(' '));
    if (!title) return;
    const currency = tile.getAttribute('data-currency');
    const price = parseAmount(tile.getAttribute('data-price'), currency);
    items.push({
      title,
      price,
      currency: price === null ? null : currency,
      url: absoluteUrl(tile.querySelector('a[href*="/p/"]')?.getAttribute('href'), url),
      quantity: quantityFromTitle(title),
      position: items.length + 1,
      rating: readRating(tile),
      sponsored: false,
    });
    anchors.push(tile);
  });
  return items.length ? { items, anchors } : null;
}
