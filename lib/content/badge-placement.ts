/**
 * Where a badge may go: never inside the page's links or buttons. A badge inside an `<a>` makes
 * its click follow the link (17 of 22 tiles on a saved Amazon search page), and nesting
 * interactive content inside a link or button is invalid HTML that assistive tech reads badly.
 */

const INTERACTIVE = 'a[href], button, [role="button"], [role="link"], label, summary, select, [onclick]';

export type Append = 'after' | 'before' | 'last';

/**
 * The anchor and position to use instead of (anchor, append) so that the badge lands outside
 * every interactive ancestor: right after the outermost one that contains the anchor.
 */
export function placeOutsideInteractive(anchor: Element, append: Append): { anchor: Element; append: Append } {
  // 'last' puts the badge INSIDE the anchor: the anchor itself counts.
  let outer: Element | null = append === 'last' && anchor.matches(INTERACTIVE) ? anchor : null;
  for (let el = anchor.parentElement; el && el.localName !== 'body'; el = el.parentElement) {
    if (el.matches(INTERACTIVE)) outer = el;
  }
  return outer ? { anchor: outer, append: 'after' } : { anchor, append };
}
