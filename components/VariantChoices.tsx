/** In the panel: the same product in the other sizes this page offers, each estimated at its own weight. */
import type { VariantChoice } from '../lib/inpage/variant-choices';
import { useI18n } from './i18n';

export function VariantChoices({ variants }: { variants: readonly VariantChoice[] }) {
  const i = useI18n();
  const mass = new Intl.NumberFormat(i.locale, { style: 'unit', unit: 'kilogram', maximumSignificantDigits: 3 });
  return (
    <section data-testid="embodied-variants">
      <h3>{i.t('variants.title')}</h3>
      <ul class="choices">
        {variants.map((v) => (
          <li key={v.weightKg} data-current={v.current ? 'true' : undefined}>
            {i.t('variants.line', {
              variant: v.current ? i.t('variants.this', { variant: v.label }) : v.label,
              weight: mass.format(v.weightKg),
              kg: i.kg(v.kg),
              range: i.range(v.low, v.high),
            })}
          </li>
        ))}
      </ul>
      <p class="muted small">{i.t('variants.why')}</p>
    </section>
  );
}
