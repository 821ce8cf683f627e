// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { SHIRT_ESTIMATE } from '../../tests/unit/estimates';
import type { Estimate } from '../../lib/estimate/schema';
import { userClick } from '../../tests/unit/user-events';

// The panel's file is asked for on the first open: never answered here.
vi.mock('wxt/browser', () => ({ browser: { runtime: { sendMessage: vi.fn(() => new Promise(() => undefined)) } } }));
// The Preact badge, counted: the page must run none of it until the user reaches the badge.
const drawn = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../components/Badge', async (original) => {
  const real = await original<typeof import('../../components/Badge')>();
  return {
    ...real,
    Badge: (props: Parameters<typeof real.Badge>[0]) => {
      drawn.count++;
      return real.Badge(props);
    },
  };
});
const { mountBadge } = await import('./badge');

const estimate: Estimate = SHIRT_ESTIMATE;
const ctx = { isInvalid: false } as ContentScriptContext;
const product = { title: 'Shirt', url: 'https://shop.example/p/1', price: 20, currency: 'EUR' };

/** The badge's closed root (the page gets none; the test keeps the one attachShadow made). */
let roots: ShadowRoot[] = [];
beforeEach(() => {
  roots = [];
  const attach = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init) {
    const root = attach.call(this, init);
    roots.push(root);
    return root;
  });
  drawn.count = 0;
  document.body.innerHTML = '<p id="price">20,00 €</p>';
});
afterEach(() => vi.restoreAllMocks());

async function mount(compact = false) {
  const anchor = document.getElementById('price')!;
  const badge = await mountBadge(ctx, anchor, {
    compact,
    product,
    theme: null,
    initial: { status: 'ready', estimate },
  });
  const root = roots[0]!;
  return { badge, root, pill: () => root.querySelector('[data-testid=embodied-badge]') as HTMLElement };
}

describe('a badge before the user reaches it', () => {
  it('is drawn and redrawn without Preact', async () => {
    const { badge, root } = await mount();
    expect(root.querySelector('[data-testid=embodied-badge-text]')?.textContent).toBe('≈ 3.1 kg CO2e');
    expect(root.querySelector('[data-testid=embodied-bought]')).not.toBeNull();
    badge.update({ status: 'ready', estimate: { ...estimate, kgCO2e: 4.2 } });
    expect(root.querySelector('[data-testid=embodied-badge-text]')?.textContent).toBe('≈ 4.2 kg CO2e');
    expect(drawn.count).toBe(0);
    badge.remove();
    expect(document.querySelector('embodied-badge')).toBeNull();
  });

  it('opens on the first click, with no pointer or focus before it (an assistive technology click)', async () => {
    const { pill } = await mount();
    const first = pill();
    act(() => userClick(first));
    expect(drawn.count).toBeGreaterThan(0);
    expect(pill()).toBe(first);
    expect(first.getAttribute('aria-expanded')).toBe('true');
  });

  it("parses the panel's styles only when the user reaches it", async () => {
    const { pill, root } = await mount();
    const css = () =>
      [
        ...Array.from(root.querySelectorAll('style'), (s) => s.textContent ?? ''),
        ...(root.adoptedStyleSheets ?? []).flatMap((sheet) => Array.from(sheet.cssRules, (r) => r.cssText)),
      ].join('\n');
    expect(css()).toContain('.pill');
    expect(css()).not.toContain('.panel');
    act(() => {
      pill().dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    });
    expect(css()).toContain('.panel');
    expect(css().match(/\.panel\s*\{/g)).toHaveLength(1);
  });

  it('comes to life when focused, keeping the focused node', async () => {
    const { pill, badge } = await mount(true);
    const first = pill();
    act(() => {
      first.focus();
      first.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    });
    expect(drawn.count).toBeGreaterThan(0);
    expect(pill()).toBe(first);
    // From here on, updates are Preact's.
    const before = drawn.count;
    act(() => badge.update({ status: 'ready', estimate: { ...estimate, kgCO2e: 5 } }));
    expect(drawn.count).toBeGreaterThan(before);
    expect(pill().textContent).toContain('≈ 5 kg CO2e');
  });
});
