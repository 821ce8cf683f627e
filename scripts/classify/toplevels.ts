/**
 * Product words of six top levels the lexicon was thin on (issue #15): Business & Industrial (work
 * safety gear, medical and laboratory supplies, food-service disposables, signage, material
 * handling), Vehicles & Parts, Office Supplies, Sporting Goods, Cameras & Optics and Hardware. The
 * nouns a shop puts first in a title, written for this list from ordinary dictionary and trade
 * vocabulary (not taken from any evaluation title), one row per taxonomy node, one line per
 * language (any order; a language with no word of its own for the node is left out). Same syntax
 * as synonyms.ts ("word~0.6" for a word with a second meaning).
 *
 * Each product is filed where the 2021 taxonomy files it, not where a shop's menu puts it: work
 * gloves, hard hats and hearing protection are Business & Industrial > Work Safety Protective Gear;
 * safety shoes are shoes (no safety-footwear node); moving boxes, bubble wrap and packing tape are
 * Office Supplies > Shipping Supplies; ink and toner are printer consumables (Electronics); memory
 * cards are Electronics; dash cams and reversing cameras are Motor Vehicle Electronics; bicycle parts
 * and accessories are Sporting Goods > Cycling; a car battery is a motor vehicle electrical part,
 * a power-tool battery a tool accessory.
 *
 * Words that fold onto another language's word for something else are left out or kept as phrases:
 * "tap" (a faucet) is also a verb and a dance, "golf" a car model, "band" a music group, "pad" a
 * mouse or sanitary pad, "trap" Dutch stairs, "cadenas" Spanish chains.
 */
const TOPLEVELS: Record<string, string[]> = {
  // Business & Industrial: work safety gear, disposables.
  'Business & Industrial > Work Safety Protective Gear > Hardhats': [
    'bauhelm, casque de chantier, casco de obra, elmetto da cantiere, veiligheidshelm, skyddshjälm, каска, 工事用ヘルメット',
  ],
  'Business & Industrial > Work Safety Protective Gear > Safety Gloves': ['työkäsineet'],
  'Business & Industrial > Work Safety Protective Gear': [
    'hi vis vest, ear defenders, warnweste, gilet haute visibilité, casque antibruit, chaleco reflectante, gilet ad alta visibilità, hörselskydd',
  ],
  'Business & Industrial > Work Safety Protective Gear > Protective Eyewear': [
    'lunettes de protection, gafas de protección, veiligheidsbril',
  ],
  'Business & Industrial > Work Safety Protective Gear > Protective Masks > Dust Masks': [
    'ffp2, ffp3, atemschutzmaske',
  ],
  'Business & Industrial > Medical > Medical Supplies > Disposable Gloves': ['nitrile gloves'],
  'Business & Industrial > Food Service > Disposable Tableware > Disposable Cups': ['paper cups, pappbecher'],
  'Business & Industrial > Food Service > Disposable Tableware > Disposable Plates': [
    'paper plates, pappteller, piatti di carta',
  ],

  // Vehicles & Parts.
  'Vehicles & Parts > Vehicle Parts & Accessories > Motor Vehicle Parts > Motor Vehicle Window Parts & Accessories': [
    'wiper blades, essuie-glace, limpiaparabrisas, tergicristallo, ruitenwissers, torkarblad, дворники, ワイパー, silecek, ablaktörlő, ștergătoare',
  ],
  'Vehicles & Parts > Vehicle Parts & Accessories > Motor Vehicle Parts > Motor Vehicle Braking': [
    'brake pads, brake discs, disques de frein, pastillas de freno, pastiglie freno, remblokken, bromsbelägg, тормозные колодки, jarrupalat, fékbetét',
  ],
  'Vehicles & Parts > Vehicle Parts & Accessories > Motor Vehicle Parts > Motor Vehicle Engine Oil Circulation': [
    'oil filter, filtre à huile, filtro de aceite, filtro olio',
  ],
  'Vehicles & Parts > Vehicle Parts & Accessories > Motor Vehicle Parts > Motor Vehicle Engine Parts': [
    "spark plugs, bougies d'allumage, bujías, candele, tändstift, свечи зажигания",
  ],
  'Vehicles & Parts > Vehicle Parts & Accessories > Vehicle Maintenance, Care & Decor > Vehicle Fluids > Vehicle Motor Oil':
    ['engine oil, エンジンオイル, 机油'],
  'Vehicles & Parts > Vehicle Parts & Accessories > Motor Vehicle Parts > Motor Vehicle Carpet & Upholstery': [
    'car mats, automatten, tapis de sol voiture, alfombrillas de coche, tappetini auto',
  ],
  'Vehicles & Parts > Vehicle Parts & Accessories > Vehicle Storage & Cargo > Motor Vehicle Carrying Racks': [
    'roof box, roof bars, dachbox, dachträger, coffre de toit, cofre de techo, box tetto, dakkoffer, takbox, автобокс',
  ],
  'Vehicles & Parts > Vehicle Parts & Accessories > Motor Vehicle Parts > Motor Vehicle Wheel Systems > Motor Vehicle Tires':
    ['summer tyre, winter tyre, winterbanden, vinterdäck, sommardäck, vinterdekk, talvirenkaat'],
  'Vehicles & Parts > Vehicle Parts & Accessories > Vehicle Safety & Security > Motorcycle Protective Gear > Motorcycle Helmets':
    ['motorradhelm, integralhelm, casque moto, casco moto, мотошлем'],

  // Office Supplies.
  'Office Supplies > General Office Supplies > Paper Products > Printer & Copier Paper': [
    'ramette, papel de impresora, risma, コピー用紙, kopiopaperi',
  ],
  'Office Supplies > General Office Supplies > Paper Products > Envelopes': [
    'envelopes, briefumschläge, 봉투, kirjekuoret, borítékok, plicuri',
  ],
  'Office Supplies > Office Instruments > Staplers': ['nietmachine, häftapparat, степлер'],
  'Office Supplies > General Office Supplies > Staples': ['heftklammern, agrafes'],
  'Office Supplies > General Office Supplies > Paper Clips & Clamps': ['büroklammern'],
  'Office Supplies > Filing & Organization > Binding Supplies > Binders': [
    'lever arch file, ringbuch, raccoglitore, pärm',
  ],
  'Office Supplies > Filing & Organization > File Folders': ['sichthüllen, chemises cartonnées'],
  'Office Supplies > Shipping Supplies > Moving & Shipping Boxes': [
    'umzugskartons, cartons de déménagement, cajas de cartón, scatoloni, flyttkartonger',
  ],
  'Office Supplies > Shipping Supplies > Packing Materials': [
    'papier bulle, plástico de burbujas, pluriball, bubbelplast',
  ],
  'Office Supplies > Shipping Supplies > Packing Tape': ['packband, paketband'],

  // Sporting Goods.
  'Sporting Goods > Exercise & Fitness > Weight Lifting > Free Weights': ['hantlar, гантели'],
  'Sporting Goods > Exercise & Fitness > Yoga & Pilates > Yoga & Pilates Mats': ['yogamat, yogamatta'],
  'Sporting Goods > Exercise & Fitness > Exercise Bands': ['bandes élastiques, bandas elásticas'],
  'Sporting Goods > Outdoor Recreation > Camping & Hiking > Tents': ['tält'],
  'Sporting Goods > Outdoor Recreation > Camping & Hiking > Sleeping Bags': ['slaapzak, sovsäck'],
  'Sporting Goods > Outdoor Recreation > Camping & Hiking > Sleeping Pads': ['sleeping mat, matelas autogonflant'],
  'Sporting Goods > Outdoor Recreation > Cycling > Bicycle Parts > Bicycle Saddles': ['fahrradsattel'],
  'Sporting Goods > Outdoor Recreation > Cycling > Bicycle Parts > Bicycle Tubes': [
    'inner tube, fahrradschlauch, chambre à air',
  ],
  'Sporting Goods > Outdoor Recreation > Winter Sports & Activities > Skiing & Snowboarding > Ski & Snowboard Helmets':
    ['skihelm, casque de ski, casco de esquí'],
  'Sporting Goods > Outdoor Recreation > Winter Sports & Activities > Skiing & Snowboarding > Ski & Snowboard Goggles':
    ['skibrille, masque de ski'],
  'Sporting Goods > Outdoor Recreation > Boating & Water Sports > Swimming > Swim Goggles & Masks': [
    'schwimmbrille, zwembril',
  ],
  'Sporting Goods > Outdoor Recreation > Boating & Water Sports > Diving & Snorkeling': [
    'schnorchelset, taucherflossen, palmes',
  ],
  'Sporting Goods > Athletics > Boxing & Martial Arts > Boxing & Martial Arts Protective Gear > Boxing Gloves & Mitts':
    ['boxhandschuhe, gants de boxe, guantes de boxeo'],

  // Cameras & Optics.
  'Cameras & Optics > Camera & Optic Accessories > Camera & Video Camera Lenses > Camera Lenses': [
    'objetivo~0.6, obiettivo~0.6, objectief, 単焦点レンズ',
  ],
  'Cameras & Optics > Camera & Optic Accessories > Camera Lens Accessories > Lens Filters': [
    'uv filter, nd filter, polfilter',
  ],
  'Cameras & Optics > Camera & Optic Accessories > Tripods & Monopods': ['stativ, einbeinstativ, trípode, statief'],
  'Cameras & Optics > Camera & Optic Accessories > Camera Parts & Accessories > Camera Bags & Cases': [
    'camera backpack, kamerarucksack, fototasche, sac photo, kameraväska',
  ],
  'Cameras & Optics > Optics > Binoculars': [
    'fernglas, verrekijker, 双眼鏡, 双筒望远镜, 쌍안경, dürbün, kikkert, kiikarit, binoclu, бінокль',
  ],
  'Cameras & Optics > Optics > Scopes > Telescopes': ['teleskop, telescopio, 天体望遠鏡, 망원경'],
  'Cameras & Optics > Optics > Scopes > Weapon Scopes & Sights': ['zielfernrohr, rotpunktvisier, lunette de visée'],
  'Electronics > Electronics Accessories > Memory > Flash Memory > Flash Memory Cards': [
    'sd karte, carte sd, tarjeta sd, scheda sd',
  ],

  // Hardware.
  'Hardware > Tools > Wrenches': ['clé à molette, chiave inglese'],
  'Hardware > Hardware Accessories > Hardware Fasteners > Screws': ['schroeven, саморезы'],
  'Hardware > Plumbing > Plumbing Fixtures > Faucets': ['mixer tap'],
  'Hardware > Plumbing > Plumbing Fittings & Supports > Plumbing Valves': ['ball valve, eckventil'],
  'Hardware > Power & Electrical Supplies > Electrical Wires & Cable': ['mantelleitung, câble électrique'],
  'Hardware > Power & Electrical Supplies > Electrical Switches > Light Switches': ['interrupteur, interruptor'],
  'Hardware > Power & Electrical Supplies > Extension Cords': [
    'extension lead, verlängerungskabel, kabeltrommel, rallonge électrique',
  ],
  'Hardware > Building Consumables > Protective Coatings & Sealants': ['silikon~0.6'],
};

/** The word lists as synonyms.ts rows: [taxonomy path, comma-separated phrases]. */
export const TOPLEVEL_WORDS: [string, string][] = Object.entries(TOPLEVELS).map(([path, lines]): [string, string] => [
  path,
  lines.join(', '),
]);
