/**
 * Screen diagonals read from product titles. Shared below classify and estimate: the classifier's
 * maker prior and the device estimator both need it, and neither may import the other.
 */

/** Screen diagonal in inches from a title: 15.6", 27 Zoll, 13-inch, 68,6 cm (27"). */
export function parseScreenInches(title: string): number | null {
  const inch =
    /(\d{1,2}(?:[.,]\d{1,2})?)\s*(?:"|''|”|″|-?\s?inch(?:es)?\b|-?\s?in\b|\s?zoll\b|\s?pouces?\b|\s?pulgadas\b|\s?pollici\b|\s?tum\b)/i.exec(
      title,
    );
  if (inch) {
    const n = Number(inch[1].replace(',', '.'));
    if (n >= 4 && n <= 100) return n;
  }
  const cm = /(\d{2,3}(?:[.,]\d)?)\s?cm\s*\(/i.exec(title);
  if (cm) {
    const n = Number(cm[1].replace(',', '.')) / 2.54;
    if (n >= 4 && n <= 100) return Math.round(n * 10) / 10;
  }
  return null;
}
