/**
 * A game for a console is software, not the console: "EA Sports FC 26 (PS5)", "Mario Kart 8
 * Deluxe [Nintendo Switch]", "Gra PS5 Spider-Man 2", "Игра для PS5 Elden Ring". The platform's
 * name reads as the console (Electronics > Video Game Consoles), so a title naming a platform is
 * a game when it also holds a word for a game, or when it names the platform only as a target (in
 * brackets, or after a for-cue: "für PS5", "pour Switch"), and says nothing that only a console
 * or an accessory says (a console word, a storage size, an edition of the machine; a controller,
 * a case or a charging dock is an accessory and keeps its reading).
 */
import type { Evidence } from '../score';
import type { Taxonomy } from '../taxonomy';
import { normalizeText, tokenize } from '../text';

/** Software > Video Game Software. */
const VIDEO_GAME_SOFTWARE = 1279;
/** Electronics > Video Game Consoles, and Electronics itself (a bare platform reads as either). */
const VIDEO_GAME_CONSOLES = 1294;
const ELECTRONICS = 222;
/** The game's weight: a product word's, above a title word's stray readings ("Sports" in "EA Sports FC"). */
const GAME_WEIGHT = 1.2;
/** What a console reading keeps once the title is a game for that console. */
const CONSOLE_LEFT = 0.1;
/** What the other words' readings keep: they are the game's name ("Sports" in "EA Sports FC"). */
const NAME_LEFT = 0.3;
/** A reading this strong is a product word (gather.ts PRODUCT_WORD_WEIGHT). */
const PRODUCT_WORD = 0.5;

/**
 * Platforms, on the normalised title (lower case, accents off, punctuation as spaces). A bare
 * "switch" is a light or network switch as often as a console ("Lichtschalter (Switch)"): it
 * counts only with "Nintendo" or in a Japanese, Korean or Chinese title ("【Switch】…").
 */
const PLATFORM =
  /(?:^| )(?:ps[1-5]|ps vita|playstation(?: [1-5]| vita| portable)?|xbox(?: one| series [xs]| 360)?|nintendo switch(?: 2| lite| oled)?|switch 2|nintendo 3ds|new 3ds|wii u|steam deck|ニンテンドースイッチ|プレイステーション|닌텐도 스위치|플레이스테이션)(?= |$)/;

/** Words for a game, by language (read as tokens, so "Spielkonsole" is not "Spiel"). */
const GAME_WORDS: Record<string, string[]> = {
  en: ['game', 'games', 'videogame', 'video game'],
  de: ['spiel', 'videospiel', 'games'],
  fr: ['jeu', 'jeux'],
  es: ['juego', 'videojuego'],
  it: ['gioco', 'videogioco'],
  pt: ['jogo', 'jogos'],
  nl: ['spel', 'spelletje'],
  sv: ['spel', 'tv spel'],
  da: ['spil'],
  no: ['spill'],
  fi: ['peli'],
  pl: ['gra'],
  cs: ['hra'],
  sk: ['hra'],
  hr: ['igra'],
  hu: ['játék', 'játékszoftver'],
  ro: ['joc'],
  tr: ['oyun', 'oyunu'],
  ru: ['игра', 'видеоигра'],
  uk: ['гра', 'відеогра'],
  bg: ['игра'],
  el: ['παιχνίδι'],
};
const GAME_TOKENS = new Set(Object.values(GAME_WORDS).flatMap((ws) => ws.map((w) => tokenize(w).join(' '))));
/** Game words of the CJK languages, found inside a run ("ゲームソフト", "游戏光盘", "게임타이틀"). */
const CJK_GAME = /ゲームソフト|ソフト|游戏|遊戲|게임|타이틀/;

/** Words only a console has: the machine, its storage, its edition. */
const CONSOLE_WORDS = [
  'console, consoles, konsole, spielkonsole, konsol, konsola, konzole, konzola, konsoll, konsoli, konzol',
  'consola, consolle, spelconsole, konsoll, консоль, приставка, κονσόλα, bundle, slim, digital edition',
  'oled, lite, pro, handheld',
]
  .flatMap((s) => s.split(','))
  .map((w) => tokenize(w).join(' '));
const CONSOLE_TOKENS = new Set(CONSOLE_WORDS);
const CJK_CONSOLE = /本体|主机|游戏机|ゲーム機|콘솔|본체|게임기/;
const STORAGE = /(?:^| )\d+ ?(?:gb|tb)(?= |$)/;
/** The console makers, whose name before the platform is no game's name ("Sony PlayStation 5"). */
const MAKERS = new Set(['sony', 'microsoft', 'nintendo', 'valve']);
const BRACKETED_PLATFORM = /[[(【［（]\s*(?:ps[1-5]|playstation|xbox|nintendo)/i;
const CJK_LANGS = new Set(['ja', 'ko', 'zh']);
const CJK_TEXT = /[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/;

/** Whether `phrase` (tokens joined by spaces) is in `tokens` as consecutive tokens. */
function hasPhrase(tokens: string[], set: Set<string>): boolean {
  for (let i = 0; i < tokens.length; i++) {
    if (set.has(tokens[i]!)) return true;
    if (i + 1 < tokens.length && set.has(`${tokens[i]} ${tokens[i + 1]}`)) return true;
  }
  return false;
}

/**
 * How sure the title is a game for a console platform (see the module's comment): 'game' when it
 * holds a word for a game, 'target' when it names the platform only as what the product is for
 * (in brackets, after a for-cue, or after the product's own name), null when it is no game.
 */
export function platformGame(title: string, lang: string | null): 'game' | 'target' | null {
  const norm = normalizeText(title);
  // Shops in Japan, Korea and China write the console "Switch" in Latin letters; a light switch there is "スイッチ".
  const cjkSwitch = (CJK_LANGS.has(lang ?? '') || CJK_TEXT.test(norm)) && /(?:^| )switch(?= |$)/.test(norm);
  const at = norm.search(PLATFORM);
  if (at < 0 && !cjkSwitch) return null;
  const tokens = tokenize(title);
  if (hasPhrase(tokens, CONSOLE_TOKENS) || CJK_CONSOLE.test(norm) || STORAGE.test(norm)) return null;
  if (hasPhrase(tokens, GAME_TOKENS) || CJK_GAME.test(norm)) return 'game';
  if (cjkSwitch || BRACKETED_PLATFORM.test(title)) return 'target';
  // "Hogwarts Legacy Xbox Series X", "Hülle für PS5": a name or a for-cue before the platform (a
  // maker's name is neither).
  const before = norm
    .slice(0, Math.max(at, 0))
    .split(' ')
    .filter((w) => /\p{L}/u.test(w) && !MAKERS.has(w));
  return before.length ? 'target' : null;
}

/**
 * The title's readings once it is a game for a platform: the console reading (and a bare
 * Electronics one) steps back and the game's node comes in. A product word of another electronic
 * kind (a controller, a headset, a charger "for PS5") leaves the readings as they are: the title
 * is then no game. Other words are the game's name ("EA Sports FC", "Farming Simulator").
 */
export function platformGameRule(
  taxonomy: Taxonomy,
  title: string,
  lang: string | null,
  evidence: Evidence[],
): Evidence[] {
  const kind = platformGame(title, lang);
  if (kind === null) return evidence;
  const device = (e: Evidence) =>
    e.w >= PRODUCT_WORD &&
    e.id !== VIDEO_GAME_CONSOLES &&
    e.id !== ELECTRONICS &&
    taxonomy.isAncestorOrSelf(ELECTRONICS, e.id);
  if (evidence.some(device)) return evidence;
  return [
    ...evidence.map((e) => ({
      ...e,
      w: e.w * (e.id === VIDEO_GAME_CONSOLES || e.id === ELECTRONICS ? CONSOLE_LEFT : NAME_LEFT),
    })),
    { id: VIDEO_GAME_SOFTWARE, w: GAME_WEIGHT, source: 'title' as const },
  ];
}
