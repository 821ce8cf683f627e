/**
 * Failure classes of issue #15's twentieth round (class 1, "no category for ordinary goods", in
 * the languages and departments the last blind set scored worst: Turkish, Danish, Japanese,
 * Chinese, Korean; Hardware, Religious & Ceremonial, Mature), with titles written for these tests
 * (none is taken from an evaluation set): each failed on the round-19 classifier.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createClassifier, type ClassifierModel } from './index';
import { foldTraditional } from './hanzi-fold';
import { otherForms } from './rules/inflection';
import { zonesOf } from './title';
import { normalizeText } from './text';

const model = JSON.parse(readFileSync('public/factors/classifier.json', 'utf8')) as ClassifierModel;
const classifier = createClassifier(model);
const pathOf = (title: string, lang: string | null = null) => classifier.classify({ title, lang })?.path ?? '';

const SCREWS = 'Hardware > Hardware Accessories > Hardware Fasteners > Screws';
const HINGES = 'Hardware > Hardware Accessories > Hinges';
const LOCKS = 'Hardware > Locks & Keys > Locks & Latches';
const SEALANTS = 'Hardware > Building Consumables > Protective Coatings & Sealants';
const SANDPAPER = 'Hardware > Tool Accessories > Sanding Accessories > Sandpaper & Sanding Sponges';
const LADDERS = 'Hardware > Tools > Ladders & Scaffolding > Ladders';
const SCREWDRIVERS = 'Hardware > Tools > Screwdrivers';
const PRAYER_BEADS = 'Religious & Ceremonial > Religious Items > Prayer Beads';
const RELIGIOUS_ITEMS = 'Religious & Ceremonial > Religious Items';
const URNS = 'Religious & Ceremonial > Memorial Ceremony Supplies > Memorial Urns';
const CAMPING_TOOLS = 'Sporting Goods > Outdoor Recreation > Camping & Hiking > Camping Tools';
const POCKET_KNIVES = `${CAMPING_TOOLS} > Multifunction Tools & Knives`;
const HUNTING_KNIVES = `${CAMPING_TOOLS} > Hunting & Survival Knives`;
const PEPPER_SPRAY = 'Mature > Weapons > Mace & Pepper Spray';
const COMBAT_KNIVES = 'Mature > Weapons > Combat Knives';
const AIRSOFT_GUNS =
  'Sporting Goods > Outdoor Recreation > Hunting & Shooting > Paintball & Airsoft > Airsoft > Airsoft Guns';

describe('hardware-store items in every language of the issue, Turkish and Danish included', () => {
  it.each([
    ['Paslanmaz çelik ahşap vidası 4x40 mm 200 adet', 'tr', SCREWS],
    ['Kapı menteşesi 3 adet pirinç', 'tr', HINGES],
    ['Asma kilit 40 mm şifreli', 'tr', LOCKS],
    ['Silikon mastik şeffaf 280 ml', 'tr', SEALANTS],
    ['Zımpara kağıdı 120 kum 10 adet', 'tr', SANDPAPER],
    ['Alüminyum merdiven 5 basamaklı', 'tr', LADDERS],
    ['Tornavida seti 32 parça', 'tr', SCREWDRIVERS],
    ['Rustfri træskruer 4x40 200 stk', 'da', SCREWS],
    ['Hængsel til skabslåge 2 stk', 'da', HINGES],
    ['Hængelås med kode messing', 'da', LOCKS],
    ['Fugemasse silikon hvid 300 ml', 'da', SEALANTS],
    ['Sandpapir korn 120 10 ark', 'da', SANDPAPER],
    ['Skruetrækkersæt 32 dele', 'da', SCREWDRIVERS],
    ['蝶番 真鍮 2個入り', 'ja', HINGES],
    ['南京錠 ダイヤル式', 'ja', LOCKS],
    ['シーリング材 シリコン 透明', 'ja', SEALANTS],
    ['紙やすり 120番 10枚', 'ja', SANDPAPER],
    ['脚立 アルミ 3段', 'ja', LADDERS],
    ['ドライバーセット 32本組', 'ja', SCREWDRIVERS],
    ['不锈钢自攻螺丝 200个', 'zh', SCREWS],
    ['挂锁 密码锁', 'zh', LOCKS],
    ['玻璃胶 透明 防霉', 'zh', SEALANTS],
    ['砂纸 120目 10张', 'zh', SANDPAPER],
    ['螺丝刀套装 32件', 'zh', SCREWDRIVERS],
    ['자물쇠 번호키', 'ko', LOCKS],
    ['실리콘 실란트 투명', 'ko', SEALANTS],
    ['사포 120방 10장', 'ko', SANDPAPER],
    ['알루미늄 사다리 3단', 'ko', LADDERS],
    ['드라이버세트 32종', 'ko', SCREWDRIVERS],
    ['Holzschrauben Edelstahl 4x40 200 Stück', 'de', SCREWS],
  ])('%s (%s)', (title, lang, path) => {
    expect(pathOf(title, lang)).toBe(path);
  });
});

describe('religious and ceremonial goods', () => {
  it.each([
    ['Tesbih kehribar 33 lü', 'tr', PRAYER_BEADS],
    ['Seccade kadife', 'tr', RELIGIOUS_ITEMS],
    ['Rosenkrans af træperler', 'da', PRAYER_BEADS],
    ['数珠 念珠 男性用', 'ja', PRAYER_BEADS],
    ['ロザリオ 木製', 'ja', PRAYER_BEADS],
    ['仏壇 小型 モダン', 'ja', 'Religious & Ceremonial > Religious Items > Religious Altars'],
    ['佛珠手串 沉香', 'zh', PRAYER_BEADS],
    ['骨灰盒 实木', 'zh', URNS],
    ['염주 108알', 'ko', PRAYER_BEADS],
    ['유골함 도자기', 'ko', URNS],
    ['Rosenkranz aus Holzperlen', 'de', PRAYER_BEADS],
    ['Gebetskette Holz 108 Perlen', 'de', PRAYER_BEADS],
    ['Wooden rosary beads with crucifix', 'en', PRAYER_BEADS],
    ['Brass menorah 9 branch', 'en', RELIGIOUS_ITEMS],
    ['Cremation urn for ashes', 'en', URNS],
    ['Crucifixo de parede', 'pt', RELIGIOUS_ITEMS],
    ['Różaniec drewniany', 'pl', PRAYER_BEADS],
  ])('%s (%s)', (title, lang, path) => {
    expect(pathOf(title, lang)).toBe(path);
  });
  it('church and altar candles are candles, incense sticks incense', () => {
    expect(pathOf('Kirkelys hvid 10 stk', 'da')).toBe('Home & Garden > Decor > Home Fragrances > Candles');
    expect(pathOf('墓前 線香', 'ja')).toBe('Home & Garden > Decor > Home Fragrances > Incense');
  });
});

describe('knives, airsoft and weapons where the taxonomy files them', () => {
  it.each([
    ['Çakı paslanmaz çelik katlanır', 'tr', POCKET_KNIVES],
    ['Av bıçağı deri kılıflı', 'tr', HUNTING_KNIVES],
    ['Lommekniv med træskaft', 'da', POCKET_KNIVES],
    ['Jagtkniv med læderskede', 'da', HUNTING_KNIVES],
    ['Peberspray til selvforsvar', 'da', PEPPER_SPRAY],
    ['サバイバルナイフ', 'ja', HUNTING_KNIVES],
    ['エアガン 電動ガン', 'ja', AIRSOFT_GUNS],
    ['折叠刀 户外', 'zh', POCKET_KNIVES],
    ['防狼喷雾 随身', 'zh', PEPPER_SPRAY],
    ['호신용 스프레이 휴대용', 'ko', PEPPER_SPRAY],
    ['Taschenmesser mit Holzgriff', 'de', POCKET_KNIVES],
    ['Pfefferspray zur Selbstverteidigung', 'de', PEPPER_SPRAY],
    ['Elektroschocker mit Taschenlampe', 'de', 'Mature > Weapons > Stun Guns & Tasers'],
    ['Pocket knife folding stainless', 'en', POCKET_KNIVES],
    ['Combat dagger with sheath', 'en', COMBAT_KNIVES],
    ['Tactical knife fixed blade', 'en', COMBAT_KNIVES],
    ['Airsoft pistol spring 6mm', 'en', AIRSOFT_GUNS],
  ])('%s (%s)', (title, lang, path) => {
    expect(pathOf(title, lang)).toBe(path);
  });
});

describe('Turkish everyday nouns, with their plural and possessive endings', () => {
  it.each([
    ['Bluetooth kulaklık kablosuz', 'Electronics > Audio > Audio Components > Headphones & Headsets'],
    ['Pamuklu nevresim takımı çift kişilik', 'Home & Garden > Linens & Bedding > Bedding > Duvet Covers'],
    ['Kadın deri cüzdan', 'Apparel & Accessories > Handbags, Wallets & Cases > Wallets & Money Clips'],
    ['Yünlü kazak erkek', 'Apparel & Accessories > Clothing > Shirts & Tops'],
    [
      'Paslanmaz çelik tava 28 cm',
      'Home & Garden > Kitchen & Dining > Cookware & Bakeware > Cookware > Skillets & Frying Pans',
    ],
    ['Çocuk uyku tulumu', 'Sporting Goods > Outdoor Recreation > Camping & Hiking > Sleeping Bags'],
    ['Ahşap vidaları 100 adet', SCREWS],
  ])('%s', (title, path) => {
    expect(pathOf(title, 'tr')).toBe(path);
  });
  it('"için" (for) after the device makes the device what the case fits', () => {
    expect(pathOf('iPhone 13 için silikon kılıf', 'tr')).toBe(
      'Electronics > Communications > Telephony > Mobile Phone Accessories > Mobile Phone Cases',
    );
  });
  it('the plural and possessive endings give the bare noun; Danish plurals the singular', () => {
    expect(otherForms('vidalari', 'tr')).toContain('vida');
    expect(otherForms('mentesesi', 'tr')).toContain('mentese');
    expect(otherForms('cekicler', 'tr')).toContain('cekic');
    expect(otherForms('skruer', 'da')).toContain('skrue');
    expect(otherForms('vidalari', 'en')).toEqual([]);
  });
});

describe('Japanese loanwords whose end is another katakana word are read whole', () => {
  it.each([
    ['国産 ドッグフード 小型犬用 2kg', 'Animals & Pet Supplies > Pet Supplies > Dog Supplies > Dog Food'],
    ['キャットフード 室内飼い 成猫用', 'Animals & Pet Supplies > Pet Supplies > Cat Supplies > Cat Food'],
    ['インクジェットプリンター A4 複合機', 'Electronics > Print, Copy, Scan & Fax > Printers, Copiers & Fax Machines'],
    ['ダンベル 10kg 2個セット 可変式', 'Sporting Goods > Exercise & Fitness > Weight Lifting > Free Weights'],
    ['遮光カーテン 2枚組 100×200', 'Home & Garden > Decor > Window Treatments > Curtains & Drapes'],
    ['ヘアドライヤー 大風量 速乾', 'Health & Beauty > Personal Care > Hair Care > Hair Styling Tools > Hair Dryers'],
    ['ベビーカー 軽量 折りたたみ', 'Baby & Toddler > Baby Transport > Baby Strollers'],
    ['ジグソーパズル 1000ピース 風景', 'Toys & Games > Puzzles'],
    [
      'ボールペン 0.5mm 黒 10本',
      'Office Supplies > Office Instruments > Writing & Drawing Instruments > Pens & Pencils > Pens',
    ],
  ])('%s', (title, path) => {
    expect(pathOf(title, 'ja')).toBe(path);
  });
});

describe('traditional Chinese titles read the simplified lexicon', () => {
  it('folds traditional characters, leaves simplified ones, kana and Latin alone', () => {
    expect(foldTraditional('不鏽鋼螺絲')).toBe('不锈钢螺丝');
    expect(foldTraditional('藍牙耳機')).toBe('蓝牙耳机');
    expect(foldTraditional('不锈钢 ステンレス abc')).toBe('不锈钢 ステンレス abc');
    expect(normalizeText('門鉸鏈 iPhone')).toBe('门铰链 iphone');
  });
  it.each([
    ['不鏽鋼螺絲 200入', SCREWS],
    ['門鉸鏈 不鏽鋼', HINGES],
    ['藍牙耳機 無線', 'Electronics > Audio > Audio Components > Headphones & Headsets'],
  ])('%s', (title, path) => {
    expect(pathOf(title, 'zh')).toBe(path);
  });
});

describe('a CJK for-marker that ends the title names the user, not what the product fits', () => {
  it('"家用" (for home use) after the product leaves the product its weight', () => {
    expect(pathOf('铝合金人字梯 家用', 'zh')).toBe(LADDERS);
    expect(zonesOf(['铝合金', '人字梯', '家', '用'])).toEqual([1, 1, 0.2, 1]);
  });
  it('guard: a marker before the product still lowers what comes before it ("iPhone用ケース")', () => {
    expect(zonesOf(['iphone', '用', 'ケース'])).toEqual([0.2, 1, 1]);
  });
});
