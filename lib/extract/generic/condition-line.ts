/**
 * The condition printed as a short line right by the title, for pages that state it nowhere else:
 * Mercado Libre's subtitle "Nuevo | +100 vendidos" / "Usado", "Neu · 12 verkauft". Only an element
 * next to the title (or next to the box holding it), whose first segment before "|" or "·" is a
 * condition word and nothing else (conditionFromText on that segment alone: "New arrivals in
 * jackets" is no condition).
 */
import type { Condition } from '../types';
import { conditionFromText } from './specs';
import { clean } from './text';

/** A condition line is short. */
const MAX_LINE = 60;
/** The condition word is the whole first segment, at most this long. */
const MAX_WORD = 20;

function lineCondition(el: Element | null): Condition {
  if (!el || el.childElementCount > 2) return null;
  const t = clean(el.textContent, MAX_LINE + 1);
  if (!t || t.length > MAX_LINE) return null;
  const first = t.split(/\s*[|·•]\s*/)[0] ?? '';
  if (first.length > MAX_WORD || first.split(/\s+/).length > 2) return null;
  return conditionFromText(first);
}

/** The condition said by the line before or after the title, or before or after its parent box. */
export function conditionBesideTitle(titleEl: Element | null): Condition {
  if (!titleEl) return null;
  const parent = titleEl.parentElement;
  for (const el of [
    titleEl.previousElementSibling,
    titleEl.nextElementSibling,
    parent?.previousElementSibling ?? null,
    parent?.nextElementSibling ?? null,
  ]) {
    const c = lineCondition(el);
    if (c) return c;
  }
  return null;
}
