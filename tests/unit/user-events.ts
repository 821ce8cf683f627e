/**
 * Test-only: a click as the user's own input. Unit-test DOMs (happy-dom) make every dispatched
 * event untrusted; real browsers never let a page set `isTrusted`, so this exists for tests only.
 */
export function userClick(el: Element): void {
  const e = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
  Object.defineProperty(e, 'isTrusted', { value: true });
  el.dispatchEvent(e);
}

export function userKey(el: Element, key: string): void {
  const e = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, composed: true });
  Object.defineProperty(e, 'isTrusted', { value: true });
  el.dispatchEvent(e);
}
