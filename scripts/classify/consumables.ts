/**
 * Consumables and replacement parts by language: what a device uses up is its supply node, not
 * the device ("HP 305 ink cartridge" is a cartridge, "Brother DR-2400 drum unit" a drum kit,
 * "vacuum bags for Miele" a vacuum accessory). Data for the curated lexicon (same weights syntax
 * as synonyms.ts: "word~0.6"); accents and case are folded at build time.
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
  },
};

/** The word lists as synonyms.ts rows: [taxonomy path, comma-separated phrases]. */
export const CONSUMABLE_SYNONYMS: [string, string][] = Object.entries(CONSUMABLES).map(([path, byLang]) => [
  path,
  Object.values(byLang).flat().join(', '),
]);
