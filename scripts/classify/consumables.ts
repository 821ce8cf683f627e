/**
 * Consumables and replacement parts by language: what a device uses up is its supply node, not
 * the device ("HP 305 ink cartridge" is a cartridge, "Brother DR-2400 drum unit" a drum kit,
 * "vacuum bags for Miele" a vacuum accessory). Data for the curated lexicon (same weights syntax
 * as synonyms.ts: "word~0.6"); accents and case are folded at build time. The pt, pl, ru, cs and
 * sv words are the head nouns of these nodes' names in Google's and Shopify's translations
 * (../shared/data/taxonomy: "Worki na do odkurzacza", "Принадлежности для пылесосов", "Břitvy a
 * žiletky", "Rakhyvlar och rakblad", "Фотопленка") with the device they serve.
 */
const PRINT = 'Electronics > Print, Copy, Scan & Fax > Printer, Copier & Fax Machine Accessories > Printer Consumables';

const CONSUMABLES: Record<string, Record<string, string[]>> = {
  [`${PRINT} > Toner & Inkjet Cartridges`]: {
    en: [
      'toner',
      'toner cartridge',
      'ink cartridge',
      'inkjet cartridge',
      'printer cartridge',
      'printer ink',
      'ink tank',
    ],
    de: ['tintenpatrone', 'druckerpatrone', 'tonerkartusche', 'druckertinte', 'patrone~0.6'],
    fr: ['cartouche d encre', 'cartouche encre', 'cartouche de toner', 'encre imprimante'],
    es: ['cartucho de tinta', 'cartucho de toner', 'tinta impresora'],
    it: ['cartuccia', 'cartucce', 'cartuccia toner', 'inchiostro stampante'],
    nl: ['inktcartridge', 'printerinkt', 'tonercartridge'],
    pl: ['tusz', 'tusze', 'kartridz'],
    pt: ['cartucho de tinta', 'tinteiro'],
    sv: ['blackpatron', 'bläckpatron', 'tonerkassett'],
    ru: ['картридж', 'картриджи', 'тонер картридж', 'чернила для принтера'],
    cs: ['tonery', 'inkoust do tiskarny', 'inkoustova napln'],
  },
  [`${PRINT} > Toner & Inkjet Cartridge Refills`]: {
    en: ['ink refill', 'refill ink', 'refill kit', 'toner refill', 'ink bottle'],
    de: ['nachfulltinte', 'nachfullset', 'refill tinte'],
    fr: ['recharge d encre', 'kit de recharge'],
    es: ['recarga de tinta'],
    it: ['ricarica inchiostro'],
  },
  [`${PRINT} > Printer Drums & Drum Kits`]: {
    en: ['drum unit', 'drum kit', 'imaging drum', 'photoconductor'],
    de: ['trommeleinheit', 'bildtrommel', 'fotoleitertrommel'],
    fr: ['tambour d imprimante', 'unite tambour', 'kit tambour'],
    es: ['unidad de tambor', 'tambor de imagen'],
    it: ['unita tamburo', 'tamburo'],
    nl: ['drumeenheid'],
    pt: ['tambor para impressora', 'kit de tambor'],
    pl: ['beben do drukarki', 'bebny do drukarek'],
    ru: ['печатный барабан', 'фотобарабан'],
    cs: ['valec do tiskarny'],
    sv: ['trumkit', 'trumenhet'],
  },
  [`${PRINT} > Printheads`]: {
    en: ['printhead', 'print head'],
    de: ['druckkopf'],
    fr: ['tete d impression'],
    es: ['cabezal de impresion'],
  },
  [`${PRINT} > Printer Maintenance Kits`]: {
    en: ['maintenance kit', 'waste ink box', 'waste toner box', 'fuser unit'],
    de: ['wartungskit', 'resttonerbehalter', 'tintenauffangbehalter', 'fixiereinheit'],
  },
  'Home & Garden > Household Appliance Accessories > Vacuum Accessories': {
    en: ['vacuum bags', 'vacuum cleaner bags', 'hoover bags', 'vacuum filter', 'hepa filter', 'replacement filter~0.6'],
    de: ['staubsaugerbeutel', 'staubbeutel', 'staubsaugerfilter', 'ersatzfilter~0.6'],
    fr: ['sac aspirateur', 'sacs aspirateur', 'filtre aspirateur'],
    es: ['bolsas aspiradora', 'filtro aspiradora'],
    it: ['sacchetti aspirapolvere', 'filtro aspirapolvere'],
    nl: ['stofzuigerzakken', 'stofzuigerfilter'],
    pt: ['saco para aspirador', 'saco aspirador', 'sacos de po', 'filtro para aspirador', 'filtro aspirador'],
    pl: ['worki do odkurzacza', 'worek do odkurzacza', 'filtr do odkurzacza'],
    ru: ['мешки для пылесоса', 'мешок для пылесоса', 'фильтр для пылесоса'],
    cs: ['sacky do vysavace', 'filtr do vysavace'],
    sv: ['dammsugarpasar', 'dammsugarpase', 'dammsugarfilter'],
  },
  'Health & Beauty > Personal Care > Shaving & Grooming > Razors & Razor Blades': {
    en: [
      'razor blades',
      'replacement blades~0.6',
      'razor cartridges',
      'shaver heads',
      'replacement heads~0.5',
      'shaving heads',
    ],
    de: ['rasierklingen', 'ersatzklingen', 'scherkopf', 'scherkopfe', 'klingen~0.5'],
    fr: ['lames de rasoir', 'lames de rechange', 'tetes de rasoir'],
    es: ['cuchillas de afeitar', 'cuchillas de repuesto'],
    it: ['lamette'],
    pt: ['laminas de barbear', 'lamina de barbear'],
    pl: ['ostrza do golenia', 'ostrze do golenia'],
    ru: ['бритвенные лезвия', 'лезвия для бритвы'],
    cs: ['ziletky', 'ziletka'],
    sv: ['rakblad'],
  },
  // Film is what a film camera uses up: Google's names of the node in its translations.
  'Cameras & Optics > Camera & Optic Accessories > Camera Parts & Accessories > Camera Film': {
    en: ['camera film', 'instant film', 'photo film'],
    de: ['kamerafilm', 'sofortbildfilm'],
    fr: ['pellicule photo', 'film instantane'],
    es: ['pelicula fotografica', 'pelicula instantanea'],
    it: ['rullino fotocamera', 'rullino', 'pellicola istantanea'],
    pt: ['filme fotografico', 'filme instantaneo'],
    pl: ['film do aparatu', 'filmy do aparatow'],
    ru: ['фотопленка'],
    cs: ['fotograficky film'],
    sv: ['kamerafilm'],
  },
};

/** The word lists as synonyms.ts rows: [taxonomy path, comma-separated phrases]. */
export const CONSUMABLE_SYNONYMS: [string, string][] = Object.entries(CONSUMABLES).map(([path, byLang]) => [
  path,
  Object.values(byLang).flat().join(', '),
]);
