/**
 * Which goods a volume on the page measures the content of (so, near 1 kg per litre, its mass), and
 * which it does not (a 50 l storage box, a 30 l bin: a capacity, not a mass).
 */
import type { TypicalRow } from '../factors/tables';
import type { CategoryInfo } from './make';

/**
 * Soaps, cleaning compounds and toilet preparations (NAICS 3256: shampoo, shower gel, lotion,
 * toothpaste, detergent) are sold by the volume of their content, near 1 kg per litre, like drinks.
 */
const CONTENT_BY_VOLUME = /^3256/;

/** Goods sold by the volume of their content: toilet preparations, and foods filed elsewhere (shakes). */
export function soldByVolume(cat: CategoryInfo, profile: TypicalRow | null): boolean {
  return CONTENT_BY_VOLUME.test(cat.row?.naics ?? '') || /^agb:/.test(profile?.intensity ?? '');
}
