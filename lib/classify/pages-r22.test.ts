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

const model = JSON.parse(readFileSync('public/factors/classifier.json', 'utf8')) as ClassifierModel;
const classifier = createClassifier(model);
const { taxonomy } = loadParts(model);

const SPECIAL_EFFECTS_LIGHTING = 410;
const LIGHTING = 594;
const PLUMBING_WASTES = 2170;
const BATHROOM_ACCESSORIES = 574;

const idOf = (title: string, lang: string, category: string[] | null = null) =>
  classifier.classify({ title, lang, category })?.id ?? null;

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
  });
});
