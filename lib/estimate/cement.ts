/**
 * A bag of cement is not a bag of concrete. DESNZ 2024's Concrete factor (0.119 kg CO2e per kg) is
 * the only open per-kg factor here for a cement-bound product, and it stands in for the mixes sold
 * in bags (concrete, mortar, postcrete, render, screed, grout, tile adhesive: data/typical-ranges.csv,
 * data/material-kinds.csv). Cement itself, clinker ground with gypsum, is about ten times more
 * carbon-intensive per kg (its kiln's fuel and the CO2 the limestone gives off), and none of the open
 * sources here (DESNZ 2024 material use, AGRIBALYSE 3.1.1, ADEME Impact CO2) gives it per kg. So a
 * title naming cement with no mix beside it gets no concrete-per-kg figure: a price on the page goes
 * to the spend tier (EPA's cement sector), else the estimate is an honest unknown (before: "Portland
 * cement, 25 kg" would be 25 x 0.119 = 3 kg CO2e, as if it were concrete).
 */
import { CEMENT_MIX_RE, CEMENT_RE } from './words';

/** DESNZ Concrete, the per-kg factor the cement-bound mixes take. */
const CONCRETE_FACTOR = 'materials:concrete';

/** The title names cement and no cement-bound mix beside it ("Portland cement 25 kg", not "sand and cement mix"). */
export function namesCementAlone(title: string): boolean {
  return CEMENT_RE.test(title) && !CEMENT_MIX_RE.test(title);
}

/** The per-kg factor chosen is concrete and the title says the bag is cement itself. */
export function cementIsNotConcrete(title: string, factorIds: readonly string[]): boolean {
  return factorIds.includes(CONCRETE_FACTOR) && namesCementAlone(title);
}
