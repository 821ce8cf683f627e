/**
 * Failure classes of issue #15's fourteenth round, with titles written for these tests (none is
 * taken from an evaluation set): each fails on the round-13 classifier and passes with its rule.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createClassifier, type ClassifierModel } from './index';
import { foodAliasWords } from '../../scripts/classify/food-names';

const model = JSON.parse(readFileSync('public/factors/classifier.json', 'utf8')) as ClassifierModel;
const classifier = createClassifier(model);
const pathOf = (title: string, lang: string | null, category?: string[], brand?: string) =>
  classifier.classify({ title, lang, category, brand })?.path ?? '';

const FOOD_ITEMS = 'Food, Beverages & Tobacco > Food Items';
const MEAT_SEAFOOD_EGGS = `${FOOD_ITEMS} > Meat, Seafood & Eggs`;

describe("the estimator's food words name foods in the classifier too", () => {
  it('its single-word aliases outside English, German and Dutch reach their CIQUAL subgroup node', () => {
    const words = foodAliasWords();
    // "tonno" (Tuna) is a fish: Meat, Seafood & Eggs (432); "besciamella" a sauce (427).
    expect(words).toContainEqual(['it', 'tonno', 432]);
    expect(words).toContainEqual(['it', 'besciamella', 427]);
    expect(words).toContainEqual(['es', 'lentejas', 430]);
    // Phrases, English words and German or Dutch compounds are left to the classifier's own words.
    expect(words.some(([, alias]) => alias.includes(' '))).toBe(false);
    expect(words.some(([lang]) => lang === 'en' || lang === 'de' || lang === 'nl')).toBe(false);
  });

  it('Italian and Spanish food titles in neither taxonomy get their food node', () => {
    // Round 13: no category for each (tonno, limonata, besciamella, atún, lentejas).
    // Round 17: the Italian pantry words file tuna and béchamel deeper (Canned Seafood, White & Cream Sauces).
    expect(pathOf('Tonno al naturale Rio Mare 3 x 80 g', 'it')).toMatch(new RegExp(`^${MEAT_SEAFOOD_EGGS}`));
    expect(pathOf('Limonata Sanpellegrino 33 cl', 'it')).toMatch(/^Food, Beverages & Tobacco > Beverages/);
    expect(pathOf('Besciamella pronta 500 ml', 'it')).toMatch(new RegExp(`^${FOOD_ITEMS} > Condiments & Sauces`));
    expect(pathOf('Atún claro en aceite de girasol', 'es')).toMatch(/^Food, Beverages & Tobacco > Food Items/);
    expect(pathOf('Lentejas pardinas 1 kg', 'es')).toMatch(new RegExp(`^${FOOD_ITEMS} > Fruits & Vegetables`));
  });

  it('Portuguese and Polish staple foods, which the alias table lacks, are read from the everyday words', () => {
    // Round 13: no category for the fish; eggs and butter only at their group.
    expect(pathOf('Atum em pedaços ao natural', 'pt')).toBe(`${MEAT_SEAFOOD_EGGS} > Seafood`);
    expect(pathOf('Tuńczyk kawałki w sosie własnym', 'pl')).toBe(`${MEAT_SEAFOOD_EGGS} > Seafood`);
    expect(pathOf('Ovos caipiras 20 unidades', 'pt')).toBe(`${MEAT_SEAFOOD_EGGS} > Eggs`);
    expect(pathOf('Masło extra 82%', 'pl')).toBe(`${FOOD_ITEMS} > Dairy Products > Butter & Margarine`);
  });

  it('German compounds keep their finer head reading', () => {
    // Round 19: drinking milk is Google's "Beverages > Milk" (a curated word since).
    expect(pathOf('Vollmilch 3,5% 1 l', 'de')).toBe('Food, Beverages & Tobacco > Beverages > Milk');
    expect(pathOf('Knäckebrot Roggen', 'de')).toBe(`${FOOD_ITEMS} > Bakery`);
  });
});

const VIDEO = 'Electronics > Video';
const SET_TOP = `${VIDEO} > Satellite & Cable TV`;
const TVS = `${VIDEO} > Televisions`;

describe('set-top boxes are no televisions: the screen tells them apart', () => {
  it('a receiver named by its broadcast standard, with no diagonal, is a TV receiver', () => {
    // Round 13: Televisions (the Bayes vote read "dvb", "hd" as a TV's words), or nothing.
    expect(pathOf('Telefunken DVB-T2 HD Receiver', 'de')).toBe(SET_TOP);
    expect(pathOf('Zapper DVB-T2 Full HD', 'de')).toBe(SET_TOP);
    expect(pathOf('Humax HD FOX+ DVB-T2 HD receiver', 'en')).toBe(SET_TOP);
  });

  it('a title with a diagonal is a television whatever tuner it names', () => {
    expect(pathOf('TCL 43P635 43 Zoll 4K UHD DVB-T2/C/S2', 'de')).toBe(TVS);
    expect(pathOf('LG 43LJ515V 109.2 cm 43 Full HD LED DVB-C', 'en')).toBe(TVS);
    expect(pathOf('Samsung GU55AU7179 55 Zoll Crystal UHD 4K Fernseher DVB-T2', 'de')).toBe(TVS);
  });

  it('hasScreen reads inch and centimetre diagonals of a television, not a box size', async () => {
    const { hasScreen } = await import('./rules/set-top');
    expect(hasScreen('LG 43LJ515V 109.2 cm 43')).toBe(true);
    expect(hasScreen('55 Zoll Fernseher')).toBe(true);
    expect(hasScreen('DVB-T2 Receiver 17 cm breit')).toBe(false);
    expect(hasScreen('DVB-T2 HD Receiver')).toBe(false);
  });
});

describe('a recorder is a device when the title says what it records, the woodwind when it names a voice', () => {
  it('audio, video and voice recorders', () => {
    // Round 13: the woodwind, Media (a Blu-ray disc), or nothing.
    expect(pathOf('Sony ICD-PX370 Mono Digital Recorder 4GB', 'en')).toBe(
      'Electronics > Audio > Audio Players & Recorders',
    );
    expect(pathOf('Panasonic DMR-BCT765 Blu-ray Recorder with Twin HD Tuner', 'en')).toBe(
      `${VIDEO} > Video Players & Recorders`,
    );
    expect(pathOf('Festplattenrecorder Technisat', 'de')).toBe(`${VIDEO} > Video Players & Recorders`);
    expect(pathOf('Enregistreur numérique Zoom H1n', 'fr')).toBe('Electronics > Audio > Audio Players & Recorders');
    expect(pathOf('Zoom H4n Pro Handy Recorder', 'en')).toBe('Electronics > Audio > Audio Players & Recorders');
  });

  it('the instrument keeps its node', () => {
    const woodwind = 'Arts & Entertainment > Hobbies & Creative Arts > Musical Instruments > Woodwinds > Recorders';
    expect(pathOf('Yamaha YRS-24B Soprano Recorder', 'en')).toBe(woodwind);
    expect(pathOf('Hohner Sopranflöte Blockflöte', 'de')).toBe(woodwind);
  });
});

describe("devices among the estimator's unknowns: netbooks, projectors, payment terminals", () => {
  it('a netbook is a laptop, not a book', () => {
    // Round 13: Media > Books ("net|book" read by its compound head) or only Computers.
    expect(pathOf('Netbook Asus Eee PC 1015', 'de')).toBe('Electronics > Computers > Laptops');
    expect(pathOf('Asus Eee PC 1015PX netbook', 'en')).toBe('Electronics > Computers > Laptops');
  });

  it('projectors by their everyday names; the French floodlight keeps its node', () => {
    // Round 13: nothing, or Televisions.
    expect(pathOf('BenQ W1800 4K Beamer', 'de')).toBe(`${VIDEO} > Projectors`);
    expect(pathOf('Vidéoprojecteur Epson EH-TW750', 'fr')).toBe(`${VIDEO} > Projectors`);
    expect(pathOf('Videoproiettore portatile Full HD', 'it')).toBe(`${VIDEO} > Projectors`);
    expect(pathOf('Projecteur LED extérieur 50W', 'fr')).toBe('Home & Garden > Lighting > Flood & Spot Lights');
  });

  it('card payment terminals in six languages', () => {
    const terminals =
      'Business & Industrial > Retail > Money Handling > Cash Register & POS Terminal Accessories > Credit Card Terminals';
    // Round 13: nothing for each.
    expect(pathOf('Ingenico Move 5000 payment terminal', 'en')).toBe(terminals);
    expect(pathOf('Verifone V200c EC-Terminal', 'de')).toBe(terminals);
    expect(pathOf('Terminal de paiement SumUp Air', 'fr')).toBe(terminals);
    expect(pathOf('Terminal de pago SumUp', 'es')).toBe(terminals);
    expect(pathOf('Maquininha de cartão SumUp', 'pt')).toBe(terminals);
    expect(pathOf('Terminal płatniczy SumUp', 'pl')).toBe(terminals);
  });
});

describe("the page's department picks between a word's readings in different departments", () => {
  it('"carrinho" is a pushchair under a baby crumb and a toy car under a toy crumb', () => {
    // Round 13: a toy race car accessory, and only Baby & Toddler for the pushchair.
    expect(pathOf('Capa de Chuva para Carrinho', 'pt', ['Bebês'])).toBe(
      'Baby & Toddler > Baby Transport Accessories > Baby Stroller Accessories',
    );
    expect(pathOf('Carrinho de Passeio Burigotto', 'pt', ['Bebês'])).toBe(
      'Baby & Toddler > Baby Transport > Baby Strollers',
    );
    // Round 17: a remote-controlled one is the remote-controlled kind (rules/toy-of.ts remoteControlRule).
    expect(pathOf('Carrinho de controle remoto 4x4', 'pt', ['Brinquedos e Hobbies'])).toBe(
      'Toys & Games > Toys > Remote Control Toys > Remote Control Cars & Trucks',
    );
  });
});

describe('a word for toys next to a thing names the toy version of the thing', () => {
  it('the thing takes its toy node, found by name under Toys', async () => {
    const { toyCounterpart } = await import('./rules/toy-of');
    const { Taxonomy } = await import('./taxonomy');
    const taxonomy = Taxonomy.fromPacked(model.nodes);
    // Home & Garden > Kitchen & Dining -> Toy Kitchens & Play Food; Hardware > Tools -> Toy Tools.
    expect(toyCounterpart(taxonomy, 638)).toBe(3298);
    expect(taxonomy.nameOf(toyCounterpart(taxonomy, 1167) ?? 0)).toBe('Toy Tools');
    // No toy node for storage: it keeps its reading.
    expect(toyCounterpart(taxonomy, 636)).toBeNull();
  });

  it('toy kitchens, tools and trucks in three languages', () => {
    // Round 13: nothing, Kitchen & Dining, or Hardware > Tools.
    expect(pathOf('Cozinha de brinquedo infantil com acessórios', 'pt')).toBe(
      'Toys & Games > Toys > Pretend Play > Toy Kitchens & Play Food',
    );
    expect(pathOf('Ferramentas de brinquedo kit infantil', 'pt')).toBe(
      'Toys & Games > Toys > Pretend Play > Toy Tools',
    );
    expect(pathOf('Spielzeug Werkzeugkoffer', 'de')).toBe('Toys & Games > Toys > Pretend Play > Toy Tools');
    expect(pathOf('Caminhão de brinquedo', 'pt')).toBe('Toys & Games > Toys > Play Vehicles');
  });

  it('a puzzle or a pet toy is not the toy version of what it shows', () => {
    expect(pathOf('Puzzle 1000 Teile Motiv Küche', 'de')).toBe('Toys & Games > Puzzles > Jigsaw Puzzles');
    expect(pathOf('Dog toy rope ball', 'en')).toBe('Animals & Pet Supplies > Pet Supplies > Dog Supplies > Dog Toys');
  });
});

describe("a brand word that is a noun of the title's language, followed by a model code only, is the maker", () => {
  it("Miele's washers, dryers and dishwashers by their codes on an Italian page", () => {
    // Round 13: honey for each (the Italian noun "miele", with nothing else read).
    expect(pathOf('Miele WWD 120', 'it')).toBe(
      'Home & Garden > Household Appliances > Laundry Appliances > Washing Machines',
    );
    expect(pathOf('Miele TWD 360 WP', 'it')).toBe('Home & Garden > Household Appliances > Laundry Appliances > Dryers');
    expect(pathOf('Miele G 7100 SC', 'it')).toBe('Home & Garden > Kitchen & Dining > Kitchen Appliances > Dishwashers');
  });

  it('honey with a word or a weight after it stays honey', () => {
    const honey = 'Food, Beverages & Tobacco > Food Items > Condiments & Sauces > Honey';
    expect(pathOf('Miele di acacia 500 g', 'it')).toBe(honey);
    expect(pathOf('Miele 500 g', 'it')).toBe(honey);
    expect(pathOf('Miele 500g', 'it')).toBe(honey);
  });

  it('a code of no known family gives no category rather than honey', async () => {
    const { modelCodeNode } = await import('./model-codes');
    expect(modelCodeNode('Miele KFN 29233 D', null)).toBeNull();
    expect(pathOf('Miele KFN 29233 D', 'it')).not.toMatch(/Honey/);
  });
});

describe("an English title's unread plural last word is its head: the word before it only says which", () => {
  it("a maker's line of shoes is not a tree", () => {
    // Round 13: Home & Garden > Plants > Trees.
    expect(pathOf('Allbirds Tree Breezers', 'en')).not.toMatch(/Trees/);
    expect(pathOf('Allbirds Tree Runners', 'en')).not.toMatch(/Trees/);
  });

  it('read heads, measures and other read words keep the reading', () => {
    expect(pathOf('Dog Treats Greenies', 'en')).toBe(
      'Animals & Pet Supplies > Pet Supplies > Dog Supplies > Dog Treats',
    );
    expect(pathOf('Cotton Socks 6 Pairs', 'en')).toBe('Apparel & Accessories > Clothing > Underwear & Socks > Socks');
    expect(pathOf('Olive Tree Seedlings', 'en')).toBe('Home & Garden > Plants > Trees');
  });

  it('only in English titles', async () => {
    const { withoutModifierOfUnknownLast } = await import('./rules/unknown-last');
    const hit = { start: 1, end: 2, curated: false };
    expect(withoutModifierOfUnknownLast(['allbirds', 'tree', 'breezers'], [hit], 'en')).toEqual([]);
    expect(withoutModifierOfUnknownLast(['allbirds', 'tree', 'breezers'], [hit], 'de')).toEqual([hit]);
    expect(
      withoutModifierOfUnknownLast(['allbirds', 'tree', 'breezers'], [{ ...hit, curated: true }], 'en'),
    ).toHaveLength(1);
  });
});

describe('a personal-care purpose after a head read only from translated names says which sense is sold', () => {
  it('lip balm is cosmetics, wood lacquer is not', () => {
    // Round 13: only Personal Care for the balm ("balsam" is a hair conditioner or a balm there).
    expect(pathOf('Balsam do ust', 'pl')).toBe('Health & Beauty > Personal Care > Cosmetics');
    expect(pathOf('Lakier do paznokci czerwony', 'pl')).toMatch(/^Health & Beauty > Personal Care > Cosmetics/);
    expect(pathOf('Lakier do drewna bezbarwny', 'pl')).not.toMatch(/^Health & Beauty/);
  });

  it('a curated head keeps the lead', () => {
    expect(pathOf('Ręcznik do twarzy', 'pl')).toBe('Home & Garden > Linens & Bedding > Towels');
  });
});

describe('cosmetics that the taxonomies name only in the plural or by category', () => {
  it('sunscreen, nail polish, foundation, micellar water and cleansers in Portuguese, Italian, Polish and French', () => {
    // Round 13: Cameras & Optics, Mobile Phones, Beverages > Water, Laundry Detergent, or nothing.
    const cosmetics = /^Health & Beauty > Personal Care > Cosmetics/;
    expect(pathOf('Protetor solar FPS 50 200ml', 'pt')).toMatch(cosmetics);
    expect(pathOf('Base líquida matte Ruby Rose', 'pt')).toMatch(cosmetics);
    expect(pathOf('Acqua micellare 400 ml', 'it')).toMatch(cosmetics);
    expect(pathOf('Latte detergente viso', 'it')).toMatch(cosmetics);
    expect(pathOf('Eau micellaire 400 ml', 'fr')).toMatch(cosmetics);
    expect(pathOf('Żel do mycia twarzy 150 ml', 'pl')).toMatch(cosmetics);
  });

  it('enamel paint is no nail polish', () => {
    expect(pathOf('Esmalte Sintético Branco 900ml', 'pt')).not.toMatch(/Nail/);
  });
});
