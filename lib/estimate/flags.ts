/**
 * Every flag the estimator can put on an estimate, in one list, so that the in-page panel can test
 * that each has a readable sentence. A flag is a short machine word; its meaning is below.
 */
export const ESTIMATE_FLAGS = [
  // input and category
  'invalid-input', // the product had no usable title
  'estimator-error', // an unexpected error: no estimate rather than a wrong one
  'no-category', // the product could not be placed in a category
  'no-price', // no price on the page (only matters when nothing physical applies)
  'not-a-physical-product', // a ticket, voucher, subscription, software, service or digital good: no embodied footprint
  // plausibility checks (every tier)
  'mass-is-capacity', // a mass next to a capacity word ("8 kg drum"): what it holds, set aside
  'mass-out-of-range', // the page's mass is outside the category's typical range by a power of ten (a misread): set aside
  'mass-outside-typical-range', // the page's mass is outside the category's typical range, not by a misread: used as stated
  'price-implausibly-high', // 10x or more above the category's typical price: set aside (misread, collector's price, per-pack price)
  'price-implausibly-low', // 10x or more below the category's typical price: set aside (opening bid, misread)
  'price-above-typical-range', // 3-10x above the typical price: flagged, spend capped
  'price-below-typical-range', // 3-10x below the typical price: flagged
  'price-not-informative', // a token price (opening bid, placeholder) next to a device category
  'category-doubted-by-price', // x5 or more above the category's typical price, no page mass: spend on the whole price, the range down to the typical item
  'weight-implausible-for-price', // the weight would change a spend result more than 10-fold at an ordinary price: not applied
  // physical tiers
  'device-maker-not-in-data', // tier B device: no published footprint of this kind from the page's maker, so the range is wider
  'typical-item-assumed', // no mass or size on the page: the category's typical item as modelled
  'mass-assumed-typical', // no usable mass on the page: the category's typical mass
  'food-category-default', // the title names no known food: the category's default food
  'food-sold-dry', // the title says the food is sold dry (powder, granules, cubes): the dry form's per kg, not the liquid or ready food's
  'category-from-food-name', // no category found: the food named in the title (with the page's mass) decides
  'category-from-item-name', // no category found, or only a broad one ("Apparel & Accessories"): the item named in the title ("jeans", "hoodie") decides
  'category-from-material-name', // no category found: the material named in the title ("wood", "tyre") with the page's mass
  'materials-partially-recognised', // some of the page's materials have no factor
  'material-from-sector', // no material for this category: the typical material of its manufacturing sector, per kg
  'material-from-title', // the title names a generic material ("wooden", "glass") other than the category's usual one: it is used instead
  // spend tiers
  'spend-bounded-by-mass', // spend held within what goods of that mass plausibly embody
  'spend-calibrated', // spend corrected by the sector's physical/spend ratio (under-counting sectors)
  'spend-capped-at-typical-price', // a luxury, hand-made, collectible or auction price counted at most at the category's typical high price
  'spend-undercounts-electronics', // electronics: spend factors under-count, the range reaches x4 above
  'spend-new-price-assumed', // a used item in the spend tier: the category's typical new price stands for the new item
  'non-us-supply-chain-approximation', // EPA factors describe US supply chains
  'broad-category-only', // tier E: only a top-level category is known
  // money
  'no-currency', // a price without a currency that the shop's country could tell
  'currency-assumed', // currency taken from the shop's country
  'no-exchange-rate', // no rate for this currency and year
  'fx-year-approximated', // the nearest earlier year's exchange rate
  'cpi-year-approximated', // the nearest earlier year's CPI
  'cpi-instead-of-sector-index', // no sector price index: CPI-U instead
  'vat-country-assumed', // euro price, country unknown: typical euro-area VAT
  'vat-unknown', // no VAT rate known for the country: price used as is
  'price-from-order-total', // the page shows no line price: the total of an order of this one line (tax and delivery included)
  // condition
  'condition-used', // second-hand: a share of a new item's footprint
  'condition-refurbished', // refurbished: a share of a new item's footprint
] as const;

export type EstimateFlag = (typeof ESTIMATE_FLAGS)[number];

/** Type guard for the flag list (keeps every tier's flags inside the published set). */
export function isEstimateFlag(f: string): f is EstimateFlag {
  return (ESTIMATE_FLAGS as readonly string[]).includes(f);
}
