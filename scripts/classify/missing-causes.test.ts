import { describe, expect, it } from 'vitest';
import { MIN_CONFIDENCE } from '../../lib/classify/index';
import { decide, MIN_EVIDENCE, type Evidence } from '../../lib/classify/score';
import { Taxonomy } from '../../lib/classify/taxonomy';
import { abstentionCause, backOff } from './missing-causes';

// Ids far from the Google taxonomy's, so no department rule (main kinds, crumb departments) applies.
// Home > Kitchen > Knives, Home > Kitchen > Pans, Home > Garden, Home > Bath; Food > Dairy > Butter,
// Food > Bakery; Toys. No department has a main kind (rules/main-kind.ts).
const HOME = 900001;
const KITCHEN = 900002;
const KNIVES = 900003;
const PANS = 900004;
const FOOD = 900010;
const DAIRY = 900011;
const BUTTER = 900012;
const TOYS = 900020;
const GARDEN = 900005;
const BATH = 900006;
const BAKERY = 900013;
const taxonomy = new Taxonomy([
  [HOME, 0, 'Home'],
  [KITCHEN, HOME, 'Kitchen'],
  [KNIVES, KITCHEN, 'Knives'],
  [PANS, KITCHEN, 'Pans'],
  [GARDEN, HOME, 'Garden'],
  [BATH, HOME, 'Bath'],
  [FOOD, 0, 'Food'],
  [DAIRY, FOOD, 'Dairy'],
  [BUTTER, DAIRY, 'Butter'],
  [BAKERY, FOOD, 'Bakery'],
  [TOYS, 0, 'Toys'],
]);
const ev = (id: number, w: number, source: Evidence['source'] = 'title'): Evidence => ({ id, w, source });

describe('abstentionCause: why the evidence gave no category', () => {
  it('no evidence: no vote, or only votes of no weight or for nodes the taxonomy lacks', () => {
    expect(abstentionCause([[], []], taxonomy)).toBe('no-evidence');
    expect(abstentionCause([[ev(KNIVES, 0), ev(123456789, 1)], []], taxonomy)).toBe('no-evidence');
  });

  it('thin: votes that agree, but less than MIN_EVIDENCE in all', () => {
    const thin = [ev(KNIVES, MIN_EVIDENCE * 0.6), ev(KNIVES, MIN_EVIDENCE * 0.3)];
    expect(decide(thin, taxonomy)).toBeNull();
    expect(abstentionCause([thin, thin], taxonomy)).toBe('thin');
  });

  it('split: enough evidence, spread over departments so that none leads', () => {
    const split = [ev(KNIVES, 0.5), ev(BUTTER, 0.5), ev(TOYS, 0.4)];
    expect(decide(split, taxonomy)).toBeNull();
    expect(abstentionCause([split, split], taxonomy)).toBe('split');
  });

  it('low confidence: a node, but one the classifier would not give', () => {
    // The breadcrumb names Home, the department the walk falls back to; most votes are outside it.
    const weak = [ev(KNIVES, 0.3, 'breadcrumb'), ev(BUTTER, 0.5), ev(TOYS, 0.5)];
    const d = decide(weak, taxonomy);
    expect(d && d.confidence < MIN_CONFIDENCE).toBe(true);
    expect(abstentionCause([weak], taxonomy)).toBe('low-confidence');
  });

  it('the last pass with evidence decides, as the classifier answers from the weak-head retry', () => {
    const split = [ev(KNIVES, 0.5), ev(BUTTER, 0.5)];
    expect(abstentionCause([split, [ev(KNIVES, 0.1)]], taxonomy)).toBe('thin');
    expect(abstentionCause([split, []], taxonomy)).toBe('split');
  });
});

describe('backOff: the strongest department walked alone', () => {
  it('answers its node at level 2 or deeper, with the lead over the next department', () => {
    const b = backOff([ev(KNIVES, 0.6), ev(PANS, 0.1), ev(BUTTER, 0.5)], taxonomy);
    expect(b?.id).toBe(KNIVES);
    expect(b?.total).toBeCloseTo(1.2);
    expect(b?.lead).toBeCloseTo(1.4);
  });

  it('a thin vote alone leads by Infinity and is walked as if it weighed 1', () => {
    expect(backOff([ev(BUTTER, 0.1)], taxonomy)).toEqual({ id: BUTTER, total: 0.1, lead: Infinity });
  });

  it("stops where the department's votes disagree: a department alone is no answer", () => {
    expect(backOff([ev(KNIVES, 0.5), ev(PANS, 0.5), ev(BUTTER, 0.6)], taxonomy)).toEqual({
      id: KITCHEN,
      total: 1.6,
      lead: 1 / 0.6,
    });
    expect(backOff([ev(HOME, 0.5), ev(BUTTER, 0.4)], taxonomy)).toBeNull();
    expect(backOff([ev(TOYS, 1)], taxonomy)).toBeNull();
    expect(backOff([], taxonomy)).toBeNull();
  });
});
