/**
 * Condition rule. Used and refurbished goods carry only a small share of a new item's embodied
 * emissions: the making has already happened and is attributed to the first owner (cut-off
 * allocation, as in the GHG Protocol product standard's recycled-content approach). What remains
 * is handling, transport and, for refurbished goods, replacement parts and refurbishing work.
 *
 * Basis for the shares: ADEME & Arcadia (2022), "Évaluation de l'impact environnemental d'un
 * ensemble de produits reconditionnés", found refurbished electronics avoid roughly 55-91% of the
 * climate impact of a new product (77-91% for smartphones). We take:
 *   - refurbished: 20% of new (range 10-45%): parts and process, upper end from ADEME's lowest saving;
 *   - used / second-hand: 10% of new (range 2-25%): transport, cleaning, packaging.
 */
import type { Condition } from '../extract/types';

export interface ConditionShare {
  central: number;
  low: number;
  high: number;
  label: string;
}

const RULES: Record<'used' | 'refurbished', ConditionShare> = {
  refurbished: { central: 0.2, low: 0.1, high: 0.45, label: 'refurbished: 20% (10-45%) of a new item (ADEME 2022: refurbishing avoids ~55-91%)' },
  used: { central: 0.1, low: 0.02, high: 0.25, label: 'used: 10% (2-25%) of a new item (making attributed to the first owner; transport, cleaning, packaging remain)' },
};

export function conditionShare(condition: Condition | string | null | undefined): ConditionShare | null {
  if (condition === 'used' || condition === 'refurbished') return RULES[condition];
  return null;
}
