/**
 * A print, motif, scent, flavour or shape word says what a product looks, smells or tastes like,
 * not what it is: "Tablecloth lemon print" is a tablecloth, "Tischdecke Zitronen Motiv" too,
 * "Taza con estampado de gatos" a cup, "Moule en forme de cœur" a mould, "Strawberry scented
 * candle" a candle. The word next to the cue (before it where the head comes last, "lemon print";
 * after it, or after an "of", where it comes first, "imprimé citron", "forma de corazón") and the
 * cue itself are modifiers: they keep a small say and cannot head the title while another product
 * word is read in the segment. Alone ("Lemon", "Art print") they keep their reading.
 */
import { normalizeText } from '../text';
import { capZones, type HitLike } from './material-modifier';

/** Print, pattern, motif, scent, flavour and shape words by language, as shops write them. */
const PATTERN_WORDS: Record<string, string[]> = {
  en: [
    'print',
    'printed',
    'pattern',
    'patterned',
    'motif',
    'scented',
    'scent',
    'flavour',
    'flavor',
    'flavoured',
    'flavored',
    'shaped',
    'shape',
  ],
  de: ['motiv', 'muster', 'print', 'aufdruck', 'duft', 'geschmack'],
  fr: ['imprime', 'motif', 'motifs', 'parfum', 'parfume', 'parfumee', 'saveur', 'gout', 'forme'],
  es: ['estampado', 'estampada', 'motivo', 'motivos', 'aroma', 'sabor', 'forma'],
  it: ['stampa', 'fantasia', 'motivo', 'profumo', 'profumata', 'gusto', 'forma'],
  nl: ['print', 'motief', 'geur', 'smaak', 'vorm'],
  pl: ['nadruk', 'nadrukiem', 'wzor', 'wzorem', 'zapach', 'zapachu', 'smak', 'smaku', 'ksztalt', 'ksztalcie'],
  pt: ['estampa', 'estampado', 'estampada', 'motivo', 'aroma', 'sabor', 'formato', 'forma'],
  nordic: ['tryck', 'motiv', 'monster', 'doft', 'duft', 'smak', 'smag', 'print'],
  fi: ['kuvio', 'kuviolla', 'tuoksu', 'tuoksuinen', 'maku', 'muotoinen'],
  cs: ['potisk', 'potiskem', 'motiv', 'motivem', 'vune', 'prichut', 'tvar', 'tvaru'],
  sk: ['potlac', 'potlacou', 'motiv', 'vona', 'prichut', 'tvar'],
  ru: ['принт', 'принтом', 'рисунок', 'рисунком', 'аромат', 'ароматом', 'вкус', 'вкусом', 'форме'],
  uk: ['принт', 'принтом', 'малюнок', 'аромат', 'смак', 'формі'],
  tr: ['desenli', 'baskili', 'kokulu', 'aromali', 'seklinde', 'motifli'],
  hu: ['mintas', 'mintaval', 'illatu', 'izu', 'alaku', 'formaju'],
  ro: ['imprimeu', 'parfum', 'aroma', 'gust', 'forma'],
  el: ['σχεδιο', 'αρωμα', 'γευση', 'σχημα'],
  id: ['motif', 'aroma', 'rasa', 'bentuk'],
};

/** "Of" words between a head-first cue and what it shows ("forma de corazón", "à motif de fleurs"). */
const OF_WORDS = new Set(['de', 'di', 'du', 'des', 'd', 'do', 'da', 'della', 'del', 'z', 'ze', 's', 'с', 'av', 'van']);

const WORDS = new Set(
  Object.values(PATTERN_WORDS)
    .flat()
    .map((w) => normalizeText(w)),
);

/** Weight left to a pattern cue and the word it shows, where another product word is read. */
const PATTERN_MODIFIER_ZONE = 0.3;

const isPatternWord = (raw: string): boolean => WORDS.has(raw);

/**
 * Indexes of the hits that are a pattern cue or the word it shows: the hit ending right before
 * the cue where the head comes last, or starting right after it (or after an "of" word after it)
 * where it comes first, and a one-word hit on the cue itself; none when no other hit is left to
 * head the segment. `raw`: the segment's normalised tokens.
 */
export function patternModifiers(raw: string[], hits: HitLike[], headFirst: boolean): Set<number> {
  const out = new Set<number>();
  raw.forEach((t, cue) => {
    if (!isPatternWord(t) || cue === 0) return;
    const after = OF_WORDS.has(raw[cue + 1] ?? '') ? cue + 2 : cue + 1;
    hits.forEach((h, i) => {
      const onCue = h.start === cue && h.end === cue + 1;
      if (onCue || (headFirst ? h.start === after : h.end === cue)) out.add(i);
    });
  });
  if (!out.size || out.size === hits.length) return new Set();
  return out;
}

/** The segment's zone weights with each pattern modifier's first word capped. */
export function patternZones(raw: string[], hits: HitLike[], zones: number[], headFirst: boolean): number[] {
  return capZones(zones, hits, patternModifiers(raw, hits, headFirst), PATTERN_MODIFIER_ZONE);
}
