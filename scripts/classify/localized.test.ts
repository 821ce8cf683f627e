import { describe, expect, it } from 'vitest';
import { Taxonomy } from '../../lib/classify/taxonomy';
import { foldToken } from '../../lib/classify/text';
import { readTaxonomy } from './build-model';
import { forPetPhrases, headWords, headWordSays, localPhrases, resolveReadings } from './localized';
import { readOverrides, readShopify, shopifyToGoogle } from './shopify-crosswalk';

const { rows } = readTaxonomy();
const taxonomy = new Taxonomy(rows);

describe('Shopify -> Google crosswalk', () => {
  const shopify = readShopify();
  const cw = shopifyToGoogle(shopify, rows);

  it('maps every Shopify category, most by the same path or name', () => {
    expect(cw.size).toBe(shopify.length);
    const direct = [...cw.values()].filter((v) => v.how === 'path' || v.how === 'name').length;
    expect(direct / shopify.length).toBeGreaterThan(0.5);
  });

  it('maps known categories to the right Google node', () => {
    expect(cw.get('aa-1-13')?.google).toBe(212); // Clothing Tops -> Shirts & Tops (override)
    expect(taxonomy.pathOf(cw.get('aa-1-1-1-1')!.google)).toBe('Apparel & Accessories > Clothing > Activewear'); // Joggers
    expect(cw.get('gc')?.google).toBe(0); // gift cards: no physical node
    expect(cw.get('se-1')?.google).toBe(0); // services stay without one
  });

  it('has overrides that point at existing nodes', () => {
    for (const [id, google] of readOverrides()) if (google) expect(taxonomy.has(google), id).toBe(true);
  });
});

describe('translated phrases', () => {
  it('split names at separators and the language\'s "and"', () => {
    expect(localPhrases('Hosen und Shorts', 'de').length).toBe(2);
    expect(localPhrases('Pantalons et shorts', 'fr').length).toBe(2);
    expect(localPhrases('パンツ・ズボン', 'ja')).toEqual(['パンツ', 'ズボン']);
  });

  it('drop the first half of a compound cut short before "and" ("Røg- og kuliltealarmer")', () => {
    expect(localPhrases('Røg- og kuliltealarmer', 'da')).not.toContain('rog');
    expect(localPhrases('Rauch- und Gasmelder', 'de')).toEqual(['gasmelder']);
  });

  it('give a shared phrase the common ancestor when it is specific enough', () => {
    expect(resolveReadings([204, 5514], taxonomy)).toEqual([1604]); // Pants, Rain Pants -> Clothing
    expect(resolveReadings([204, 328], taxonomy)).toEqual([204, 328]); // two branches: both readings
  });

  it('give a generic head noun its department when that is the one shallowest reading with kinds below', () => {
    // "Ferramentas": Tools, Measuring Tools, Kitchen Tools, Camping Tools, Tool Belts -> Tools.
    expect(resolveReadings([1167, 1305, 668, 3937, 2485], taxonomy)).toEqual([1167]);
    // "Máquinas": no reading above the others -> none.
    expect(resolveReadings([499978, 533, 668, 3937], taxonomy)).toEqual([]);
  });
});

describe('forPetPhrases', () => {
  it('takes the for-cue and the animal after it, not an article', () => {
    expect(forPetPhrases('Товары для собак', 'ru')).toEqual(['для собак']);
    expect(forPetPhrases('Suprimentos para cães', 'pt')).toEqual(['para cae']);
    expect(forPetPhrases('Zubehör für die Katze', 'de')).toEqual([]);
    expect(forPetPhrases('Hundebedarf', 'de')).toEqual([]);
  });
});

describe('headWordSays', () => {
  const resolved = new Map([
    ['kurtk', [5598]],
    ['chaussur', [187]],
  ]);
  it('drops a two-word phrase whose head word reads the same, by the language head position', () => {
    expect(headWordSays('zimow kurtk', [5598], resolved, ['pl'])).toBe(true);
    expect(headWordSays('chaussur homm', [187], resolved, ['fr'])).toBe(true);
    // The head of a French phrase is its first word; a different reading keeps the phrase.
    expect(headWordSays('homm chaussur', [187], resolved, ['fr'])).toBe(false);
    expect(headWordSays('zimow kurtk', [1604], resolved, ['pl'])).toBe(false);
  });
});

describe('headWords', () => {
  it('takes the head noun of a long name: before its preposition, past adjectives in front', () => {
    expect(headWords('Сумки для подгузников', 'ru')).toEqual(['сумк']);
    expect(headWords('Сетевые медиаплееры', 'ru')).toEqual(['медиаплеер']);
    expect(headWords('Очистители воздуха', 'ru')).toEqual(['очистител']);
    expect(headWords('Abbigliamento da caccia', 'it')).toEqual(['abbigliament']);
    expect(headWords('Opony samochodowe', 'pl')).toEqual(['opon']);
    expect(headWords('Laboratoryjne płyty grzewcze', 'pl')).toEqual(['plyt']);
    expect(headWords('Akvarijní osvětlení', 'cs')).toEqual(['osvetlen']);
  });

  it('hands back the words next to the head, which buildLocalized keeps from being heads', () => {
    const modifiers: string[] = [];
    expect(headWords('Plainas manuais', 'pt', modifiers)).toEqual([foldToken('plainas')]);
    expect(modifiers).toEqual([foldToken('manuais')]);
  });

  it('gives none for a one-word name, a name opening with a preposition or of adjectives only', () => {
    expect(headWords('Kurtki', 'pl')).toEqual([]);
    expect(headWords('Para gatos pequeños', 'es')).toEqual([]);
    expect(headWords('Кошачьи', 'ru')).toEqual([]);
    expect(headWords('Детские спортивные', 'ru')).toEqual([]);
    expect(headWords('Hundebetten', 'de')).toEqual([]);
  });
});

describe('localPhrases', () => {
  it('leaves out a bare word that continues a qualifier after "and"', () => {
    // Popcorn scoops and tablet bags: the bare word is what the product is for, not the product.
    expect(localPhrases('Pás para batatas fritas e pipocas', 'pt')).not.toContain(foldToken('pipocas'));
    expect(localPhrases('Сумки для ноутбуков и планшетов', 'ru')).not.toContain(foldToken('планшетов'));
    // Without a qualifier before it, it is a name of its own.
    expect(localPhrases('Pipocas', 'pt')).toContain(foldToken('pipocas'));
    expect(localPhrases('Batatas fritas e pipocas', 'pt')).toContain(foldToken('pipocas'));
  });
});
