/**
 * Religious and party goods by language (round 21, written for this list): prayer beads and
 * rugs, menorahs, scented candles, balloons, birthday candles, confetti and gift wrap in the
 * languages whose shops the lexicon did not know them in. Same syntax as synonyms.ts rows:
 * [taxonomy path, comma-separated phrases].
 */
export const CEREMONY_SYNONYMS: [string, string][] = [
  ['Religious & Ceremonial > Religious Items > Prayer Beads', 'tasbih, tasbeeh, مسبحة, سبحة'],
  [
    'Religious & Ceremonial > Religious Items',
    'sajadah, sejadah, سجادة صلاة, gebetsteppich, tapis de prière, alfombra de oración, חנוכייה, hanukkiah',
  ],
  ['Home & Garden > Decor > Home Fragrances > Candles', 'lilin aromaterapi, lilin aroma'],
  [
    'Arts & Entertainment > Party & Celebration > Party Supplies > Balloons',
    'globos, balon foil, balon latex, بالونات',
  ],
  [
    'Arts & Entertainment > Party & Celebration > Party Supplies > Birthday Candles',
    'geburtstagskerzen, velas de cumpleaños',
  ],
  ['Arts & Entertainment > Party & Celebration > Party Supplies > Confetti', 'konfetti, confeti'],
  ['Arts & Entertainment > Party & Celebration > Gift Giving > Gift Wrapping > Wrapping Paper', 'papel de regalo'],
];
