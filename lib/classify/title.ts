/**
 * The title's votes: its segments, the zones that for-, with- and of-cues open, the lexicon hits
 * with their zone weights, and the naive Bayes vote on its main clause.
 */
import {
  FOR_BEFORE_CUES,
  FOR_ZONE_WEIGHT,
  forCuesIn,
  OF_ZONE_WEIGHT,
  ofCuesIn,
  WITH_ZONE_WEIGHT,
  withCuesIn,
} from './cues';
import { ANIMALS_AND_PET_SUPPLIES } from './nodes';
import { setTopVotes } from './rules/set-top';
import { isPetPeopleWord } from './rules/for-pets';
import { inPageLanguage } from './rules/page-language-words';
import { isSetWord } from './rules/set-of';
import { unknownHead } from './rules/unknown-head';
import { readForTarget } from './rules/for-target';
import { readVerbNoun } from './rules/verb-noun';
import { containerZones } from './rules/in-container';
import { withoutPackOfSale } from './rules/pack-of-sale';
import { withoutPackCount } from './rules/pack-count';
import { withMouldOfFood } from './rules/mould-of';
import { accessoryOfRule, firstAccessoryWord, withDeviceAfterKindWord } from './rules/accessory-of';
import { withoutModifierOfUnknownLast } from './rules/unknown-last';
import { withoutModifierOfUnreadCjkHead } from './rules/cjk-head';
import { marksUserOnly } from './rules/cjk-user';
import { withoutUnitOfSale } from './rules/per-unit';
import { isControlParticiple } from './rules/controlled-by';
import { materialZones } from './rules/material-modifier';
import { patternZones } from './rules/pattern-modifier';
import { batteryOfHits } from './rules/battery-of';
import { gardenSeedHits } from './rules/garden-seeds';
import { disposableTablewareHits } from './rules/disposable-of';
import { withoutAfterZones } from './rules/without-after';
import { isHeadFirst, type Hit } from './lexicon';
import {
  bayesMakerOnly,
  bayesMaySpeak,
  bayesReading,
  endsWordRun,
  unseenNoun,
  isGenericWord,
  PRODUCT_NOUN_WEIGHT,
} from './rules/bayes-evidence';
import type { ClassifierParts } from './parts';
import type { Taxonomy } from './taxonomy';
import type { Evidence, WeightedHit } from './score';
import { normalizeText, stemToken } from './text';

/** Title segments after the first (after " - ", "|", ",", brackets) describe variants and extras. */
const LATER_SEGMENT_WEIGHT = 0.75;
/** Text in brackets lists specs and contents ("(Intel Core i7, 16GB RAM, 512GB SSD)"). */
const BRACKETED_WEIGHT = 0.5;
/** A word right before a hit counts as its modifier only when all its readings are this strong. */
const MODIFIER_MIN_WEIGHT = 0.7;
/**
 * Lexicon evidence that can overrule the Bayes vote: an English taxonomy word or a curated phrase
 * (0.5 and up). A translated single word (0.4) in a title full of the vote's vocabulary is more
 * often a colour, a spec or a series name ("graphite", "flex").
 */
const BAYES_SILENCING_WEIGHT = 0.5;
/** A lexicon hit this strong on a node the Bayes vote was not trained on silences that vote. */
const OUT_OF_DOMAIN_HIT = 0.9;
/** The Bayes vote and the strongest lexicon hit must share at least this many taxonomy levels. */
const BAYES_AGREEMENT_DEPTH = 2;

/** Spec words that may sit inside a noun compound ("Webcam FHD Monitor", "Camera 4K Drone"). */
const SPEC_WORD =
  /^(?:fhd|hd|uhd|qhd|wqhd|full|ultr|[2458]k|\d{3,4}p|ip|led|lcd|oled|curved|\d{1,3}(?:inch|in|zoll)?|inch|zoll)$/;
/**
 * A figure of a device's specification: storage, memory, resolution, battery, clock ("64gb",
 * "4000mah", "13mp", "3.5 ghz"). Words after one list the product's features ("dual cameras",
 * "4gb ram", "socket am4"), not what it is.
 */
const SPEC_FIGURE = /^\d+(?:\.\d+)?(?:gb|tb|mb|mah|mp|ghz|mhz)$/;
const SPEC_UNIT = /^(?:gb|tb|mb|mah|mp|ghz|mhz)$/;
const NUMBER = /^\d+(?:\.\d+)?$/;
/** Weight of a device word after a spec figure; an accessory keeps its weight ("128GB Case"). */
const AFTER_SPEC_WEIGHT = WITH_ZONE_WEIGHT;

/** Index of the first spec figure in the tokens, or -1. */
function firstSpec(tokens: string[]): number {
  return tokens.findIndex((t, i) => SPEC_FIGURE.test(t) || (i > 0 && SPEC_UNIT.test(t) && NUMBER.test(tokens[i - 1])));
}

/** Where a title splits into segments: " - ", "|", ",", ";", ":", "+", bullets and brackets. */
const SEGMENT_SPLIT = /(\s[-–—|]\s|(?<!\d),|,(?!\d)|[|;()[\]{}+•·:])/;
/** The end of a title's main clause (the Bayes vote reads only that). */
const MAIN_CLAUSE_END = /\s[-–—|]\s|(?<!\d),|,(?!\d)|[|;()[\]{}+]/;

/** Title segments split at " - ", "|", ",", ";", ":" and brackets, each marked if inside brackets. */
export function splitTitle(title: string): { text: string; bracketed: boolean }[] {
  const out: { text: string; bracketed: boolean }[] = [];
  let depth = 0;
  for (const part of title.split(SEGMENT_SPLIT)) {
    if (/^[([{]$/.test(part)) depth++;
    else if (/^[)\]}]$/.test(part)) depth = Math.max(0, depth - 1);
    else if (part.trim() && !/^\s[-–—|]\s$/.test(part) && !/^[|,;+•·:]$/.test(part))
      out.push({ text: part, bracketed: depth > 0 });
  }
  return out;
}

/**
 * Zone weight per token: for-, with- and of-cues lower what follows; CJK for-markers what precedes.
 * `lang`: the title's language, whose cue words alone count (cues.ts SCOPED_LANGS); null: any language's.
 */
export function zonesOf(
  tokens: string[],
  ofCues = true,
  lang: string | null = null,
  hitStarts: readonly number[] = [],
): number[] {
  const zones: number[] = [];
  const [forCues, withCues, ofs] = [forCuesIn(lang), withCuesIn(lang), ofCuesIn(lang)];
  let zone = 1;
  let prev = '';
  for (const t of tokens) {
    if (forCues.has(t)) zone = Math.min(zone, FOR_ZONE_WEIGHT);
    else if (withCues.has(t)) zone = Math.min(zone, WITH_ZONE_WEIGHT);
    // "Jogo de ferramentas": after a set word, the "of" introduces the contents (rules/set-of.ts).
    else if (ofCues && ofs.has(t) && zones.length && !isSetWord(prev)) zone = Math.min(zone, OF_ZONE_WEIGHT);
    prev = t;
    zones.push(zone);
  }
  const marker = tokens.findIndex((t) => FOR_BEFORE_CUES.has(t));
  // A marker that ends the segment ("铝合金人字梯 家用", "数珠 男性用": home use, for men), or
  // follows a user word with no product word read after it ("充电式电钻 家用 12V",
  // rules/cjk-user.ts), follows the user it names, not the product: only the word before it is
  // lowered. With a product word after it ("电脑桌 家用 卧室 书桌") the words before are the
  // title's keywords, and that later word names the product.
  const from = marker === tokens.length - 1 || marksUserOnly(tokens, marker, hitStarts) ? marker - 1 : 0;
  if (marker > 0) for (let i = from; i < marker; i++) zones[i] = Math.min(zones[i], FOR_ZONE_WEIGHT);
  return zones;
}

/** A segment's zones; an of-cue lowers nothing when no word before it is read (rules/unknown-head.ts). */
function segmentZones(tokens: string[], hits: { start: number }[], lang: string | null): number[] {
  return zonesOf(
    tokens,
    !unknownHead(tokens, hits),
    lang,
    hits.map((h) => h.start),
  );
}

/** A hit a rule makes: one node read at full weight, as a curated word is. */
const ruleHit = (start: number, end: number, id: number): Hit => ({
  start,
  end,
  entries: [{ id, w: 1 }],
  curated: true,
});

/**
 * "Batería 18V para herramientas": a power tool's or a camera's battery (rules/battery-of.ts);
 * "Graines de tomate": garden seeds, not the vegetable (rules/garden-seeds.ts); "Vasos de papel":
 * disposable tableware, not the kitchen's (rules/disposable-of.ts).
 */
function kindOfSaleHits(taxonomy: Taxonomy, tokens: string[], hits: Hit[]): Hit[] {
  const seeds = gardenSeedHits(taxonomy, tokens, batteryOfHits(tokens, hits, ruleHit), ruleHit);
  return disposableTablewareHits(taxonomy, tokens, seeds);
}

/** A hit on a set word alone ("Jogo", "Zestaw"). */
const isSetHit = (h: { start: number; end: number }, tokens: string[]) =>
  h.end - h.start === 1 && isSetWord(tokens[h.start] ?? '');

/**
 * A hit's zone: full for a pet audience ("for cats"), a for-zone's before a control participle
 * ("Smartphone Controlled", rules/controlled-by.ts), a with-zone's after a spec figure.
 */
function hitZone(zone: number, audience: boolean, controls: boolean, feature: boolean): number {
  if (audience) return 1;
  if (controls) return Math.min(zone, FOR_ZONE_WEIGHT);
  return feature ? Math.min(zone, AFTER_SPEC_WEIGHT) : zone;
}

/** Every lexicon hit of the title, weighted by its segment and zone. */
export function titleHits(
  parts: ClassifierParts,
  title: string,
  brandTokens: Set<string>,
  lang: string | null,
): WeightedHit[] {
  const { lexicon, taxonomy } = parts;
  const forCues = forCuesIn(lang);
  const out: WeightedHit[] = [];
  splitTitle(title).forEach(({ text: segment, bracketed }, si) => {
    const words = normalizeText(segment).split(' ').filter(Boolean);
    const raw = lexicon.tokens(words);
    const tokens = raw.map(stemToken);
    const segWeight = bracketed ? BRACKETED_WEIGHT : si === 0 ? 1 : LATER_SEGMENT_WEIGHT;
    // A word of two meanings by language ("tee": a T-shirt, German tea) keeps the page language's one.
    // "2本パック", "10팩": a count of packs, not a face pack (rules/pack-count.ts).
    const found = withoutPackCount(tokens, inPageLanguage(lexicon.hits(tokens, brandTokens, lang, raw), tokens, lang));
    // "20 sq. ft. per Case": the unit of sale, not the product (rules/per-unit.ts).
    // A set word gives way to what the set holds, when the title names it (rules/set-of.ts).
    // "Café Molido Bolsa 500g": the pack a consumable comes in, not the product (rules/pack-of-sale.ts).
    const units = withoutPackOfSale(taxonomy, tokens, withoutUnitOfSale(tokens, found, forCues));
    const sets = units.some((h) => !isSetHit(h, tokens)) ? units.filter((h) => !isSetHit(h, tokens)) : units;
    // "Allbirds Tree Breezers": an unread plural last word is the head; "Tree" only says which (rules/unknown-last.ts).
    // "手作陶瓷馬克杯": the run's unread end is the head; "陶瓷" only says which (rules/cjk-head.ts).
    const unread = withoutModifierOfUnreadCjkHead(words, raw, withoutModifierOfUnknownLast(raw, sets, lang), (piece) =>
      lexicon.knowsCjk(piece),
    );
    // "Moule à cake", "Форма для кекса": a mould for a bake is that bakeware (rules/mould-of.ts).
    const kept = withMouldOfFood(taxonomy, tokens, unread, lang);
    // "Chiffonnade de coppa", "Tranches de jambon": no word before the "of" is read, so the
    // lexicon does not know the head noun (a cut, a form, a pack); what follows is the best guess
    // at the product, not a qualifier of a known one (rules/unknown-head.ts).
    // "Parapioggia per passeggino": no known head before the for-cue; what it is for names the
    // accessory's device, and its accessory node is the best guess at the product (rules/for-target.ts).
    // "Beamer Halterung", "Soporte para proyector": a device next to an accessory word is that
    // accessory of the device (rules/accessory-of.ts).
    const ruled = kindOfSaleHits(taxonomy, tokens, kept);
    const split = withDeviceAfterKindWord(taxonomy, tokens, ruled, lang, (start, end) =>
      lexicon
        .hits(tokens.slice(start, end), brandTokens, lang, raw.slice(start, end))
        .map((h) => ({ ...h, start: h.start + start, end: h.end + start })),
    );
    const read = accessoryOfRule(taxonomy, tokens, split, lang);
    const target = readForTarget(taxonomy, tokens, read, segmentZones(tokens, read, lang), lang);
    // "Porte-clés", "porta tablet": the noun after a verb is what the product holds or works on (rules/verb-noun.ts).
    const noun = readVerbNoun(taxonomy, raw, target.hits, target.zones, lang, FOR_ZONE_WEIGHT);
    // "Olive tree in pot": what the product comes in (rules/in-container.ts).
    const hits = noun.hits;
    // "Vinyl Plank Flooring", "Linen Work Apron": a material before the product word (rules/material-modifier.ts).
    // "Tablecloth lemon print", "Bougie parfum vanille": what the product shows or smells of (rules/pattern-modifier.ts).
    const zones = patternZones(
      raw,
      hits,
      materialZones(raw, hits, containerZones(tokens, hits, noun.zones, lang, WITH_ZONE_WEIGHT)),
      isHeadFirst(lang),
    );
    // "Nitril kesztyű púder nélküli": what the product is without (rules/without-after.ts).
    withoutAfterZones(tokens, hits, zones, FOR_ZONE_WEIGHT);
    const spec = firstSpec(tokens);
    for (const h of hits) {
      // "for cats" names who the product is for, not a device it fits: keep its full weight.
      const audience = h.entries.every((e) => taxonomy.isAncestorOrSelf(ANIMALS_AND_PET_SUPPLIES, e.id));
      const modifier = hits.find(
        (o) => o.end <= h.start && tokens.slice(o.end, h.start).every((t) => SPEC_WORD.test(t)),
      );
      const modifierIds =
        modifier && modifier.entries.every((e) => e.w >= MODIFIER_MIN_WEIGHT)
          ? modifier.entries.map((e) => e.id)
          : undefined;
      const feature = spec >= 0 && h.start > spec && !h.entries.some((e) => taxonomy.isAccessory(e.id));
      const zone = hitZone(zones[h.start], audience, isControlParticiple(tokens[h.end], lang), feature);
      // After a for-cue, or a pet phrase with one inside ("Soup for Cats"), unless the pet's people follow.
      const forPet =
        audience &&
        (zones[h.start] <= FOR_ZONE_WEIGHT || tokens.slice(h.start, h.end).some((t) => forCues.has(t))) &&
        !isPetPeopleWord(tokens[h.end]);
      // The first segment's first and last words: where its noun phrase's head is (score.ts, weakHead).
      const edge = si > 0 ? undefined : h.start === 0 ? 'first' : h.end === tokens.length ? 'last' : undefined;
      out.push({ ...h, zone: zone * segWeight, modifierIds, ...(forPet ? { forPet } : {}), ...(edge ? { edge } : {}) });
    }
  });
  return out;
}

/**
 * "WiFi 7 Wall Mount Kit", "Folio Case for Birdy": the main clause names a kind of accessory (a
 * mount, a bag, a case, a battery) before any product word, so the product is that accessory, and
 * the Bayes vote, which knows devices only, has nothing to say; its device vote would come from
 * the model words around ("Kit" is in camera titles). After a product word ("55in TV VESA wall
 * mount", "DSLR camera bag bundle") the kind word lists what comes with the device.
 */
function accessoryBeforeDevice(parts: ClassifierParts, words: string[], lang: string | null): boolean {
  const at = firstAccessoryWord(words.map(stemToken), lang);
  if (at < 0) return false;
  const raw = parts.lexicon.tokens(words.slice(0, at));
  const before = parts.lexicon.hits(raw.map(stemToken), new Set(), lang, raw);
  return !before.some((h) => h.entries.some((e) => e.w >= BAYES_SILENCING_WEIGHT && !parts.taxonomy.isAccessory(e.id)));
}

/**
 * Nodes the lexicon reads in `words` with a product noun's weight (PRODUCT_NOUN_WEIGHT) or more;
 * with `knows`, only the head nouns the vote never learned (rules/bayes-evidence.ts, unseenNoun,
 * endsWordRun).
 */
function productNouns(
  parts: ClassifierParts,
  words: string[],
  lang: string | null,
  brand: ReadonlySet<string>,
  knows?: (token: string) => boolean,
): number[] {
  const raw = parts.lexicon.tokens(words);
  return parts.lexicon
    .hits(raw.map(stemToken), new Set(brand), lang, raw)
    .filter((h) => !raw.slice(h.start, h.end).every((t) => isGenericWord(stemToken(t))))
    .filter(
      (h) =>
        !knows ||
        (unseenNoun(raw.slice(h.start, h.end).map(stemToken), knows) && endsWordRun(raw, h.end, isHeadFirst(lang))),
    )
    .flatMap((h) => h.entries.filter((e) => e.w >= PRODUCT_NOUN_WEIGHT).map((e) => e.id));
}

/**
 * The naive Bayes vote only knows its training classes (no accessories, no other domains): it
 * reads the main clause only, and is dropped when the lexicon points to an accessory or to
 * another top-level branch.
 */
export function bayesVote(
  parts: ClassifierParts,
  title: string,
  lexiconEvidence: Evidence[],
  lang: string | null = null,
  brand: ReadonlySet<string> = new Set(),
): Evidence[] {
  const { bayes, bayesClasses, taxonomy } = parts;
  if (!bayes) return [];
  const main = normalizeText(title.split(MAIN_CLAUSE_END)[0] ?? '').split(' ');
  const [forCues, withCues] = [forCuesIn(lang), withCuesIn(lang)];
  const cut = main.findIndex((t) => forCues.has(t) || withCues.has(t));
  const words = (cut >= 0 ? main.slice(0, cut) : main).filter(Boolean);
  if (accessoryBeforeDevice(parts, words, lang)) return [];
  const tokens = words.map(stemToken);
  const reading = bayesReading(tokens, (t) => bayes.knows(t), brand);
  if (!bayesMaySpeak(reading)) return [];
  const votes = bayes.evidence(tokens);
  // A vote that stands for the maker only yields to any product noun after the maker's slot
  // (rules/bayes-evidence.ts): the maker's own name may be a word too ("Cat", "Montpellier").
  // Any other vote that reads no product line (no model code of a series it knows) yields to
  // a product noun of another branch that it never learned ("Ready mixed concrete",
  // rules/bayes-evidence.ts unseenNoun), unless the lexicon also reads a noun of the vote's own
  // branch. A vote that reads a line keeps it: an unseen noun there is a colour ("cocoa grey").
  const makerOnly = bayesMakerOnly(reading);
  const nouns = makerOnly
    ? productNouns(parts, words.slice(1), lang, brand)
    : bayes.readsLine(tokens)
      ? []
      : productNouns(parts, words, lang, brand, (t) => bayes.knows(t));
  const differs = (v: Evidence, id: number): boolean => taxonomy.commonDepth(id, v.id) < BAYES_AGREEMENT_DEPTH;
  const own = (v: Evidence): boolean => productNouns(parts, words, lang, brand).some((id) => !differs(v, id));
  if (votes.some((v) => nouns.some((id) => differs(v, id)) && (makerOnly || !own(v)))) return [];
  const strong = lexiconEvidence.filter((e) => e.w >= BAYES_SILENCING_WEIGHT);
  const best = strong.reduce<Evidence | null>((a, e) => (!a || e.w > a.w ? e : a), null);
  // A strong lexicon hit on a node outside the Bayes classes ("Monitor" vs the PriceRunner
  // classes, which hold TVs but no monitors): the title is outside what the vote has seen.
  if (best && best.w >= OUT_OF_DOMAIN_HIT && !bayesClasses.has(best.id)) return [];
  return setTopVotes(
    taxonomy,
    title,
    best,
    votes.filter(
      (v) =>
        !strong.some((e) => taxonomy.isAccessory(e.id) && !taxonomy.isAccessory(v.id)) &&
        (!best || taxonomy.commonDepth(best.id, v.id) >= BAYES_AGREEMENT_DEPTH),
    ),
  );
}
