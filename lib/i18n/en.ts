/**
 * The English message catalogue: the reference every other locale must match key for key (the
 * type checker enforces it). Placeholders are `{name}`; numbers arrive already formatted by Intl.
 */
export const en = {
  'badge.loading': '… kg CO2e',
  'badge.value': '≈ {kg} CO2e',
  'badge.unknown': 'CO2e unknown',
  'badge.notPhysical': 'no product footprint',
  'badge.error': 'CO2e unavailable',
  'badge.range': '{low} – {high}',
  'badge.rough': 'rough',
  'badge.hint': 'Click to see how this was estimated.',
  'bought.idle': 'I bought this',
  'bought.saving': 'Saving…',
  'bought.saved': 'Added to your total ✓',
  'bought.failed': 'Not saved: try again',
  'bought.sameDay': 'Already recorded today.',
  'bought.again': 'Record again',
  'bought.quantity': 'Quantity',
  'panel.title': 'How this estimate was made',
  'panel.close': 'Close',
  'panel.range': 'likely between {low} and {high}',
  'panel.method': 'Method',
  'panel.category': 'Category',
  'panel.notIdentified': 'not identified',
  'panel.confidence': 'confidence {pct}',
  'panel.steps': 'Step by step',
  'panel.sources': 'Sources',
  'panel.notes': 'Good to know',
  'factor.point': 'one published value',
  'factor.median': 'median',
  'factor.medianOf': 'median of {n} values',
  'factor.mean': 'mean',
  'factor.meanOf': 'mean of {n} values',
  'panel.footer': 'Computed on your device. Factor pack {version}.',
  'correct.title': 'Correct this product',
  'correct.category': 'Category',
  'correct.asDetected': 'As detected',
  'correct.weight': 'Weight (kg)',
  'correct.quantity': 'Quantity',
  'correct.condition': 'Condition',
  'correct.new': 'new',
  'correct.used': 'used',
  'correct.refurbished': 'refurbished',
  'correct.save': 'Update the estimate',
  'correct.reset': 'Undo my correction',
  'correct.by': 'corrected by you',
  'correct.failed': 'The correction could not be saved.',
  'panel.unknown': 'No estimate',
  'panel.unknownWhy': 'Embodied could not estimate this product. What it found: {reason}',
  'panel.notPhysical':
    'Tickets, vouchers, gift cards, subscriptions and software have no manufacturing footprint of their own, so no number is shown.',
  'panel.rough': 'This is a rough figure: {reasons}.',
  'rough.spend': 'it is worked out from the price, not from the product itself',
  'rough.price': 'the price looks unusual for this kind of product',
  'rough.category': 'the product category is uncertain',
  'rough.broad': 'only a broad category is known',
  'panel.compare': 'About as much CO2 as driving a typical passenger car for {km}.',
  'panel.compareSource':
    'US EPA, “Greenhouse Gas Emissions from a Typical Passenger Vehicle” (EPA-420-F-23-014, 2023): 400 g CO2 per mile.',
  'panel.perYear': 'Over a typical life of {years} years: {kg} per year.',
  'panel.perYearSource': 'Lifetime: ADEME Impact CO2, {item}.',
  'panel.change': 'What would change the number',
  'change.model': 'the exact model: a published manufacturer footprint replaces the category average',
  'change.weight': 'the weight and materials: they replace the price as the basis',
  'change.category': 'the category, if it is wrong',
  'change.condition': 'buying it used or refurbished: most of the footprint was emitted when it was made',
  'change.quantity': 'how many units the pack holds',
  'tier.A': 'Tier A: the product’s own published footprint',
  'tier.B': 'Tier B: the typical footprint of this kind of product',
  'tier.C': 'Tier C: weight × material or food footprint',
  'tier.D': 'Tier D: from the price (spend-based)',
  'tier.E': 'Tier E: broad category only',
  'tier.unknown': 'No estimate',
  'order.title': 'Order {id}',
  'order.this': 'This order',
  'order.items.one': '{n} item',
  'order.items.other': '{n} items',
  'order.unknown': '({n} unknown)',
  'order.add': 'Add to my purchases',
  'order.addSome': 'Add {n} to my purchases',
  'order.done': 'Added {added} to your purchases',
  'order.already': '({n} already there)',
  'order.failed': 'Not saved: try again',
  'order.lines': 'Lines to add',
  'similar.lower': 'Lower than similar products',
  'similar.typical': 'Typical for similar products',
  'similar.higher': 'Higher than similar products',
  'similar.tag.lower': 'lower',
  'similar.tag.typical': 'typical',
  'similar.tag.higher': 'higher',
  'similar.what':
    '“Similar” means new products of the category {category}, across its typical range ({range}), estimated the same way: from {low} to {high} each. Lower and higher mean the lower and the upper third of that span (on a log scale).',
  'similar.whatItem':
    '“Similar” means new products of the category {category} estimated the same way as this one: the typical {item} (ADEME Impact CO2), scaled to the usual weights of its kind ({range}): from {low} to {high} each. Lower and higher mean the lower and the upper third of that span (on a log scale).',
  'similar.weight': '{low} to {high} kg',
  'similar.price': '{low} to {high}',
  'highlight.show': 'Highlight lowest CO2e',
  'highlight.hide': 'Remove highlight',
  'highlight.status': '{n} of {total} results shown here are highlighted: the lowest third by estimated footprint.',
  'highlight.none': 'Too few results with an estimate to compare.',
  'highlight.tag': 'lowest third',
  'variants.title': 'Same product, other sizes',
  'variants.line': '{variant} ({weight}): ≈ {kg} ({range})',
  'variants.this': '{variant} (this offer)',
  'variants.why':
    'This page offers the product in these sizes, each with its own weight. Each figure is the same estimate made at that weight.',
  'choices.title': 'Same product, other choices',
  'choices.line': '{condition}: ≈ {kg} ({range})',
  'choices.this': '{condition} (this offer)',
  'choices.why':
    'This page also offers the product {offered}. Only the condition changes: a used item counts 10% and a refurbished one 20% of the same item new, because its making was counted for the first owner (ADEME 2022; GHG Protocol cut-off).',
  'flag.unknown': 'A further caveat applies to this estimate.',
} as const;

/** Sentences for the estimator's flags (keyed by flag id). */
export const enFlags = {
  'price-above-typical-range':
    'The price is far above what this kind of product usually costs. A high price does not mean more carbon, so the estimate may be too high.',
  'price-below-typical-range':
    'The price is far below what this kind of product usually costs, so the estimate may be too low.',
  'spend-bounded-by-mass': 'The price-based figure was brought within what is plausible for the product’s weight.',
  'weight-implausible-for-price': 'The weight on the page does not fit the price, so it was not used.',
  'non-us-supply-chain-approximation':
    'The spending factors describe US supply chains; for other countries they are an approximation.',
  'no-exchange-rate': 'No exchange rate is known for this currency.',
  'condition-used': 'Bought used: most of its footprint was emitted when it was first made.',
  'condition-refurbished': 'Refurbished: most of its footprint was emitted when it was first made.',
  'broad-category-only': 'Only a broad category is known, so the range is wide.',
  'vat-unknown': 'The sales tax rate is unknown, so the price was used as shown.',
  'price-from-order-total':
    'The page shows no price for this item: the total of its order, which holds only this item, was used (tax and delivery included).',
  'vat-country-assumed': 'The country (and its sales tax) was taken from the shop’s address.',
  'spend-undercounts-electronics': 'Price-based figures tend to be too low for electronics.',
  'category-doubted-by-price':
    'The price is far above what this kind of product costs and the page gives no weight, so the category may be wrong: the estimate uses the price, and its range reaches down to the category’s typical item.',
  'price-not-informative': 'The price says little about this device’s footprint, so it was not used.',
  'no-price': 'The page shows no price.',
  'no-category': 'The kind of product could not be identified.',
  'fx-year-approximated': 'The exchange rate of a nearby year was used.',
  'currency-assumed': 'The currency was assumed from the shop.',
  'cpi-year-approximated': 'Prices were brought to 2022 with the nearest year of inflation data.',
  'cpi-instead-of-sector-index': 'General inflation was used where no price index for this sector exists.',
  'no-currency': 'The price has no currency.',
  'materials-partially-recognised': 'Some of the listed materials were not recognised.',
  'material-from-sector':
    'No material is known for this category: the typical material of its industry is used, per kg.',
  'material-from-title':
    'The title names the material ("wooden", "glass"): it replaces the category’s usual material, per kg.',
  'invalid-input': 'The product data on the page could not be read.',
  'estimator-error': 'Something went wrong while estimating.',
  'not-a-physical-product': 'This is not a physical product (a ticket, voucher, subscription or software).',
  'mass-is-capacity':
    'The weight on the page is what the product holds (its capacity), not what it weighs, so it was set aside.',
  'mass-outside-typical-range':
    'The weight on the page is outside what this kind of product usually weighs, but not by a misread: it was used as stated.',
  'mass-out-of-range':
    'The weight on the page is outside what this kind of product usually weighs, so it was set aside.',
  'price-implausibly-high': 'The price is implausibly high for this kind of product, so it was set aside.',
  'price-implausibly-low': 'The price is implausibly low for this kind of product, so it was set aside.',
  'device-maker-not-in-data':
    'No published footprint of this kind from this maker, so the range is wider: makers report differently.',
  'typical-item-assumed': 'The page gives no weight or size, so a typical item of this kind was assumed.',
  'mass-assumed-typical': 'The page gives no usable weight, so the typical weight of this kind of product was assumed.',
  'food-category-default': 'The title names no known food, so the category’s default food was used.',
  'food-sold-dry':
    'The title says the food is sold dry (powder, granules, cubes): counted per kg of the dry form, not of the ready food.',
  'category-from-food-name': 'The category was taken from the food named in the title.',
  'category-from-item-name': 'The category was taken from the item named in the title.',
  'category-from-material-name':
    'No category was found: the material named in the title is used with the page’s weight.',
  'spend-calibrated': 'The price-based figure was corrected for a sector where spending factors count too little.',
  'spend-capped-at-typical-price':
    'A luxury or collector’s price was counted at most at the typical price of this kind of product.',
  'spend-new-price-assumed': 'For this used item, the typical price of a new one stands for the new item.',
} as const;

/** Labels of the estimator's steps (keyed by the English label it emits). */
export const enSteps = {
  'Bounded by mass': 'Bounded by mass',
  'Broad-category factor': 'Broad-category factor',
  'CPI to 2022': 'Inflation to 2022',
  'CPI to the last index year': 'Inflation to the last index year',
  'Category footprint': 'Category footprint',
  Category: 'Category',
  Condition: 'Condition',
  Estimate: 'Estimate',
  Food: 'Food',
  'Form factor': 'Form factor',
  'Maker adjustment': 'Maker adjustment',
  'Mass check': 'Mass check',
  'Print run': 'Print run',
  Making: 'Making',
  'Mass x factor': 'Mass × factor',
  Material: 'Material',
  'Net of VAT': 'Net of VAT',
  'No estimate': 'No estimate',
  'Price check': 'Price check',
  Price: 'Price',
  'Product match': 'Product match',
  'Published footprint': 'Published footprint',
  Quantity: 'Quantity',
  Range: 'Range',
  'Remove VAT/GST': 'Remove VAT/GST',
  'Sector price index to 2022': 'Sector price index to 2022',
  'Size scaling': 'Size scaling',
  'Spend factor': 'Spend factor',
  'To US dollars': 'To US dollars',
  Units: 'Units',
  Calibration: 'Calibration',
  'New-item price': 'New-item price',
  'Price cap': 'Price cap',
  Scaling: 'Scaling',
  'Typical item footprint': 'Typical item footprint',
  'Typical mass': 'Typical mass',
  'Mass from volume': 'Mass from volume',
  'Net content': 'Net content',
  Container: 'Container',
} as const;

/** What each step does, in a sentence (keyed like enSteps): the readable half of a step's detail. */
export const enStepDetails: Record<StepLabel, string> = {
  'Bounded by mass': 'The price-based figure was kept within what goods of this weight plausibly embody.',
  'Broad-category factor': 'Only a broad category is known, so the spread of the spending factors under it was used.',
  'CPI to 2022':
    'The price was brought to 2022 dollars, the year of the spending factors, with general US inflation (CPI-U).',
  'CPI to the last index year':
    'The price was brought to the last year of the sector price index with general US inflation (CPI-U).',
  Calibration:
    'The price-based figure was corrected for a sector where spending factors count too little, by the physical estimates of the same categories.',
  Category: 'The kind of product in Google’s product taxonomy, and how it was found.',
  'Category footprint': 'The median published footprint of this kind of device (makers’ product carbon footprints).',
  Condition:
    'A used or refurbished item counts only part of a new one, because its making was counted for the first owner.',
  Estimate: 'A rough figure from the spending factors of the broad category.',
  Food: 'The food named in the title or category, with its footprint per kilogram up to the shop shelf.',
  'Form factor': 'Adjusted for the device’s form factor.',
  'Maker adjustment': 'Adjusted by how this maker’s published footprints compare with others of the same kind.',
  'Mass check': 'The weight on the page was checked against what this kind of product usually weighs.',
  'Print run':
    'Books printed for each book sold: part of every print run comes back unsold and is mostly pulped, so a book sold carries a share of them.',
  Making: 'A making step the per-kilogram factor leaves out (a book’s printing and binding), added per item.',
  'Mass x factor': 'The weight times the footprint per kilogram.',
  Material: 'The material and its footprint per kilogram, from the page or assumed from the category.',
  'Net of VAT': 'The price without sales tax: spending factors are for prices before tax.',
  'New-item price': 'For a used item, the typical price of a new one stands for the new item.',
  'No estimate': 'No figure could be given; the reason follows.',
  Price: 'The price on the page and what it buys.',
  'Price cap': 'A luxury or collector’s price counts at most at the typical high price of this kind of product.',
  'Price check': 'The price was checked against what this kind of product usually costs.',
  'Product match': 'The product was matched with a published footprint of this very product.',
  'Published footprint': 'The footprint the maker published for this product.',
  Quantity: 'How many units the price buys, and their weight.',
  Range: 'How far the true figure may plausibly lie from this estimate, and why.',
  'Remove VAT/GST': 'The sales tax rate of the shop’s country.',
  'Sector price index to 2022':
    'The price was brought to 2022, the year of the spending factors, with the price index of its industry sector.',
  'Size scaling': 'Scaled by the device’s size against the typical device of its kind.',
  'Spend factor':
    'The price in 2022 US dollars times the greenhouse gases per dollar of its industry sector (US EPA supply-chain factors).',
  'To US dollars': 'Converted to US dollars at the year’s average exchange rate.',
  Units: 'The footprint of one unit times the units the price buys.',
  Scaling: 'The modelled item scaled to this product’s weight or size.',
  'Typical item footprint':
    'The footprint of a typical item of this kind as ADEME models it (Impact CO2), from materials to the shop shelf.',
  'Typical mass': 'The typical weight of this kind of product, as the page gives none.',
  'Mass from volume': 'The volume the page gives, times the typical bulk density of this kind of product.',
  'Net content': 'The food’s own weight, as the title states it: the weight on the page includes its packaging.',
  Container:
    'The drink’s packaging footprint for the container the title names, in place of the one the food data assumed.',
};

export type MessageKey = keyof typeof en;
export type FlagId = keyof typeof enFlags;
export type StepLabel = keyof typeof enSteps;
export interface Catalogue {
  messages: Record<MessageKey, string>;
  flags: Record<FlagId, string>;
  steps: Record<StepLabel, string>;
  stepDetails: Record<StepLabel, string>;
}
