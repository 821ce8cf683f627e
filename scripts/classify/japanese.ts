/**
 * Everyday product words of Japanese shop titles. The translated taxonomies drop CJK phrases
 * longer than three characters to stay within the size budget (localized.ts), which takes out
 * most katakana loanwords ("ヘッドホン", "スマートフォン", "キーボード") and book formats; these
 * are the common ones, curated. Written for this list, not taken from any evaluation title.
 * Same syntax as synonyms.ts ("word~0.6"); the runtime cuts title runs into these words.
 */
const JAPANESE: Record<string, string[]> = {
  'Electronics > Audio > Audio Components > Headphones & Headsets': [
    'ヘッドホン',
    'ヘッドフォン',
    'イヤホン',
    'イヤフォン',
    'ヘッドセット',
  ],
  'Electronics > Communications > Telephony > Mobile Phones': ['スマートフォン', 'スマホ', '携帯電話'],
  'Electronics > Communications > Telephony > Mobile Phone Accessories > Mobile Phone Cases': [
    'スマホケース',
    '手帳型ケース',
  ],
  'Electronics > Computers > Laptops': ['ノートパソコン', 'ノートpc'],
  'Electronics > Computers > Tablet Computers': ['タブレット'],
  'Electronics > Electronics Accessories > Computer Components > Input Devices > Keyboards': ['キーボード'],
  'Electronics > Electronics Accessories > Computer Components > Input Devices > Mice & Trackballs': ['マウス~0.7'],
  'Electronics > Video > Computer Monitors': ['モニター', 'ディスプレイ~0.7'],
  'Electronics > Video > Televisions': ['テレビ', '液晶テレビ'],
  'Electronics > Electronics Accessories > Power > Power Adapters & Chargers': ['充電器'],
  'Electronics > Electronics Accessories > Power > Batteries': ['電池', 'バッテリー~0.7'],
  'Cameras & Optics > Cameras > Digital Cameras': ['デジタルカメラ', 'デジカメ', '一眼レフ', 'ミラーレス'],
  'Home & Garden > Kitchen & Dining > Kitchen Appliances > Electric Kettles': ['電気ケトル', 'ケトル'],
  'Home & Garden > Kitchen & Dining > Kitchen Appliances > Microwave Ovens': ['電子レンジ'],
  'Home & Garden > Kitchen & Dining > Kitchen Appliances > Refrigerators': ['冷蔵庫'],
  'Home & Garden > Kitchen & Dining > Kitchen Appliances > Food Cookers & Steamers > Rice Cookers': ['炊飯器'],
  'Home & Garden > Household Appliances > Laundry Appliances > Washing Machines': ['洗濯機'],
  'Home & Garden > Household Appliances > Vacuums': ['掃除機'],
  'Media > Books': ['文庫', '新書', '単行本', '漫画', 'コミック', '絵本', '写真集', '小説'],
  'Apparel & Accessories > Clothing > Shirts & Tops': ['tシャツ', 'シャツ', 'ブラウス'],
  'Apparel & Accessories > Shoes': ['スニーカー', 'ブーツ', 'サンダル'],
  'Apparel & Accessories > Jewelry > Watches': ['腕時計'],
  'Apparel & Accessories > Handbags, Wallets & Cases > Handbags': ['ハンドバッグ', 'トートバッグ'],
  'Luggage & Bags > Backpacks': ['リュック', 'バックパック'],
};

/** The word lists as synonyms.ts rows: [taxonomy path, comma-separated phrases]. */
export const JAPANESE_SYNONYMS: [string, string][] = Object.entries(JAPANESE).map(([path, words]) => [
  path,
  words.join(', '),
]);
