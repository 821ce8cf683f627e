/**
 * Round 23, the smaller title languages (issue #15): one answer to "does this language put the
 * head of a noun phrase first", and the classes tests/fixtures/dev-r23-langs/ showed.
 */
import { describe, expect, it } from 'vitest';
import { isHeadFirst } from './lexicon';

describe('isHeadFirst: one list of the languages whose titles name the product first', () => {
  it('reads Romance, Slavic, Baltic, Greek, Semitic and South-East Asian titles head first', () => {
    for (const lang of ['fr', 'pt', 'pl', 'bg', 'sl', 'sk', 'lt', 'lv', 'el', 'ar', 'he', 'vi', 'ms', 'th'])
      expect(isHeadFirst(lang), lang).toBe(true);
  });
  it('reads the head-last languages and an unknown language head last', () => {
    for (const lang of ['en', 'de', 'nl', 'sv', 'no', 'hu', 'et', 'fi', 'ja', 'zh', 'ko', 'tr', '', null, undefined])
      expect(isHeadFirst(lang), String(lang)).toBe(false);
  });
});
