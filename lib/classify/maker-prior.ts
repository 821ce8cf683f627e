/**
 * A last-resort title reading for computer makers' spec-sheet names, which often carry no product
 * word at all: "Lenovo L27q-30 27"", "Lenovo V330-15 15.6"". From a maker that sells computers and
 * monitors, a bare screen diagonal says which: 18.5 to 49 inches is a monitor, 11 to 18.4 inches
 * a laptop (tablets and phones nearly always say so: "Tab", "iPad", "Galaxy"). Used only when the
 * title and the page give no other category, and with a modest weight.
 */
import { parseScreenInches } from '../units/screen';
import { normalizeText } from './text';

/** Makers whose screens are computer screens (TV makers such as Samsung, LG, Sony are left out). */
const COMPUTER_MAKERS = new Set([
  'lenovo',
  'dell',
  'hp',
  'hpe',
  'acer',
  'asus',
  'aoc',
  'benq',
  'viewsonic',
  'iiyama',
  'eizo',
  'msi',
  'fujitsu',
  'nec',
  'gigabyte',
  'medion',
  'huawei',
  'microsoft',
]);
const COMPUTER_MONITORS = 305;
const LAPTOPS = 328;
export const MAKER_PRIOR_WEIGHT = 0.6;

export function makerScreenPrior(title: string, brand: string | null | undefined): number | null {
  const maker = normalizeText(brand ?? '').split(' ')[0] || normalizeText(title).split(' ')[0];
  if (!maker || !COMPUTER_MAKERS.has(maker)) return null;
  const inches = parseScreenInches(title);
  if (inches === null) return null;
  if (inches >= 18.5 && inches <= 49) return COMPUTER_MONITORS;
  if (inches >= 11 && inches < 18.5) return LAPTOPS;
  return null;
}
