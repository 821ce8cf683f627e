import { describe, expect, it } from 'vitest';
import { EVERYDAY_REGIONS } from './everyday-regions';
import { EVERYDAY_REGIONS_2 } from './everyday-regions-2';
import { TOPLEVEL_WORDS } from './toplevels';
import { EVERYDAY_REGIONS_3 } from './everyday-regions-3';
import { EVERYDAY_REGIONS_4 } from './everyday-regions-4';
import { EVERYDAY_REGIONS_5 } from './everyday-regions-5';
import { EVERYDAY_REGIONS_6 } from './everyday-regions-6';
import { EVERYDAY_REGIONS_7 } from './everyday-regions-7';
import { EVERYDAY_REGIONS_8 } from './everyday-regions-8';
import { EVERYDAY_REGIONS_9 } from './everyday-regions-9';
import { EVERYDAY_REGIONS_10 } from './everyday-regions-10';
import { EVERYDAY_REGIONS_11 } from './everyday-regions-11';
import { EVERYDAY_R23 } from './everyday-r23';
import { EVERYDAY_HWHOME } from './everyday-hwhome';
import { EVERYDAY_R24 } from './everyday-r24';
import { VEHBEAUTY_R24 } from './vehbeauty-r24';
import { EVERYDAY_SLAVIC } from './everyday-slavic';
import { EVERYDAY_SLAVIC_2 } from './everyday-slavic-2';
import { EVERYDAY_ENGLISH } from './everyday-english';
import { EVERYDAY_PAGES } from './everyday-pages';
import { readTaxonomy } from './build-model';
import { Taxonomy } from '../../lib/classify/taxonomy';

describe.each([
  ['everyday-regions', EVERYDAY_REGIONS],
  ['everyday-regions-2', EVERYDAY_REGIONS_2],
  ['toplevels', TOPLEVEL_WORDS],
  ['everyday-regions-3', EVERYDAY_REGIONS_3],
  ['everyday-regions-4', EVERYDAY_REGIONS_4],
  ['everyday-regions-5', EVERYDAY_REGIONS_5],
  ['everyday-regions-6', EVERYDAY_REGIONS_6],
  ['everyday-regions-7', EVERYDAY_REGIONS_7],
  ['everyday-regions-8', EVERYDAY_REGIONS_8],
  ['everyday-regions-9', EVERYDAY_REGIONS_9],
  ['everyday-regions-10', EVERYDAY_REGIONS_10],
  ['everyday-regions-11', EVERYDAY_REGIONS_11],
  ['everyday-r23', EVERYDAY_R23],
  ['everyday-hwhome', EVERYDAY_HWHOME],
  ['everyday-r24', EVERYDAY_R24],
  ['vehbeauty-r24', VEHBEAUTY_R24],
  ['everyday-slavic', EVERYDAY_SLAVIC],
  ['everyday-slavic-2', EVERYDAY_SLAVIC_2],
  ['everyday-english', EVERYDAY_ENGLISH],
  ['everyday-pages', EVERYDAY_PAGES],
])('%s word lists', (_name, LIST) => {
  const { rows } = readTaxonomy();
  const paths = new Set<string>();
  const taxonomy = new Taxonomy(rows);
  for (const id of taxonomy.ids) paths.add(taxonomy.pathOf(id) ?? '');
  it('every row names a node of the 2021 taxonomy', () => {
    for (const [path] of LIST) expect(paths.has(path), path).toBe(true);
  });
  it('no phrase is listed twice, none is empty, weights are "~0.x"', () => {
    const seen = new Set<string>();
    for (const [, list] of LIST)
      for (const raw of list.split(',')) {
        const phrase = raw.trim();
        expect(phrase).not.toBe('');
        expect(phrase).toMatch(/^[^~]+(?:~0\.\d)?$/u);
        expect(seen.has(phrase), phrase).toBe(false);
        seen.add(phrase);
      }
  });
});
