/** The order card: estimates summed over the order's lines, and one action to record them all. */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { OrderCard, type OrderCardProps } from '../../components/OrderCard';
import { ORDER_CSS } from '../../components/badge-css';
import type { Order } from '../../lib/extract/types';
import type { Estimate } from '../../lib/estimate/schema';
import { send } from '../../lib/messaging/client';
import { MAX_RECORD_QUANTITY } from '../../lib/messaging/limits';
import type { EstimateReply, ProductMessage } from '../../lib/messaging/protocol';
import { mountView } from './badge';

export interface OrderLine {
  message: ProductMessage;
  quantity: number;
  key: string;
  estimate: Estimate | string;
}

export function mountOrderCard(ctx: ContentScriptContext, anchor: Element, opts: { order: Order; lines: OrderLine[] }) {
  const { lines } = opts;
  let totalKg = 0;
  let unknownLines = 0;
  for (const l of lines) {
    const kg = typeof l.estimate === 'string' ? null : l.estimate.kgCO2e;
    if (kg === null) unknownLines++;
    else totalKg += kg * l.quantity;
  }
  const onAdd = async () => {
    let added = 0;
    let already = 0;
    for (const l of lines) {
      const quantity = Math.max(1, Math.min(MAX_RECORD_QUANTITY, Math.round(l.quantity)));
      // The one-time token that came with this line's estimate; no estimate, no record.
      const recordToken = typeof l.estimate === 'string' ? undefined : (l.estimate as EstimateReply).recordToken;
      if (!recordToken) return null;
      const reply = await send({ type: 'purchase.record', key: l.key, recordToken, product: l.message, quantity, source: 'order', orderId: opts.order.id });
      if (!reply.ok) return null;
      if (reply.created) added++;
      else already++;
    }
    return { added, already };
  };
  const props: OrderCardProps = { orderId: opts.order.id, lines: lines.length, totalKg, unknownLines, onAdd };
  return mountView<null>(ctx, anchor, { append: 'before', css: ORDER_CSS, initial: null, view: () => <OrderCard {...props} /> });
}
