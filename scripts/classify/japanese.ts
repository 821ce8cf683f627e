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
  // Loanwords whose end is another katakana word ("ドッグ|フード" read as a hood, "プリン|ター" as a
  // pudding, "ダン|ベル" as a bell): the whole word, so the run is not cut inside it.
  'Animals & Pet Supplies > Pet Supplies > Dog Supplies > Dog Food': ['ドッグフード'],
  'Animals & Pet Supplies > Pet Supplies > Cat Supplies > Cat Food': ['キャットフード'],
  'Animals & Pet Supplies > Pet Supplies > Cat Supplies > Cat Litter': ['猫砂'],
  'Electronics > Print, Copy, Scan & Fax > Printers, Copiers & Fax Machines': ['プリンター'],
  'Sporting Goods > Exercise & Fitness > Weight Lifting > Free Weights': ['ダンベル'],
  'Sporting Goods > Exercise & Fitness > Yoga & Pilates > Yoga & Pilates Mats': ['ヨガマット'],
  'Sporting Goods > Outdoor Recreation > Camping & Hiking > Tents': ['テント'],
  'Sporting Goods > Outdoor Recreation > Camping & Hiking > Sleeping Bags': ['寝袋', 'シュラフ'],
  'Toys & Games > Puzzles': ['パズル', 'ジグソーパズル'],
  'Toys & Games > Toys > Play Vehicles': ['ミニカー'],
  'Toys & Games > Toys > Dolls, Playsets & Toy Figures > Action & Toy Figures': ['フィギュア'],
  'Office Supplies > Office Instruments > Writing & Drawing Instruments > Pens & Pencils > Pens': [
    'ボールペン',
    '万年筆',
  ],
  'Furniture > Beds & Accessories > Mattresses': ['マットレス'],
  'Home & Garden > Decor > Window Treatments > Curtains & Drapes': ['カーテン'],
  'Home & Garden > Decor > Throw Pillows': ['クッション~0.7'],
  'Home & Garden > Household Supplies > Storage & Organization': ['収納ボックス', '収納ケース'],
  'Home & Garden > Lighting > Light Bulbs': ['電球', 'led電球'],
  'Home & Garden > Parasols & Rain Umbrellas': ['傘', '折りたたみ傘', '日傘'],
  'Home & Garden > Household Appliances > Climate Control Appliances > Fans': ['扇風機', 'サーキュレーター'],
  'Health & Beauty > Personal Care > Hair Care > Hair Styling Tools > Hair Dryers': ['ドライヤー', 'ヘアドライヤー'],
  'Health & Beauty > Personal Care > Shaving & Grooming > Electric Razors': ['電気シェーバー', 'シェーバー'],
  'Apparel & Accessories > Clothing Accessories > Scarves & Shawls': ['マフラー~0.7', 'ストール'],
  'Apparel & Accessories > Clothing Accessories > Gloves & Mittens': ['手袋'],
  'Baby & Toddler > Baby Transport > Baby Strollers': ['ベビーカー'],
  'Baby & Toddler > Baby Transport > Baby & Toddler Car Seats': ['チャイルドシート', 'ジュニアシート'],
  'Electronics > Electronics Accessories > Cables': ['充電ケーブル'],
};

/** The word lists as synonyms.ts rows: [taxonomy path, comma-separated phrases]. */
export const JAPANESE_SYNONYMS: [string, string][] = Object.entries(JAPANESE).map(([path, words]) => [
  path,
  words.join(', '),
]);
