/**
 * The shop categories issue #8 asks the evaluation to report (clothing, shoes, furniture,
 * appliances, food, drink, toys, beauty, DIY, garden, books, electronics), and which group of each
 * evaluation set belongs to which. Groups outside the twelve keep their own name (tyres, lighting,
 * decor, ...), so the table counts them as further categories rather than hiding them.
 */
export const ISSUE_CATEGORIES = [
  'clothing',
  'shoes',
  'furniture',
  'appliances',
  'food',
  'drink',
  'toys',
  'beauty',
  'DIY',
  'garden',
  'books',
  'electronics',
] as const;

const GROUPS: Record<string, string[]> = {
  clothing: ['jeans', 'socks'],
  shoes: ['shoes'],
  furniture: ['desks', 'office chairs', 'seating', 'storage', 'tables'],
  appliances: ['appliances'],
  food: [
    'bakery',
    'cereal',
    'coffee',
    'dairy',
    'pasta',
    'prepared foods',
    'sauces',
    'seafood',
    'seasonings',
    'snacks',
    'soups',
    'sugar',
    'tea',
  ],
  drink: ['beer', 'soft drinks', 'water'],
  DIY: ['tools', 'flooring', 'diy'],
  books: ['books'],
  electronics: [
    'cameras',
    'computer accessories',
    'desktops',
    'electronics',
    'laptops',
    'monitors',
    'networking',
    'phones',
    'printers',
    'printer supplies',
    'projectors',
  ],
};
const BY_GROUP = new Map(Object.entries(GROUPS).flatMap(([c, gs]) => gs.map((g) => [g, c] as const)));

/**
 * The issue category of an evaluation source ("catalogue:pasta" -> food, "published:shoes" ->
 * shoes, "shop:toys/board game" -> toys); a group the issue does not name keeps its own name.
 */
export function issueCategoryOf(source: string): string {
  const [set, rest = ''] = source.split(':', 2) as [string, string?];
  if (set === 'shop') {
    const category = rest.split('/')[0]!;
    return BY_GROUP.get(category) ?? (ISSUE_CATEGORIES.find((c) => c.toLowerCase() === category) || category);
  }
  return BY_GROUP.get(rest) ?? rest;
}
