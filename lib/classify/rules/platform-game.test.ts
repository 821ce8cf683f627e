/**
 * A game for a console is software, not the console (rules/platform-game.ts), and the words for
 * tickets, vouchers, subscriptions and licences of the languages without a translated taxonomy
 * (rules/non-physical-words.ts). Titles written for these tests; each failed before its rule.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createClassifier, type ClassifierModel } from '../index';
import { platformGame } from './platform-game';

const model = JSON.parse(readFileSync('public/factors/classifier.json', 'utf8')) as ClassifierModel;
const classifier = createClassifier(model);
const classify = (title: string, lang: string | null) => classifier.classify({ title, lang });
const pathOf = (title: string, lang: string | null) => classify(title, lang)?.path ?? '';

const GAMES = 'Software > Video Game Software';
const CONSOLES = 'Electronics > Video Game Consoles';

describe('a game for a console platform is video game software', () => {
  it.each([
    ['EA Sports FC 26 (PS5)', 'en'],
    ['The Legend of Zelda: Tears of the Kingdom - Nintendo Switch', 'en'],
    ['Hogwarts Legacy Xbox Series X', 'en'],
    ['Mario Kart 8 Deluxe [Nintendo Switch]', 'de'],
    ["Assassin's Creed Shadows PS5 Spiel", 'de'],
    ['Jeu PS4 Gran Turismo 7', 'fr'],
    ['Minecraft Nintendo Switch', 'pl'],
    ['Gra PS5 Spider-Man 2', 'pl'],
    ['Call of Duty Black Ops 6 (PS4) - Hra', 'cs'],
    ['Игра для PS5 Elden Ring', 'ru'],
    ['ゼルダの伝説 ティアーズ オブ ザ キングダム Switch', 'ja'],
    ['【Switch】スーパーマリオブラザーズ ワンダー', 'ja'],
    ['닌텐도 스위치 젤다의 전설 게임 타이틀', 'ko'],
    ['PS5 游戏 战神 诸神黄昏', 'zh'],
    ['Farming Simulator 25 (PS5)', 'en'],
  ])('%s', (title, lang) => expect(pathOf(title, lang)).toBe(GAMES));
});

describe('consoles, their accessories and other switches keep their readings', () => {
  it.each([
    ['Nintendo Switch OLED konsol', 'da', CONSOLES],
    ['Sony PlayStation 5 Slim Digital Edition 1TB', 'en', CONSOLES],
    ['Sony PlayStation 5 Pro', 'en', CONSOLES],
    ['Xbox Series X', 'en', CONSOLES],
    ['Nintendo Switch 2 + Mario Kart World Bundle', 'en', CONSOLES],
    ['PS5 DualSense Wireless Controller', 'en', 'Electronics > Video Game Console Accessories'],
  ])('%s', (title, lang, path) => expect(pathOf(title, lang)).toBe(path));

  it('a charger, a case or a light switch named with a platform is no game', () => {
    expect(pathOf('Ladestation für PS5 Controller', 'de')).not.toBe(GAMES);
    expect(pathOf('Hülle für Nintendo Switch Lite', 'de')).not.toBe(GAMES);
    expect(pathOf('Lichtschalter (Switch) weiß', 'de')).not.toBe(GAMES);
    expect(platformGame('Netgear 8-Port Gigabit Switch', 'en')).toBeNull();
    expect(platformGame('Sony PlayStation 5 Slim', 'en')).toBeNull();
  });
});

describe('not a physical product, in the languages without a translated taxonomy', () => {
  it.each([
    ['Lahjakortti 50 €', 'fi', 'voucher'],
    ['Gavekort 500 kr', 'da', 'voucher'],
    ['Poklon bon 50 EUR', 'hr', 'voucher'],
    ['Подаръчна карта 100 лв', 'bg', 'voucher'],
    ['Δωροκάρτα 30€', 'el', 'voucher'],
    ['Darčeková poukážka 25 €', 'sk', 'voucher'],
    ['Bilet de intrare Muzeul Satului', 'ro', 'ticket'],
    ['Koncertjegy Budapest Park 2027', 'hu', 'ticket'],
    ['Εισιτήριο συναυλίας Αθήνα', 'el', 'ticket'],
    ['Ulaznica za koncert Zagreb', 'hr', 'ticket'],
    ['Xbox Game Pass Ultimate 3 Monate', 'de', 'subscription'],
    ['Nintendo Switch Online 12 Monate', 'de', 'subscription'],
    ['Netflix abonelik 1 ay', 'tr', 'subscription'],
    ['Előfizetés 12 hónap magazin', 'hu', 'subscription'],
    ['Microsoft Office 2024 licencia', 'sk', 'software'],
    ['Windows 11 Pro lisenssiavain', 'fi', 'software'],
    ['Kaspersky Standard licență 1 an', 'ro', 'software'],
  ])('%s', (title, lang, kind) => expect(classify(title, lang)?.nonPhysical).toBe(kind));

  it('a holder named after the card stays a product', () => {
    expect(classify('Ajándékkártya tartó', 'hu')?.nonPhysical).toBeUndefined();
    expect(classify('Lahjakortti kotelo', 'fi')?.nonPhysical).toBeUndefined();
  });
});
