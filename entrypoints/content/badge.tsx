/** Mounts Preact views in their own shadow roots beside anchor elements. */
import { render, type VNode } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { Badge, type BadgeState } from '../../components/Badge';
import { BADGE_CSS } from '../../components/badge-css';
import { send } from '../../lib/messaging/client';
import type { EstimateReply, ProductMessage } from '../../lib/messaging/protocol';

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
  const draw = () => container && render(opts.view(state), container);
  const ui = await createShadowRootUi(ctx, {
    name: 'embodied-badge',
    css: opts.css,
    position: 'inline',
    anchor,
    append: opts.append,
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

export async function mountBadge(
  ctx: ContentScriptContext,
  anchor: Element,
  opts: { compact: boolean; product: ProductMessage; append?: 'after' | 'last' },
): Promise<MountedBadge> {
  // One key per badge: a retried click can never record the purchase twice.
  const key = `badge-${crypto.randomUUID()}`;
  // The background records a product only with the one-time token that came with its estimate.
  let recordToken: string | undefined;
  const onBought = opts.compact
    ? undefined
    : async () => {
        if (!recordToken) return false;
        const reply = await send({ type: 'purchase.record', key, recordToken, product: opts.product, quantity: 1, source: 'badge' });
        return reply.ok;
      };
  const view = await mountView<BadgeState>(ctx, anchor, {
    append: opts.append ?? 'after',
    css: BADGE_CSS,
    initial: { status: 'loading' },
    view: (state) => <Badge state={state} compact={opts.compact} onBought={onBought} />,
  });
  return {
    ...view,
    update(state) {
      if (state.status === 'ready') recordToken = (state.estimate as EstimateReply).recordToken;
      view.update(state);
    },
  };
}
