/**
 * Guards for the badge's handlers. A page script can call `.click()` or dispatch key events on
 * anything it can reach; only the user's own input has `isTrusted === true` (an unforgeable
 * property in browsers). Every handler that records or changes something goes through `userOnly`.
 * Every event that starts in the badge is also kept from the page: no link navigation behind the
 * badge, no shop click handlers, no "add to cart" on a keypress.
 */
export function keepFromPage(e: Event): void {
  e.stopPropagation();
  // A click's default could follow a link around the badge; keys typed into our own inputs must
  // still type, and our own checkboxes and selects must still change.
  if (e.type !== 'click' && e.type !== 'auxclick') return;
  const target = e.target as Element | null;
  if (!target?.closest?.('input, select, textarea, label')) e.preventDefault();
}

/** Runs `fn` only for an event the user caused; a synthetic one from the page does nothing. */
export function userOnly<E extends Event>(fn: (e: E) => void): (e: E) => void {
  return (e: E) => {
    keepFromPage(e);
    if (!e.isTrusted) return;
    fn(e);
  };
}
