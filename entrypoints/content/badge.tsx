/** Mounts one Preact badge in its own shadow root beside an anchor element. */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { Badge, type BadgeState } from '../../components/Badge';
import { BADGE_CSS } from '../../components/badge-css';
import { send } from '../../lib/messaging/client';
import type { ProductMessage } from '../../lib/messaging/protocol';

export interface MountedBadge {
  update(state: BadgeState): void;
  remove(): void;
}

export async function mountBadge(
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
  let state: BadgeState = { status: 'loading' };
  let container: HTMLElement | null = null;
  const draw = () => container && render(<Badge state={state} compact={opts.compact} onBought={onBought} />, container);

  const ui = await createShadowRootUi(ctx, {
    name: 'embodied-badge',
    css: BADGE_CSS,
    position: 'inline',
    anchor,
    append: opts.append ?? 'after',
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
