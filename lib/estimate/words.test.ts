import { describe, expect, it } from 'vitest';
import { conditionOf } from './condition';
import {
  CAPACITY,
  CAPACITY_NEAR_MASS_RE,
  CONDITION_NEW,
  CONDITION_NEW_RE,
  CONDITION_REFURBISHED,
  CONDITION_REFURBISHED_RE,
  CONDITION_USED,
  CONDITION_USED_RE,
  CONTAINER_COUNT_RE,
  CONTAINER_NOUN,
  DRY_FORM,
  DRY_FORM_COMPOUND_END,
  DRY_FORM_RE,
  FLAVOUR_FORM,
  FLAVOUR_FORM_RE,
  HOLDS_BEFORE,
  PACK_COUNT,
  PACK_COUNT_RES,
  PREMIUM,
  PREMIUM_RE,
  SMART_WATCH,
  SMART_WATCH_RE,
  SOFT_TOY,
  SOFT_TOY_RE,
  WITHOUT_AFTER,
  WITHOUT_AFTER_RE,
  WITHOUT_BEFORE,
  WITHOUT_BEFORE_RE,
  WITH_PART_BEFORE,
  LIST_AND,
  LIST_AND_RE,
  WITH_PART_BEFORE_RE,
  type WordList,
} from './words';

function packCount(title: string): string | null {
  for (const re of PACK_COUNT_RES) {
    const m = re.exec(title);
    if (m) return m[1] ?? null;
  }
  return null;
}

/** Every language of a list has an example that its concept regex matches. */
function covers(list: WordList, re: RegExp, examples: Record<string, string>): void {
  for (const lang of Object.keys(list)) {
    const example = examples[lang];
    expect(example, `example for ${lang}`).toBeDefined();
    expect(re.test(example!), `${lang}: ${example}`).toBe(true);
  }
}

describe('estimator words (one place per language)', () => {
  it('foods sold dry, as a word of their own or at the end of a German compound', () => {
    covers({ ...DRY_FORM, ...DRY_FORM_COMPOUND_END }, DRY_FORM_RE, {
      en: 'Skimmed milk powder 400 g',
      fr: 'Lait en poudre 500 g',
      es: 'Leche en polvo 800 g',
      it: 'Latte in polvere 500 g',
      nl: 'Bouillon korrels 100 g',
      de: 'Vollmilchpulver 500 g',
    });
    expect(DRY_FORM_RE.test('Gemüsebrühe Würfel')).toBe(true);
    expect(DRY_FORM_RE.test('Whole milk 1 l')).toBe(false);
    expect(DRY_FORM_RE.test('Instantly refreshing lemonade')).toBe(false);
  });

  it('capacity words next to a mass, before or after it, in every language', () => {
    covers(CAPACITY, CAPACITY_NEAR_MASS_RE, {
      en: 'Washing machine, 8 kg drum',
      de: 'Waschmaschine Fassungsvermögen 7 kg',
      fr: 'Lave-linge capacité 9 kg',
      es: 'Lavadora capacidad 8 kg',
      it: 'Lavatrice capacità 9 kg',
      nl: 'Wasmachine vulgewicht 8 kg',
    });
    expect(CAPACITY_NEAR_MASS_RE.test('Dumbbell 8 kg')).toBe(false);
    expect(CAPACITY_NEAR_MASS_RE.test('Overloaded 8 kg')).toBe(false);
  });

  it('flavourings and stocks', () => {
    covers(FLAVOUR_FORM, FLAVOUR_FORM_RE, {
      en: 'Beef stock cubes',
      ja: 'Dashi granules',
      de: 'Hühnerbrühe Würzmischung',
      fr: 'Soupe de poisson',
      es: 'Caldo de pollo',
      it: 'Brodo di manzo',
    });
    expect(FLAVOUR_FORM_RE.test('Beef mince 500 g')).toBe(false);
    expect(FLAVOUR_FORM_RE.test('Stockpot')).toBe(false);
  });

  it('"without" words around a material, on normalised lower-case text', () => {
    covers(WITHOUT_AFTER, WITHOUT_AFTER_RE, { en: 'free bottle', de: 'frei flasche', fr: 'libre bouteille' });
    covers(WITHOUT_BEFORE, WITHOUT_BEFORE_RE, {
      en: 'bag without',
      fr: 'sac sans',
      es: 'bolsa sin',
      it: 'borsa senza',
      de: 'tasche ohne',
      la: 'sac non',
    });
    expect(WITHOUT_AFTER_RE.test('freedom bottle')).toBe(false);
    expect(WITHOUT_BEFORE_RE.test('casino')).toBe(false);
  });

  it('"with" words before a material that put it on a part, on normalised lower-case text', () => {
    covers(WITH_PART_BEFORE, WITH_PART_BEFORE_RE, {
      en: 'knife with',
      de: 'dose mit',
      fr: 'set avec etui en',
      es: 'estuche con',
      it: 'set con',
      nl: 'doos met',
    });
    expect(WITH_PART_BEFORE_RE.test('withstand')).toBe(false);
    expect(WITH_PART_BEFORE_RE.test('commit')).toBe(false);
  });

  it('list-joining words between two items, in every language', () => {
    covers(LIST_AND, LIST_AND_RE, {
      en: 'board, cards and pawns',
      de: 'brett, karten und figuren',
      fr: 'plateau, cartes et pions',
      es: 'tablero, cartas y fichas',
      it: 'tabellone, carte e pedine',
      nl: 'bord, kaarten en pionnen',
    });
    expect(LIST_AND_RE.test('brandy glasses')).toBe(false);
  });

  it('condition words', () => {
    covers(CONDITION_NEW, CONDITION_NEW_RE, {
      en: 'iPhone 12, new and sealed',
      de: 'Lego 10255 neu OVP',
      fr: 'Console neuf sous blister',
      es: 'Consola nuevo precintado',
      it: 'Console nuovo sigillato',
    });
    covers(CONDITION_REFURBISHED, CONDITION_REFURBISHED_RE, {
      en: 'iPhone 12 (Renewed)',
      de: 'iPhone 12 generalüberholt',
      fr: 'iPhone 12 reconditionne',
      it: 'iPhone 12 ricondizionato',
      es: 'iPhone 12 reacondicionado',
    });
    covers(CONDITION_USED, CONDITION_USED_RE, {
      en: 'Pre-owned Canon EOS 80D',
      de: 'Canon EOS 80D gebraucht',
      fr: "Canon EOS 80D d'occasion",
      es: 'Canon EOS 80D usada',
      it: 'Canon EOS 80D usata',
      nl: 'Canon EOS 80D tweedehands',
    });
    expect(CONDITION_USED_RE.test('Unused Canon EOS 80D')).toBe(false);
    // Words ending in an accented letter end at a space or the end of the title (`\b` never did).
    expect(CONDITION_REFURBISHED_RE.test('iPhone 12 reconditionné')).toBe(true);
    expect(CONDITION_REFURBISHED_RE.test('Smartphone reconditionnée, 128 Go')).toBe(true);
    expect(CONDITION_NEW_RE.test('Console neuf scellé')).toBe(true);
    expect(conditionOf(null, 'Apple iPhone 12 64 Go reconditionné').condition).toBe('refurbished');
    expect(CONDITION_NEW_RE.test('Newcastle mug')).toBe(false);
  });

  it('premium words', () => {
    covers(PREMIUM, PREMIUM_RE, {
      en: 'Hand-made oak bowl',
      de: 'Handgefertigte Schale Unikat',
      fr: 'Bol fait main',
      es: 'Cuenco hecho a mano',
      it: 'Ciotola fatto a mano',
    });
    expect(PREMIUM_RE.exec('Signed first edition, vintage')?.[0]).toBe('Signed');
    expect(PREMIUM_RE.test('Designated driver mug')).toBe(false);
  });

  it('smartwatches and fitness trackers', () => {
    covers(SMART_WATCH, SMART_WATCH_RE, {
      en: 'Smart watch for men, 1.4 inch',
      brands: 'Apple Watch Series 9 GPS 45mm',
      de: 'Fitnessarmband mit Pulsmesser',
      fr: 'Montre connectée femme',
      es: 'Reloj inteligente hombre',
      it: 'Orologio smart uomo',
      nl: 'Stappenteller met hartslagmeter',
    });
    expect(SMART_WATCH_RE.test('Casio F-91W digital watch')).toBe(false);
  });

  it('soft toys', () => {
    covers(SOFT_TOY, SOFT_TOY_RE, {
      en: 'Jellycat bunny soft toy',
      de: 'Steiff Teddybär',
      fr: 'Doudou lapin',
      es: 'Muñeco de peluche oso',
      it: 'Pupazzo unicorno',
      nl: 'Knuffelbeer 40 cm',
    });
    expect(SOFT_TOY_RE.test('Toy car with soft-close doors')).toBe(false);
  });

  it('counted containers in every language, unless the count is what the product holds (#8)', () => {
    covers(CONTAINER_NOUN, CONTAINER_COUNT_RE, {
      en: 'Coca-Cola 330 ml, 24 cans',
      de: 'Bier 0,5 l, 20 Flaschen',
      fr: 'Eau minérale 1,5 l, 6 bouteilles',
      es: 'Cerveza 33 cl, 24 latas',
      it: 'Acqua 1,5 l, 6 bottiglie',
      nl: 'Bier 33 cl, 24 blikjes',
      pl: 'Piwo 0,5 l, 4 puszki',
      ru: 'Пиво 0,5 л, 6 бутылок',
    });
    const holds: Record<string, string> = {
      en: 'Wine rack for 12 bottles',
      de: 'Weinregal für 12 Flaschen',
      fr: 'Casier pour 12 bouteilles',
      es: 'Botellero para 12 botellas',
      it: 'Portabottiglie per 12 bottiglie',
      nl: 'Wijnrek voor 12 flessen',
      pl: 'Stojak na 12 butelek',
      ru: 'Подставка на 12 бутылок',
    };
    for (const lang of Object.keys(HOLDS_BEFORE)) {
      expect(holds[lang], `example for ${lang}`).toBeDefined();
      expect(CONTAINER_COUNT_RE.test(holds[lang]!), holds[lang]).toBe(false);
    }
    expect(CONTAINER_COUNT_RE.test('Wine fridge, 18 bottles capacity')).toBe(false);
  });

  it('pack counts: the first pattern in order wins', () => {
    const examples: Record<string, string> = {
      en: 'Batteries, pack of 4',
      de: 'Teelichter 2er-Pack',
      fr: 'Chaussettes lot de 3',
      es: 'Calcetines paquete de 5',
      it: 'Calzini confezione da 6',
      nl: 'Theelichtjes 24 stuks',
      pl: 'Piwo zestaw 4 puszek',
      ru: 'Батарейки упаковка 6 шт',
    };
    for (const { lang } of PACK_COUNT)
      for (const l of lang.split(' ')) expect(packCount(examples[l]!), `${l}`).not.toBeNull();
    expect(packCount('Socks 3 Paar')).toBe('3');
    expect(packCount('Lot de 3, 2-pack')).toBe('2');
    expect(packCount('Teelichter 24 Stück')).toBe('24');
    expect(packCount('Backpack 30 l')).toBeNull();
  });
});
