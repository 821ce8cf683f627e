/** In the panel: the same product in the other conditions this page offers, by the estimator's own rule. */
import { otherChoices } from '../lib/inpage/choices';
import type { OfferCondition } from '../lib/inpage/offered-conditions';
import type { ShownEstimate } from './shown-estimate';
import { useI18n } from './i18n';

export function OtherChoices({ estimate, offered }: { estimate: ShownEstimate; offered: readonly OfferCondition[] }) {
  const i = useI18n();
  const choices = otherChoices(estimate, offered);
  if (!choices.length) return null;
  const others = choices.filter((c) => !c.current).map((c) => i.t(`correct.${c.condition}`));
  return (
    <section data-testid="embodied-choices">
      <h3>{i.t('choices.title')}</h3>
      <ul class="choices">
        {choices.map((c) => (
          <li key={c.condition} data-condition={c.condition} data-current={c.current ? 'true' : undefined}>
            {i.t('choices.line', {
              condition: c.current
                ? i.t('choices.this', { condition: i.t(`correct.${c.condition}`) })
                : i.t(`correct.${c.condition}`),
              kg: i.kg(c.kg),
              range: i.range(c.low, c.high),
            })}
          </li>
        ))}
      </ul>
      <p class="muted small">{i.t('choices.why', { offered: others.join(', ') })}</p>
    </section>
  );
}
