/** "Slides" are sandals next to shoe, audience or size words and under a shoe breadcrumb; a playground slide otherwise. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createClassifier, type ClassifierModel } from './index';
import { hasAudienceWord } from './rules/apparel-audience';

const classifier = createClassifier(
  JSON.parse(readFileSync('public/factors/classifier.json', 'utf8')) as ClassifierModel,
);
const pathOf = (title: string, category?: string[]) => classifier.classify({ title, category })?.path ?? '';

describe('slides in shoe context', () => {
  it.each([
    ['Puma Leadcat Slides Damen Gr. 38'],
    ['Unisex Slides black EU size 42'],
    ['Claquettes homme noires taille 42'],
    ['Badelatschen Herren'],
  ])('%s is a shoe', (title) => {
    expect(pathOf(title)).toBe('Apparel & Accessories > Shoes');
  });

  it('a shoe breadcrumb decides', () => {
    expect(pathOf('Adilette Comfort Slides', ['Herren', 'Schuhe', 'Sandalen'])).toBe('Apparel & Accessories > Shoes');
  });

  it('a slide for a garden play set stays a toy', () => {
    expect(pathOf('Playground slide for toddlers 1.2 m')).toMatch(/^Toys & Games > Outdoor Play Equipment/);
  });

  it('audience words by language', () => {
    expect(hasAudienceWord("Women's running shoes")).toBe(true);
    expect(hasAudienceWord('Jupe femme')).toBe(true);
    expect(hasAudienceWord('Garden slide 2 m')).toBe(false);
  });
});
