/**
 * Words of Korean (and Japanese) titles that name no product but must stay whole when a run of
 * Hangul or kana is cut into known words (lib/classify/segment.ts): colours above all, which shops
 * put after nearly every product ("레더 벨트 브라운"). Cut from the end, "브라운" (brown) leaves
 * "운" unknown and reads "브라" (bra); "그레이" (grey) reads "레이" (lei), "화이트" (white) a
 * sauce. Kept whole they are read as nothing. Colour words that are products too (와인 wine, 올리브
 * olive, 오트밀 oatmeal, 크림 cream) keep their product reading: the shop's crumb decides there.
 * Ordinary vocabulary written for this list.
 */
export const CJK_PLAIN_WORDS: string[] = [
  // Korean colours.
  '브라운, 다크브라운, 라이트브라운, 블랙, 화이트, 오프화이트, 베이지, 라이트베이지, 네이비, 그레이, 다크그레이, 라이트그레이',
  '차콜, 멜란지, 그린, 블루, 스카이블루, 레드, 핑크, 옐로우, 퍼플, 카키, 아이보리, 버건디, 카멜, 실버, 골드, 라벤더, 브릭',
  // Japanese colours.
  'ブラウン, ブラック, ホワイト, ベージュ, ネイビー, グレー, グレイ, チャコール, グリーン, ブルー, レッド, ピンク, イエロー, パープル, カーキ, アイボリー',
  // "Shared use" (unisex, rain or shine, for both): cut at its last character, "用" would read as the
  // for-marker and make the product before it a purpose ("スニーカー 男女兼用 軽量", "保温杯 男女通用").
  '兼用, 男女兼用, 晴雨兼用, 通用, 男女通用, 两用, 晴雨两用, 겸용, 남녀공용',
]
  .flatMap((line) => line.split(','))
  .map((w) => w.trim())
  .filter(Boolean);
