/**
 * The closed badge drawn with plain DOM calls, node for node what Preact draws for
 * components/Badge.tsx (and its BuyControl) while the panel is closed, with no handlers. The content
 * script shows this first and hands the same nodes to Preact when the user first reaches the badge
 * (entrypoints/content/badge.tsx, `mountView`'s `still`): a product page or a listing then runs no
 * Preact, hooks or component code until someone points at, focuses or clicks a badge. A test renders
 * both for every look (components/badge-static.test.tsx) and holds them equal.
 */
import type { I18n } from '../lib/i18n/core';
import { badgeLook, LEAF_PATH, SIMILAR_MARK, type BadgeState } from './badge-look';

const SVG = 'http://www.w3.org/2000/svg';

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attrs: Record<string, string>,
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  for (const name in attrs) e.setAttribute(name, attrs[name]!);
  e.append(...children);
  return e;
}

export interface StaticBadgeOptions {
  compact?: boolean;
  theme?: 'dark' | 'light' | null;
  /** Whether the badge has its "I bought this" control (Badge's `onBought`). */
  buy: boolean;
}

/** The leaf icon in the pill (an SVG element, as Preact creates it: in the SVG namespace). */
function leaf(doc: Document): SVGElement {
  const svg = doc.createElementNS(SVG, 'svg');
  for (const [name, value] of [
    ['class', 'leaf'],
    ['viewBox', '0 0 16 16'],
    ['width', '12'],
    ['height', '12'],
    ['aria-hidden', 'true'],
  ] as const)
    svg.setAttribute(name, value);
  const path = doc.createElementNS(SVG, 'path');
  path.setAttribute('d', LEAF_PATH);
  path.setAttribute('fill', 'currentColor');
  svg.append(path);
  return svg;
}

/** BuyControl as it first shows: quantity 1 and "I bought this". */
function buyControl(doc: Document, i: I18n): HTMLElement {
  const qty = el(doc, 'input', {
    type: 'number',
    class: 'qty',
    min: '1',
    max: '99',
    'aria-label': i.t('bought.quantity'),
    'data-testid': 'embodied-quantity',
  });
  qty.value = '1';
  const bought = el(
    doc,
    'button',
    { type: 'button', class: 'bought', 'data-testid': 'embodied-bought' },
    i.t('bought.idle'),
  );
  return el(doc, 'span', { class: 'buy' }, qty, bought);
}

/** The closed badge for `state`, as Preact would draw it: one root element. */
export function staticBadge(doc: Document, state: BadgeState, i: I18n, opts: StaticBadgeOptions): HTMLElement {
  const { ready, rough, text, rootClass, pillClass, range } = badgeLook(state, i, opts.compact, opts.theme);
  const pill = el(
    doc,
    'button',
    {
      type: 'button',
      class: pillClass,
      'data-testid': 'embodied-badge',
      'aria-expanded': 'false',
      'aria-haspopup': 'dialog',
      ...(ready ? { title: i.t('badge.hint') } : {}),
    },
    leaf(doc),
    el(doc, 'span', { 'data-testid': 'embodied-badge-text' }, text),
  );
  const similar = ready?.similar?.relative;
  if (similar)
    pill.append(
      el(
        doc,
        'span',
        { class: `similar-tag ${similar}`, 'data-testid': 'embodied-badge-similar', 'data-relative': similar },
        el(doc, 'span', { 'aria-hidden': 'true' }, SIMILAR_MARK[similar]),
        el(doc, 'span', { class: opts.compact ? 'sr-only' : '' }, i.t(`similar.tag.${similar}`)),
      ),
    );
  if (rough) pill.append(el(doc, 'span', { class: 'rough-tag' }, i.t('badge.rough')));
  if (ready?.corrected)
    pill.append(
      el(doc, 'span', { class: 'corrected-tag', 'data-testid': 'embodied-badge-corrected' }, i.t('correct.by')),
    );

  const wrap = el(doc, 'span', { class: 'pill-wrap' }, pill);
  if (range)
    wrap.append(el(doc, 'span', { class: 'tip', role: 'tooltip', 'data-testid': 'embodied-badge-range' }, ...range));
  const root = el(doc, 'div', { class: rootClass }, wrap);
  if (!opts.compact && opts.buy) root.append(buyControl(doc, i));
  return root;
}
