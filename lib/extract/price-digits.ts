import { nativeDigitsAsAscii } from './native-digits';

/**
 * An amount as the digits a page prints for it, with no parsing and no word lists: in cents
 * ("1.299,00 €", "$24.00") and, for a whole amount, whole ("$59", "₹1,49,990", "24 990 Ft"). The
 * product bundle compares the worker's price with the page's price elements by these (facts-page.ts
 * places the badge by them; facts.ts tells a declared price the page shows only as a former one).
 */
export function digitForms(price: number): Set<string> {
  const forms = new Set([String(Math.round(price * 100))]);
  if (Number.isInteger(price)) forms.add(String(price));
  return forms;
}

/** The digits of a price element's text ("Was $35.00" -> "3500"). */
export const digitsOf = (text: string) => nativeDigitsAsAscii(text).replace(/\D+/g, '');
