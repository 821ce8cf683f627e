/**
 * What a toothbrush, a watch, a water jug, a capsule machine, a razor, a vacuum cleaner and a
 * lens use up or wear is its own node, in every language (scripts/classify/consumables.ts, the
 * round-24 lists). Titles written for this test (none from an evaluation set); each failed before.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createClassifier, type ClassifierModel } from './index';

const model = JSON.parse(readFileSync('public/factors/classifier.json', 'utf8')) as ClassifierModel;
const classifier = createClassifier(model);
const pathOf = (title: string, lang: string) => classifier.classify({ title, lang })?.path ?? '';

const HEADS = 'Health & Beauty > Personal Care > Oral Care > Toothbrush Accessories > Toothbrush Replacement Heads';
const BANDS = 'Apparel & Accessories > Jewelry > Watch Accessories > Watch Bands';
const WATER_FILTERS = 'Home & Garden > Kitchen & Dining > Kitchen Appliances > Water Filters';
/** Round 23: a jug's cartridge is a cartridge (the jug is the water filter). */
const CARTRIDGES =
  'Hardware > Plumbing > Water Dispensing & Filtration > Water Filtration Accessories > Water Filter Cartridges';
const BLADES = 'Health & Beauty > Personal Care > Shaving & Grooming > Razors & Razor Blades';
const VACUUM = 'Home & Garden > Household Appliance Accessories > Vacuum Accessories';
const LENS_CAPS = 'Cameras & Optics > Camera & Optic Accessories > Camera Lens Accessories > Lens Caps';

describe('consumables and wear parts in every language', () => {
  it.each([
    ['Ersatzbürsten für Oral-B 8 Stück', 'de', HEADS],
    ['Brossettes de rechange Oral-B 4 pièces', 'fr', HEADS],
    ['Ricariche testine Oral-B 4 pezzi', 'it', HEADS],
    ['Tandborsthuvuden till Oral-B 4-pack', 'sv', HEADS],
    ['Сменные насадки для зубной щетки Oral-B 4 шт', 'ru', HEADS],
    ['칫솔모 리필 4개입', 'ko', HEADS],
    ['Correa para reloj de cuero 20mm', 'es', BANDS],
    ['Cinturino per orologio in pelle 22mm', 'it', BANDS],
    ['Horlogebandje leer 20 mm', 'nl', BANDS],
    ['Filtre à eau Brita Maxtra Pro 3 cartouches', 'fr', WATER_FILTERS],
    ['Cartuccia filtrante Brita 3 pz', 'it', CARTRIDGES],
    ['Cuchillas de recambio Philips OneBlade 3 uds', 'es', BLADES],
    ['Refis de lâminas Gillette Mach3 4 unidades', 'pt', BLADES],
    ['Bolsas para aspiradora Bosch 4 unidades', 'es', VACUUM],
    ['청소기 먼지봉투 10매', 'ko', VACUUM],
    ['Objektivdeckel 58 mm', 'de', LENS_CAPS],
  ])('%s', (title, lang, path) => expect(pathOf(title, lang)).toBe(path));
});
