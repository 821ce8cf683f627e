/**
 * Failure classes of issue #15's fifteenth round, with titles written for these tests (none is
 * taken from an evaluation set): each fails on the round-14 classifier and passes with its rule.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createClassifier, type ClassifierModel } from './index';

const model = JSON.parse(readFileSync('public/factors/classifier.json', 'utf8')) as ClassifierModel;
const classifier = createClassifier(model);
const pathOf = (title: string, lang: string | null, category?: string[]) =>
  classifier.classify({ title, lang, category })?.path ?? '';

const TOYS = 'Toys & Games > Toys';
const TOY_KITCHENS = `${TOYS} > Pretend Play > Toy Kitchens & Play Food`;
const TOY_TOOLS = `${TOYS} > Pretend Play > Toy Tools`;

describe('a toy word makes the thing next to it a toy, whatever phrase holds the word', () => {
  it('the toy word read inside a longer phrase still names the toy', () => {
    // Round 14: nothing ("de juguete" read as playsets, the kitchen as Kitchen & Dining), and
    // Hardware > Tools > Tool Sets ("toy tool" read as one phrase, so no toy word was seen).
    expect(pathOf('Cocina de juguete', 'es')).toMatch(new RegExp(`^${TOY_KITCHENS}`));
    expect(pathOf('Toy tool set', 'en')).toBe(TOY_TOOLS);
    expect(pathOf('Toy tool set with drill and hammer', null)).toBe(TOY_TOOLS);
  });

  it('the toy word as the head vouches for the toy node, not only for toys in general', () => {
    // Round 14: Toys & Games > Toys.
    expect(pathOf('Cucina giocattolo per bambini', 'it')).toMatch(new RegExp(`^${TOY_KITCHENS}`));
    expect(pathOf('Speelgoed keuken hout', 'nl')).toMatch(new RegExp(`^${TOY_KITCHENS}`));
  });

  it('adjectives and closed compounds of the toy word count', () => {
    // Round 14: Home & Garden > Kitchen & Dining.
    expect(pathOf('Zabawkowa kuchnia drewniana', 'pl')).toMatch(new RegExp(`^${TOY_KITCHENS}`));
    expect(pathOf('Spielküche für Kinder', 'de')).toMatch(new RegExp(`^${TOY_KITCHENS}`));
  });

  it('a toy word after a for-word says what the thing holds, and a word that only starts alike is no toy word', () => {
    expect(pathOf('Spiegel für das Bad', 'de')).toBe('Home & Garden > Decor > Mirrors');
    expect(pathOf('Spielkonsole', 'de')).toBe('Electronics > Video Game Consoles');
  });
});
