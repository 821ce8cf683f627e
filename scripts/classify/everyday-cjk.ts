/**
 * Everyday product nouns of Chinese, Japanese and Korean shop titles (#15) for the concepts shops
 * sell most, across departments: the translated taxonomies keep CJK names of up to three
 * characters only (localized.ts) and miss many ordinary words ("马克杯" a mug, "エプロン" an
 * apron, "밀폐용기" an airtight food container). Chinese is written simplified: the classifier folds
 * traditional characters to simplified (lib/classify/hanzi-fold.ts), so "馬克杯" and "保溫瓶" read
 * too. Whole words of two to five characters, so that the title run is cut at the longer word
 * ("热水瓶", a thermo pot, before "水瓶"). Ordinary dictionary vocabulary written for this list, not
 * taken from any evaluation title. Same syntax as synonyms.ts ("word~0.6" for a second meaning).
 */
const CJK: Record<string, string[]> = {
  // Kitchen and drinkware.
  'Home & Garden > Kitchen & Dining > Tableware > Drinkware > Mugs': [
    '马克杯, 咖啡杯, 陶瓷杯, マグカップ, 머그컵, 머그',
  ],
  'Home & Garden > Kitchen & Dining > Kitchen Tools & Utensils > Aprons': ['围裙, エプロン, 前掛け, 앞치마'],
  'Home & Garden > Kitchen & Dining > Kitchen Appliance Accessories > Coffee Maker & Espresso Machine Accessories > Coffee Filter Baskets':
    ['滤杯, 咖啡滤杯, ドリッパー, 드리퍼'],
  'Home & Garden > Kitchen & Dining > Kitchen Appliance Accessories > Coffee Maker & Espresso Machine Accessories > Coffee Filters':
    ['咖啡滤纸, コーヒーフィルター, 커피필터'],
  'Home & Garden > Kitchen & Dining > Food Storage > Food Storage Containers': [
    '保鲜盒, 密封盒, 密封罐, 收纳罐, 保存容器, 密閉容器, タッパー, 밀폐용기, 반찬통, 보관용기',
  ],
  'Home & Garden > Kitchen & Dining > Food Storage > Food Storage Bags': [
    '保鲜袋, 密封袋, 保存袋, ジップロック, 지퍼백, 위생백',
  ],
  'Home & Garden > Kitchen & Dining > Food Storage > Food Wraps': ['保鲜膜'],
  'Home & Garden > Kitchen & Dining > Food & Beverage Carriers > Thermoses': [
    '保温瓶, 保温杯, 真空保温瓶, 焖烧杯, 保温壶, 魔法瓶, 保温ボトル, 水筒~0.6, 보온병, 보온보냉',
  ],
  'Home & Garden > Kitchen & Dining > Food & Beverage Carriers > Water Bottles': [
    '水壶~0.5, 运动水壶, 水杯~0.6, 水筒, ウォーターボトル, 물병, 보틀~0.6',
  ],
  'Home & Garden > Kitchen & Dining > Tableware > Coffee Servers & Tea Pots': [
    '茶壶, 急須, ティーポット, 티포트, 다관',
  ],
  'Home & Garden > Kitchen & Dining > Kitchen Appliances > Electric Kettles': [
    '快煮壶, 热水瓶, 电热水瓶, 电热水壶, 電気ポット, 电水壶, 烧水壶, 전기포트, 전기주전자, 주전자~0.6',
  ],
  'Home & Garden > Kitchen & Dining > Kitchen Tools & Utensils > Cutting Boards': [
    '砧板, 菜板, 切菜板, まな板, カッティングボード, 도마',
  ],
  'Home & Garden > Kitchen & Dining > Kitchen Tools & Utensils > Kitchen Knives': [
    '菜刀, 厨师刀, 包丁, 三徳包丁, 식칼, 주방칼',
  ],
  'Home & Garden > Kitchen & Dining > Tableware > Flatware > Chopsticks': ['筷子, 箸, 젓가락'],
  'Home & Garden > Kitchen & Dining > Tableware > Flatware > Spoons': ['勺子, 汤匙, スプーン, 숟가락, 스푼'],
  'Home & Garden > Kitchen & Dining > Tableware > Dinnerware > Bowls': [
    '饭碗, 汤碗, 茶碗~0.6, お椀, どんぶり, 밥그릇, 그릇~0.6',
  ],
  'Home & Garden > Kitchen & Dining > Tableware > Dinnerware > Plates': ['盘子, 餐盘, 平皿, 小皿, 접시'],
  'Home & Garden > Kitchen & Dining > Food & Beverage Carriers > Lunch Boxes & Totes': [
    '饭盒, 便当盒, 午餐盒, 弁当箱, ランチボックス, 도시락, 도시락통',
  ],
  'Home & Garden > Kitchen & Dining > Cookware & Bakeware > Cookware > Skillets & Frying Pans': [
    '平底锅, 煎锅, フライパン, 프라이팬',
  ],
  'Home & Garden > Kitchen & Dining > Cookware & Bakeware > Cookware > Stock Pots': ['汤锅, 両手鍋, 片手鍋, 냄비'],
  'Home & Garden > Kitchen & Dining > Cookware & Bakeware > Cookware > Woks': ['炒锅, 웍'],
  'Home & Garden > Kitchen & Dining > Kitchen Appliances > Food Cookers & Steamers > Rice Cookers': [
    '电饭煲, 电饭锅, 밥솥, 전기밥솥',
  ],
  'Home & Garden > Kitchen & Dining > Kitchen Appliances > Food Mixers & Blenders': [
    '搅拌机, 料理机, 破壁机, ミキサー, ブレンダー, 블렌더, 믹서기',
  ],
  'Home & Garden > Kitchen & Dining > Kitchen Appliances > Juicers': ['榨汁机, 原汁机, ジューサー, 착즙기, 녹즙기'],
  'Home & Garden > Kitchen & Dining > Kitchen Appliances > Toasters & Grills > Toasters': [
    '烤面包机, 多士炉, トースター, 토스터',
  ],
  'Home & Garden > Kitchen & Dining > Kitchen Appliances > Deep Fryers': [
    '空气炸锅, 气炸锅, ノンフライヤー, 에어프라이어',
  ],
  'Home & Garden > Kitchen & Dining > Kitchen Appliances > Coffee Makers & Espresso Machines': [
    '咖啡机, コーヒーメーカー, 커피머신, 커피메이커',
  ],
  'Home & Garden > Kitchen & Dining > Kitchen Appliances > Microwave Ovens': ['微波炉, 전자레인지'],
  // Bedding, bathroom, cleaning, household.
  'Home & Garden > Linens & Bedding > Bedding > Pillows': ['枕头, 抱枕~0.6, 枕, 베개'],
  'Home & Garden > Linens & Bedding > Bedding > Pillowcases & Shams': ['枕套, 枕巾, 枕カバー, 베개커버'],
  'Home & Garden > Linens & Bedding > Bedding > Duvet Covers': ['被套, 掛け布団カバー, 이불커버'],
  'Home & Garden > Linens & Bedding > Bedding > Bed Sheets': ['床单, 床笠, シーツ, 시트~0.4, 침대시트'],
  'Home & Garden > Linens & Bedding > Bedding > Quilts & Comforters': [
    '被子, 棉被, 羽绒被, 掛け布団, 羽毛布団, 이불, 차렵이불',
  ],
  'Home & Garden > Linens & Bedding > Bedding > Blankets': ['毛毯, 毯子, 毛布, ブランケット, 담요, 블랭킷'],
  'Furniture > Beds & Accessories > Mattresses': ['床垫, マットレス, 매트리스'],
  'Home & Garden > Linens & Bedding > Towels > Bath Towels & Washcloths': [
    '毛巾, 浴巾, 面巾, タオル, バスタオル, 수건, 타월, 목욕타월',
  ],
  'Health & Beauty > Personal Care > Oral Care > Toothbrushes': ['牙刷, 电动牙刷, 歯ブラシ, 칫솔, 전동칫솔'],
  'Health & Beauty > Personal Care > Oral Care > Toothpaste': ['牙膏, 歯磨き粉, 치약'],
  'Home & Garden > Bathroom Accessories > Shower Curtains': ['浴帘, シャワーカーテン, 샤워커튼'],
  'Home & Garden > Household Supplies > Household Cleaning Supplies > Mops': ['拖把, モップ, 밀대~0.6, 걸레~0.6'],
  'Home & Garden > Household Supplies > Household Cleaning Supplies > Brooms': ['扫帚, 扫把, ほうき, 빗자루'],
  'Home & Garden > Household Supplies > Household Cleaning Supplies > Sponges & Scouring Pads': [
    '海绵擦, 洗碗布, 百洁布, スポンジ, 수세미',
  ],
  'Home & Garden > Household Supplies > Waste Containment > Trash Cans & Wastebaskets': [
    '垃圾桶, ゴミ箱, 휴지통, 쓰레기통',
  ],
  'Home & Garden > Household Supplies > Garbage Bags': ['垃圾袋, ゴミ袋, 쓰레기봉투'],
  'Home & Garden > Household Supplies > Laundry Supplies > Laundry Baskets': [
    '脏衣篮, 洗衣篮, ランドリーバスケット, 빨래바구니',
  ],
  'Home & Garden > Household Supplies > Storage & Organization > Clothing & Closet Storage > Hangers': [
    '衣架, ハンガー, 옷걸이',
  ],
  'Home & Garden > Household Supplies > Storage & Organization > Household Storage Containers': [
    '收纳盒, 收纳箱, 收纳筐, 収納ボックス, 収納ケース, 수납함, 수납박스',
  ],
  'Home & Garden > Household Supplies > Household Paper Products > Toilet Paper': [
    '卫生纸, 卷纸, トイレットペーパー, 화장지, 두루마리',
  ],
  'Home & Garden > Household Supplies > Household Paper Products > Facial Tissues': [
    '纸巾, 抽纸, 面巾纸, ティッシュ, 티슈, 각티슈',
  ],
  'Home & Garden > Household Supplies > Laundry Supplies > Laundry Detergent': [
    '洗衣液, 洗衣粉, 洗濯洗剤, 세탁세제, 세제~0.6',
  ],
  'Home & Garden > Parasols & Rain Umbrellas': ['雨伞, 晴雨伞, 折叠伞, 傘, 日傘, 折りたたみ傘, 우산, 양산'],
  'Home & Garden > Household Appliances > Climate Control Appliances > Humidifiers': ['加湿器, 가습기'],
  'Home & Garden > Household Appliances > Climate Control Appliances > Air Purifiers': [
    '空气净化器, 空気清浄機, 공기청정기',
  ],
  'Home & Garden > Household Appliances > Climate Control Appliances > Fans': [
    '电风扇, 风扇, 扇風機, サーキュレーター, 선풍기, 서큘레이터',
  ],
  'Health & Beauty > Personal Care > Hair Care > Hair Styling Tools > Hair Dryers': [
    '吹风机, 电吹风, ドライヤー, 헤어드라이어, 드라이기',
  ],
  // Clothing, shoes, bags.
  'Apparel & Accessories > Clothing Accessories > Hats': [
    '帽子, 棒球帽, 渔夫帽, キャップ~0.6, ハット, 모자, 볼캡, 버킷햇',
  ],
  'Apparel & Accessories > Clothing Accessories > Scarves & Shawls': [
    '围巾, 披肩, マフラー, ストール, 스카프, 머플러, 목도리',
  ],
  'Apparel & Accessories > Clothing Accessories > Gloves & Mittens': ['手套, 手袋, 장갑'],
  'Apparel & Accessories > Clothing > Underwear & Socks > Socks': ['袜子, 棉袜, 靴下, ソックス, 양말'],
  'Apparel & Accessories > Clothing > Sleepwear & Loungewear > Pajamas': ['睡衣, 家居服, パジャマ, 잠옷, 파자마'],
  'Apparel & Accessories > Clothing > Outerwear > Coats & Jackets': [
    '外套, 夹克, 羽绒服, 风衣, ジャケット, コート, ダウンジャケット, 자켓, 재킷, 코트, 패딩',
  ],
  'Apparel & Accessories > Clothing > Pants': ['裤子, 长裤, 休闲裤, パンツ~0.6, ズボン, 바지, 팬츠~0.6, 슬랙스'],
  'Apparel & Accessories > Clothing > Dresses': ['连衣裙, ワンピース, 원피스'],
  'Apparel & Accessories > Clothing > Skirts': ['半身裙, 短裙, スカート, 스커트, 치마'],
  'Apparel & Accessories > Clothing > Shirts & Tops': [
    '衬衫, T恤, 卫衣, 毛衣, 针织衫, セーター, パーカー, 셔츠, 티셔츠, 맨투맨, 후드티, 니트',
  ],
  'Apparel & Accessories > Shoes': [
    '运动鞋, 跑鞋, 皮鞋, 靴子, 凉鞋, 拖鞋, 帆布鞋, 板鞋, 革靴, スリッパ, 운동화, 구두, 샌들, 슬리퍼, 스니커즈, 부츠, 러닝화',
  ],
  'Luggage & Bags > Backpacks': ['双肩包, 背包, 书包, リュック, リュックサック, バックパック, 백팩, 배낭, 책가방'],
  'Apparel & Accessories > Handbags, Wallets & Cases > Handbags': [
    '手提包, 托特包, 斜挎包, 单肩包, ショルダーバッグ, 토트백, 숄더백, 크로스백, 핸드백',
  ],
  'Apparel & Accessories > Handbags, Wallets & Cases > Wallets & Money Clips': [
    '钱包, 钱夹, 财布, 財布, 長財布, 지갑, 반지갑, 장지갑',
  ],
  'Luggage & Bags > Suitcases': ['行李箱, 拉杆箱, スーツケース, キャリーケース, 캐리어, 여행가방'],
  // Cosmetics and skin care.
  'Health & Beauty > Personal Care > Cosmetics > Makeup > Lip Makeup > Lipstick': [
    '口红, 唇膏~0.6, 口紅, リップスティック, 립스틱',
  ],
  'Health & Beauty > Personal Care > Cosmetics > Skin Care > Sunscreen': [
    '防晒霜, 防晒乳, 日焼け止め, 선크림, 썬크림, 자외선차단제',
  ],
  'Health & Beauty > Personal Care > Cosmetics > Skin Care > Facial Cleansers': [
    '洗面奶, 洁面乳, 洗顔料, 洗顔フォーム, 클렌징폼, 폼클렌징',
  ],
  'Health & Beauty > Personal Care > Cosmetics > Skin Care > Lotion & Moisturizer': [
    '面霜, 乳液, 保湿霜, 化妆水, 化粧水, 保湿クリーム, 로션, 토너, 스킨~0.5, 수분크림',
  ],
  'Health & Beauty > Personal Care > Cosmetics > Skin Care > Skin Care Masks & Peels': [
    '面膜, フェイスマスク, シートマスク, 마스크팩, 시트팩',
  ],
  'Health & Beauty > Personal Care > Hair Care > Shampoo & Conditioner': [
    '洗发水, 护发素, シャンプー, コンディショナー, 샴푸, 린스, 트리트먼트~0.6',
  ],
  'Health & Beauty > Personal Care > Cosmetics > Bath & Body > Body Wash': ['沐浴露, ボディソープ, 바디워시'],
  // Baby and toys.
  'Baby & Toddler > Diapering > Diapers': ['纸尿裤, 尿不湿, おむつ, オムツ, 기저귀'],
  'Baby & Toddler > Nursing & Feeding > Baby Bottles': ['奶瓶, 哺乳瓶, 젖병'],
  'Baby & Toddler > Baby Health > Pacifiers & Teethers': ['安抚奶嘴, 奶嘴, おしゃぶり, 쪽쪽이, 공갈젖꼭지'],
  'Baby & Toddler > Baby Transport > Baby Strollers': ['婴儿车, 推车~0.5, ベビーカー, 유모차'],
  'Baby & Toddler > Diapering > Baby Wipes': ['湿巾, 婴儿湿巾, おしりふき, 물티슈'],
  'Toys & Games > Toys > Dolls, Playsets & Toy Figures > Stuffed Animals': [
    '毛绒玩具, 公仔, 玩偶, ぬいぐるみ, 봉제인형, 인형~0.6',
  ],
  'Toys & Games > Toys > Building Toys > Interlocking Blocks': ['积木, 拼装积木, ブロック~0.5, 블록~0.6, 레고'],
  'Toys & Games > Puzzles > Jigsaw Puzzles': ['拼图, ジグソーパズル, パズル, 퍼즐, 직소퍼즐'],
  // Stationery.
  'Office Supplies > Office Instruments > Writing & Drawing Instruments > Pens & Pencils > Pens': [
    '圆珠笔, 中性笔, 钢笔, ボールペン, 万年筆, 볼펜, 만년필',
  ],
  'Office Supplies > Office Instruments > Writing & Drawing Instruments > Pens & Pencils > Pencils': [
    '铅笔, 自动铅笔, 鉛筆, シャープペンシル, シャーペン, 연필',
  ],
  'Office Supplies > General Office Supplies > Erasers': ['橡皮擦, 消しゴム, 지우개'],
  'Office Supplies > General Office Supplies > Paper Products > Notebooks & Notepads': [
    '记事本, 本子, ノート~0.6, 공책',
  ],
  'Arts & Entertainment > Hobbies & Creative Arts > Arts & Crafts > Art & Crafting Tools > Craft Cutting & Embossing Tools > Craft & Office Scissors':
    ['剪刀, ハサミ, はさみ, 가위'],
  'Office Supplies > General Office Supplies > Office Tape': [
    '胶带, 透明胶, セロハンテープ, マスキングテープ, 테이프, 마스킹테이프',
  ],
  // Tools, garden, pet, sports.
  'Hardware > Tools > Screwdrivers': ['螺丝刀, 一字螺丝刀, 十字螺丝刀'],
  'Hardware > Tools > Hammers': ['锤子, 榔头, ハンマー, 金槌, 망치'],
  'Hardware > Tools > Drills': ['电钻, 冲击钻, 电动螺丝刀, 電動ドリル, ドリル, 드릴, 전동드릴'],
  'Hardware > Tools > Wrenches': ['扳手, スパナ, 스패너'],
  'Hardware > Tools > Pliers': ['钳子, 老虎钳, ペンチ, プライヤー, 펜치, 니퍼'],
  'Hardware > Tools > Measuring Tools & Sensors > Tape Measures': ['卷尺, メジャー~0.5, 巻尺, 줄자'],
  'Home & Garden > Lawn & Garden > Gardening > Pots & Planters': ['花盆, 植木鉢, プランター, 화분'],
  'Home & Garden > Lawn & Garden > Watering & Irrigation > Watering Cans': [
    '洒水壶, 浇水壶, じょうろ, ジョウロ, 물뿌리개',
  ],
  'Home & Garden > Lawn & Garden > Watering & Irrigation > Garden Hoses': ['水管~0.6, 浇花水管, ホース, 호스'],
  'Animals & Pet Supplies > Pet Supplies > Pet Bowls, Feeders & Waterers': [
    '宠物碗, 猫碗, 狗碗, 食器~0.3, フードボウル, 밥그릇~0.3, 급식기, 급수기',
  ],
  'Animals & Pet Supplies > Pet Supplies > Pet Leashes': ['牵引绳, 狗绳, リード~0.6, 리드줄, 하네스~0.6'],
  'Animals & Pet Supplies > Pet Supplies > Cat Supplies > Cat Litter': ['猫砂, 猫の砂, 고양이모래'],
  'Animals & Pet Supplies > Pet Supplies > Cat Supplies > Cat Food': [
    '猫粮, 猫罐头, キャットフード, 고양이사료, 캣푸드',
  ],
  'Animals & Pet Supplies > Pet Supplies > Dog Supplies > Dog Food': ['狗粮, ドッグフード, 강아지사료, 개사료'],
  'Sporting Goods > Exercise & Fitness > Yoga & Pilates > Yoga & Pilates Mats': ['瑜伽垫, ヨガマット, 요가매트'],
  'Sporting Goods > Exercise & Fitness > Weight Lifting > Free Weights': ['哑铃, ダンベル, 덤벨, 아령'],
  'Sporting Goods > Outdoor Recreation > Camping & Hiking > Tents': ['帐篷, テント, 텐트'],
  'Sporting Goods > Outdoor Recreation > Camping & Hiking > Sleeping Bags': ['睡袋, 寝袋, 침낭'],
  // Electronics accessories.
  'Electronics > Communications > Telephony > Mobile Phone Accessories > Mobile Phone Cases': [
    '手机壳, 手机套, 스마트폰케이스, 폰케이스, 휴대폰케이스',
  ],
  'Electronics > Electronics Accessories > Electronics Films & Shields > Screen Protectors': [
    '钢化膜, 保护膜, 手机膜, 保護フィルム, ガラスフィルム, 보호필름, 강화유리',
  ],
  'Electronics > Electronics Accessories > Power > Power Adapters & Chargers': [
    '充电器, 充电头, 快充头, 충전기, 어댑터~0.6',
  ],
  'Electronics > Electronics Accessories > Power > Batteries': ['充电宝, 移动电源, モバイルバッテリー, 보조배터리'],
  'Electronics > Electronics Accessories > Cables': ['数据线, 充电线, ケーブル, 充電ケーブル, 케이블, 충전케이블'],
  'Electronics > Audio > Audio Components > Headphones & Headsets': [
    '耳机, 蓝牙耳机, 无线耳机, 이어폰, 헤드폰, 헤드셋',
  ],
  'Electronics > Audio > Audio Components > Speakers': ['音箱, 蓝牙音箱, スピーカー, 스피커'],
  'Electronics > Electronics Accessories > Computer Components > Input Devices > Mice & Trackballs': [
    '鼠标, 无线鼠标, 마우스',
  ],
  'Electronics > Electronics Accessories > Computer Components > Input Devices > Keyboards': ['键盘, 机械键盘, 키보드'],
};

/** The word lists as synonyms.ts rows: [taxonomy path, comma-separated phrases]. */
export const EVERYDAY_CJK: [string, string][] = Object.entries(CJK).map(([path, lines]) => [path, lines.join(', ')]);
