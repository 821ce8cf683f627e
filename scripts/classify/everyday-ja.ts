/**
 * Everyday product nouns of Japanese shop titles (#15) that the translated taxonomy and the CJK
 * lists (everyday-cjk.ts) do not read: katakana loanwords ("シューズ", "ドール", "インクカートリッジ"),
 * kana spellings of kanji words ("まくら", "しょうゆ") and the words Japanese shops use for food,
 * drink, toiletries, furniture and appliances ("大吟醸", "替刃", "温水洗浄便座"). The segmentation
 * cuts a title's run at known words, so a listed head also reads its compounds ("ランニングシューズ").
 * Ordinary dictionary vocabulary written for this list (not taken from any evaluation title); a
 * word was listed only where the classifier did not already read it right. Same syntax as
 * synonyms.ts ("word~0.6" for a word with a second meaning).
 */
const JA: Record<string, string[]> = {
  'Apparel & Accessories > Shoes': ['シューズ, ランニングシューズ, ウォーキングシューズ, スリッポン, ビジネスシューズ'],
  'Apparel & Accessories > Clothing > Shirts & Tops': ['カットソー, トレーナー, スウェット, タンクトップ'],
  'Apparel & Accessories > Clothing > Pants': ['チノパン'],
  'Apparel & Accessories > Clothing > Underwear & Socks > Underwear': ['ボクサーパンツ, トランクス, ブリーフ'],
  'Apparel & Accessories > Clothing Accessories > Hats': ['ニット帽'],
  'Luggage & Bags > Suitcases': ['キャリーバッグ'],
  'Home & Garden > Linens & Bedding > Bedding > Pillows': ['まくら, ピロー'],
  'Home & Garden > Decor > Rugs': ['カーペット, ラグマット'],
  'Home & Garden > Lighting > Lighting Fixtures > Ceiling Light Fixtures': ['シーリングライト'],
  'Home & Garden > Lighting > Lamps': ['デスクライト, スタンドライト, フロアライト'],
  'Home & Garden > Kitchen & Dining > Kitchen Tools & Utensils > Kitchen Knives': ['牛刀'],
  'Home & Garden > Kitchen & Dining > Tableware > Drinkware > Stemware': ['ワイングラス, シャンパングラス'],
  'Home & Garden > Kitchen & Dining > Tableware > Drinkware > Tumblers': ['タンブラー'],
  'Home & Garden > Household Supplies > Laundry Supplies > Laundry Detergent': ['衣料用洗剤'],
  'Home & Garden > Household Supplies > Waste Containment > Trash Cans & Wastebaskets': ['ごみ箱, ダストボックス'],
  'Home & Garden > Kitchen & Dining > Kitchen Appliances > Food Cookers & Steamers > Rice Cookers': ['炊飯ジャー'],
  'Home & Garden > Household Appliances > Climate Control Appliances > Air Conditioners': ['エアコン'],
  'Hardware > Plumbing > Plumbing Fixture Hardware & Parts > Toilet & Bidet Accessories > Toilet & Bidet Seats': [
    '便座, 温水洗浄便座, 便座カバー~0.5',
  ],
  'Hardware > Plumbing > Plumbing Fixtures > Faucets': ['混合栓'],
  'Hardware > Plumbing > Plumbing Fixture Hardware & Parts > Shower Parts > Shower Heads': ['シャワーヘッド'],
  'Food, Beverages & Tobacco > Food Items > Condiments & Sauces > Soy Sauce': ['しょうゆ, 生しょうゆ'],
  'Food, Beverages & Tobacco > Beverages > Water': ['天然水, ミネラルウォーター, 水~0.5'],
  'Food, Beverages & Tobacco > Beverages > Alcoholic Beverages > Liquor & Spirits': [
    '清酒, 純米酒, 純米大吟醸, 大吟醸, 吟醸, 梅酒',
  ],
  'Food, Beverages & Tobacco > Beverages > Alcoholic Beverages > Liquor & Spirits > Whiskey': [
    'ウイスキー, ウィスキー',
  ],
  'Food, Beverages & Tobacco > Beverages > Tea & Infusions': ['麦茶, ほうじ茶, ティーバッグ'],
  'Food, Beverages & Tobacco > Food Items > Snack Foods': ['お菓子, スナック菓子, せんべい'],
  'Food, Beverages & Tobacco > Food Items > Pasta & Noodles': [
    'ラーメン, カップ麺, インスタントラーメン, うどん, そば~0.6',
  ],
  'Food, Beverages & Tobacco > Food Items > Grains, Rice & Cereal > Rice': ['お米, 白米, 無洗米, 精米'],
  'Toys & Games > Toys > Dolls, Playsets & Toy Figures > Dolls': ['ドール'],
  'Toys & Games > Toys > Play Vehicles > Toy Cars': ['トミカ'],
  'Toys & Games > Games > Board Games': ['ボードゲーム'],
  'Arts & Entertainment > Hobbies & Creative Arts > Model Making > Scale Model Kits': ['プラモデル'],
  'Health & Beauty > Personal Care > Hair Care > Shampoo & Conditioner': ['トリートメント~0.6'],
  'Health & Beauty > Personal Care > Cosmetics > Bath & Body > Body Wash': ['ボディーソープ'],
  'Health & Beauty > Personal Care > Oral Care > Toothbrush Accessories > Toothbrush Replacement Heads': [
    '替えブラシ, 替ブラシ',
  ],
  'Health & Beauty > Personal Care > Oral Care > Toothpaste': ['歯みがき'],
  'Health & Beauty > Personal Care > Shaving & Grooming > Razors & Razor Blades': ['替刃, カミソリ, 髭剃り'],
  'Health & Beauty > Personal Care > Cosmetics > Makeup > Eye Makeup > Eye Shadow': ['アイシャドー'],
  'Health & Beauty > Personal Care > Cosmetics > Perfume & Cologne': ['オードトワレ, オードパルファム'],
  'Baby & Toddler > Nursing & Feeding > Baby Bottles': ['哺乳びん'],
  'Baby & Toddler > Baby Transport > Baby Carriers': ['抱っこ紐, 抱っこひも'],
  'Animals & Pet Supplies > Pet Supplies > Pet Collars & Harnesses': ['首輪, ハーネス~0.6'],
  'Electronics > Electronics Accessories > Power > Power Adapters & Chargers': ['acアダプター'],
  'Electronics > Video > Televisions': ['有機elテレビ'],
  'Electronics > Print, Copy, Scan & Fax > Printers, Copiers & Fax Machines': ['複合機'],
  'Electronics > Print, Copy, Scan & Fax > Printer, Copier & Fax Machine Accessories > Printer Consumables > Toner & Inkjet Cartridges':
    ['インクカートリッジ, トナー, トナーカートリッジ'],
  'Furniture > Chairs': ['イス'],
  'Furniture > Shelving > Bookcases & Standing Shelves': ['書棚'],
  'Furniture > Shelving': ['棚, ラック~0.6, 収納ラック'],
  'Furniture > Entertainment Centers & TV Stands': ['テレビ台, テレビボード'],
};

export const EVERYDAY_JA: [string, string][] = Object.entries(JA).map(([path, lines]) => [path, lines.join(', ')]);
