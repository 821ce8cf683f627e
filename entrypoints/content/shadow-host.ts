/**
 * A closed shadow root beside an anchor element, for one badge or order card. Written for the many
 * badges of a listing (instead of WXT's createShadowRootUi, which does more per badge than we need):
 *  - one style sheet object shared by every badge (adoptedStyleSheets), parsed once, instead of a
 *    <style> element parsed per badge (Firefox: a <style> per root, since a sheet constructed in a
 *    content script cannot be adopted by the page's nodes there);
 *  - synchronous: the host is in the DOM when this returns;
 *  - no per-badge listener on the content-script context: whoever mounts keeps the handle and
 *    removes it (entrypoints/content/page.ts releases every badge on invalidation and on
 *    single-page navigation), so a removed badge leaves nothing behind that holds its DOM.
 */
import { placeOutsideInteractive, type Append } from '../../lib/content/badge-placement';

/** The page's CSS can't reach in: every inherited property reset at the host. */
const HOST_RESET = ':host { all: initial !important; }';

const sheets = new Map<string, CSSStyleSheet>();

/** `css` added to the root's adopted sheets (parsed once for every root), or false where a <style> must hold it. */
function adoptStyles(root: ShadowRoot, css: string): boolean {
  if (import.meta.env.FIREFOX || typeof CSSStyleSheet !== 'function' || !('adoptedStyleSheets' in root)) return false;
  let sheet = sheets.get(css);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    sheets.set(css, sheet);
  }
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  return true;
}

export interface ShadowHost {
  /** Where the view renders (inside the closed root). */
  container: HTMLElement;
  /** Adds more styles to the root, after the first (a view's later parts: the badge's panel). */
  addStyles(css: string): void;
  remove(): void;
}

/** Creates `<name>` with a closed root holding `css` and an empty container, placed at `anchor`. */
export function mountShadowHost(name: string, css: string, anchor: Element, append: Append): ShadowHost {
  const host = document.createElement(name);
  // Closed: the page gets no handle on the badge's buttons (host.shadowRoot is null to it).
  const root = host.attachShadow({ mode: 'closed' });
  // The same tree as before (html > head + body): the badge's look depends on the body's defaults.
  const html = document.createElement('html');
  const head = document.createElement('head');
  const container = document.createElement('body');
  const addStyles = (more: string) => {
    if (adoptStyles(root, more)) return;
    const style = document.createElement('style');
    style.textContent = more;
    head.append(style);
  };
  addStyles(`${HOST_RESET}\n${css}`);
  html.append(head, container);
  root.append(html);
  const place = placeOutsideInteractive(anchor, append);
  if (place.append === 'last') place.anchor.append(host);
  else
    place.anchor.parentElement?.insertBefore(
      host,
      place.append === 'before' ? place.anchor : place.anchor.nextElementSibling,
    );
  return { container, addStyles, remove: () => host.remove() };
}
