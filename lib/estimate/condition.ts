/**
 * One used-goods rule for every tier. A used or refurbished item carries only a share of the same
 * item's footprint new: the making has already happened and is attributed to the first owner
 * (cut-off allocation, as in the GHG Protocol Product Standard, 2011, for recycled and reused
 * content). What remains is handling, transport and, for refurbished goods, parts and work.
 *
 * Basis for the shares: ADEME & Arcadia (2022), "Évaluation de l'impact environnemental d'un
 * ensemble de produits reconditionnés", found refurbished electronics avoid roughly 55-91% of the
 * climate impact of a new product (77-91% for smartphones). We take:
 *   - refurbished: 20% of new (range 10-45%): parts and process, upper end from ADEME's lowest saving;
 *   - used / second-hand: 10% of new (range 2-25%): transport, cleaning, packaging.
 * The same shares apply in every tier. In the spend tier the new item's footprint is estimated from
 * the category's typical new price when there is one (a second-hand price says what the item is
 * worth now, not what making it emitted), else from the price shown (then a lower bound, stated).
 *
 * Condition comes from the page's own signals only: the extracted condition field, then words in
 * the title ("used", "refurbished", "gebraucht", "reconditionné"...); "new", "sealed", "brand new",
 * "neu OVP" in the title win over a marketplace's default. Never from the shop's host.
 */
import type { Condition } from '../extract/types';
import { CONDITION_NEW_RE, CONDITION_REFURBISHED_RE, CONDITION_USED_RE } from './words';

export interface ConditionShare {
  central: number;
  low: number;
  high: number;
  label: string;
}

export const CONDITION_SOURCE =
  'cut-off allocation (GHG Protocol Product Standard); shares after ADEME & Arcadia 2022 on refurbished electronics';

const RULES: Record<'used' | 'refurbished', ConditionShare> = {
  refurbished: {
    central: 0.2,
    low: 0.1,
    high: 0.45,
    label: 'refurbished: 20% (10-45%) of a new item (ADEME 2022: refurbishing avoids ~55-91%)',
  },
  used: {
    central: 0.1,
    low: 0.02,
    high: 0.25,
    label:
      'used: 10% (2-25%) of a new item (making attributed to the first owner; transport, cleaning, packaging remain)',
  },
};

export function conditionShare(condition: Condition | string | null | undefined): ConditionShare | null {
  if (condition === 'used' || condition === 'refurbished') return RULES[condition];
  return null;
}

/** The item's condition from the page's own signals (see above); `source` says which. */
export function conditionOf(
  field: Condition | string | null | undefined,
  title: string,
): { condition: Condition; source: string } {
  if (CONDITION_NEW_RE.test(title)) return { condition: 'new', source: 'title says new/sealed' };
  if (CONDITION_REFURBISHED_RE.test(title)) return { condition: 'refurbished', source: 'title says refurbished' };
  if (field === 'used' || field === 'refurbished' || field === 'new')
    return { condition: field, source: "page's condition field" };
  if (CONDITION_USED_RE.test(title)) return { condition: 'used', source: 'title says used' };
  return { condition: null, source: 'no condition on the page: new assumed' };
}
