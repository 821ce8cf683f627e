/**
 * The accessory of a device is not the device: "Beamer Halterung" is a projector mount, "Beamer
 * Leinwand" a projection screen, "Kamera Tasche" a camera bag, "Soporte para proyector" a projector
 * mount. A word for a kind of accessory (mount, screen, bag, case, stand) next to a device
 * word, after it where the head of a noun phrase comes last (English, German, Dutch, Swedish) and
 * before it, with or without a for- or of-word, where it comes first (the Romance and Slavic
 * languages), makes the pair one phrase that reads as the device's accessory of that kind. The
 * node is found by name, not listed: an accessory node of the device's branch whose name holds
 * the kind's word, inside the device's own accessory node (replacement.ts accessoryNodeOf:
 * "Projectors" -> "Projector Accessories") or sharing a word with the device's names ("Computer
 * Monitors" -> "TV & Monitor Mounts"); a bag may also be the bag named after the thing
 * ("Torba do makijażu": Cosmetic & Toiletry Bags). A mount, a bag or a case with no such node is
 * the device's accessory in general; a screen or a stand with none keeps the device's reading
 * ("TV screen" is the TV).
 */
import { FOR_CUES, OF_CUES } from '../cues';
import { ANIMALS_AND_PET_SUPPLIES, LUGGAGE_AND_BAGS } from '../nodes';
import type { Taxonomy } from '../taxonomy';
import { tokenize } from '../text';
import { accessoryNodeOf } from './replacement';
import { namePhrases } from '../lexicon';
import { watchLineSpans, WATCHES } from './watch-models';
import { isStorageWord, storedEntries } from './storage-of';

const keyOf = (w: string) => tokenize(w).join(' ');

/** "Electronics > Electronics Accessories > Power > Batteries": a device's batteries live here. */
const BATTERIES = 276;

interface AccessoryKind {
  /** Words of the accessory nodes' English names that say the kind ("Projector Mounts"). */
  names: string[];
  /** Whether the device's accessory node in general is the reading when no node names the kind. */
  general: boolean;
  /** Whether a bag node named after the thing counts too ("Torba do makijażu": a cosmetic bag). */
  bags?: boolean;
  /**
   * Whether the device's own node of the kind outranks the lexicon's reading of the kind word
   * alone: "Baterie do notebooku" is a laptop battery, though "baterie" alone reads as batteries
   * in general (and, in Czech, as a tap).
   */
  named?: boolean;
  /** A branch whose nodes are candidates too, though the taxonomy does not call them accessories ("Batteries"). */
  within?: number;
  /** The kind's words by language. */
  words: Record<string, string[]>;
}

const KINDS: AccessoryKind[] = [
  {
    names: ['mount', 'holder'],
    general: true,
    words: {
      en: ['mount', 'bracket', 'holder', 'organizer', 'organiser'],
      de: ['halterung', 'halter', 'wandhalterung', 'deckenhalterung', 'wandhalter', 'organizer'],
      nl: ['houder', 'beugel', 'muurbeugel', 'wandbeugel', 'ophangbeugel', 'organizer'],
      sv: ['fäste', 'väggfäste', 'takfäste', 'hållare'],
      fr: ['support', 'organisateur'],
      es: ['soporte', 'organizador'],
      it: ['supporto', 'staffa', 'organizer'],
      pt: ['suporte', 'organizador'],
      pl: ['uchwyt', 'organizer'],
      cs: ['držák', 'organizér'],
      ru: ['кронштейн', 'держатель', 'органайзер'],
    },
  },
  {
    names: ['screen'],
    general: false,
    words: {
      en: ['screen'],
      de: ['leinwand', 'beamerleinwand'],
      nl: ['scherm', 'projectiescherm'],
      sv: ['projektionsduk', 'duk'],
      fr: ['écran', 'toile'],
      es: ['pantalla'],
      it: ['schermo', 'telo'],
      pt: ['tela'],
      pl: ['ekran'],
      cs: ['plátno'],
      ru: ['экран'],
    },
  },
  {
    names: ['bag'],
    general: true,
    bags: true,
    words: {
      en: ['bag'],
      de: ['tasche'],
      nl: ['tas', 'opbergtas'],
      sv: ['väska'],
      fr: ['sac', 'sacoche', 'trousse'],
      es: ['bolsa', 'bolso'],
      it: ['borsa'],
      pt: ['bolsa'],
      pl: ['torba'],
      cs: ['taška'],
      ru: ['сумка'],
    },
  },
  {
    names: ['case', 'sleeve', 'cover'],
    general: true,
    words: {
      en: ['case', 'sleeve', 'pouch', 'cover'],
      de: ['hülle', 'schutzhülle', 'etui'],
      nl: ['hoes'],
      sv: ['fodral'],
      fr: ['housse', 'étui'],
      es: ['funda'],
      it: ['custodia'],
      pt: ['capa'],
      pl: ['etui', 'pokrowiec'],
      cs: ['pouzdro', 'kryt'],
      ru: ['чехол'],
      zh: ['套', '壳', '保护套', '保护壳'],
      ja: ['カバー', 'ケース'],
      ko: ['커버', '케이스'],
    },
  },
  {
    names: ['battery'],
    general: false,
    named: true,
    within: BATTERIES,
    words: {
      en: ['battery', 'batteries'],
      de: ['akku', 'batterie'],
      nl: ['accu', 'batterij'],
      sv: ['batteri'],
      fr: ['batterie'],
      es: ['batería', 'bateria'],
      it: ['batteria'],
      pt: ['bateria'],
      pl: ['bateria', 'akumulator'],
      cs: ['baterie', 'akumulátor'],
      ru: ['аккумулятор', 'батарея'],
    },
  },
  {
    // "HEPA filter for Philips air purifier", "Ersatzfilter für Luftreiniger", "Filtro para
    // aspiradora": a filter is filed by the device it fits (Vacuum, Air Purifier, Pool & Spa
    // Filters), not by what the word alone reads as.
    names: ['filter', 'filters'],
    general: true,
    named: true,
    words: {
      en: ['filter', 'filters'],
      de: ['filter', 'ersatzfilter', 'filterkartusche'],
      nl: ['filter', 'filters'],
      sv: ['filter'],
      fr: ['filtre', 'filtres'],
      es: ['filtro', 'filtros'],
      it: ['filtro', 'filtri'],
      pt: ['filtro', 'filtros'],
      pl: ['filtr', 'filtry'],
      cs: ['filtr', 'filtry'],
      ru: ['фильтр'],
    },
  },
  {
    // "Strap for Apple Watch", "Armband für Garmin Forerunner", "Pulseira para Apple Watch", "Apple
    // Watch バンド": the band of a watch is a watch band, not the watch; a camera's or a guitar's
    // strap its strap ("Camera Straps", "Guitar Straps"). A band word with no device is a bracelet.
    names: ['band', 'bands', 'strap', 'straps'],
    general: false,
    named: true,
    words: {
      en: ['strap', 'straps', 'wristband'],
      de: ['armband', 'armbänder', 'ersatzarmband'],
      nl: ['bandje', 'polsband'],
      sv: ['armband'],
      fr: ['bracelet'],
      es: ['correa', 'pulsera'],
      it: ['cinturino'],
      pt: ['pulseira'],
      pl: ['pasek'],
      cs: ['řemínek'],
      ru: ['ремешок', 'браслет'],
      zh: ['表带', '腕带'],
      ja: ['バンド', 'ベルト'],
      ko: ['스트랩', '밴드'],
    },
  },
  {
    names: ['stand'],
    general: false,
    words: {
      en: ['stand'],
      de: ['ständer'],
      nl: ['standaard'],
      sv: ['stativ'],
    },
  },
  {
    // "Fernseher Zubehör", "Accesorios para celular", "手机配件", "カメラ アクセサリー": a device's
    // accessories in general (the device word only says whose).
    names: ['accessories'],
    general: true,
    words: {
      en: ['accessories'],
      de: ['zubehör'],
      nl: ['accessoires'],
      sv: ['tillbehör'],
      fr: ['accessoires'],
      es: ['accesorios'],
      it: ['accessori'],
      pt: ['acessórios'],
      pl: ['akcesoria'],
      cs: ['příslušenství'],
      ru: ['аксессуары', 'комплектующие'],
      zh: ['配件', '周边'],
      ja: ['アクセサリー'],
      ko: ['액세서리', '악세사리'],
    },
  },
];

/**
 * Where a mount goes, between the device and the kind word ("TV wall mount", "Beamer Decken-
 * halterung") or between the kind word and the device ("Suporte de parede para TV", "Support TV
 * mural" reads its place after).
 */
const PLACES = new Set(
  [
    'wall',
    'ceiling',
    'desk',
    'floor',
    'wand',
    'decke',
    'tisch',
    'muur',
    'plafond',
    'vägg',
    'tak',
    'parede',
    'pared',
    'parete',
    'mural',
    'murale',
    'techo',
    'teto',
    'soffitto',
    'ścienny',
    'sufitowy',
  ].map(keyOf),
);

/**
 * Articles between the for-word and the device ("Supporto per il monitor", "Custodia per la
 * fotocamera", "Soporte para la TV", "Housse pour l'ordinateur", "Capa para o celular"): they say
 * nothing, and the walk from the device back to the kind word steps over them.
 */
const ARTICLES = new Set(
  ['il', 'lo', 'la', 'i', 'gli', 'le', 'l', 'un', 'una', 'uno', 'el', 'los', 'las', 'les', 'o', 'os', 'as'].map(keyOf),
);
/**
 * For-words the title cues leave out because they are more often something else, read here only
 * between a kind word and its device: Czech "pro" ("Řemínek pro Apple Watch"; "iPhone 15 Pro" is a
 * model's name, but no kind word stands before it).
 */
const KIND_FOR = new Set(['pro'].map(keyOf));

/** Languages that put a noun phrase's head last ("Beamer Halterung", "手机壳"); null (unknown) reads so too. */
const HEAD_LAST = new Set(['en', 'de', 'nl', 'sv', 'zh', 'ja', 'ko']);
/** Whether noun phrases of `lang` end in their head (null, unknown: read so). */
export const isHeadLast = (lang: string | null) => lang === null || HEAD_LAST.has(lang);
/** Languages that close compounds up: "Wandhalterung" holds the kind word "halterung". */
const CLOSED = new Set(['de', 'nl', 'sv']);

/** Kind index -> its words' keys, one set per language. */
const WORDS = KINDS.map((k) => new Map(Object.entries(k.words).map(([lang, ws]) => [lang, new Set(ws.map(keyOf))])));
const ALL_WORDS = KINDS.map((_, i) => new Set([...WORDS[i].values()].flatMap((s) => [...s])));
/** Title word -> kind, per language ("" for any language), built once. */
const KIND_OF = new Map<string, Map<string, number>>();
/** Words a closed compound may end in ("Wandhalterung"), with their kind, per language ("" for any). */
const ENDINGS = new Map<string, [string, number][]>();
for (const lang of ['', ...new Set(KINDS.flatMap((k) => Object.keys(k.words)))]) {
  const byWord = new Map<string, number>();
  const endings: [string, number][] = [];
  KINDS.forEach((_, i) => {
    for (const w of (lang === '' ? ALL_WORDS[i] : WORDS[i].get(lang)) ?? []) {
      if (!byWord.has(w)) byWord.set(w, i);
      if (w.length >= 5 && (lang === '' || CLOSED.has(lang))) endings.push([w, i]);
    }
  });
  KIND_OF.set(lang, byWord);
  ENDINGS.set(lang, endings);
}

/**
 * Index of the first word of `tokens` naming a kind of accessory that stands on its own (a mount, a
 * bag, a case, a battery: not a screen or a stand, which are also the device's own parts), or -1.
 */
export function firstAccessoryWord(tokens: string[], lang: string | null): number {
  return tokens.findIndex((t) => {
    const kind = kindOf(t, lang);
    return kind >= 0 && (KINDS[kind].general || KINDS[kind].named === true);
  });
}

/**
 * Whether a title word names a device's accessories in general ("Zubehör", "配件", "周边"), in the
 * title's language (any language when unknown): unlike a bag, a case or a mount, it is never the
 * product itself ("Tote Bags" are bags).
 */
export function isAccessoriesWord(token: string, lang: string | null): boolean {
  const kind = kindOf(token, lang);
  return kind >= 0 && KINDS[kind].names.includes('accessories');
}

/** The kind a title word names in the title's language (any language when unknown), or -1. */
function kindOf(token: string, lang: string | null): number {
  const kind = KIND_OF.get(lang ?? '')?.get(token);
  if (kind !== undefined) return kind;
  // "Wandhalterung", "TV-Wandhalterung": a closed compound ending in a mount word.
  const ending = ENDINGS.get(lang ?? '')?.find(([w]) => token.length > w.length + 2 && token.endsWith(w));
  return ending ? ending[1] : -1;
}

const caches = new WeakMap<Taxonomy, Map<string, number | null>>();

/**
 * Words of the device's names, scored: the head of its own name most ("Monitors" in "Computer
 * Monitors"), then its other words, then its ancestors' words (level 2 and deeper).
 */
function deviceNameWords(taxonomy: Taxonomy, device: number): Map<string, number> {
  const out = new Map<string, number>();
  const give = (w: string, score: number) => out.set(w, Math.max(out.get(w) ?? 0, score));
  for (const id of taxonomy.ancestors(device).slice(1, -1))
    for (const w of tokenize(taxonomy.nameOf(id) ?? '')) give(w, 1);
  for (const phrase of namePhrases(taxonomy.nameOf(device) ?? '')) {
    const words = tokenize(phrase);
    words.forEach((w, i) => give(w, i === words.length - 1 ? 3 : 2));
  }
  return out;
}

/**
 * An accessory node's score for the device: inside the device's own accessory node, sharing a word
 * with its names, the kind as the head of the name ("Projection Screens", not "Projection Screen
 * Stands"); 0 when it names another kind or shares nothing with the device.
 */
function candidateScore(
  taxonomy: Taxonomy,
  id: number,
  kindNames: Set<string>,
  nameWords: Map<string, number>,
  general: number | null,
  named = false,
): number {
  const phrases = namePhrases(taxonomy.nameOf(id) ?? '').map((p) => tokenize(p));
  const words = phrases.flat();
  if (!words.some((w) => kindNames.has(w))) return 0;
  const inside = general !== null && taxonomy.isAncestorOrSelf(general, id) ? 4 : 0;
  const shared = Math.max(0, ...words.map((w) => nameWords.get(w) ?? 0));
  if (inside + shared === 0) return 0;
  // A kind named by the device's own node: on a tie, the node sharing more of the device's words
  // ("Mobile Phone Batteries" for "Mobile Phones", not "Cordless Phone Batteries").
  const more = named ? 0.1 * new Set(words.filter((w) => nameWords.has(w))).size : 0;
  return inside + shared + more + (phrases.some((p) => kindNames.has(p[p.length - 1] ?? '')) ? 0.5 : 0);
}

/**
 * The device's accessory node in general: the one named after it ("Projector Accessories"), or the
 * accessory node above a named one that is a single kind ("Laptop Docking Stations" -> "Computer
 * Accessories").
 */
function generalAccessoryOf(taxonomy: Taxonomy, device: number): number | null {
  const named = accessoryNodeOf(taxonomy, device, () => 0);
  if (named === null || /accessor/i.test(taxonomy.nameOf(named) ?? '')) return named;
  const parent = taxonomy.ancestors(named).at(-2);
  return parent !== undefined && taxonomy.isAccessory(parent) ? parent : named;
}

/** Whether node `id` may be the accessory of a device in branch `top`: an accessory there, a bag, or in the kind's own branch. */
function isCandidate(taxonomy: Taxonomy, id: number, top: number, bags: boolean, within?: number): boolean {
  if (bags && id !== LUGGAGE_AND_BAGS && taxonomy.isAncestorOrSelf(LUGGAGE_AND_BAGS, id)) return true;
  if (within !== undefined && id !== within && taxonomy.isAncestorOrSelf(within, id)) return true;
  return taxonomy.isAccessory(id) && taxonomy.isAncestorOrSelf(top, id);
}

function findAccessoryOfKind(taxonomy: Taxonomy, device: number, kind: number): number | null {
  const top = taxonomy.ancestors(device)[0] ?? -1;
  const general = generalAccessoryOf(taxonomy, device);
  const nameWords = deviceNameWords(taxonomy, device);
  const kindNames = new Set(KINDS[kind].names);
  const bags = KINDS[kind].bags === true;
  let best: { id: number; score: number; depth: number } | null = null;
  for (const id of taxonomy.ids) {
    if (!isCandidate(taxonomy, id, top, bags, KINDS[kind].within)) continue;
    const score = candidateScore(taxonomy, id, kindNames, nameWords, general, KINDS[kind].named);
    const depth = taxonomy.depth(id);
    if (score > 0 && (!best || score > best.score || (score === best.score && depth < best.depth)))
      best = { id, score, depth };
  }
  return best?.id ?? (KINDS[kind].general ? general : null);
}

/** The device's accessory node of `kind`, or null; worked out once per device and kind. */
function accessoryOfKind(taxonomy: Taxonomy, device: number, kind: number): number | null {
  let cache = caches.get(taxonomy);
  if (!cache) caches.set(taxonomy, (cache = new Map()));
  const key = `${device} ${kind}`;
  if (!cache.has(key)) cache.set(key, findAccessoryOfKind(taxonomy, device, kind));
  return cache.get(key)!;
}

interface AccessoryHit {
  start: number;
  end: number;
  entries: { id: number; w: number }[];
}

/**
 * Where the accessory word stands where the head comes last: right after the device ("TV mount"),
 * after a place ("TV wall mount"), or before a for-word ("Wandhalterung für Fernseher", "Wall
 * mount for TV"); there not a screen or a stand, which without a node of their own would read as
 * the device.
 */
function headLastAccessoryAt(h: AccessoryHit, tokens: string[], kinds: number[], read: Set<number>): number {
  if (kinds[h.end] >= 0) return h.end;
  if (PLACES.has(tokens[h.end] ?? '') && kinds[h.end + 1] >= 0) return h.end + 1;
  // "Wall mount for TV", or with a maker's name between ("Filter for Philips air purifier",
  // "Mount for Samsung TV"): a word no hit reads, right before the device.
  const cue = FOR_CUES.has(tokens[h.start - 1] ?? '')
    ? h.start - 1
    : !read.has(h.start - 1) && FOR_CUES.has(tokens[h.start - 2] ?? '')
      ? h.start - 2
      : -1;
  const before = kinds[cue - 1] ?? -1;
  return cue > 0 && before >= 0 && (KINDS[before].general || KINDS[before].named) ? cue - 1 : -1;
}

/** Where the accessory word of hit `h` stands, or -1 (`kinds`: each token's kind, or -1). */
function accessoryWordAt(
  h: AccessoryHit,
  tokens: string[],
  kinds: number[],
  headLast: boolean,
  read: Set<number>,
): number {
  if (headLast) return headLastAccessoryAt(h, tokens, kinds, read);
  // "Suporte TV", "Soporte para proyector", "Uchwyt do projektora", "Suporte de parede para TV":
  // back from the device over for- and of-words, articles and places to the kind word; and over a
  // maker's name no hit reads, right before the device ("Ремешок для Xiaomi Mi Band 7").
  for (let i = h.start - 1; i >= 0; i--) {
    if (kinds[i] >= 0) return i;
    const t = tokens[i] ?? '';
    if (i === h.start - 1 && i > 0 && !read.has(i) && FOR_CUES.has(tokens[i - 1] ?? '')) continue;
    if (!FOR_CUES.has(t) && !OF_CUES.has(t) && !PLACES.has(t) && !ARTICLES.has(t) && !KIND_FOR.has(t)) return -1;
  }
  return -1;
}

/**
 * The hit's readings as accessories of `kind`, or null when one is an accessory or a pet's, or none
 * has one. A reading with no accessory of the kind is left out when another has one: a translated
 * "televizi" reads as televisions and as the film industry, and only the televisions have mounts.
 */
function accessoryEntries<E extends { id: number }>(taxonomy: Taxonomy, entries: E[], kind: number): E[] | null {
  const out: E[] = [];
  for (const e of entries) {
    // A watch is filed under "Apparel & Accessories", so the taxonomy calls it an accessory; its band is its accessory all the same.
    const device = e.id === WATCHES && KINDS[kind].names.includes('band');
    if ((taxonomy.isAccessory(e.id) && !device) || taxonomy.isAncestorOrSelf(ANIMALS_AND_PET_SUPPLIES, e.id))
      return null;
    const node = accessoryOfKind(taxonomy, e.id, kind);
    if (node !== null) out.push({ ...e, id: node });
  }
  return out.length ? out : null;
}

/**
 * Whether the accessory word at `at` reads as an accessory of the device's branch already
 * ("Handy Hülle": "Hülle" is a phone case): the lexicon knows the pair better than a name search.
 */
function readsAsAccessoryOf(
  taxonomy: Taxonomy,
  hits: AccessoryHit[],
  at: number,
  device: AccessoryHit,
  deeper = false,
): boolean {
  const tops = new Set(device.entries.map((e) => taxonomy.ancestors(e.id)[0]));
  const depth = deeper ? Math.max(...device.entries.map((e) => taxonomy.depth(e.id))) : 0;
  return hits.some(
    (o) =>
      o !== device &&
      o.start <= at &&
      o.end > at &&
      o.entries.some(
        (e) =>
          taxonomy.isAccessory(e.id) &&
          tops.has(taxonomy.ancestors(e.id)[0]) &&
          (!deeper || taxonomy.depth(e.id) > depth),
      ),
  );
}

/**
 * A watch line the lexicon does not read, or reads only weakly ("Garmin Forerunner", "Mi Band": a
 * book's word), as a hit on watches: the device a band word in the title fits. (A title of no
 * other hit, "갤럭시 워치6 스트랩", still holds the line: its hits take the hits' shape.)
 */
function watchLineHits<H extends AccessoryHit>(tokens: string[], hits: H[], kinds: number[]): H[] {
  if (!kinds.some((k) => KINDS[k]?.names.includes('band'))) return [];
  const like = hits[0] ?? ({ start: 0, end: 0, entries: [], curated: true } as AccessoryHit as H);
  return watchLineSpans(tokens)
    .filter(([start, end]) => !hits.some((h) => h.start < end && h.end > start && h.entries.some((e) => e.w >= 0.5)))
    .map(([start, end]) => ({ ...like, start, end, entries: [{ id: WATCHES, w: 1 }] }));
}

/**
 * The segment's hits with each device hit next to an accessory word made one hit over both that
 * reads as the device's accessory of that kind; hits on the accessory word itself are dropped.
 */
export function accessoryOfRule<H extends AccessoryHit>(
  taxonomy: Taxonomy,
  tokens: string[],
  hits: H[],
  lang: string | null,
): H[] {
  const kinds = tokens.map((t) => kindOf(t, lang));
  if (kinds.every((k) => k < 0)) return hits;
  const headLast = isHeadLast(lang);
  const out: H[] = [];
  const dropped = new Set<H>();
  // Word positions some hit reads.
  const read = new Set(hits.flatMap((h) => Array.from({ length: h.end - h.start }, (_, i) => h.start + i)));
  const lines = watchLineHits(tokens, hits, kinds);
  for (const h of [...hits, ...lines]) {
    const at = accessoryWordAt(h, tokens, kinds, headLast, read);
    // A kind named by the device's node is searched by name even where the word reads as some
    // accessory ("Ersatzfilter" as a vacuum's), unless that reading is deeper than the device
    // itself: "Kohlefilter für Dunstabzugshaube" is a range hood's filter, the hood word only a
    // kitchen appliance.
    if (at < 0 || readsAsAccessoryOf(taxonomy, hits, at, h, KINDS[kinds[at]].named)) continue;
    // "Organizer für Kabel", "Organizador para juguetes": an organiser keeps what it names (rules/storage-of.ts).
    const stored = isStorageWord(tokens[at] ?? '', lang) ? storedEntries(taxonomy, h.entries) : null;
    const entries = stored ?? accessoryEntries(taxonomy, h.entries, kinds[at]);
    if (!entries) continue;
    const start = Math.min(h.start, at);
    const end = Math.max(h.end, at + 1);
    // The accessory word's own hit ("Hülle": a phone case) lends its weight to the pair.
    let w = 0;
    for (const o of [...hits, ...lines])
      if (o.start >= start && o.end <= end) {
        dropped.add(o);
        if (o !== h) w = Math.max(w, ...o.entries.map((e) => e.w));
      }
    out.push({ ...h, start, end, entries: entries.map((e) => (e.w < w ? { ...e, w } : e)) });
  }
  if (!out.length) return hits;
  return [...hits.filter((h) => !dropped.has(h)), ...out].sort((a, b) => a.start - b.start);
}

/**
 * "Support TV", "Supporto TV": a translated name read as an accessory phrase swallows the device
 * word after the kind word, so the rule above never sees a device next to a mount, and the
 * phrase's general reading ("Video Accessories") loses to the device's own vote. Where the head
 * comes first, a phrase hit that starts with a kind word and reads only as accessories gives way
 * to what the words after the kind word read as (`readRest`), when one of those is a device whose
 * accessory of the kind lies below the phrase's reading; the rule then reads the pair as that accessory.
 */
export function withDeviceAfterKindWord<H extends AccessoryHit>(
  taxonomy: Taxonomy,
  tokens: string[],
  hits: H[],
  lang: string | null,
  readRest: (start: number, end: number) => H[],
): H[] {
  if (lang === null || HEAD_LAST.has(lang)) return hits;
  let changed = false;
  const out = hits.flatMap((h) => {
    const kind = h.end - h.start < 2 ? -1 : kindOf(tokens[h.start] ?? '', lang);
    if (kind < 0 || !h.entries.every((e) => taxonomy.isAccessory(e.id))) return [h];
    const rest = readRest(h.start + 1, h.end);
    const nodes = rest.flatMap((r) => (accessoryEntries(taxonomy, r.entries, kind) ?? []).map((e) => e.id));
    // Only a phrase read as a broader node than the pair gives way ("Etui na telefon" is a phone case already).
    const broader = h.entries.every((e) => nodes.some((n) => n !== e.id && taxonomy.isAncestorOrSelf(e.id, n)));
    if (!broader) return [h];
    changed = true;
    return rest;
  });
  return changed ? out : hits;
}
