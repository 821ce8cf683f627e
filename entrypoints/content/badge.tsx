/** Mounts Preact views in their own shadow roots beside anchor elements. */
import { render, type VNode } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { Badge, type BadgeState } from '../../components/Badge';
import { BADGE_CSS } from '../../components/badge-css';
import { placeOutsideInteractive } from '../../lib/content/badge-placement';
import { send } from '../../lib/messaging/client';
import type { ProductMessage } from '../../lib/messaging/protocol';

export interface Mounted<S> {
  update(state: S): void;
  remove(): void;
}

/** One shadow root holding a view of `state`, redrawn on every update. */
export async function mountView<S>(
  ctx: ContentScriptContext,
  anchor: Element,
  opts: { append: 'after' | 'before' | 'last'; css: string; initial: S; view: (state: S) => VNode },
): Promise<Mounted<S>> {
  let state = opts.initial;
  let container: HTMLElement | null = null;
  const place = placeOutsideInteractive(anchor, opts.append);
  const draw = () => container && render(opts.view(state), container);
  const ui = await createShadowRootUi(ctx, {
    name: 'embodied-badge',
    // Closed: the page gets no handle on the badge's buttons (host.shadowRoot is null to it).
    mode: 'closed',
    css: opts.css,
    position: 'inline',
    anchor: place.anchor,
    append: place.append,
    onMount(uiContainer) {
      container = uiContainer;
      draw();
    },
    onRemove() {
      if (container) render(null, container);
      container = null;
    },
  });
  ui.mount();
  return {
    update(next) {
      state = next;
      draw();
    },
    remove: () => ui.remove(),
  };
}

export type MountedBadge = Mounted<BadgeState>;

export function mountBadge(
  ctx: ContentScriptContext,
  anchor: Element,
  opts: { compact: boolean; product: ProductMessage; append?: 'after' | 'last' },
): Promise<MountedBadge> {
  // One key per badge: a retried click can never record the purchase twice.
  const key = `badge-${crypto.randomUUID()}`;
  const onBought = opts.compact
    ? undefined
    : async () => {
        const reply = await send({ type: 'purchase.record', key, product: opts.product, quantity: 1, source: 'badge' });
        return reply.ok;
      };
  return mountView<BadgeState>(ctx, anchor, {
    append: opts.append ?? 'after',
    css: BADGE_CSS,
    initial: { status: 'loading' },
    view: (state) => <Badge state={state} compact={opts.compact} onBought={onBought} />,
  });
}
