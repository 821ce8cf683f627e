/**
 * Failure classes of issue #15's second round, with titles written for these tests: each fails
 * on the round-1 classifier (noted per case) and passes with its rule.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bayesFeatures } from './bayes';
import { createClassifier, type ClassifierModel } from './index';
import { isReplacementWord, partsNodeOf } from './rules/replacement';
import { Taxonomy } from './taxonomy';

const model = JSON.parse(readFileSync('public/factors/classifier.json', 'utf8')) as ClassifierModel;
const classifier = createClassifier(model);
const pathOf = (title: string) => classifier.classify({ title })?.path ?? null;

describe('a replacement part is a part, not the device', () => {
  it.each([
    // Round 1: Mobile Phones.
    ['iPhone 12 replacement screen', /Mobile Phone Replacement Parts$/],
    // Round 1: Dishwashers.
    ['Bosch dishwasher replacement basket wheel', /Dishwasher Parts & Accessories$/],
    // Round 1: Washing Machines.
    ['Ersatzteil Waschmaschine Türdichtung', /Laundry Appliance Accessories$/],
  ])('%s', (title, path) => {
    expect(pathOf(title)).toMatch(path);
  });

  it('finds the parts node by name, and takes no warranty for a part', () => {
    const taxonomy = Taxonomy.fromPacked(model.nodes);
    expect(taxonomy.pathOf(partsNodeOf(taxonomy, 328) ?? 0)).toMatch(/> Laptop Parts$/);
    expect(isReplacementWord('ersatzakku')).toBe(true);
    expect(isReplacementWord('part')).toBe(false);
    expect(pathOf('Beko 8kg washing machine, 2 year parts and labour guarantee')).toMatch(/Washing Machines$/);
  });
});

describe('Japanese titles', () => {
  it.each([
    // Round 1: Home & Garden (the katakana loanword was not in the lexicon).
    ['ソニー ワイヤレスヘッドホン ブラック', /Headphones & Headsets$/],
    // Round 1: none.
    ['象印 電気ケトル 0.8L', /Electric Kettles$/],
    ['村上春樹 短編集 (新潮文庫)', /^Media > Books/],
    ['日立 ドラム式洗濯機 ホワイト', /Washing Machines$/],
  ])('%s', (title, path) => {
    expect(pathOf(title)).toMatch(path);
  });
});

describe('electronics titles read by their specs and makers', () => {
  it('reads device words after spec figures as features (round 1: Digital Cameras)', () => {
    expect(pathOf('Blackview A80 4GB 64GB dual rear cameras fingerprint smartphone')).toMatch(/Mobile Phones$/);
  });

  it('lets a sure Bayes vote head a title of spec words (round 1: none)', () => {
    expect(pathOf('AMD FX 8350 black edition 8 core 4.0 GHz 16 MB level 3 cache socket AM3 retail')).toMatch(
      /Computer Processors$/,
    );
  });

  it("learns a model code's series under its maker", () => {
    expect(bayesFeatures(['bosch', 'way287w5'])).toEqual(['bosch', 'way287w5', '#way', 'bosch#way']);
    expect(bayesFeatures(['way287w5'])).toEqual(['way287w5', '#way']);
  });
});
