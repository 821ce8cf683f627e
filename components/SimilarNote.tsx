/**
 * In the panel: where the figure sits among similar products, and what "similar" means (the
 * category, the method both were estimated by, the weight and price range, and the span those
 * estimate to).
 */
import type { SimilarPosition } from '../lib/compare/similar';
import { useI18n } from './i18n';

export function SimilarNote({
  similar: s,
  category,
}: {
  similar: SimilarPosition;
  /** The span's category in the UI language (the estimate's own: the span is of its category); English without. */
  category?: string;
}) {
  const i = useI18n();
  const num = new Intl.NumberFormat(i.locale, { maximumSignificantDigits: 2 });
  const usd = new Intl.NumberFormat(i.locale, { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
  const ranges = [
    s.weightKg && i.t('similar.weight', { low: num.format(s.weightKg[0]), high: num.format(s.weightKg[1]) }),
    s.priceUsd && i.t('similar.price', { low: usd.format(s.priceUsd[0]), high: usd.format(s.priceUsd[1]) }),
  ].filter(Boolean);
  const params = {
    category: category ?? s.category,
    range: ranges.join('; '),
    low: i.kg(s.low),
    high: i.kg(s.high),
  };
  return (
    <div data-testid="embodied-similar" data-relative={s.relative} data-basis={s.basis.kind}>
      <p class="similar-head">
        <strong>{i.t(`similar.${s.relative}`)}</strong>
      </p>
      <p class="similar-explain muted" data-testid="embodied-similar-what">
        {s.basis.kind === 'item'
          ? i.t('similar.whatItem', { ...params, item: s.basis.item })
          : i.t('similar.what', params)}
      </p>
    </div>
  );
}
