/** The order card: estimates summed over the order's lines, and one action to record them all. */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { OrderCard, type OrderCardProps } from '../../components/OrderCard';
import { ORDER_CSS } from '../../components/badge-css';
import type { Order } from '../../lib/extract/types';
import type { Estimate } from '../../lib/estimate/schema';
import { send } from '../../lib/messaging/client';
import type { ProductMessage } from '../../lib/messaging/protocol';
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
      const quantity = Math.max(1, Math.min(999, Math.round(l.quantity)));
      const reply = await send({ type: 'purchase.record', key: l.key, product: l.message, quantity, source: 'order', orderId: opts.order.id });
      if (!reply.ok) return null;
      if (reply.created) added++;
      else already++;
    }
    return { added, already };
  };
  const props: OrderCardProps = { orderId: opts.order.id, lines: lines.length, totalKg, unknownLines, onAdd };
  return mountView<null>(ctx, anchor, { append: 'before', css: ORDER_CSS, initial: null, view: () => <OrderCard {...props} /> });
}
