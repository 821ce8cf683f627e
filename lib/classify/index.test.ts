import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createClassifier, type ClassifierModel } from './index';

const model = JSON.parse(readFileSync('public/factors/classifier.json', 'utf8')) as ClassifierModel;
const classifier = createClassifier(model);
const pathOf = (input: Parameters<typeof classifier.classify>[0]) => classifier.classify(input)?.path ?? null;

describe('createClassifier', () => {
  it('lets a published taxonomy id win over the title', () => {
    const c = classifier.classify({ title: 'Summer Dress in blue', googleCategory: '328' });
    expect(c).toMatchObject({ id: 328, path: 'Electronics > Computers > Laptops', via: 'page-category' });
  });

  it('accepts a published taxonomy path', () => {
    expect(classifier.classify({ title: 'Kong', googleCategory: 'Apparel & Accessories > Shoes' })?.id).toBe(187);
  });

  it('maps German breadcrumbs to taxonomy nodes', () => {
    const laptop = classifier.classify({
      title: 'X1 Nano',
      category: ['Elektronik & Foto', 'Computer & Zubehör', 'Notebooks'],
    });
    expect(laptop).toMatchObject({ id: 328, via: 'breadcrumb' });
    expect(pathOf({ title: 'Kong', category: ['Damen', 'Bekleidung', 'Pullover'] })).toMatch(
      /^Apparel & Accessories > Clothing/,
    );
  });

  it('reads a breadcrumb that lists a group as what the group shares', () => {
    const c = classifier.classify({
      title: 'Heavy duty roll',
      category: ['Industrial & Scientific', 'Adhesives, Sealants & Lubricants', 'Adhesive Tapes', 'Duct Tape'],
    });
    expect(c).toMatchObject({ path: 'Hardware > Building Consumables > Hardware Tape', via: 'breadcrumb' });
    expect(
      pathOf({
        title: 'Penhook',
        category: ['Furniture', 'Living Room Furniture', 'Chairs & Seating', 'Accent Chairs'],
      }),
    ).toMatch(/^Furniture > Chairs/);
    expect(pathOf({ title: 'HP x360', category: ['Informatique', 'Ordinateurs portables'] })).toBe(
      'Electronics > Computers > Laptops',
    );
  });

  it('reads "for cats" as who the product is for', () => {
    expect(pathOf({ title: 'Premium Wet Food for Adult Cats, 12 x 85 g' })).toMatch(
      /^Animals & Pet Supplies > Pet Supplies > Cat Supplies/,
    );
  });

  it('keeps a vote trained on TVs out of a title that says monitor', () => {
    expect(pathOf({ title: 'Dell P2217WH Monitor 22"' })).toBe('Electronics > Video > Computer Monitors');
    expect(pathOf({ title: 'Samsung 55" QLED TV' })).toBe('Electronics > Video > Televisions');
  });

  it("reads a computer maker's bare model code and diagonal when nothing else names the product", () => {
    expect(pathOf({ title: 'Lenovo L27q-30 27"', brand: 'Lenovo' })).toBe('Electronics > Video > Computer Monitors');
    expect(pathOf({ title: 'Lenovo V330-15/E53-80 15.6"', brand: 'Lenovo' })).toBe('Electronics > Computers > Laptops');
    // A breadcrumb or a product word wins over the size.
    expect(pathOf({ title: 'Lenovo L27q-30 27"', brand: 'Lenovo', category: ['Computers', 'Laptops'] })).toBe(
      'Electronics > Computers > Laptops',
    );
  });

  it('tells maker product lines from the same words elsewhere', () => {
    expect(pathOf({ title: 'Lenovo YOGA 710-11ISK 11.6"' })).toBe('Electronics > Computers > Laptops');
    expect(pathOf({ title: 'Yoga mat non-slip 6mm' })).toMatch(/^Sporting Goods/);
    expect(pathOf({ title: 'Dell Wyse 5470 All-in-One Thin Client' })).toMatch(/Thin Client Computers$/);
    expect(pathOf({ title: 'HP OfficeJet Pro 9015e All-in-One Printer' })).toMatch(/Printers, Copiers & Fax Machines$/);
    expect(pathOf({ title: 'Apple Studio Display with tilt-adjustable stand' })).toBe(
      'Electronics > Video > Computer Monitors',
    );
  });

  it('reads food words next to a pet as the recipe of a pet food', () => {
    expect(pathOf({ title: 'Wellness CORE 98 Percent Chicken and Wild Boar Wet Cat Food Pate Grain Free' })).toMatch(
      /Cat Food$/,
    );
    expect(pathOf({ title: 'Felix Soup, Clear Soup for Cats with Delicate Pieces, Variety Mix, Pack of 8' })).toMatch(
      /^Animals & Pet Supplies > Pet Supplies > Cat Supplies/,
    );
    // A bare animal word is not a pet product.
    expect(pathOf({ title: 'Hot Dog Buns 6 pack' }) ?? '').not.toMatch(/^Animals/);
  });

  it('does not read German -isch adjectives as tables, and knows trackers, instant film and outlet timers', () => {
    expect(
      pathOf({
        title: 'OOONO CO-Driver NO1: Warnt vor Blitzern und Gefahren im Straßenverkehr in Echtzeit, automatisch aktiv',
      }) ?? '',
    ).not.toMatch(/^Furniture/);
    expect(pathOf({ title: 'Esstisch Eiche 160 cm' })).toBe('Furniture > Tables');
    expect(pathOf({ title: 'Neu Apple AirTag' })).toBe('Electronics > GPS Tracking Devices');
    expect(pathOf({ title: 'instax Mini Film, Doppelpack (2x10 Aufnahmen)' })).toMatch(/Camera Film$/);
    expect(pathOf({ title: 'BN-LINK Indoor Mini 24-Hour Mechanical Outlet Timer, 3-Prong, 2-Pack' })).toMatch(
      /Timers$/,
    );
  });

  it('reads "Laptop Charger" as a charger even after a laptop model name, but not spec words as the product', () => {
    expect(pathOf({ title: 'Dell Latitude 5420 Laptop Charger 65W' })).toBe(
      'Electronics > Electronics Accessories > Power > Power Adapters & Chargers',
    );
    expect(pathOf({ title: 'Xiaomi Mi A2 Dual SIM 32GB 4GB RAM Blue Smartphone' })).toBe(
      'Electronics > Communications > Telephony > Mobile Phones',
    );
    expect(pathOf({ title: 'Dell UltraSharp U2723QE 27" 4K USB-C Hub Monitor' })).toBe(
      'Electronics > Video > Computer Monitors',
    );
    expect(pathOf({ title: 'Sonos Era 100' })).toBe('Electronics > Audio > Audio Components > Speakers');
  });

  it('reads German compound battery names and video doorbells', () => {
    expect(pathOf({ title: 'Amazon Basics AA-Alkalibatterien, leistungsstark, 1,5 V, 48 Stück' })).toMatch(/Batteries/);
    expect(pathOf({ title: 'Ring Video Doorbell - 1080p HD video, improved motion detection' })).toBe(
      'Cameras & Optics > Cameras > Surveillance Cameras',
    );
  });

  it('classifies titles in several languages', () => {
    expect(pathOf({ title: 's.Oliver Strickpullover »Pullover langarm«' })).toBe(
      'Apparel & Accessories > Clothing > Shirts & Tops',
    );
    expect(pathOf({ title: 'MAMA Robe avec ceinture à nouer' })).toBe('Apparel & Accessories > Clothing > Dresses');
    expect(pathOf({ title: 'Lenovo ThinkPad X1 Nano - Laptop Black 16GB RAM 1TB SSD', brand: 'Lenovo' })).toBe(
      'Electronics > Computers > Laptops',
    );
    expect(pathOf({ title: 'Whiskas Katzenfutter Nassfutter Adult 1+ 12 x 85g' })).toMatch(/Cat Food$/);
  });

  it('does not take an accessory for the device it fits', () => {
    for (const title of [
      'Silikon Hülle für iPhone 13 Pro, transparent',
      'Apple iPhone 13 Hülle Leder',
      'Clear case for Samsung Galaxy S22',
    ]) {
      expect(classifier.classify({ title })?.id, title).not.toBe(267);
    }
    expect(classifier.classify({ title: 'USB-C charger for MacBook Pro 96W' })?.id).not.toBe(328);
  });

  it('reads a book about cats as a book', () => {
    expect(pathOf({ title: 'Cats: A Book About Cats (Paperback)' })).toMatch(/^Media > Books/);
  });

  it('returns null or a low confidence for nonsense', () => {
    const c = classifier.classify({ title: 'purple yesterday quickly dream' });
    expect(c === null || c.confidence < 0.3).toBe(true);
    expect(classifier.classify({ title: '' })).toBeNull();
  });

  it('falls back to an ancestor when the title names several products of one branch', () => {
    const c = classifier.classify({ title: 'Tisch, Stuhl, Sofa und Regal' });
    expect(c?.path).toBe('Furniture');
  });

  it('survives a JSON round trip unchanged', () => {
    const again = createClassifier(JSON.parse(JSON.stringify(model)) as ClassifierModel);
    const input = { title: 'Bosch Serie 4 Geschirrspüler vollintegriert 60 cm' };
    expect(again.classify(input)).toEqual(classifier.classify(input));
    expect(again.pathOf(404)).toBe('Electronics > Video > Televisions');
  });

  it('knows every taxonomy path and rejects unknown ids', () => {
    expect(classifier.pathOf(2271)).toBe('Apparel & Accessories > Clothing > Dresses');
    expect(classifier.pathOf(99999999)).toBeNull();
    expect(classifier.classify({ title: 'x', googleCategory: '99999999' })?.via).not.toBe('page-category');
  });

  it('keeps confidence within 0..1 for odd input', () => {
    for (const input of [
      { title: '!!!' },
      { title: 'a'.repeat(5000) },
      { title: 'tv tv tv tv tv tv tv' },
      { title: 'x', category: ['', '  '] },
    ]) {
      const c = classifier.classify(input);
      if (!c) continue;
      expect(c.confidence).toBeGreaterThanOrEqual(0);
      expect(c.confidence).toBeLessThanOrEqual(1);
    }
  });
});

describe('createClassifier on arbitrary input', () => {
  it('never throws and returns a known node with a confidence in 0..1', async () => {
    const fc = await import('fast-check');
    const text = fc.oneof(
      fc.string(),
      fc.constantFrom('Laptop', 'Hülle für iPhone', 'Katzenfutter', '328', 'Electronics > Computers'),
    );
    fc.assert(
      fc.property(
        text,
        fc.option(text),
        fc.option(fc.array(text, { maxLength: 5 })),
        fc.option(text),
        (title, brand, category, googleCategory) => {
          const c = classifier.classify({ title, brand, category, googleCategory });
          if (c === null) return;
          expect(c.confidence).toBeGreaterThanOrEqual(0);
          expect(c.confidence).toBeLessThanOrEqual(1);
          expect(c.path).toBe(classifier.pathOf(c.id));
        },
      ),
      { numRuns: 300 },
    );
    // Wrong types from an untrusted page must not crash the worker either.
    const junk = { title: 42, brand: {}, category: 'Shoes', googleCategory: 7 } as unknown as Parameters<
      typeof classifier.classify
    >[0];
    expect(() => classifier.classify(junk)).not.toThrow();
  });

  it('reads a breadcrumb trail as a path: the deeper crumb names the shelf', () => {
    // "Computers" alone votes Electronics > Computers; monitors sit under Electronics > Video.
    expect(pathOf({ title: 'HP P24a G4 23.8"', brand: 'HP', category: ['Computers', 'Monitors'] })).toBe(
      'Electronics > Video > Computer Monitors',
    );
    expect(pathOf({ title: 'Dell PowerEdge R430', brand: 'Dell', category: ['Computers', 'Servers'] })).toBe(
      'Electronics > Computers > Computer Servers',
    );
  });

  it('lets a title that names a sibling shelf refine the last crumb', () => {
    // Shops file thin clients under desktops; the taxonomy (and Boavizta) keep them apart.
    expect(pathOf({ title: 'Dell Wyse 5070 Thin Client', category: ['Computers', 'Desktop Computers'] })).toBe(
      'Electronics > Computers > Thin & Zero Clients > Thin Client Computers',
    );
    expect(pathOf({ title: 'Acme Business Desktop PC', category: ['Computers', 'Desktop Computers'] })).toBe(
      'Electronics > Computers > Desktop Computers',
    );
  });

  it('keeps a book in Media when its department is Books and its subject crumbs are not', () => {
    const title = 'Vegetable Perfection: 100 delicious recipes for roots, bulbs, shoots and stems';
    expect(pathOf({ title, category: ['Books', 'Food & Drink', 'Quick & Easy Meals'] })).toMatch(/^Media > Books/);
    expect(pathOf({ title: 'Das große Grillbuch', category: ['Bücher', 'Kochen & Genießen', 'Grillen'] })).toMatch(
      /^Media > Books/,
    );
    expect(
      pathOf({
        title: 'The Whole Truth (A. Shaw Book 1)',
        category: ['Kindle Store', 'Kindle eBooks', 'Mystery, Thriller & Suspense'],
      }),
    ).toMatch(/^Media > Books/);
    // Amazon UK shows only the subject crumbs here: a count of recipes still says cookbook.
    expect(pathOf({ title, category: ['Food & Drink', 'Quick & Easy Meals'] })).toMatch(/^Media > Books/);
    // ... but a food product that mentions a recipe stays food.
    expect(pathOf({ title: 'Heinz Cream of Tomato Soup, Original Recipe, 400 g' })).toMatch(
      /^Food, Beverages & Tobacco/,
    );
  });

  it('lets the Kindle Store sell readers as well as e-books', () => {
    expect(pathOf({ title: 'Kindle Paperwhite (16 GB)', category: ['Kindle Store', 'Kindle E-readers'] })).toBe(
      'Electronics > Computers > Handheld Devices > E-Book Readers',
    );
    // A broader later crumb does not pull an e-book back to Books.
    expect(
      pathOf({
        title: 'The Whole Truth (A. Shaw Book 1)',
        category: ['Kindle Store', 'Kindle eBooks', 'Mystery, Thriller & Suspense'],
      }),
    ).toBe('Media > Books > E-books');
  });

  it('knows business hardware by its product line', () => {
    const cases: [string, string][] = [
      ['Dell PowerEdge R740 Rack Server', 'Electronics > Computers > Computer Servers'],
      ['HPE ProLiant DL380 Gen10', 'Electronics > Computers > Computer Servers'],
      ['Lenovo ThinkCentre M75q Gen 2', 'Electronics > Computers > Desktop Computers'],
      ['Dell OptiPlex 7090 Micro', 'Electronics > Computers > Desktop Computers'],
      ['Dell Latitude 5420', 'Electronics > Computers > Laptops'],
      ['Dell Wyse 5070 Thin Client', 'Electronics > Computers > Thin & Zero Clients > Thin Client Computers'],
      ['HP LaserJet Pro M404dn', 'Electronics > Print, Copy, Scan & Fax > Printers, Copiers & Fax Machines'],
      ['Microsoft Surface Hub 2S 50"', 'Electronics > Video > Computer Monitors'],
      ['Google Nest Mini (2nd gen)', 'Electronics > Audio > Audio Components > Speakers'],
      [
        'Google Nest Learning Thermostat',
        'Hardware > Heating, Ventilation & Air Conditioning > HVAC Controls > Thermostats',
      ],
      [
        'Dell WD19S USB-C Docking Station',
        'Electronics > Electronics Accessories > Computer Accessories > Laptop Docking Stations',
      ],
    ];
    for (const [title, path] of cases) expect(pathOf({ title }), title).toBe(path);
    // A toner for a LaserJet is a consumable, not a printer; a Latitude motherboard is a part.
    expect(pathOf({ title: 'Dell Latitude E7450 Motherboard' })).toMatch(/Motherboards$/);
    expect(pathOf({ title: 'HP 26A Black LaserJet Toner Cartridge' })).toMatch(/Toner/);
  });
});

describe('model codes, product lines and built-in features', () => {
  it('files printer model families as printers, not appliances', () => {
    for (const title of [
      'Brother HL-L2350DW',
      'Kyocera ECOSYS P2040dn',
      'Canon i-SENSYS MF445dw',
      'Samsung Xpress M2020W',
      'Epson ET-2850',
      'Xerox VersaLink C405',
    ]) {
      expect(pathOf({ title })).toBe('Electronics > Print, Copy, Scan & Fax > Printers, Copiers & Fax Machines');
    }
    expect(pathOf({ title: 'Toner for Brother HL-L2350DW' })).toMatch(
      /Printer Consumables > Toner & Inkjet Cartridges$/,
    );
  });

  it('reads a bare Dell monitor code, a webcam monitor and ASUS/HP laptop lines', () => {
    expect(pathOf({ title: 'P2422H' })).toBe('Electronics > Video > Computer Monitors');
    expect(pathOf({ title: 'HP M24 Webcam FHD Monitor' })).toBe('Electronics > Video > Computer Monitors');
    expect(pathOf({ title: 'Logitech Webcam C920' })).toBe('Cameras & Optics > Cameras > Webcams');
    expect(pathOf({ title: 'ASUS ROG Strix G16' })).toBe('Electronics > Computers > Laptops');
    expect(pathOf({ title: 'ASUS ROG Phone 7' })).toBe('Electronics > Communications > Telephony > Mobile Phones');
    expect(pathOf({ title: 'HP ENVY x360 15' })).toBe('Electronics > Computers > Laptops');
    expect(pathOf({ title: 'LG 27GP850-B 27 Inch UltraGear' })).toBe('Electronics > Video > Computer Monitors');
    expect(pathOf({ title: 'Razer Blade 15' })).toBe('Electronics > Computers > Laptops');
    expect(pathOf({ title: 'MSI Katana 15' })).toBe('Electronics > Computers > Laptops');
  });
});
