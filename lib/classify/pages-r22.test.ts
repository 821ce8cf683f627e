/**
 * Round 22's page classes (issue #15: a product page, and no category or a wrong one), with inputs
 * written for these tests (none is taken from an evaluation page): a shop's wide first crumb read
 * in another department than the deeper shelf it leads to (rules/crumb-shelf-elsewhere.ts), and
 * product words missing for the page's language (a spirit and the shop's spirits crumb in Spanish,
 * stage lights and plumbing wastes in English, and the everyday goods of the labelled development
 * set: a pedal bin, a bicycle bell, pruning shears, a moka pot, a charcoal grill, an enamel kettle,
 * a vacuum tumbler). Each fails on the classifier of the round's start (948a779).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createClassifier, type ClassifierModel } from './index';
import { loadParts } from './parts';
import { wideCrumbWeight } from './rules/crumb-shelf-elsewhere';
import { classifyPage } from '../../tests/unit/classify-page';

const model = JSON.parse(readFileSync('public/factors/classifier.json', 'utf8')) as ClassifierModel;
const classifier = createClassifier(model);
const { taxonomy } = loadParts(model);

const LIQUOR_AND_SPIRITS = 417;
const SPECIAL_EFFECTS_LIGHTING = 410;
const LIGHTING = 594;
const PLUMBING_WASTES = 2170;
const BATHROOM_ACCESSORIES = 574;
const TRASH_CANS = 637;
const BICYCLE_BELLS = 3879;
const PRUNING_SHEARS = 3841;
const ESPRESSO_POTS = 1647;
const OUTDOOR_GRILLS = 2985;
const STOVETOP_KETTLES = 659;
const TUMBLERS = 2951;

const idOf = (title: string, lang: string, category: string[] | null = null) =>
  classifier.classify({ title, lang, category })?.id ?? null;

/** The whole chain on a reconstructed page of this round. */
const pageId = (file: string) =>
  classifyPage(classifier, `tests/fixtures/reconstructed-r22c/${file}`, 'https://shop.example/p');

describe("a wide first crumb read in another department than the trail's shelf", () => {
  it('counts for little next to a later crumb of one reading in another department', () => {
    const lighting = { id: LIGHTING, w: 1.2, source: 'breadcrumb' as const };
    const stage = { id: SPECIAL_EFFECTS_LIGHTING, w: 1.5, source: 'breadcrumb' as const };
    expect(wideCrumbWeight(taxonomy, lighting, [stage])).toBeLessThan(0.5);
    // A later crumb in the same department, or one at a department's level, leaves it whole.
    expect(wideCrumbWeight(taxonomy, lighting, [{ ...stage, id: 4636 }])).toBe(1.2);
    expect(wideCrumbWeight(taxonomy, lighting, [{ ...stage, id: 5709 }])).toBe(1.2);
    // A deep crumb is a shelf itself, not a wide filing.
    expect(wideCrumbWeight(taxonomy, { ...lighting, id: PLUMBING_WASTES }, [stage])).toBe(1.2);
    expect(wideCrumbWeight(taxonomy, { ...lighting, id: BATHROOM_ACCESSORIES }, [stage])).toBeLessThan(0.5);
  });

  it('a stage light under "Lighting > Stage Lighting" is a stage light, not a lamp', () => {
    expect(idOf('Nordlys M4 Spot 60W', 'en', ['Lighting', 'Stage Lighting'])).toBe(SPECIAL_EFFECTS_LIGHTING);
    expect(pageId('stage-light-crumb-en.html')).toBe(SPECIAL_EFFECTS_LIGHTING);
  });

  it('pruning shears under the shop\'s garden tools and a crumb of several readings ("Scheren"), which names no shelf', () => {
    // "Scheren": shaving, pet grooming, boating. The title decides within the garden tools.
    expect(idOf('Bypass-Rosenschere Ergo 20 cm', 'de', ['Gartenwerkzeug', 'Scheren'])).toBe(PRUNING_SHEARS);
  });
});

describe('product words missing for the page language', () => {
  it('Spanish spirits and the shop\'s spirits crumb ("Destilados", "Pisco", "Mezcal")', () => {
    expect(idOf('Aguardiente Andino Reserva 750 ml', 'es', ['Destilados'])).toBe(LIQUOR_AND_SPIRITS);
    expect(idOf('Pisco Acholado Selección 500 ml', 'es')).toBe(LIQUOR_AND_SPIRITS);
    expect(idOf('Mezcal Joven Cenizo 750 ml', 'es')).toBe(LIQUOR_AND_SPIRITS);
    expect(pageId('pisco-destilados-es.html')).toBe(LIQUOR_AND_SPIRITS);
  });

  it('English stage lights ("wash light", "par can")', () => {
    expect(idOf('Lumina Pro 18x10W LED Wash Light', 'en')).toBe(SPECIAL_EFFECTS_LIGHTING);
    expect(idOf('Aluminium Par Can 64 Long Nose', 'en')).toBe(SPECIAL_EFFECTS_LIGHTING);
  });

  it('British plumbing wastes ("basin waste", "bath waste") filed under the shop\'s bathroom accessories', () => {
    expect(idOf('Unslotted Basin Waste - Matt Black', 'en', ['Bathroom Accessories', 'Basin Wastes'])).toBe(
      PLUMBING_WASTES,
    );
    expect(pageId('bath-waste-en.html')).toBe(PLUMBING_WASTES);
  });

  it("the labelled development set's everyday goods", () => {
    expect(idOf('Pedaalemmer 20 liter RVS', 'nl')).toBe(TRASH_CANS);
    expect(idOf('Afvalemmer', 'nl', ['Huishouden', 'Prullenbakken'])).toBe(TRASH_CANS);
    expect(idOf('Fietsbel aluminium zwart', 'nl')).toBe(BICYCLE_BELLS);
    expect(idOf('Fahrradklingel Retro Messing', 'de')).toBe(BICYCLE_BELLS);
    expect(idOf('Rosenschere mit Amboss 20 cm', 'de')).toBe(PRUNING_SHEARS);
    expect(idOf('Bialetti 3 tazze', 'it', ['Caffettiere'])).toBe(ESPRESSO_POTS);
    expect(idOf('Kettle Grill 57 cm with Lid', 'en')).toBe(OUTDOOR_GRILLS);
    expect(idOf('Эмалированный чайник 3 л с рисунком', 'ru', ['Посуда', 'Чайники'])).toBe(STOVETOP_KETTLES);
    expect(idOf('보온 텀블러 600ml 블랙', 'ko')).toBe(TUMBLERS);
  });
});
