/**
 * Product -> Google Product Taxonomy (2021-09-21) node, from the page's own category data, its
 * breadcrumbs, then the title (and brand). Small and explainable: a phrase lexicon (taxonomy
 * names + curated multilingual synonyms) with a naive Bayes vote for the classes it was trained on.
 */
import { BayesScorer } from './bayes';
import { Lexicon } from './lexicon';
import type { ClassifierModel } from './model';
import { decide, hitsToEvidence, type Evidence, type WeightedHit } from './score';
import { Taxonomy } from './taxonomy';
import { normalizeText, stemToken, tokenize } from './text';
import { hasAudienceWord } from './rules/apparel-audience';
import { FOR_BEFORE_CUES, FOR_CUES, FOR_ZONE_WEIGHT, guessLanguage, OF_CUES, OF_ZONE_WEIGHT, WITH_CUES, WITH_ZONE_WEIGHT } from './cues';
import { MAKER_PRIOR_WEIGHT, makerScreenPrior } from './maker-prior';
import { MODEL_CODE_WEIGHT, modelCodeNode } from './model-codes';
import { findNonPhysical, NON_PHYSICAL_NODE, productHeadFollows, type NonPhysicalKind } from './rules/non-physical';
import { notATitle } from './rules/not-a-title';

export type { ClassifierModel, BayesModel } from './model';

export interface ClassifyInput {
  title: string;
  brand?: string | null;
  category?: string[] | null;
  googleCategory?: string | null;
  /** The page's language ("de", "pt-BR"): a hint that favours its words when one is ambiguous. */
  lang?: string | null;
  /** The shop's name or host: a "title" equal to it is no title. */
  shop?: string | null;
}

export interface Classification {
  /** Taxonomy node; 0 when a non-physical product has no node (subscriptions, services). */
  id: number;
  path: string;
  confidence: number;
  via: 'page-category' | 'breadcrumb' | 'title';
  /** Set when the listing sells no physical thing: no embodied-carbon estimate applies. */
  nonPhysical?: NonPhysicalKind;
}

export interface Classifier {
  classify(input: ClassifyInput): Classification | null;
  pathOf(id: number): string | null;
  /** The weighted votes behind a classification, for the "how was this computed" view. */
  explain(input: ClassifyInput): { id: number; path: string; weight: number; source: string }[];
}

/** Weight of a page-published taxonomy node: it outvotes any title. */
const PAGE_CATEGORY_WEIGHT = 3;
/** Breadcrumbs are the shop's own filing: they count more than title words. */
const BREADCRUMB_WEIGHT = 1.5;
/** Title segments after the first (after " - ", "|", ",", brackets) describe variants and extras. */
const LATER_SEGMENT_WEIGHT = 0.75;
/** Text in brackets lists specs and contents ("(Intel Core i7, 16GB RAM, 512GB SSD)"). */
const BRACKETED_WEIGHT = 0.5;
/** Confidence of a page-published node when nothing refines it. */
const PAGE_CATEGORY_CONFIDENCE = 0.95;
const MIN_CONFIDENCE = 0.15;
/** A listing that names itself a ticket, voucher, licence...: the words are explicit. */
const NON_PHYSICAL_CONFIDENCE = 0.8;
/** Google Product Taxonomy id of "Animals & Pet Supplies". */
const ANIMALS_AND_PET_SUPPLIES = 1;
/** "for cats", "für Hunde", "pour chats", "para perros": the product is for a pet. */
const FOR_PETS = /\b(?:for|f(?:ü|u)r|pour|para|per)\s+(?:[\p{L}]+\s+){0,2}(?:cats?|kittens?|dogs?|pupp(?:y|ies)|pets?|katzen?|hunde?n?|haustiere|chats?|chiens?|gatos?|perros?|gatti|cani)\b/iu;
/** "Food, Beverages & Tobacco". */
const FOOD_BEVERAGES_TOBACCO = 412;
/** "Media" (books, music, films, magazines): a shop department whose sub-crumbs name the subject. */
const CONTENT_BRANCHES = [783];
/** "Media". */
const MEDIA = 783;
/** "Media > Books", "Media > Books > E-books". */
const MEDIA_BOOKS = 784;
const MEDIA_EBOOKS = 543542;
/** Clothing and Shoes: the readings an audience word ("Men's", "Damen") favours. */
const CLOTHING = 1604;
const SHOES = 187;
/**
 * Title phrases that only a book has: a count of recipes ("100 delicious recipes", "75 Rezepte")
 * is a cookbook whatever food it is about; "Kindle Edition", audiobook. The shop's subject
 * crumbs ("Food & Drink > Quick & Easy Meals") then name the subject, as under a Books department.
 */
const CONTENT_TITLE_CUES = [
  /\b\d{2,4}\s+(?:[\p{L}-]+\s+){0,2}(?:recipes|rezepte|recettes|recetas|ricette)\b/iu,
  /\b(?:kindle edition|kindle ausgabe|format kindle|audiobook|h[öo]rbuch)\b/i,
];
/**
 * Lexicon evidence that can overrule the Bayes vote: an English taxonomy word or a curated phrase
 * (0.5 and up). A translated single word (0.4) in a title full of the vote's vocabulary is more
 * often a colour, a spec or a series name ("graphite", "flex").
 */
const BAYES_SILENCING_WEIGHT = 0.5;
/** A lexicon hit this strong on a node the Bayes vote was not trained on silences that vote. */
const OUT_OF_DOMAIN_HIT = 0.9;
/** A title vote this strong (a curated phrase in the main clause) may refine the last crumb. */
const TITLE_SHELF_WEIGHT = 0.9;
/** Weight of a title vote outside the media branch a breadcrumb trail files the item under. */
const OFF_CONTENT_TITLE = 0.15;

/** Spec words that may sit inside a noun compound ("Webcam FHD Monitor", "Camera 4K Drone"). */
const SPEC_WORD = /^(?:fhd|hd|uhd|qhd|wqhd|full|ultr|[2458]k|\d{3,4}p|ip|led|lcd|oled|curved|\d{1,3}(?:inch|in|zoll)?|inch|zoll)$/;

/** Title segments split at " - ", "|", ",", ";", ":" and brackets, each marked if inside brackets. */
export function splitTitle(title: string): { text: string; bracketed: boolean }[] {
  const out: { text: string; bracketed: boolean }[] = [];
  let depth = 0;
  for (const part of title.split(/(\s[-–—|]\s|[|,;()[\]{}+•·:])/)) {
    if (/^[([{]$/.test(part)) depth++;
    else if (/^[)\]}]$/.test(part)) depth = Math.max(0, depth - 1);
    else if (part.trim() && !/^\s[-–—|]\s$/.test(part) && !/^[|,;+•·:]$/.test(part)) out.push({ text: part, bracketed: depth > 0 });
  }
  return out;
}

export function createClassifier(model: ClassifierModel): Classifier {
  const taxonomy = new Taxonomy(model.nodes);
  const lexicon = new Lexicon(model, taxonomy);
  const bayes = model.bayes ? new BayesScorer(model.bayes) : null;
  const bayesClasses = new Set(model.bayes?.classes ?? []);
  // Built on first use: most pages publish no taxonomy path.
  let byPath: Map<string, number> | null = null;
  const pathIndex = () => {
    if (!byPath) {
      byPath = new Map();
      for (const id of taxonomy.ids) byPath.set(normalizeText(taxonomy.pathOf(id) ?? ''), id);
    }
    return byPath;
  };

  /** A GPT id ("328", "gid:328") or a full path the page publishes. */
  function resolvePageCategory(raw: string): number | null {
    const idMatch = /^\s*(?:gid:)?\s*(\d{1,7})\s*$/i.exec(raw);
    if (idMatch) return taxonomy.has(Number(idMatch[1])) ? Number(idMatch[1]) : null;
    return pathIndex().get(normalizeText(raw.replace(/\s*[>/]\s*/g, ' > '))) ?? null;
  }

  /** Zone weight per token: for-, with- and of-cues lower what follows; CJK for-markers what precedes. */
  function zonesOf(tokens: string[]): number[] {
    const zones: number[] = [];
    let zone = 1;
    for (const t of tokens) {
      if (FOR_CUES.has(t)) zone = Math.min(zone, FOR_ZONE_WEIGHT);
      else if (WITH_CUES.has(t)) zone = Math.min(zone, WITH_ZONE_WEIGHT);
      else if (OF_CUES.has(t) && zones.length) zone = Math.min(zone, OF_ZONE_WEIGHT);
      zones.push(zone);
    }
    const marker = tokens.findIndex((t) => FOR_BEFORE_CUES.has(t));
    if (marker > 0) for (let i = 0; i < marker; i++) zones[i] = Math.min(zones[i], FOR_ZONE_WEIGHT);
    return zones;
  }

  function titleHits(title: string, brandTokens: Set<string>, zoneScale: number, lang: string | null): WeightedHit[] {
    const out: WeightedHit[] = [];
    splitTitle(title).forEach(({ text: segment, bracketed }, si) => {
      const raw = lexicon.tokens(normalizeText(segment).split(' ').filter(Boolean));
      const tokens = raw.map(stemToken);
      const zones = zonesOf(tokens);
      const segWeight = (bracketed ? BRACKETED_WEIGHT : si === 0 ? 1 : LATER_SEGMENT_WEIGHT) * zoneScale;
      const hits = lexicon.hits(tokens, brandTokens, lang, raw);
      for (const h of hits) {
        // "for cats" names who the product is for, not a device it fits: keep its full weight.
        const audience = h.entries.every((e) => taxonomy.isAncestorOrSelf(ANIMALS_AND_PET_SUPPLIES, e.id));
        const modifier = hits.find((o) => o.end <= h.start && tokens.slice(o.end, h.start).every((t) => SPEC_WORD.test(t)));
        const modifierIds = modifier && modifier.entries.every((e) => e.w >= 0.7) ? modifier.entries.map((e) => e.id) : undefined;
        out.push({ ...h, zone: (audience ? 1 : zones[h.start]) * segWeight, modifierIds });
      }
    });
    return out;
  }

  /**
   * The naive Bayes vote only knows its training classes (no accessories, no other domains): it
   * reads the main clause only, and is dropped when the lexicon points to an accessory or to
   * another top-level branch.
   */
  function bayesVote(title: string, lexiconEvidence: Evidence[]): Evidence[] {
    if (!bayes) return [];
    const main = normalizeText(title.split(/\s[-–—|]\s|[|,;()[\]{}+]/)[0] ?? '').split(' ');
    const cut = main.findIndex((t) => FOR_CUES.has(t) || WITH_CUES.has(t));
    const tokens = (cut >= 0 ? main.slice(0, cut) : main).filter(Boolean).map(stemToken);
    const votes = bayes.evidence(tokens);
    const strong = lexiconEvidence.filter((e) => e.w >= BAYES_SILENCING_WEIGHT);
    const best = strong.reduce<Evidence | null>((a, e) => (!a || e.w > a.w ? e : a), null);
    // A strong lexicon hit on a node outside the Bayes classes ("Monitor" vs the PriceRunner
    // classes, which hold TVs but no monitors): the title is outside what the vote has seen.
    if (best && best.w >= OUT_OF_DOMAIN_HIT && !bayesClasses.has(best.id)) return [];
    return votes.filter(
      (v) =>
        !strong.some((e) => taxonomy.isAccessory(e.id) && !taxonomy.isAccessory(v.id)) &&
        (!best || taxonomy.commonDepth(best.id, v.id) >= 2),
    );
  }

  function gather(input: ClassifyInput): { evidence: Evidence[]; pageNode: number | null } {
    const crumbList = (Array.isArray(input.category) ? input.category : []).filter((c): c is string => typeof c === 'string');
    const rawTitle = typeof input.title === 'string' ? input.title : '';
    // A variant id, the shop's name or a breadcrumb label handed over as the title says nothing.
    const why = notATitle(rawTitle, { shop: input.shop, crumbs: crumbList });
    // A bare code that a maker's model-code rule knows ("P2422H") is a title after all.
    const title = why && !(why === 'id' && modelCodeNode(rawTitle, typeof input.brand === 'string' ? input.brand : null) !== null) ? '' : rawTitle;
    const lang =
      typeof input.lang === 'string' && input.lang ? input.lang.slice(0, 2).toLowerCase() : guessLanguage(normalizeText(title).split(' '));
    const evidence: Evidence[] = [];
    const context: number[] = [];
    let pageNode: number | null = null;
    const google = typeof input.googleCategory === 'string' ? input.googleCategory : null;
    if (google) {
      pageNode = resolvePageCategory(google);
      if (pageNode) {
        evidence.push({ id: pageNode, w: PAGE_CATEGORY_WEIGHT, source: 'page-category' });
        context.push(pageNode);
      }
    }
    const crumbs = (Array.isArray(input.category) ? input.category : []).filter((c): c is string => typeof c === 'string' && c.trim() !== '');
    if (!pageNode && google) crumbs.unshift(...google.split(/\s*[>/]\s*/));
    const perCrumb = crumbs.map((crumb, i) => {
      // Deeper crumbs are more specific; a crumb naming a group ("Adhesives, Sealants &
      // Lubricants") is one vote for what its parts share, not three votes.
      const weight = BREADCRUMB_WEIGHT * (0.6 + (0.4 * (i + 1)) / crumbs.length);
      const items = crumb.split(/\s*(?:,|&|\+|\/|\band\b|\bund\b|\bet\b|(?<=\s)[ye](?=\s))\s*/i).filter((x) => x.trim());
      const perItem = items.map((item) => {
        const raw = lexicon.tokens(normalizeText(item).split(' ').filter(Boolean));
        const hits = lexicon.hits(raw.map(stemToken), new Set(), lang, raw).map((h) => ({ ...h, zone: weight }));
        return hitsToEvidence(hits, taxonomy, 'breadcrumb', context);
      });
      const nonEmpty = perItem.filter((ev) => ev.length);
      const ev = nonEmpty.length > 1 ? collapseToCommonAncestor(nonEmpty.map((e) => strongest(e))) : (nonEmpty[0] ?? []);
      context.push(...ev.map((e) => e.id));
      return ev;
    });
    // "Men's", "Damen", "taille 42": an ambiguous title word takes its clothing or shoe reading.
    if (hasAudienceWord(title)) context.push(CLOTHING, SHOES);
    const titleCue = CONTENT_TITLE_CUES.some((re) => re.test(title)) ? MEDIA_BOOKS : null;
    const trail = readTrail(perCrumb, titleCue);
    evidence.push(...trail.evidence);
    const brandTokens = new Set(typeof input.brand === 'string' ? tokenize(input.brand) : []);
    const hits = titleHits(title, brandTokens, 1, lang);
    let titleEvidence = hitsToEvidence(hits, taxonomy, 'title', context);
    // "Wet Cat Food ... Chicken and Wild Boar", "Clear Soup for Cats": next to a pet, food words
    // name the recipe of a pet food, not a grocery. They vote for the pet node instead.
    // A bare "dog" is no such sign ("Hot Dog Buns"): it takes a pet product phrase or "for cats".
    const pet = titleEvidence.reduce<Evidence | null>((a, e) => (taxonomy.isAncestorOrSelf(ANIMALS_AND_PET_SUPPLIES, e.id) && (!a || e.w > a.w) ? e : a), null);
    if (pet && (pet.w >= 0.5 || FOR_PETS.test(title))) titleEvidence = titleEvidence.map((e) => (taxonomy.isAncestorOrSelf(FOOD_BEVERAGES_TOBACCO, e.id) ? { ...e, id: pet.id } : e));
    // A book's (film's, album's) title names its subject, not the product: "Vegetable Perfection:
    // 100 delicious recipes" filed under Books is a book. Title votes outside the media branch
    // the shop filed it in count for little.
    if (trail.contentBranch !== null) {
      const branch = trail.contentBranch;
      titleEvidence = titleEvidence.map((e) => (taxonomy.isAncestorOrSelf(branch, e.id) ? e : { ...e, w: e.w * OFF_CONTENT_TITLE }));
    }
    const shelf = [...perCrumb].reverse().find((ev) => ev.length);
    const head = titleEvidence.reduce<Evidence | null>((a, e) => (e.w >= TITLE_SHELF_WEIGHT && (!a || e.w > a.w) ? e : a), null);
    if (shelf && head) {
      // A shop files thin clients under "Desktop Computers", headsets under "Headphones": when the
      // title names a sibling of the last crumb, the crumb only vouches for their shared parent.
      const last = strongest(shelf).id;
      const parent = taxonomy.parentOf(last);
      const sibling = taxonomy.ancestors(head.id)[taxonomy.depth(last) - 1];
      if (sibling !== undefined && sibling !== last && taxonomy.depth(last) >= 3 && taxonomy.parentOf(sibling) === parent) {
        for (const e of evidence) if (e.source === 'breadcrumb' && e.id === last) e.id = parent;
      }
    }
    if (!evidence.length && !titleEvidence.some((e) => e.w >= 0.5)) {
      const brand = typeof input.brand === 'string' ? input.brand : null;
      const code = modelCodeNode(title, brand);
      const prior = code === null ? makerScreenPrior(title, brand) : null;
      if (code !== null) titleEvidence.push({ id: code, w: MODEL_CODE_WEIGHT, source: 'title' });
      else if (prior !== null) titleEvidence.push({ id: prior, w: MAKER_PRIOR_WEIGHT, source: 'title' });
    }
    evidence.push(...titleEvidence);
    if (bayes && trail.contentBranch === null) evidence.push(...bayesVote(title, titleEvidence));
    return { evidence, pageNode };
  }

  /**
   * A breadcrumb trail goes from the shop's department to the product's shelf. Read as a path:
   * - an earlier crumb that the deeper one refines elsewhere in the same branch ("Computers >
   *   Monitors": monitors sit under Electronics > Video, not Computers) only votes for what the two
   *   share, so it cannot outvote the shelf that names the product;
   * - a media department (Books, Kindle Store, Music, Movies & TV) is the product: deeper crumbs
   *   that leave the media branch ("Books > Food & Drink", "Bücher > Kochen") name the subject.
   */
  function readTrail(perCrumb: Evidence[][], titleCue: number | null): { evidence: Evidence[]; contentBranch: number | null } {
    const strongestOf = perCrumb.map((ev) => (ev.length ? strongest(ev) : null));
    const department = strongestOf.find((e): e is Evidence => e !== null) ?? null;
    // The Kindle Store also sells the readers ("Kindle Store > Kindle E-readers"): its deeper
    // crumbs keep their say, unlike those under Books.
    const isContent = department && department.id !== MEDIA_EBOOKS && CONTENT_BRANCHES.some((b) => taxonomy.isAncestorOrSelf(b, department.id));
    const contentBranch = isContent ? department.id : titleCue;
    const out: Evidence[] = [];
    if (titleCue !== null && contentBranch === titleCue) out.push({ id: titleCue, w: 1, source: 'title' });
    perCrumb.forEach((ev, i) => {
      for (const e of ev) {
        if (contentBranch !== null && !taxonomy.isAncestorOrSelf(contentBranch, e.id) && !taxonomy.isAncestorOrSelf(e.id, contentBranch)) continue;
        // The deepest later crumb this one conflicts with, within the same top-level branch.
        const later = strongestOf.slice(i + 1).filter((l): l is Evidence => l !== null);
        let id = e.id;
        for (const l of later) {
          const common = taxonomy.commonDepth(id, l.id);
          if (common >= 1 && !taxonomy.isAncestorOrSelf(id, l.id) && !taxonomy.isAncestorOrSelf(l.id, id)) id = taxonomy.ancestors(l.id)[common - 1];
        }
        out.push(id === e.id ? e : { ...e, id });
      }
    });
    return { evidence: out, contentBranch };
  }

  function strongest(ev: Evidence[]): Evidence {
    return ev.reduce((a, e) => (e.w > a.w ? e : a));
  }

  function collapseToCommonAncestor(ev: Evidence[]): Evidence[] {
    if (ev.length < 2) return ev;
    let common = taxonomy.ancestors(ev[0].id);
    for (const e of ev.slice(1)) common = common.slice(0, taxonomy.commonDepth(common[common.length - 1] ?? 0, e.id));
    if (!common.length) return ev;
    return [{ id: common[common.length - 1], w: Math.max(...ev.map((e) => e.w)), source: ev[0].source }];
  }

  /**
   * A ticket, voucher, licence, subscription, service or download: said by the page's category,
   * a breadcrumb, or the title's head (not after "for", not followed by a product word: "ticket
   * holder", "Gutscheinbox" stay products).
   */
  function nonPhysicalOf(input: ClassifyInput, pageNode: number | null): NonPhysicalKind | null {
    if (pageNode !== null) {
      const kind = (Object.entries(NON_PHYSICAL_NODE) as [NonPhysicalKind, number | null][]).find(([, id]) => id !== null && taxonomy.isAncestorOrSelf(id, pageNode));
      return kind ? kind[0] : null;
    }
    for (const crumb of (Array.isArray(input.category) ? input.category : []).slice(-2)) {
      if (typeof crumb !== 'string') continue;
      const m = findNonPhysical(lexicon.tokens(tokenize(crumb)));
      if (m) return m.kind;
    }
    const title = typeof input.title === 'string' ? input.title : '';
    const first = splitTitle(title).find((seg) => !seg.bracketed);
    if (!first) return null;
    const tokens = lexicon.tokens(tokenize(first.text));
    const m = findNonPhysical(tokens);
    if (!m) return null;
    const zones = zonesOf(tokens);
    if (zones[m.start] <= WITH_ZONE_WEIGHT) return null;
    // The word right after names a product the phrase only qualifies ("gift card holder").
    const next = lexicon.hits(tokens.slice(m.end, m.end + 2)).find((h) => h.start === 0 && h.entries.some((e) => e.w >= 0.5));
    return next || productHeadFollows(tokens, m) ? null : m.kind;
  }

  function classify(input: ClassifyInput): Classification | null {
    const { evidence, pageNode } = gather(input);
    const decision = decide(evidence, taxonomy);
    const nonPhysical = nonPhysicalOf(input, pageNode);
    if (nonPhysical) {
      // A digital book or film keeps its media node ("Media > Books > E-books").
      const keep = decision && nonPhysical === 'digital' && taxonomy.isAncestorOrSelf(MEDIA, decision.id);
      const node = keep ? decision.id : NON_PHYSICAL_NODE[nonPhysical];
      const id = node ?? 0;
      const via = pageNode !== null ? 'page-category' : decision?.via ?? 'title';
      return { id, path: node ? (taxonomy.pathOf(node) ?? '') : '', confidence: Math.max(decision?.confidence ?? 0, NON_PHYSICAL_CONFIDENCE), via, nonPhysical };
    }
    if (!decision) return null;
    const path = taxonomy.pathOf(decision.id);
    if (!path) return null;
    if (pageNode && decision.id === pageNode) return { id: pageNode, path, confidence: PAGE_CATEGORY_CONFIDENCE, via: 'page-category' };
    if (decision.confidence < MIN_CONFIDENCE) return null;
    return { id: decision.id, path, confidence: decision.confidence, via: decision.via };
  }

  function explain(input: ClassifyInput) {
    return gather(input).evidence.map((e) => ({ id: e.id, path: taxonomy.pathOf(e.id) ?? '', weight: Math.round(e.w * 1000) / 1000, source: e.source }));
  }

  return { classify, pathOf: (id) => taxonomy.pathOf(id), explain };
}
