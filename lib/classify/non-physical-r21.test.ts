/**
 * "Not a physical product" in round 21 (issue #15, class 3): tickets, vouchers, subscriptions,
 * software keys, services and downloads in the languages added since the word lists were written
 * (Indonesian, Malay, Arabic, Hebrew, Thai, Estonian, Latvian, Lithuanian, Vietnamese), CJK and
 * Thai phrases cut into pieces, a shop's web address next to the phrase, and a head-first title
 * whose next word is a product word. Titles written for these tests; each failed at round 20.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createClassifier, type ClassifierModel } from './index';
import { NON_PHYSICAL_WORDS } from './rules/non-physical-words';
import { isUnspaced, MIN_THAI_LETTERS } from './rules/non-physical';
import { normalizeText } from './text';

const model = JSON.parse(readFileSync('public/factors/classifier.json', 'utf8')) as ClassifierModel;
const classifier = createClassifier(model);
const kindOf = (title: string, lang: string | null = null) => classifier.classify({ title, lang })?.nonPhysical ?? null;

describe('non-physical kinds in the languages added since (round 21)', () => {
  it.each([
    ['Voucher belanja Matahari Rp 250.000', 'id', 'voucher'],
    ['Tiket konser Dewa 19 Festival A', 'id', 'ticket'],
    ['Langganan Vidio Platinum 3 bulan', 'id', 'subscription'],
    ['Jasa pemasangan water heater', 'id', 'service'],
    ['Baucar hadiah AEON RM100', 'ms', 'voucher'],
    ['بطاقة هدية نون 100 درهم', 'ar', 'voucher'],
    ['تذكرة دخول متحف المستقبل', 'ar', 'ticket'],
    ['مفتاح تفعيل أوفيس 2021', 'ar', 'software'],
    ['שובר מתנה לספא זוגי', 'he', 'voucher'],
    ['אחריות מורחבת 3 שנים למקרר', 'he', 'service'],
    ['บัตรกำนัล ร้านอาหาร 500 บาท', 'th', 'voucher'],
    ['บริการติดตั้งเครื่องทำน้ำอุ่น', 'th', 'service'],
    ['Kinkekaart Apollo 25 €', 'et', 'voucher'],
    ['Ieejas biļete Rīgas Zoo pieaugušajiem', 'lv', 'ticket'],
    ['Dovanų kortelė Senukai 30 €', 'lt', 'voucher'],
    ['Vé tham quan Bà Nà Hills người lớn', 'vi', 'ticket'],
    ['Garantie prolongée 3 ans téléviseur', 'fr', 'service'],
    ['Fortnite game code 1000 V-Bucks', 'en', 'software'],
  ])('%s (%s) is %s', (title, lang, kind) => {
    expect(kindOf(title, lang)).toBe(kind);
  });

  it('finds a CJK phrase the segmenter cut into words ("ギフト" "カード") and a Thai one cut at its marks', () => {
    expect(kindOf('Appleギフトカード 3000円', 'ja')).toBe('voucher');
    expect(kindOf('บัตรของขวัญ Lotus 500 บาท', 'th')).toBe('voucher');
  });

  it('reads a shop web address as the shop, not as the thing the phrase qualifies', () => {
    expect(kindOf('Cadeaubon bol.com 25 euro', 'nl')).toBe('voucher');
  });

  it('in a head-first language, the word after the phrase qualifies it ("E-book Pan Tadeusz")', () => {
    expect(kindOf('E-book Pan Tadeusz PDF', 'pl')).toBe('digital');
    // Head-last English keeps the product after the phrase: a gift card box is a box.
    expect(kindOf('Gift card box kraft 10 pack', 'en')).toBeNull();
  });

  it('keeps physical goods physical', () => {
    expect(kindOf('Gantungan tiket holder kulit', 'id')).toBeNull();
    expect(kindOf('Lesen lernen mit Bildern ab 5 Jahren', 'de')).toBeNull();
    expect(kindOf('Skin care pack with serum and cream', 'en')).toBeNull();
  });

  it('lists Thai phrases long enough to be matched inside a run (no short piece matches any word)', () => {
    const thai = Object.values(NON_PHYSICAL_WORDS)
      .flatMap((byLang) => Object.values(byLang).flat())
      .filter((w) => isUnspaced(w) && /[\u0e00-\u0e7f]/.test(w));
    expect(thai.length).toBeGreaterThan(5);
    for (const w of thai) expect(normalizeText(w).replace(/ /g, '').length).toBeGreaterThanOrEqual(MIN_THAI_LETTERS);
  });
});
