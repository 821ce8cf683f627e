import { describe, expect, it } from 'vitest';
import type { KindRow } from '../factors/tables';
import { kindOfTitle, ownWords } from './kind';

const kinds: KindRow[] = [
  { kind: 'doll', words: ['doll', 'baby doll'], massKg: 0.3, basis: 'b' },
  { kind: 'dollhouse', words: ['doll house'], massKg: 3, basis: 'b' },
  { kind: 'figure', words: ['figure'], massKg: 0.1, basis: 'b' },
  { kind: 'electric thing', powered: true, massKg: 0.25, intensity: 'item:aspirateur', basis: 'b' },
];
const of = (t: string) => kindOfTitle(t, { kinds })?.kind.kind ?? null;

describe('kindOfTitle', () => {
  it('the last kind named wins, the longer at the same place', () => {
    expect(of('Doll figure')).toBe('figure');
    expect(of('Figure doll')).toBe('doll');
    expect(of('Barbie doll house')).toBe('dollhouse');
  });
  it('only in the product’s own words, before "for"/"with", a comma or a bracket', () => {
    expect(ownWords('Playset with 3 dolls')).toBe('Playset ');
    expect(of('Playset with 3 dolls')).toBeNull();
    expect(of('Stand for electric toothbrushes')).toBeNull();
    expect(of('Dress, for dolls')).toBeNull();
  });
  it('a powered word makes the powered kind, before any named kind', () => {
    expect(of('Electric doll')).toBe('electric thing');
    expect(of('Zahnbürste elektrisch')).toBe('electric thing');
  });
  it('no kinds: null', () => {
    expect(kindOfTitle('Electric toothbrush', null)).toBeNull();
    expect(kindOfTitle('Electric toothbrush', { kinds: [] })).toBeNull();
  });
});

describe('powered words', () => {
  it('a character name is not a drive: "Sonic" is no powered word in English', () => {
    expect(of('Sonic the Hedgehog kids toothbrush')).toBeNull();
    expect(of('Schallzahnbürste')).toBe('electric thing');
  });
});
