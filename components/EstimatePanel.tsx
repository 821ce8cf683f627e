/** Shows the work behind an estimate: tier, category, factors with sources, every step. */
import type { Estimate } from '../lib/estimate/schema';
import { formatKg, formatRange } from '../lib/format';

const TIER_NAMES: Record<Estimate['tier'], string> = {
  A: 'Tier A (product footprint)',
  B: 'Tier B (device category)',
  C: 'Tier C (mass × material or food)',
  D: 'Tier D (spend-based)',
  E: 'Tier E (broad fallback)',
  unknown: 'No estimate',
};

export function EstimatePanel({ estimate, onClose }: { estimate: Estimate; onClose?: () => void }) {
  const range = formatRange(estimate.low, estimate.high);
  return (
    <div class="panel" data-testid="embodied-panel" role="dialog" aria-label="How this estimate was made">
      <div class="head">
        <strong>{estimate.kgCO2e === null ? 'Unknown' : `≈ ${formatKg(estimate.kgCO2e)} CO2e`}</strong>
        {range && <span class="muted"> (range {range})</span>}
        {onClose && (
          <button type="button" class="close" aria-label="Close" onClick={onClose}>
            ×
          </button>
        )}
      </div>
      <dl>
        <dt>Method</dt>
        <dd>
          <span data-testid="embodied-tier">{TIER_NAMES[estimate.tier]}</span>
          <br />
          {estimate.method}
        </dd>
        <dt>Category</dt>
        <dd>
          {estimate.category ?? 'not identified'}
          {estimate.category && ` (confidence ${Math.round(estimate.confidence * 100)}%)`}
        </dd>
      </dl>
      {estimate.steps.length > 0 && (
        <ol class="steps">
          {estimate.steps.map((s, i) => (
            <li key={i}>
              <span>{s.label}</span>: {s.detail}
            </li>
          ))}
        </ol>
      )}
      {estimate.factors.length > 0 && (
        <ul class="factors">
          {estimate.factors.map((f) => (
            <li key={f.id}>
              {f.value} {f.unit}: {f.source} {f.version}
              {f.year ? ` (${f.year})` : ''}, {f.licence}
            </li>
          ))}
        </ul>
      )}
      {estimate.flags.length > 0 && <p class="flags">Notes: {estimate.flags.join(', ')}</p>}
      <p class="muted small">Computed on your device. Factor pack {estimate.packVersion}.</p>
    </div>
  );
}
