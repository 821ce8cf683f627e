import { describe, expect, it } from 'vitest';
import { stemToken } from '../text';
import { withoutPackCount } from './pack-count';

/** Title tokens as the lexicon splits them (figures apart from their counter; try-hits.ts). */
const tokensOf = (spaced: string) => spaced.split(' ').map(stemToken);
/** One hit per token that is a pack word, as the lexicon would place it. */
const packHits = (tokens: string[]) =>
  tokens.flatMap((t, i) => (t === stemToken('パック') || t === stemToken('팩') ? [{ start: i, end: i + 1 }] : []));

describe('a pack word after a count of packs (rules/pack-count.ts)', () => {
  it.each([
    ['自転车 チューブ 700x25c 2 本 パック'],
    ['ホッチキス 针 10 号 5 箱 パック'],
    ['ティッシュ 5 个 パック'],
    ['お茶 24 パック'],
    ['물티슈 100 매 10 팩'],
    ['보리차 30 입 2 팩'],
  ])('drops the pack word of "%s"', (spaced) => {
    const tokens = tokensOf(spaced);
    const hits = packHits(tokens);
    expect(hits.length).toBe(1);
    expect(withoutPackCount(tokens, hits)).toEqual([]);
  });

  it.each([['フェ イス パック 10 枚'], ['シート パック'], ['수분 팩'], ['팩 클렌저'], ['本 パック']])(
    'keeps the pack word of "%s" (no count before it)',
    (spaced) => {
      const tokens = tokensOf(spaced);
      const hits = packHits(tokens);
      expect(hits.length).toBe(1);
      expect(withoutPackCount(tokens, hits)).toEqual(hits);
    },
  );

  it('keeps a longer phrase that ends in the pack word', () => {
    const tokens = tokensOf('2 マスク パック');
    const hits = [{ start: 1, end: 3 }];
    expect(withoutPackCount(tokens, hits)).toEqual(hits);
  });
});
