/**
 * Everyday product words of English as shops outside the US write it (#15): British, Irish,
 * Australian, New Zealand, South African and Indian household, kitchen, clothing, baby, health,
 * garden, food, furniture and stationery nouns that the American taxonomy names and the other
 * lists leave out ("loo roll", "cling film", "nappies", "secateurs", "courgettes", "settee"), and
 * the compounds whose head word alone names another product ("washing powder" is laundry detergent,
 * not face powder; "fabric conditioner" is a softener, not a hair conditioner). Written for this
 * list from ordinary dictionary vocabulary, not taken from any evaluation title. Same syntax as
 * synonyms.ts ("word~0.6" for a word with a second meaning).
 *
 * Words whose sense depends on the market are listed only inside a phrase that fixes it, and the
 * bare word keeps the reading that is right in more English-speaking markets: "pants" stays
 * trousers (US, Canada, Australia, New Zealand; underwear only in Britain and Ireland), so only
 * "boxer pants" and the like are underwear; "vest" stays the sleeveless outer garment, with
 * "vest top" a top and "thermal vest" an undershirt; "thongs" (Australian flip-flops, underwear
 * elsewhere) only as "beach thongs"; "rubber" only as "pencil rubber"; "squash" only as the drink
 * phrases ("orange squash"), the sport keeps its own node; "mince" is read with its meat word.
 */
const ENGLISH: Record<string, string[]> = {
  // Household paper, bags and wraps.
  'Home & Garden > Household Supplies > Household Paper Products > Toilet Paper': [
    'toilet tissue, toilet roll, loo roll, bog roll',
  ],
  'Home & Garden > Household Supplies > Household Paper Products > Paper Towels': ['kitchen roll'],
  'Home & Garden > Household Supplies > Household Paper Products > Facial Tissues': [
    'tissues box, box of tissues, tissue box, facial tissue, pocket tissues',
  ],
  'Home & Garden > Household Supplies > Garbage Bags': [
    'bin bags, bin liners, pedal bin liners, refuse sacks, refuse bags, rubbish bags',
  ],
  'Home & Garden > Kitchen & Dining > Food Storage > Food Wraps > Plastic Wrap': ['cling film, clingfilm, cling wrap'],
  'Home & Garden > Kitchen & Dining > Food Storage > Food Wraps > Foil': ['tin foil, kitchen foil, alfoil'],
  'Home & Garden > Household Supplies > Waste Containment > Trash Cans & Wastebaskets': [
    'pedal bin, rubbish bin, kitchen bin, swing bin, dustbin, wheelie bin',
  ],
  // Laundry and cleaning.
  'Home & Garden > Household Supplies > Laundry Supplies > Laundry Detergent': [
    'washing powder, washing liquid, washing capsules, washing pods, laundry capsules, non bio',
  ],
  'Home & Garden > Household Supplies > Laundry Supplies > Fabric Softeners & Dryer Sheets': [
    'fabric conditioner, fabric softener',
  ],
  'Home & Garden > Household Supplies > Household Cleaning Supplies > Sponges & Scouring Pads': [
    'scourers, scouring pads',
  ],
  'Home & Garden > Household Supplies > Household Cleaning Supplies > Shop Towels & General-Purpose Cleaning Cloths': [
    'j cloths, dishcloths, dish cloths, cleaning cloths',
  ],
  'Home & Garden > Household Supplies > Household Cleaning Supplies > Dustpans': [
    'dustpan and brush, dustpan, dust pan',
  ],
  'Home & Garden > Household Supplies > Laundry Supplies > Drying Racks & Hangers': [
    'clothes horse, clothes airer, airer, heated airer, rotary airer, rotary washing line, washing line',
  ],
  'Home & Garden > Kitchen & Dining > Tableware > Dinnerware > Bowls': ['washing up bowl'],
  // Kitchen.
  'Home & Garden > Kitchen & Dining > Kitchen Appliances > Cooktops': [
    'ceramic hob, induction hob, gas hob, electric hob',
  ],
  'Home & Garden > Kitchen & Dining > Kitchen Appliances > Range Hoods': ['cooker hood, extractor hood, chimney hood'],
  'Home & Garden > Kitchen & Dining > Kitchen Tools & Utensils > Oven Mitts & Pot Holders': ['oven gloves, oven glove'],
  'Home & Garden > Kitchen & Dining > Kitchen Tools & Utensils > Kitchen Organizers > Paper Towel Holders & Dispensers':
    ['kitchen roll holder'],
  'Home & Garden > Linens & Bedding > Towels > Bath Towels & Washcloths': [
    'bath sheet, bath sheets, face flannel, flannels',
  ],
  // Clothing and shoes.
  'Apparel & Accessories > Clothing > Underwear & Socks > Underwear': ['boxer pants, bikini pants, knickers, undies'],
  'Apparel & Accessories > Clothing > Underwear & Socks > Undershirts': ['thermal vest, string vest'],
  'Apparel & Accessories > Clothing > Shirts & Tops': ['vest top, vest tops'],
  'Apparel & Accessories > Clothing > Outerwear > Vests': ['gilet, body warmer, bodywarmer, waistcoat'],
  'Apparel & Accessories > Clothing > Sleepwear & Loungewear > Robes': ['dressing gown'],
  'Apparel & Accessories > Shoes': ['wellies, wellington boots, wellingtons, jandals, beach thongs, plimsolls'],
  'Apparel & Accessories > Clothing > Pants': ['tracksuit bottoms, trackies, track pants'],
  'Apparel & Accessories > Clothing > Dresses': ['pinafore dress, pinafore'],
  'Apparel & Accessories > Clothing > One-Pieces > Overalls': ['dungarees'],
  'Apparel & Accessories > Clothing > Swimwear': ['swimming costume, cossie, bathers~0.6'],
  'Apparel & Accessories > Clothing > Underwear & Socks > Hosiery': ['tights, denier tights, pop socks'],
  // Baby.
  'Baby & Toddler > Diapering > Diapers': ['nappies, nappy pants'],
  'Baby & Toddler > Baby Health > Pacifiers & Teethers': ['dummy~0.6, baby dummy, soother'],
  'Baby & Toddler > Baby Transport > Baby Strollers': ['pram, travel system'],
  'Furniture > Baby & Toddler Furniture > Cribs & Toddler Beds': ['cot bed, travel cot'],
  'Furniture > Baby & Toddler Furniture > Bassinets & Cradles': ['moses basket, bedside crib'],
  'Baby & Toddler > Nursing & Feeding > Burp Cloths': ['muslins, muslin squares'],
  'Apparel & Accessories > Clothing > Baby & Toddler Clothing > Baby One-Pieces': [
    'babygrow, baby grow, sleepsuit, onesie~0.6',
  ],
  // Health.
  'Health & Beauty > Health Care > First Aid > Medical Tape & Bandages': [
    'fabric plasters, sticking plasters, blister plasters, first aid plasters',
  ],
  'Health & Beauty > Personal Care > Cotton Swabs': ['cotton buds'],
  'Health & Beauty > Health Care > Medicine & Drugs': ['paracetamol, ibuprofen, co codamol, antihistamine'],
  'Health & Beauty > Personal Care > Cosmetics > Skin Care > Sunscreen': ['sun cream, suncream, sun lotion, sunblock'],
  'Health & Beauty > Personal Care > Cosmetics > Skin Care > Body Powder': ['talcum powder, talc, baby powder'],
  // DIY, garden, electrical.
  'Home & Garden > Lawn & Garden > Gardening > Gardening Tools > Pruning Shears': ['secateurs, loppers'],
  'Home & Garden > Lawn & Garden > Outdoor Power Equipment > Weed Trimmers': [
    'strimmer, grass trimmer, line trimmer, whipper snipper, weed eater',
  ],
  'Home & Garden > Lawn & Garden > Watering & Irrigation > Garden Hoses': ['hosepipe, hose pipe'],
  'Electronics > Electronics Accessories > Power > Travel Converters & Adapters': [
    'plug adaptor, plug adapter, travel adaptor',
  ],
  // Food and drink.
  'Food, Beverages & Tobacco > Food Items > Bakery > Cookies': [
    'digestive biscuits, custard creams, bourbon biscuits, shortbread biscuits, chocolate biscuits, rich tea',
  ],
  'Food, Beverages & Tobacco > Beverages > Fruit Flavored Drinks': ['orange squash, blackcurrant squash, fruit squash'],
  'Food, Beverages & Tobacco > Food Items > Fruits & Vegetables > Fresh & Frozen Vegetables > Squashes & Gourds': [
    'courgettes, butternut squash',
  ],
  'Food, Beverages & Tobacco > Food Items > Fruits & Vegetables > Fresh & Frozen Vegetables > Eggplants': [
    'aubergines, brinjal',
  ],
  'Food, Beverages & Tobacco > Food Items > Fruits & Vegetables > Fresh & Frozen Vegetables > Greens > Arugula': [
    'rocket salad, wild rocket, rocket leaves',
  ],
  'Food, Beverages & Tobacco > Food Items > Seasonings & Spices > Herbs & Spices': [
    'coriander, fresh coriander, chilli powder, chili powder, curry powder, garam masala, turmeric powder, jeera, haldi',
  ],
  'Food, Beverages & Tobacco > Food Items > Candy & Chocolate': [
    'pick n mix, sweets mix, mixed sweets, jelly sweets, boiled sweets, candy floss, fairy floss',
  ],
  'Food, Beverages & Tobacco > Food Items > Frozen Desserts & Novelties > Ice Pops': [
    'ice lollies, icy poles, ice poles',
  ],
  'Food, Beverages & Tobacco > Food Items > Snack Foods > Jerky': ['biltong, droewors, dry wors'],
  'Food, Beverages & Tobacco > Food Items > Snack Foods > Crackers': ['rusks~0.7'],
  'Food, Beverages & Tobacco > Food Items > Dairy Products > Butter & Margarine': ['ghee'],
  'Food, Beverages & Tobacco > Food Items > Cooking & Baking Ingredients > Flour': [
    'atta, chakki atta, maida, besan, plain flour, self raising flour',
  ],
  'Food, Beverages & Tobacco > Food Items > Fruits & Vegetables > Dry Beans': [
    'toor dal, moong dal, masoor dal, chana dal, urad dal, dhal~0.6, red lentils',
  ],
  'Food, Beverages & Tobacco > Food Items > Dairy Products > Cream': ['double cream, single cream, clotted cream'],
  'Food, Beverages & Tobacco > Food Items > Bakery > Breads & Buns': ['crumpets, teacakes, hot cross buns'],
  // Furniture and bedding.
  'Furniture > Sofas': ['settee, three seater, two seater, chesterfield'],
  'Home & Garden > Linens & Bedding > Bedding > Duvet Covers': ['doona cover, quilt cover, duvet set'],
  'Home & Garden > Linens & Bedding > Bedding > Quilts & Comforters': ['doona, eiderdown'],
  // Vehicles.
  'Vehicles & Parts > Vehicle Parts & Accessories > Motor Vehicle Parts > Motor Vehicle Wheel Systems > Motor Vehicle Tires':
    ['tyre~0.4'],
  'Vehicles & Parts > Vehicle Parts & Accessories > Vehicle Maintenance, Care & Decor > Vehicle Decor > Vehicle License Plate Frames':
    ['number plate surround, number plate holder'],
  'Vehicles & Parts > Vehicle Parts & Accessories > Vehicle Maintenance, Care & Decor > Vehicle Decor > Vehicle License Plates':
    ['number plate'],
  // Outdoor, stationery.
  'Hardware > Tools > Compressors': ['tyre inflator'],
  'Home & Garden > Kitchen & Dining > Food & Beverage Carriers > Coolers': [
    'esky, cool box, coolbox, cool bag, chilly bin',
  ],
  'Office Supplies > General Office Supplies > Erasers': ['pencil rubber'],
  'Office Supplies > General Office Supplies > Paper Products > Notebooks & Notepads': ['exercise book, jotter'],
  'Office Supplies > General Office Supplies > Office Tape': ['sellotape, sticky tape'],
  'Office Supplies > General Office Supplies > Tacks & Pushpins': ['drawing pins'],
  'Office Supplies > Office Instruments > Writing & Drawing Instruments > Pens & Pencils > Pens': ['biro'],
};

/** The word lists as synonyms.ts rows: [taxonomy path, comma-separated phrases]. */
export const EVERYDAY_ENGLISH: [string, string][] = Object.entries(ENGLISH).map(([path, lines]) => [
  path,
  lines.join(', '),
]);
