/**
 * The always-on detector's selectors as written inline before the move of their tokens into
 * words-buy.ts (copied verbatim from lib/content/detect.ts at main 6948c3a), beside the new ones:
 * the two sides of the selector part of `scripts/words/equivalence-classes.ts`. Not shipped.
 */
import { BUY_CONTROL_SELECTOR, PRICE_SELECTOR } from '../../lib/extract/words-buy';

export const OLD_SELECTORS: Record<string, string> = {
  buy: 'form[action*="cart" i], form[action*="basket" i], form[action*="warenkorb" i], [name="add-to-cart" i], [id*="add-to-cart" i], [id*="addtocart" i], [id*="add_to_cart" i], [class*="add-to-cart" i], [class*="addtocart" i], [class*="add_to_cart" i], [data-testid*="add-to-cart" i], [data-testid*="addtocart" i], [data-action*="add-to-cart" i], [data-qa*="add-to-cart" i], [data-qa*="addtocart" i], [aria-label*="add to cart" i], [aria-label*="in den warenkorb" i], [id*="buy-now" i], [class*="buy-now" i], [id*="buybox" i], [class*="btn-cart" i], [class*="add-cart" i], [class*="addcart" i], [class*="cart-add" i]',
  price:
    '[class*="price" i], [id*="price" i], [data-price], [data-testid*="price" i], [data-test*="price" i], [data-automation-id*="price" i], [data-qa*="price" i], [class*="preis" i], [class*="prix" i], [class*="precio" i], [class*="prezzo" i]',
};
/** As lib/content/detect.ts takes them. */
export const NEW_SELECTORS: Record<string, string> = {
  buy: BUY_CONTROL_SELECTOR,
  price: PRICE_SELECTOR,
};
