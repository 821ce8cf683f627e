/**
 * An element as its path of tag[index] steps, from the root or from `box` (not included): two lists
 * of elements compare by place, and a failure prints where they part.
 */
export function elementPath(el: Element, box: Element | null = null): string {
  const steps: string[] = [];
  for (let cur: Element | null = el; cur && cur !== box; cur = cur.parentElement)
    steps.unshift(`${cur.tagName}[${Array.prototype.indexOf.call(cur.parentElement?.children ?? [], cur)}]`);
  return steps.join('/');
}
