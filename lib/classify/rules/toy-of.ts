/**
 * The toy version of a thing: "Cozinha de brinquedo", "Cucina giocattolo", "Cocina de juguete",
 * "Cuisine jouet", "Spielzeug Werkzeugkoffer". A word for toys in general next to another product word says the product imitates that thing: the
 * thing's reading moves to its toy node, found by name under Toys as for-pets.ts finds pet nodes
 * ("Kitchen & Dining" -> "Toy Kitchens & Play Food", "Tools" -> "Toy Tools", "Cars" -> "Toy
 * Cars"). A reading with no toy node keeps its say ("Baú de brinquedos" is storage), and so does
 * a toy word after a for-cue ("Cesto para brinquedos": the toys are what it holds).
 */
import { FOR_ZONE_WEIGHT } from '../cues';
import { ANIMALS_AND_PET_SUPPLIES } from '../nodes';
import type { Taxonomy } from '../taxonomy';
import { normalizeText, tokenize } from '../text';
import { zonesOf } from '../title';
import { branchNameIndex, namedUpChain } from './named-nodes';

/** Toys & Games, and its Toys: the readings of "brinquedo", "giocattolo", "Spielzeug", "jouet", "toy". */
const TOYS_AND_GAMES = 1239;
const TOYS = 1253;
/** Words of the toy nodes' names that say nothing about what the toy imitates. */
const NOT_A_THING_WORD = new Set(
  ['toy', 'toys', 'play', 'and', 'accessories', 'sets', 'set', 'kits', 'gift', 'baskets', 'other'].flatMap((w) =>
    tokenize(w),
  ),
);

/**
 * Words for toys in general, by language, as they stand next to the thing a toy imitates ("Cocina
 * de juguete", "Zabawkowa kuchnia", "Toy tool set"): nouns, and the adjectives Polish, Czech and
 * Russian make of them. A title word is one of them whatever the lexicon reads it as (a phrase
 * holding it, "de juguete" or "toy tool", may read it as one kind of toy).
 */
const TOY_WORDS: Record<string, string[]> = {
  en: ['toy', 'toys'],
  de: ['spielzeug'],
  fr: ['jouet', 'jouets'],
  es: ['juguete', 'juguetes'],
  it: ['giocattolo', 'giocattoli'],
  pt: ['brinquedo', 'brinquedos'],
  nl: ['speelgoed'],
  pl: ['zabawka', 'zabawki', 'zabawkowy', 'zabawkowa', 'zabawkowe'],
  sv: ['leksak', 'leksaker'],
  cs: ['hračka', 'hračky', 'dětská hračka'],
  ru: ['игрушка', 'игрушки', 'игрушечный', 'игрушечная', 'игрушечное'],
};
const TOY_TOKENS = new Set(Object.values(TOY_WORDS).flatMap((ws) => ws.flatMap((w) => tokenize(w))));
/**
 * German, Dutch and Swedish close a toy word up with the thing: "Spielzeugküche", "Spielküche",
 * "speelgoedkeuken", "speelkeuken", "leksaksbil". A prefix counts before a thing word of four
 * letters or more.
 */
const TOY_PREFIXES = ['spielzeug', 'spiel', 'speelgoed', 'speel', 'leksaks'];
const MIN_THING = 4;

/** What every toy word and prefix starts with, for skipping the titles that hold none. */
const TOY_STEMS = /toy|spiel|speel|jouet|juguet|giocattol|brinquedo|zabawk|leksak|hra[cč]k|игрушк/i;

/** Whether a title word (normalised, stemmed) is a toy word or a closed compound that starts with one. */
function isToyToken(token: string): boolean {
  return TOY_TOKENS.has(token) || TOY_PREFIXES.some((p) => token.startsWith(p) && token.length - p.length >= MIN_THING);
}

/** Whether the title holds a toy word outside a for-clause ("Cesto para brinquedos" holds toys). */
function titleHasToyWord(title: string): boolean {
  if (!TOY_STEMS.test(title)) return false;
  const tokens = normalizeText(title)
    .split(' ')
    .filter(Boolean)
    .map((t) => tokenize(t)[0] ?? t);
  const zones = zonesOf(tokens);
  return tokens.some((t, i) => zones[i] > FOR_ZONE_WEIGHT && isToyToken(t));
}

/** Thing word -> the toy nodes whose names hold it ("kitchen" -> Toy Kitchens & Play Food, Toy Kitchens). */
const toyNodesByWord = branchNameIndex(TOYS, NOT_A_THING_WORD, (name) => /^(?:Toy|Play) /.test(name));

/** The toy node of thing `id`: the shallowest toy node named after the first name up its chain that one names. */
export function toyCounterpart(taxonomy: Taxonomy, id: number): number | null {
  if (taxonomy.isAncestorOrSelf(TOYS, id) || taxonomy.isAncestorOrSelf(ANIMALS_AND_PET_SUPPLIES, id)) return null;
  const found = namedUpChain(taxonomy, id, toyNodesByWord(taxonomy));
  return found.length ? found.reduce((a, c) => (taxonomy.depth(c) < taxonomy.depth(a) ? c : a)) : null;
}

/**
 * Whether a title hit is a word for toys in general, outside a for-clause: all its readings are
 * Toys & Games or its Toys ("brinquedo", "Spielzeug", "jouet", "toy"). A word of one kind of toy
 * is not ("Dolls", a CJK gift-box word read as a playset): next to a food it names a set, not a
 * toy food; nor are games and puzzles (a puzzle's kitchen is its picture).
 */
function isToyWord(hit: { zone: number; entries: { id: number }[] }): boolean {
  return (
    hit.zone > FOR_ZONE_WEIGHT &&
    hit.entries.length > 0 &&
    hit.entries.every((e) => e.id === TOYS_AND_GAMES || e.id === TOYS)
  );
}

/**
 * The title evidence with each thing's reading moved to its toy node, when a toy word names the
 * kind. The toy word vouches for the toy node as much as for toys in general: the moved reading
 * takes the toy word's weight when that is more ("Cucina giocattolo": the toy word is the head).
 */
export function toyOfRule<E extends { id: number; w: number }>(
  taxonomy: Taxonomy,
  hits: { zone: number; entries: { id: number }[] }[],
  evidence: E[],
  title = '',
): E[] {
  if (!hits.some(isToyWord) && !titleHasToyWord(title)) return evidence;
  const toyWeight = Math.max(0, ...evidence.filter((e) => e.id === TOYS || e.id === TOYS_AND_GAMES).map((e) => e.w));
  const moved = evidence.map((e) => {
    const node = toyCounterpart(taxonomy, e.id);
    return node === null ? e : { ...e, id: node, w: Math.max(e.w, toyWeight) };
  });
  const things = moved.filter((e, i) => e !== evidence[i]);
  if (!things.length) return moved;
  // A weaker reading of the toy word itself as one kind of toy ("de juguete" read as playsets)
  // is outvoted by the toy the thing names: it vouches for that toy instead.
  const thing = things.reduce((a, e) => (e.w > a.w ? e : a));
  return moved.map((e, i) =>
    e === evidence[i] &&
    taxonomy.isAncestorOrSelf(TOYS, e.id) &&
    !taxonomy.isAncestorOrSelf(e.id, thing.id) &&
    e.w < thing.w
      ? { ...e, id: thing.id }
      : e,
  );
}

/**
 * Words saying a vehicle is remote-controlled, by language (normalised: no accents, lower case):
 * "Remote control helicopter", "RC Auto", "Voiture télécommandée", "Elicottero radiocomandato",
 * "Carrinho de controle remoto", "Radioupravlyaemyi vertolet", "ラジコンヘリ", "遥控车".
 */
const REMOTE_CONTROL_WORDS = [
  'remote control',
  'remote controlled',
  'rc',
  'ferngesteuert',
  'ferngesteuerte',
  'ferngesteuerter',
  'ferngesteuertes',
  'ferngesteuerten',
  'telecommande',
  'telecommandee',
  'teledirigido',
  'teledirigida',
  'radiocontrol',
  'radio control',
  'radiocomandato',
  'radiocomandata',
  'radiocomandati',
  'telecomandato',
  'telecomandata',
  'controle remoto',
  'zdalnie sterowany',
  'zdalnie sterowana',
  'zdalnie sterowane',
  'na dalkove ovladani',
  'op afstand bestuurbaar',
  'op afstand bestuurbare',
  'radiostyrd',
  'radiostyrda',
  'радиоуправляемый',
  'радиоуправляемая',
  'радиоуправляемое',
  'радиоуправляемые',
  'на радиоуправлении',
];
/** Written without spaces: a part of a longer run ("ラジコンヘリ", "遥控直升机", "무선조종자동차"). */
const REMOTE_CONTROL_CJK = ['ラジコン', '遥控', '무선조종'];
const REMOTE_CONTROL_STEMS =
  /remote|\brc\b|ferngesteuert|t[eé]l[eé]com?mand|teledirigid|radioc|controle remoto|zdalnie|d[aá]lkov|afstand|radiostyrd|радиоуправл|ラジコン|遥控|무선조종/i;

/**
 * A play vehicle and its remote-controlled kind ("Toy Helicopters" -> "Remote Control
 * Helicopters"): the two branches name the same vehicles in different words ("Airplanes",
 * "Planes"), so the pairs are listed.
 */
const REMOTE_CONTROLLED = new Map([
  [2505, 2546], // Play Vehicles -> Remote Control Toys
  [3506, 3554], // Toy Helicopters -> Remote Control Helicopters
  [3551, 3601], // Toy Cars -> Remote Control Cars & Trucks
  [3296, 3601], // Toy Trucks & Construction Vehicles -> Remote Control Cars & Trucks
  [3792, 3532], // Toy Boats -> Remote Control Boats & Watercraft
  [3444, 3677], // Toy Airplanes -> Remote Control Planes
  [3590, 5968], // Toy Motorcycles -> Remote Control Motorcycles
  [3625, 6059], // Robotic Toys -> Remote Control Robots
]);
/** Weight left to the title's other readings once a remote-controlled vehicle is found ("remote control" read as a TV remote). */
const BESIDE_REMOTE_CONTROLLED = 0.3;

/** Whether the title says remote-controlled. */
export function titleSaysRemoteControlled(title: string): boolean {
  if (!REMOTE_CONTROL_STEMS.test(title)) return false;
  const text = ` ${normalizeText(title)} `;
  return REMOTE_CONTROL_WORDS.some((w) => text.includes(` ${w} `)) || REMOTE_CONTROL_CJK.some((w) => text.includes(w));
}

/**
 * "Remote control mini helicopter", "Voiture télécommandée": a vehicle next to a remote-control
 * word is a remote-controlled toy. A reading of a vehicle (or of its toy) moves to the toy's
 * remote-controlled kind; the title's other readings, the remote-control word read as a TV
 * remote among them, count for less. A title with no vehicle is left alone ("TV remote control").
 */
export function remoteControlRule<E extends { id: number; w: number }>(
  taxonomy: Taxonomy,
  title: string,
  evidence: E[],
): E[] {
  if (!titleSaysRemoteControlled(title)) return evidence;
  const kinds = evidence.map((e) => {
    const toy = taxonomy.isAncestorOrSelf(TOYS, e.id) ? e.id : toyCounterpart(taxonomy, e.id);
    return toy === null ? null : (REMOTE_CONTROLLED.get(toy) ?? null);
  });
  if (kinds.every((k) => k === null)) return evidence;
  return evidence.map((e, i) => {
    const kind = kinds[i];
    if (kind !== null) return { ...e, id: kind };
    return taxonomy.isAncestorOrSelf(TOYS_AND_GAMES, e.id) ? e : { ...e, w: e.w * BESIDE_REMOTE_CONTROLLED };
  });
}
