/** The order card: estimates summed over the order's lines, and one action to record the ticked ones. */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { OrderCard } from '../../components/OrderCard';
import { ORDER_CSS } from '../../components/badge-css';
import type { Order } from '../../lib/extract/types';
import type { Estimate } from '../../lib/estimate/schema';
import { send } from '../../lib/messaging/client';
import { MAX_RECORD_QUANTITY } from '../../lib/messaging/limits';
import type { EstimateReply, ProductMessage } from '../../lib/messaging/protocol';
import { mountView, pageTheme } from './badge';

export interface OrderLine {
  message: ProductMessage;
  quantity: number;
  key: string;
  estimate: Estimate | string;
}

export function mountOrderCard(ctx: ContentScriptContext, anchor: Element, opts: { order: Order; lines: OrderLine[] }) {
  const { lines } = opts;
  const onAdd = async (selected: number[]) => {
    let added = 0;
    let already = 0;
    for (const n of selected) {
      const l = lines[n];
      const quantity = Math.max(1, Math.min(MAX_RECORD_QUANTITY, Math.round(l.quantity)));
      // The one-time token that came with this line's estimate; no estimate, no record.
      const recordToken = typeof l.estimate === 'string' ? undefined : (l.estimate as EstimateReply).recordToken;
      if (!recordToken) return null;
      const reply = await send({
        type: 'purchase.record',
        key: l.key,
        recordToken,
        product: l.message,
        quantity,
        source: 'order',
        orderId: opts.order.id,
      });
      if (!reply.ok) return null;
      if (reply.created) added++;
      else already++;
    }
    return { added, already };
  };
  const cardLines = lines.map((l) => ({
    title: l.message.title,
    quantity: l.quantity,
    kg: typeof l.estimate === 'string' || l.estimate.kgCO2e === null ? null : l.estimate.kgCO2e * l.quantity,
  }));
  const theme = pageTheme(anchor);
  return mountView<null>(ctx, anchor, {
    append: 'before',
    css: ORDER_CSS,
    initial: null,
    view: () => <OrderCard orderId={opts.order.id} lines={cardLines} theme={theme} onAdd={onAdd} />,
  });
}
