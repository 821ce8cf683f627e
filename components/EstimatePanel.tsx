/**
 * Shows the work behind an estimate as a dialog: the figure and its range, how rough it is, an
 * everyday comparison, the footprint per year of use, what would change it, then the method,
 * steps, sources and notes in readable sentences. Page text is only ever rendered as text.
 */
import { carKm, isNotPhysical, perYearOfUse, roughReasons, whatWouldChange } from '../lib/scale';
import type { ShownEstimate } from './shown-estimate';
import { SimilarNote } from './SimilarNote';
import { OtherChoices } from './OtherChoices';
import { VariantChoices } from './VariantChoices';
import type { OfferCondition } from '../lib/inpage/offered-conditions';
import { CorrectionForm, type OnCorrect } from './CorrectionForm';
import { useI18n } from './i18n';
import { statisticKey } from './factor-statistic';

export interface EstimatePanelProps {
  /** With `corrected` when the estimate used the user's own correction. */
  estimate: ShownEstimate;
  onClose?: () => void;
  /** Absent where the product cannot be corrected (no page URL to keep the correction for). */
  onCorrect?: OnCorrect;
  /** Id of the heading, for aria-labelledby. */
  titleId?: string;
  /** Conditions the page offers the product in ("Same product, other choices"). */
  offered?: readonly OfferCondition[];
}

export function EstimatePanel({
  estimate: e,
  onClose,
  onCorrect,
  titleId = 'embodied-panel-title',
  offered = [],
}: EstimatePanelProps) {
  const i = useI18n();
  const notPhysical = isNotPhysical(e);
  const rough = roughReasons(e);
  const perYear = perYearOfUse(e);
  const notes = e.flags.filter((f) => f !== 'not-a-physical-product');
  return (
    <div class="panel-body" data-testid="embodied-panel" lang={i.locale}>
      <div class="head">
        <h2 id={titleId} class="title">
          {e.kgCO2e === null ? i.t('panel.unknown') : i.t('badge.value', { kg: i.kg(e.kgCO2e) })}
        </h2>
        {onClose && (
          <button
            type="button"
            class="close"
            data-testid="embodied-close"
            aria-label={i.t('panel.close')}
            onClick={onClose}
          >
            ×
          </button>
        )}
      </div>
      <p class="sub muted">{i.t('panel.title')}</p>
      {e.corrected && (
        <p class="corrected" data-testid="embodied-panel-corrected">
          {i.t('correct.by')}
        </p>
      )}
      {e.low !== null && e.high !== null && <p>{i.t('panel.range', { low: i.kg(e.low), high: i.kg(e.high) })}</p>}
      {rough.length > 0 && (
        <p class="rough-note" data-testid="embodied-rough">
          {i.t('panel.rough', { reasons: rough.map((r) => i.t(`rough.${r}`)).join('; ') })}
        </p>
      )}
      {e.similar && <SimilarNote similar={e.similar} category={e.local?.category} />}
      {notPhysical && <p data-testid="embodied-not-physical">{i.t('panel.notPhysical')}</p>}
      {!notPhysical && e.kgCO2e === null && (
        <p data-testid="embodied-unknown-why">{i.t('panel.unknownWhy', { reason: e.method })}</p>
      )}
      {e.kgCO2e !== null && e.kgCO2e > 0 && (
        <p data-testid="embodied-compare">
          {i.t('panel.compare', { km: i.km(carKm(e.kgCO2e)) })}{' '}
          <small class="muted">{i.t('panel.compareSource')}</small>
        </p>
      )}
      {perYear && (
        <p data-testid="embodied-per-year">
          {i.t('panel.perYear', {
            years: new Intl.NumberFormat(i.locale).format(perYear.years),
            kg: i.kg(perYear.kgPerYear),
          })}{' '}
          <small class="muted">{i.t('panel.perYearSource', { item: perYear.item })}</small>
        </p>
      )}
      {offered.length > 0 && <OtherChoices estimate={e} offered={offered} />}
      {e.variants && e.variants.length > 0 && <VariantChoices variants={e.variants} />}
      {!notPhysical && (
        <>
          <h3>{i.t('panel.change')}</h3>
          <ul class="change" data-testid="embodied-change">
            {whatWouldChange(e).map((k) => (
              <li key={k}>{i.t(`change.${k}`)}</li>
            ))}
          </ul>
        </>
      )}
      <dl>
        <dt>{i.t('panel.method')}</dt>
        <dd>
          <span data-testid="embodied-tier">{i.t(`tier.${e.tier}`)}</span>
          <br />
          <span class="muted" lang="en">
            {e.method}
          </span>
        </dd>
        <dt>{i.t('panel.category')}</dt>
        <dd>
          {e.category ? (e.local?.category ?? e.category) : i.t('panel.notIdentified')}
          {e.category && ` (${i.t('panel.confidence', { pct: i.percent(e.confidence) })})`}
        </dd>
      </dl>
      {onCorrect && (
        <CorrectionForm category={e.category} local={e.local?.category} corrected={e.corrected} onCorrect={onCorrect} />
      )}
      {notes.length > 0 && (
        <>
          <h3>{i.t('panel.notes')}</h3>
          <ul class="notes" data-testid="embodied-notes">
            {notes.map((f) => (
              <li key={f}>{i.flag(f)}</li>
            ))}
          </ul>
        </>
      )}
      {e.steps.length > 0 && (
        <details>
          <summary>{i.t('panel.steps')}</summary>
          <ol class="steps">
            {e.steps.map((s, n) => (
              <li key={n} data-step={s.label}>
                <span class="label">{i.step(s.label)}</span>: {i.stepDetail(s.label)}{' '}
                <span class="working" lang="en">
                  {s.detail}
                </span>
              </li>
            ))}
          </ol>
        </details>
      )}
      {e.factors.length > 0 && (
        <details>
          <summary>{i.t('panel.sources')}</summary>
          <ul class="factors">
            {e.factors.map((f) => {
              const stat = statisticKey(f);
              return (
                <li key={f.id}>
                  {f.value} {f.unit}:{' '}
                  {stat && (
                    <>
                      <span class="statistic" data-testid="factor-statistic">
                        {i.t(stat, f.n ? { n: new Intl.NumberFormat(i.locale).format(f.n) } : undefined)}
                      </span>
                      ,{' '}
                    </>
                  )}
                  {f.source} {f.version}
                  {f.year ? ` (${f.year})` : ''}, {f.licence}
                </li>
              );
            })}
          </ul>
        </details>
      )}
      <p class="muted small">{i.t('panel.footer', { version: e.packVersion })}</p>
    </div>
  );
}
