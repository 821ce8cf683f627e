/**
 * Food and drink: the per-kg factors (AGRIBALYSE at retail and the others) are per kg of the food
 * itself; AGRIBALYSE counts the packaging in its own stage, per kg of food. A shop's "item weight"
 * is most often the shipping weight: the food plus its bottle, jar, can and outer box. When the
 * title states the net content ("500 ml", "24 x 568 ml", "400 g") and the page's weight is larger,
 * but less than twice as large (a glass bottle weighs less than its content; a weight twice the
 * content or more is another pack, and sizes offered side by side often step by x2: 250 g, 500 g,
 * 1 kg), the net content is the food's mass. A page weight below the title's content is kept (a
 * drained weight, a per-kg reference, a smaller size), unless it is a hundredth of it or less: then
 * the page's figure was misread and the title's content is taken.
 */
import { sig, step } from './make';
import type { Prepared } from './prepare';
import { parseQuantity } from './quantity';
import type { Step } from './schema';

/** A page weight below this many times the title's net content is the same pack with its packaging. */
const MAX_GROSS_TO_NET = 2;
/**
 * A page weight this many times below the title's net content is not the pack (nor a drained
 * weight or a per-100 g reference, within x10): a unit or a thousands point misread on the page.
 */
const MISREAD_BELOW = 100;

export function withNetContent(p: Prepared): { p: Prepared; step: Step | null } {
  const q = p.quantity;
  // A size the page offers (the panel's other sizes) is that size's content, whatever the title says.
  if (q.massSource !== 'page' || q.massKg === null || !(q.massKg > 0) || p.input.weightIsContent)
    return { p, step: null };
  const title = parseQuantity({ title: p.title });
  const net = title.massKg;
  if (net === null || !(net > 0)) return { p, step: null };
  const misread = q.massKg * MISREAD_BELOW <= net;
  if (!misread && (net >= q.massKg || q.massKg >= net * MAX_GROSS_TO_NET)) return { p, step: null };
  const detail = misread
    ? `the page's weight ${sig(q.massKg)} kg is a hundredth or less of the title's net content ${title.detail}: a misread unit or thousands point ("1.000 g" read as 1 g), not this pack; the title's content is the food's mass`
    : `the page's weight ${sig(q.massKg)} kg includes the packaging; the title's net content ${title.detail} is the food's mass (the food factor is per kg of food)`;
  return {
    p: { ...p, quantity: { ...q, massKg: net, massSource: 'title', fromVolume: title.fromVolume, detail } },
    step: step('Net content', detail, net, 'kg'),
  };
}
