/**
 * Japanese shop titles (#15 class 1, no category for ordinary goods, in Japanese): katakana
 * loanwords, kana spellings and shop words (scripts/classify/everyday-ja.ts), and the kanji "机"
 * (a desk in Japanese, the simplified "機", a machine, in Chinese) no longer read as a table
 * inside machine words. Titles written for this test, none taken from an evaluation set; each
 * failed before.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createClassifier, type ClassifierModel } from './index';

const model = JSON.parse(readFileSync('public/factors/classifier.json', 'utf8')) as ClassifierModel;
const classifier = createClassifier(model);
const pathOf = (title: string) => classifier.classify({ title, lang: 'ja' })?.path ?? '';

describe('Japanese shop words', () => {
  it.each([
    ['ニトリ 低反発 まくら 洗えるカバー付き', 'Home & Garden > Linens & Bedding > Bedding > Pillows'],
    [
      'キッコーマン いつでも新鮮 しぼりたて生しょうゆ 450ml',
      'Food, Beverages & Tobacco > Food Items > Condiments & Sauces > Soy Sauce',
    ],
    ['サントリー 天然水 2L×9本', 'Food, Beverages & Tobacco > Beverages > Water'],
    ['獺祭 純米大吟醸45 720ml', 'Food, Beverages & Tobacco > Beverages > Alcoholic Beverages > Liquor & Spirits'],
    ["ナイキ エア フォース 1 '07 メンズシューズ ホワイト 27cm", 'Apparel & Accessories > Shoes'],
    ['アディダス ランニングシューズ レディース ウルトラブースト', 'Apparel & Accessories > Shoes'],
    ['リカちゃん ドール ゆめみるおしゃれリカちゃん', 'Toys & Games > Toys > Dolls, Playsets & Toy Figures > Dolls'],
    [
      'TOTO 温水洗浄便座 ウォシュレット TCF8GM24',
      'Hardware > Plumbing > Plumbing Fixture Hardware & Parts > Toilet & Bidet Accessories > Toilet & Bidet Seats',
    ],
    ['KVK シングルレバー混合栓 キッチン用', 'Hardware > Plumbing > Plumbing Fixtures > Faucets'],
    [
      'エプソン 純正インクカートリッジ IC6CL80L 6色パック',
      'Electronics > Print, Copy, Scan & Fax > Printer, Copier & Fax Machine Accessories > Printer Consumables > Toner & Inkjet Cartridges',
    ],
    [
      'フィリップス ソニッケアー 替えブラシ 3本',
      'Health & Beauty > Personal Care > Oral Care > Toothbrush Accessories > Toothbrush Replacement Heads',
    ],
    ['グラス ワイングラス 2脚セット', 'Home & Garden > Kitchen & Dining > Tableware > Drinkware > Stemware'],
    [
      'アイリスオーヤマ ボディーソープ 詰め替え 1000ml',
      'Health & Beauty > Personal Care > Cosmetics > Bath & Body > Body Wash',
    ],
    ['日清 カップヌードル インスタントラーメン 20食', 'Food, Beverages & Tobacco > Food Items > Pasta & Noodles'],
    ['コシヒカリ 無洗米 5kg 新潟県産', 'Food, Beverages & Tobacco > Food Items > Grains, Rice & Cereal > Rice'],
  ])('%s', (title, path) => expect(pathOf(title)).toBe(path));
});

describe('"機" in a machine word is no desk', () => {
  it.each([
    'サムソナイト スーツケース 機内持ち込み 36L',
    'ブラザー A4 インクジェット複合機 DCP-J528N',
    'シャープ 有機ELテレビ 55型',
  ])('%s', (title) => expect(pathOf(title)).not.toBe('Furniture > Tables'));
});
