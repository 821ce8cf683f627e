/**
 * How rough a figure is, and whether it is a product footprint at all: what the closed badge shows
 * (components/badge-look.ts), apart from the rest of lib/scale so the page scripts bundle none of
 * its tables (lifetimes, comparisons).
 */
import type { Estimate } from '../estimate/schema';

const NOT_PHYSICAL_FLAG = 'not-a-physical-product';

export function isNotPhysical(e: Pick<Estimate, 'flags'>): boolean {
  return e.flags.includes(NOT_PHYSICAL_FLAG);
}

export type RoughReason = 'spend' | 'price' | 'category' | 'broad';

/** Why a figure deserves a rough look: spend-based, a price flagged as odd, a weak category. */
export function roughReasons(e: Pick<Estimate, 'tier' | 'flags' | 'confidence' | 'kgCO2e'>): RoughReason[] {
  if (e.kgCO2e === null) return [];
  const out: RoughReason[] = [];
  if (e.tier === 'D') out.push('spend');
  if (e.tier === 'E') out.push('broad');
  if (
    e.flags.some((f) => f.startsWith('price-above') || f.startsWith('price-below') || f.startsWith('price-implausibly'))
  )
    out.push('price');
  if (e.confidence < 0.5) out.push('category');
  return out;
}
