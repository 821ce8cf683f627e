/**
 * Issue #15, categories in their own language: titles in Polish, Czech, Slovak, Croatian,
 * Slovenian and Bulgarian, written for these tests (none is taken from an evaluation set). Each
 * fails on the round-22 classifier, except the guards, which say so:
 *
 * 1. set and kit heads followed by the contents in the genitive plural ("Zestaw noży", "Sada
 *    šroubováků", "Súprava hrncov", "Set odvijača", "Komplet izvijačev", "Комплект тенджери");
 * 2. case endings the word lists do not hold (rules/slavic-inflection.ts);
 * 3. words read from another language's table or list on a page whose language is known
 *    (rules/foreign-table.ts, rules/page-language-words.ts);
 * 4. Slovak, Croatian, Slovenian and Bulgarian product nouns (scripts/classify/everyday-slavic.ts).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createClassifier, type ClassifierModel } from './index';
import { otherForms } from './rules/inflection';
import { isSlavicCaseForm } from './rules/slavic-inflection';
import { foreignTableScale } from './rules/foreign-table';
import { pageLanguageEntries } from './rules/page-language-words';
import { isSetWord } from './rules/set-of';
import { Taxonomy } from './taxonomy';
import { compileLexicon } from '../../scripts/classify/compile-lexicon';

const model = JSON.parse(readFileSync('public/factors/classifier.json', 'utf8')) as ClassifierModel;
const classifier = createClassifier(model);
const pathOf = (title: string, lang: string | null = null) => classifier.classify({ title, lang })?.path ?? '';

const KNIVES = 'Home & Garden > Kitchen & Dining > Kitchen Tools & Utensils > Kitchen Knives';
const COOKWARE = 'Home & Garden > Kitchen & Dining > Cookware & Bakeware > Cookware';
const SKILLETS = `${COOKWARE} > Skillets & Frying Pans`;
const PLATES = 'Home & Garden > Kitchen & Dining > Tableware > Dinnerware > Plates';
const SCREWDRIVERS = 'Hardware > Tools > Screwdrivers';
const SAWS = 'Hardware > Tools > Saws';
const BEDDING = 'Home & Garden > Linens & Bedding > Bedding';
const PILLOWS = `${BEDDING} > Pillows`;
const PANTS = 'Apparel & Accessories > Clothing > Pants';
const TOPS = 'Apparel & Accessories > Clothing > Shirts & Tops';
const SHOES = 'Apparel & Accessories > Shoes';
const JACKETS = 'Apparel & Accessories > Clothing > Outerwear > Coats & Jackets';
const HOSES = 'Home & Garden > Lawn & Garden > Watering & Irrigation > Garden Hoses';
const DOG_FOOD = 'Animals & Pet Supplies > Pet Supplies > Dog Supplies > Dog Food';
const OFFICE_CHAIRS = 'Furniture > Office Furniture > Office Chairs';
const BACKPACKS = 'Luggage & Bags > Backpacks';
const FAUCETS = 'Hardware > Plumbing > Plumbing Fixtures > Faucets';
const WALLETS = 'Apparel & Accessories > Handbags, Wallets & Cases > Wallets & Money Clips';
const HANDBAGS = 'Apparel & Accessories > Handbags, Wallets & Cases > Handbags';
const STUFFED = 'Toys & Games > Toys > Dolls, Playsets & Toy Figures > Stuffed Animals';
const NUTS = 'Food, Beverages & Tobacco > Food Items > Nuts & Seeds';

describe('a set word, then what the set holds in the genitive plural', () => {
  it.each([
    ['pl', 'Zestaw noży kuchennych ze stali nierdzewnej 6 szt.', KNIVES],
    ['pl', 'Zestaw wkrętaków precyzyjnych 32 el.', SCREWDRIVERS],
    ['cs', 'Sada šroubováků 12 ks', SCREWDRIVERS],
    ['cs', 'Sada nožů v bloku', KNIVES],
    ['cs', 'Sada talířů porcelán 18 ks', PLATES],
    ['sk', 'Sada skrutkovačov 10 ks', SCREWDRIVERS],
    ['hr', 'Set odvijača 6 kom', SCREWDRIVERS],
    ['sl', 'Komplet izvijačev 10 kos', SCREWDRIVERS],
    ['bg', 'Комплект ножове за кухня', KNIVES],
    ['pl', 'Zestaw klocków konstrukcyjnych 500 el.', 'Toys & Games > Toys > Building Toys'],
    ['pl', 'Komplet pościeli bawełnianej 160x200', BEDDING],
    ['sl', 'Komplet brisač 3 kosi', 'Home & Garden > Linens & Bedding > Towels'],
  ])('[%s] "%s"', (lang, title, path) => {
    expect(pathOf(title, lang)).toBe(path);
  });

  it.each([
    ['pl', 'Komplet garnków indukcyjnych 10 elementów'],
    ['cs', 'Sada hrnců s poklicí 8 dílů'],
    ['sk', 'Súprava hrncov s pokrievkami 6 ks'],
    ['sl', 'Komplet loncev iz nerjavečega jekla'],
    ['bg', 'Комплект тенджери от неръждаема стомана'],
  ])('[%s] "%s" is cookware', (lang, title) => {
    expect(pathOf(title, lang).startsWith(COOKWARE)).toBe(true);
  });

  it('the set words of Slovak, Croatian, Slovenian and Bulgarian', () => {
    for (const w of ['suprava', 'komplet', 'set', 'комплект']) expect(isSetWord(w), w).toBe(true);
  });
});

describe('case endings of the Slavic languages (rules/slavic-inflection.ts)', () => {
  it('genitive plurals come back to a listed form', () => {
    expect(otherForms('garnkow', 'pl')[0]).toBe('garnek');
    expect(otherForms('klockow', 'pl')).toContain('klocki');
    expect(otherForms('brisac', 'sl')).toContain('brisaca');
    expect(otherForms('nozy', 'pl')).toContain('noz');
    expect(otherForms('pedzli', 'pl')[0]).toBe('pedzle');
    expect(otherForms('sroubovaku', 'cs')).toContain('sroubovak');
    expect(otherForms('hrncu', 'cs')).toContain('hrnec');
    expect(otherForms('pastelek', 'cs')).toContain('pastelka');
    expect(otherForms('hrncov', 'sk')[0]).toBe('hrnce');
    expect(otherForms('topanok', 'sk')).toContain('topanky');
    expect(otherForms('lonaca', 'hr')[0]).toBe('lonac');
    expect(otherForms('nozeva', 'sr')).toContain('noz');
    expect(otherForms('loncev', 'sl')[0]).toBe('lonec');
    expect(otherForms('izvijacev', 'sl')).toContain('izvijac');
  });
  it('Bulgarian plurals and the definite article, before the Russian endings', () => {
    expect(otherForms('ножове', 'bg')[0]).toBe('нож');
    expect(otherForms('тенджерата', 'bg')[0]).toBe('тенджера');
    expect(otherForms('обувките', 'bg')[0]).toBe('обувки');
    // Not on a Russian page: "-ове" is no Russian ending.
    expect(otherForms('ножове', 'ru')).not.toContain('нож');
  });
  it('a curated word plus one case vowel after a set word or a preposition, only in a title of the language', () => {
    expect(isSlavicCaseForm('taliru', 'talir', 'cs', 'sada')).toBe(true);
    expect(isSlavicCaseForm('odvijaca', 'odvijac', 'hr', 'set')).toBe(true);
    expect(isSlavicCaseForm('poscieli', 'posciel', 'pl', 'komplet')).toBe(true);
    expect(isSlavicCaseForm('odvijaci', 'odvijac', 'hr')).toBe(true);
    expect(isSlavicCaseForm('panela', 'panel', 'pt')).toBe(false);
    expect(isSlavicCaseForm('odvijaco', 'odvijac', 'hr', 'set')).toBe(false);
    // Guard: a brand or another language's word spelled like a case form, with no set word or preposition before it.
    expect(isSlavicCaseForm('motorola', 'motorol', 'pl')).toBe(false);
    expect(isSlavicCaseForm('bisikleti', 'bisiklet', 'pl')).toBe(false);
  });
});

describe('words read from another language on a page whose language is known', () => {
  it.each([
    ['pl', 'Nóż kuchenny szefa kuchni 20 cm', KNIVES],
    ['sk', 'Kuchynský nôž z nehrdzavejúcej ocele', KNIVES],
    ['hr', 'Kuhinjski nož 20 cm', KNIVES],
    ['sl', 'Nož za kruh 20 cm', KNIVES],
    ['pl', 'Piła ręczna do drewna 500 mm', SAWS],
    ['cs', 'Pila ocaska 400 mm', SAWS],
  ])('[%s] "%s"', (lang, title, path) => {
    expect(pathOf(title, lang)).toBe(path);
  });

  it('guard: the curated reading stands on the pages of its own language and of unknown ones', () => {
    expect(pathOf('Noz pecan 500 g', 'pt')).toBe(NUTS);
    expect(pathOf('Nozes 200 g', 'pt')).toBe(NUTS);
    expect(pageLanguageEntries('noz', 'pt', [{ id: 1, w: 1 }])).toEqual([{ id: 1, w: 1 }]);
    expect(pageLanguageEntries('nozy', 'pl', [{ id: 1, w: 1 }])).toEqual([{ id: 665, w: 1 }]);
  });

  it('another language table counts for much less where the page has its own, not English or a related one', () => {
    expect(foreignTableScale('pt', 'pl', true)).toBeLessThan(foreignTableScale('pt', 'hr', false));
    expect(foreignTableScale('en', 'pl', true)).toBe(foreignTableScale('pt', 'hr', false));
    expect(foreignTableScale('cs', 'sk', false)).toBe(foreignTableScale('en', 'sk', false));
    expect(foreignTableScale('ru', 'bg', false)).toBe(foreignTableScale('en', 'bg', false));
    expect(foreignTableScale('fr', 'en', true)).toBe(foreignTableScale('en', 'pl', true));
    expect(foreignTableScale('pl', 'pl', true)).toBe(1);
    expect(foreignTableScale('pt', null, false)).toBe(1);
  });
});

describe('"for" in Slovak, Slovenian and Bulgarian titles (cues.ts): what follows is what the product serves', () => {
  const CHARGERS = 'Electronics > Electronics Accessories > Power > Power Adapters & Chargers';
  it.each([
    ['sk', 'Nabíjačka pre mobilný telefón 20W'],
    ['sl', 'Polnilec za mobilni telefon 20W'],
    ['bg', 'Зарядно за мобилен телефон 20W'],
  ])('[%s] "%s"', (lang, title) => {
    expect(pathOf(title, lang)).toBe(CHARGERS);
  });
});

describe('everyday product nouns of Slovak, Croatian, Slovenian and Bulgarian', () => {
  it.each([
    ['sk', 'Pánske nohavice slim fit', PANTS],
    ['sk', 'Detské topánky zimné', SHOES],
    ['sk', 'Záhradná hadica 25 m', HOSES],
    ['sk', 'Krmivo pre psov 15 kg', DOG_FOOD],
    ['sk', 'Vankúš z pamäťovej peny', PILLOWS],
    ['sk', 'Kancelárska stolička s opierkou', OFFICE_CHAIRS],
    ['sk', 'Hračka plyšový medveď', STUFFED],
    ['hr', 'Muške hlače slim fit', PANTS],
    ['sk', 'Pánska košeľa s dlhým rukávom', TOPS],
    ['hr', 'Ženske traperice visokog struka', PANTS],
    ['hr', 'Vrtno crijevo 20 m', HOSES],
    ['hr', 'Hrana za pse 15 kg', DOG_FOOD],
    ['hr', 'Posteljina pamučna 140x200', BEDDING],
    ['hr', 'Jastuk od memorijske pjene', PILLOWS],
    ['hr', 'Slavina za kuhinju', FAUCETS],
    ['hr', 'Kožni novčanik muški', WALLETS],
    ['sl', 'Moške hlače slim fit', PANTS],
    ['sl', 'Otroški čevlji zimski', SHOES],
    ['sl', 'Vrtna cev 20 m', HOSES],
    ['sl', 'Posteljnina iz bombaža 140x200', BEDDING],
    ['sl', 'Vzglavnik iz spominske pene', PILLOWS],
    ['sl', 'Pisarniški stol ergonomski', OFFICE_CHAIRS],
    ['sl', 'Šolski nahrbtnik za otroke', BACKPACKS],
    ['sl', 'Ponev z neoprijemljivo prevleko 28 cm', SKILLETS],
    ['bg', 'Мъжки панталон слим', PANTS],
    ['bg', 'Дамска тениска с къс ръкав', TOPS],
    ['bg', 'Детски обувки зимни', SHOES],
    ['bg', 'Мъжко яке зимно', JACKETS],
    ['bg', 'Градински маркуч 20 м', HOSES],
    ['bg', 'Храна за кучета 15 кг', DOG_FOOD],
    ['bg', 'Спално бельо памук 140x200', BEDDING],
    ['bg', 'Възглавница мемори пяна', PILLOWS],
    ['bg', 'Ученическа раница', BACKPACKS],
    ['bg', 'Тиган с незалепващо покритие 28 см', SKILLETS],
    ['bg', 'Дамска чанта от естествена кожа', HANDBAGS],
  ])('[%s] "%s"', (lang, title, path) => {
    expect(pathOf(title, lang)).toBe(path);
  });
});

describe('curated phrases whose head word reads alike (scripts/classify/compile-lexicon.ts)', () => {
  const taxonomy = new Taxonomy([
    [1, 0, 'Apparel'],
    [2, 1, 'Hoodies'],
    [3, 0, 'Electronics'],
    [4, 3, 'Televisions'],
  ]);
  const compiled = compileLexicon(
    {
      synonyms: [
        ['bluza', 2, 1],
        ['bluza z kapturem', 2, 1],
        ['bluza polar', 2, 1],
        ['polar', 1, 1],
        ['tv', 4, 1],
        ['smart tv', 4, 1],
      ],
      compoundHeads: [],
      derivedStop: [],
      brandWords: [],
      localized: { langs: [], phrases: [] },
    },
    taxonomy,
  );
  // Each table's text is its key lines "key|key|...", the references shipped apart (lexiconRefs).
  const keys = compiled.lexicon.flatMap(([, , lines]) => lines.split(/[|;]/));
  it('drops a head-first phrase whose other words no table reads, and keeps the others', () => {
    expect(keys).not.toContain('bluza z kapturem');
    // "polar" is read on its own, so the phrase says which reading wins.
    expect(keys).toContain('bluza polar');
    // The head comes last: a word before it is read as a modifier or a brand.
    expect(keys).toContain('smart tv');
  });
});
