import { describe, expect, it } from 'vitest';
import { readTaxonomy } from '../../scripts/classify/build-model';
import { packTree, Taxonomy } from './taxonomy';
import { namePhrases, plainNameKeys } from './name-keys';
import { phraseKey } from './text';

/** The key of each name, or '' where plainNameKeys leaves a name to the build. */
const keysOf = (names: string[]) => plainNameKeys(names.map((n) => `1${n}`).join('\n')).split('\n');

describe('plainNameKeys', () => {
  it('gives every plain taxonomy name the key namePhrases and phraseKey give it', () => {
    const tree = Taxonomy.toTree(readTaxonomy().rows);
    const keys = plainNameKeys(packTree(tree).names).split('\n');
    expect(keys).toHaveLength(tree.length);
    const wrong = tree.filter(
      ([, , name], pos) => keys[pos] && [keys[pos]].join() !== namePhrases(name).map(phraseKey).join(),
    );
    expect(wrong).toEqual([]);
    // Names of several parts are left to the build; about three in four names are plain.
    expect(keys.filter(Boolean).length / tree.length).toBeGreaterThan(0.7);
  });

  it('folds case, punctuation, plurals and Latin-1 accents as phraseKey does', () => {
    const names = [
      'T-Shirts',
      'Sauté Pans',
      'Piñatas',
      'Boxes',
      'Puppies',
      'Glasses',
      'Buses',
      'Ties',
      'Straße Æble',
      '4x4 Tires',
      'Bus',
    ];
    expect(keysOf(names)).toEqual(names.map(phraseKey));
  });

  it('leaves names of several parts and other scripts to the build', () => {
    expect(keysOf(['Shirts & Tops', 'Sandals and Slides', 'Bags, Boxes', 'Dvůr Chairs', 'Sandals'])).toEqual([
      '',
      '',
      '',
      '',
      'sandal',
    ]);
  });
});
