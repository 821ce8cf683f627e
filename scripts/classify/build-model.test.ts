import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { ClassifierModel } from '../../lib/classify/model';
import { Taxonomy } from '../../lib/classify/taxonomy';
import { refWeight } from '../../lib/classify/lexicon';
import {
  buildClassifierModel,
  CLASSIFIER_JSON,
  englishPlural,
  inShippingOrder,
  readTaxonomy,
  stemCollides,
} from './build-model';
import { scorePrediction } from './metrics';
import { isHeldOutCluster, readPriceRunner } from './pricerunner';
import { trainBayes } from './train-bayes';

describe('classifier model build', () => {
  it('rebuilds the committed public/factors/classifier.json byte for byte', () => {
    const titles = readPriceRunner();
    const bayes = trainBayes(titles, JSON.parse(readFileSync(CLASSIFIER_JSON, 'utf8')).bayes.source);
    const built = JSON.stringify(buildClassifierModel(bayes, titles)) + '\n';
    expect(
      built === readFileSync(CLASSIFIER_JSON, 'utf8'),
      'run `npx tsx scripts/build-classifier.ts` and commit',
    ).toBe(true);
  }, 120_000);

  it('keeps the shipped model small and its tables sorted and resolvable', () => {
    const json = readFileSync(CLASSIFIER_JSON, 'utf8');
    // The budget is on the gzipped size (what the extension package and the worker's fetch carry).
    expect(gzipSync(json).length).toBeLessThan(300_000);
    const model = JSON.parse(json) as ClassifierModel;
    const taxonomy = Taxonomy.fromPacked(model.nodes);
    expect(taxonomy.ids).toHaveLength(5595);
    expect(taxonomy.pathOf(2353)).toBe(
      'Electronics > Communications > Telephony > Mobile Phone Accessories > Mobile Phone Cases',
    );
    const seen = new Set<string>();
    expect(model.lexiconRefs).toHaveLength(model.lexicon.length);
    for (const [t, [kind, lang, lines]] of model.lexicon.entries()) {
      let first = 0;
      const refLines = model.lexiconRefs[t]!.split(';');
      expect(refLines, `${kind}${lang}`).toHaveLength(lines.split(';').length);
      for (const [n, keys] of lines.split(';').entries()) {
        const refs = refLines[n]!;
        const line = `${refs}\t${keys}`;
        refs.split(',').forEach((ref, i) => {
          const [pos, w] = ref.split('~');
          const at = i === 0 ? (first += parseInt(pos, 36)) : first + parseInt(pos, 36);
          expect(taxonomy.ids[at], `${kind}${lang} ${line}`).toBeDefined();
          if (w !== undefined) expect(refWeight(w) > 0 && refWeight(w) <= 1, line).toBe(true);
        });
        const list = keys.split('|');
        expect(list, line).toEqual([...list].sort());
        for (const key of list) {
          expect(seen.has(key), `${key} in two tables`).toBe(false);
          seen.add(key);
        }
      }
    }
  });

  it('ships the numbers next to numbers and the names next to the lexicon, keeping every field', () => {
    const body = {
      taxonomyVersion: 't',
      nodes: 1,
      lexiconRefs: 2,
      lexicon: 3,
      compoundHeads: 4,
      cjkParts: 5,
      bayes: 6,
    };
    const shipped = inShippingOrder(body);
    expect(Object.keys(shipped)).toEqual([
      'taxonomyVersion',
      'lexiconRefs',
      'nodes',
      'lexicon',
      'cjkParts',
      'compoundHeads',
      'bayes',
    ]);
    expect(shipped).toEqual(body);
    // The shipped model reads alike in either order and is smaller gzipped in this one.
    const model = JSON.parse(readFileSync(CLASSIFIER_JSON, 'utf8')) as Record<string, unknown>;
    expect(Object.keys(model).slice(0, 6)).toEqual(['version', ...Object.keys(shipped).slice(0, 5)]);
    const { version, taxonomyVersion, nodes, ...rest } = model;
    const nodesFirst = JSON.stringify({ version, taxonomyVersion, nodes, ...rest });
    expect(gzipSync(JSON.stringify(model)).length).toBeLessThan(gzipSync(nodesFirst).length - 500);
  });

  it('reads every taxonomy line with its parent', () => {
    const { version, rows } = readTaxonomy();
    expect(version).toBe('2021-09-21');
    const taxonomy = new Taxonomy(rows);
    expect(taxonomy.pathOf(2353)).toBe(
      'Electronics > Communications > Telephony > Mobile Phone Accessories > Mobile Phone Cases',
    );
    expect(rows.filter((r) => r[1] === 0)).toHaveLength(21);
  });

  it('holds out whole PriceRunner clusters, about a fifth of them', () => {
    const rows = readPriceRunner();
    const clusters = [...new Set(rows.map((r) => r.cluster))];
    const share = clusters.filter((c) => isHeldOutCluster(c)).length / clusters.length;
    expect(share).toBeGreaterThan(0.17);
    expect(share).toBeLessThan(0.23);
  });
});

describe('scorePrediction', () => {
  const taxonomy = new Taxonomy(readTaxonomy().rows);
  it('separates exact, broader-but-right, and wrong answers', () => {
    expect(scorePrediction(taxonomy, 328, 328)).toEqual({ exact: true, compatible: true, topLevel: true });
    expect(scorePrediction(taxonomy, 328, 278)).toEqual({ exact: false, compatible: true, topLevel: true }); // Computers
    expect(scorePrediction(taxonomy, 328, 222).compatible).toBe(false); // Electronics alone is too broad
    expect(scorePrediction(taxonomy, 3367, 543684).compatible).toBe(true); // a narrower cat food
    expect(scorePrediction(taxonomy, 328, 4745)).toEqual({ exact: false, compatible: false, topLevel: true });
    expect(scorePrediction(taxonomy, 328, null).compatible).toBe(false);
  });
});

describe('folding collisions of curated words (stemCollides)', () => {
  const english = new Map<string, number[]>([
    ['fry', [502966]],
    ['slipper', [1]],
  ]);
  const tax = Taxonomy.fromPacked(JSON.parse(readFileSync('public/factors/classifier.json', 'utf8')).nodes);
  it('a word whose stem is an English word of another product, and not its English plural, collides', () => {
    expect(stemCollides('frys', 'fry', 681, english, tax)).toBe(true);
  });
  it("an English plural, a word spelled like its key, or a stem English does not write, don't", () => {
    expect(englishPlural('fry')).toBe('fries');
    expect(englishPlural('box')).toBe('boxes');
    expect(stemCollides('fries', 'fry', 681, english, tax)).toBe(false);
    expect(stemCollides('tv', 'tv', 681, english, tax)).toBe(false);
    expect(stemCollides('szorts', 'szort', 681, english, tax)).toBe(false);
  });
});
