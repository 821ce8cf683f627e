/**
 * Gathers the evidence for one product, in order of trust: the page's own category, the
 * breadcrumb trail, then the title (lexicon hits, the rules that reweigh them, the Bayes vote).
 */
import { isHeadFirst } from './lexicon';
import type { ClassifyInput } from './index';
import { MAKER_PRIOR_WEIGHT, makerScreenPrior } from './maker-prior';
import { BRAND_KIND_WEIGHT, brandKindNode } from './rules/brand-kinds';
import { MODEL_CODE_WEIGHT, modelCodeNode } from './model-codes';
import { ANIMALS_AND_PET_SUPPLIES, CLOTHING, FOOD_BEVERAGES_TOBACCO, MEDIA_BOOKS, SHOES } from './nodes';
import type { ClassifierParts } from './parts';
import { hasAudienceWord } from './rules/apparel-audience';
import { notATitle } from './rules/not-a-title';
import { withoutBrandCrumbs } from './rules/brand-crumb';
import { crumbWordElsewhere } from './rules/crumb-word-elsewhere';
import { screenEvidence } from './rules/set-top';
import { remoteControlRule, toyOfRule } from './rules/toy-of';
import { artificialRule } from './rules/artificial-of';
import { preparedDishRule } from './rules/prepared-dish';
import { animalWordOnly, isWhoseNode, PET_PRODUCT_WEIGHT, petCounterpart } from './rules/for-pets';
import { isReplacementWord, partsNodeOf } from './rules/replacement';
import { isBatteryNode } from './rules/battery-of';
import { machineRule } from './rules/machine-of';
import { platformGameRule } from './rules/platform-game';
import { vehicleRule } from './rules/vehicle-of';
import { tradeRule } from './rules/trade-of';
import { forCuesIn, guessLanguage } from './cues';
import { hitsToEvidence, type Evidence, type WeightedHit } from './score';
import { bayesVote, titleHits } from './title';
import { hasProductNoun } from './rules/bayes-evidence';
import { languageOfLetters } from './rules/title-letters';
import { readPageCategoryText } from './rules/page-category-text';
import { crumbEvidence, readTrail, refineShelf, yieldDepartment, yieldWideShelf } from './trail';
import { normalizeText, tokenize } from './text';

/** Weight of a page-published taxonomy node: it outvotes any title. */
const PAGE_CATEGORY_WEIGHT = 3;
/** Weight of the department a Shopify category id vouches for: a trail's whole weight (trail.ts). */
const SHOPIFY_DEPARTMENT_WEIGHT = 1.5;
/** A title hit in a zone this strong (the main clause) may pick among a crumb word's readings. */
const TITLE_HINT_ZONE = 0.9;
/** Weight of a title vote outside the media branch a breadcrumb trail files the item under. */
const OFF_CONTENT_TITLE = 0.15;
/** A title vote at least this strong is a product word: no fallback to model codes or makers. */
const PRODUCT_WORD_WEIGHT = 0.5;
/** A Bayes vote this sure, with no product word in the lexicon's hits, is the title's head. */
const BAYES_HEAD_WEIGHT = 0.5;
/** Weight of the title's other-branch words next to a Bayes head (as after a lexicon head). */
const OFF_HEAD_WEIGHT = 0.3;
/** A pet-product phrase this strong turns the title's food words into pet food. */
const PET_PHRASE_WEIGHT = 0.5;
/** Weight left to the animal's own node once the product has found its pet kind. */
const FOR_PET_ONLY_WHOSE = 0.3;
/**
 * Title phrases that only a book has: a count of recipes ("100 delicious recipes", "75 Rezepte")
 * is a cookbook whatever food it is about; "Kindle Edition", audiobook. The shop's subject
 * crumbs ("Food & Drink > Quick & Easy Meals") then name the subject, as under a Books department.
 */
const CONTENT_TITLE_CUES = [
  /\b\d{2,4}\s+(?:[\p{L}-]+\s+){0,2}(?:recipes|rezepte|recettes|recetas|ricette)\b/iu,
  /\b(?:kindle edition|kindle ausgabe|format kindle|audiobook|h[öo]rbuch)\b/i,
];

const strings = (list: unknown): string[] =>
  (Array.isArray(list) ? list : []).filter((c): c is string => typeof c === 'string');
const stringOrNull = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** The title to read: empty when the page handed over a variant id, the shop's name or a crumb. */
function usableTitle(input: ClassifyInput): string {
  const rawTitle = stringOrNull(input.title) ?? '';
  const why = notATitle(rawTitle, { shop: input.shop, crumbs: strings(input.category) });
  // A bare code that a maker's model-code rule knows ("P2422H") is a title after all.
  if (why === 'id' && modelCodeNode(rawTitle, stringOrNull(input.brand)) !== null) return rawTitle;
  return why ? '' : rawTitle;
}

/** The page's language, or the one the title's function words point to, or its letters (rules/title-letters.ts). */
function languageOf(input: ClassifyInput, title: string): string | null {
  return typeof input.lang === 'string' && input.lang
    ? input.lang.slice(0, 2).toLowerCase()
    : (guessLanguage(normalizeText(title).split(' ')) ?? languageOfLetters(title));
}

/**
 * "Wet Cat Food ... Chicken and Wild Boar", "Clear Soup for Cats": next to a pet, food words
 * name the recipe of a pet food, not a grocery. They vote for the pet node instead. A bare "dog"
 * is no such sign ("Hot Dog Buns"): it takes a pet product phrase or "for cats". After a for-cue
 * in any language ("Shampoo para cães", "Cama para gatos") every product word names the pet's kind
 * of that product (rules/for-pets.ts).
 */
function petRule(parts: ClassifierParts, title: string, hits: WeightedHit[], evidence: Evidence[]): Evidence[] {
  const { taxonomy } = parts;
  const pet = evidence.reduce<Evidence | null>(
    (a, e) => (taxonomy.isAncestorOrSelf(ANIMALS_AND_PET_SUPPLIES, e.id) && (!a || e.w > a.w) ? e : a),
    null,
  );
  const forPet = hits.some((h) => h.forPet);
  if (!pet || (pet.w < PET_PHRASE_WEIGHT && !forPet)) return evidence;
  const out = evidence.map((e) => {
    if (taxonomy.isAncestorOrSelf(FOOD_BEVERAGES_TOBACCO, e.id)) return { ...e, id: pet.id };
    const node = forPet ? petCounterpart(taxonomy, e.id, pet.id) : null;
    return node !== null ? { ...e, id: node } : e;
  });
  // The product has its pet kind ("Comedero para perros" -> pet bowls, "Shampoo für Hunde" -> pet
  // shampoo): the animal named after the for-cue only says whose, it is no product of its own.
  // The whose is the animal's shelf ("Dog Supplies"), not the strongest pet vote: that may be the
  // product itself ("Wet Food For Adult Cats" reads as Cat Food).
  if (
    !forPet ||
    !out.some(
      (e) =>
        e.w >= PET_PRODUCT_WEIGHT &&
        taxonomy.isAncestorOrSelf(ANIMALS_AND_PET_SUPPLIES, e.id) &&
        !isWhoseNode(taxonomy, e.id),
    )
  )
    return out;
  return out.map((e) => (isWhoseNode(taxonomy, e.id) ? { ...e, w: e.w * FOR_PET_ONLY_WHOSE } : e));
}

/**
 * A book's (film's, album's) title names its subject, not the product: "Vegetable Perfection:
 * 100 delicious recipes" filed under Books is a book. Title votes outside the media branch the
 * shop filed it in count for little.
 */
function contentRule(parts: ClassifierParts, branch: number | null, evidence: Evidence[]): Evidence[] {
  if (branch === null) return evidence;
  return evidence.map((e) =>
    parts.taxonomy.isAncestorOrSelf(branch, e.id) ? e : { ...e, w: e.w * OFF_CONTENT_TITLE },
  );
}

/**
 * "iPhone 12 replacement screen", "Ersatzteil Waschmaschine": with a replacement word, a device
 * reading is the device's parts node. A reading with no parts node keeps its say: it is often the
 * part itself ("Ersatzklingen" are razor blades).
 */
function replacementRule(parts: ClassifierParts, title: string, evidence: Evidence[]): Evidence[] {
  const { taxonomy } = parts;
  if (!tokenize(title).some(isReplacementWord)) return evidence;
  return evidence.map((e) => {
    // A battery is its own replacement part ("Replacement battery for Canon EOS"), not its charger.
    if (taxonomy.isAccessory(e.id) || isBatteryNode(taxonomy, e.id)) return e;
    const node = partsNodeOf(taxonomy, e.id);
    return node !== null ? { ...e, id: node } : e;
  });
}

/** The title's words before its first for-cue ("Shampoo for carpet cleaning machines": "shampoo"). */
function beforeForCue(title: string, lang: string | null): string[] {
  const tokens = tokenize(title);
  const forCues = forCuesIn(lang);
  const cut = tokens.findIndex((t) => forCues.has(t));
  return cut >= 0 ? tokens.slice(0, cut) : tokens;
}

/**
 * "Portable Carpet Cleaner": the machine, not the chemical (rules/machine-of.ts). "Anti Coceira
 * Cães 20 Comprimidos": an animal word alone says Pet Supplies (rules/for-pets.ts). "Batterie
 * voiture", "Fahrradschloss": the vehicle's kind of the product (rules/vehicle-of.ts); "Gants
 * jetables", "Перчатки рабочие": the trade's (rules/trade-of.ts). "Mario Kart 8 Deluxe [Nintendo
 * Switch]": a game for the console, not the console (rules/platform-game.ts).
 */
function machineAndAnimalRules(
  parts: ClassifierParts,
  title: string,
  lang: string | null,
  evidence: Evidence[],
): Evidence[] {
  const { taxonomy } = parts;
  const machine = machineRule(taxonomy, beforeForCue(title, lang), evidence);
  const used = tradeRule(taxonomy, title, lang, vehicleRule(taxonomy, title, lang, animalWordOnly(taxonomy, machine)));
  return platformGameRule(taxonomy, title, lang, used);
}

/**
 * Nothing else said anything: a maker's model code ("P2422H"), a maker's screen line, or a brand
 * that sells one kind of product ("Heineken 6 x 33 cl", rules/brand-kinds.ts).
 */
function fallbackVote(title: string, brand: string | null, productNoun: boolean): Evidence[] {
  if (!productNoun) {
    const code = modelCodeNode(title, brand);
    if (code !== null) return [{ id: code, w: MODEL_CODE_WEIGHT, source: 'title' }];
    const prior = makerScreenPrior(title, brand);
    if (prior !== null) return [{ id: prior, w: MAKER_PRIOR_WEIGHT, source: 'title' }];
  }
  // A weak noun reading does not silence the brand: it is often the brand's own word read in
  // another language ("Persil", French parsley).
  const kind = brandKindNode(title, brand);
  return kind !== null ? [{ id: kind, w: BRAND_KIND_WEIGHT, source: 'title' }] : [];
}

/**
 * A sure Bayes vote is the title's head when no lexicon word names the product: "AMD FX-6300 6
 * core 3.5GHz 8MB level 3 cache socket AM3 retail" is a processor, and its spec words read alone
 * ("level", "socket", "edition", "retail") are scattered over other branches. Those votes then
 * count as much as words after a head do.
 */
function bayesAsHead(parts: ClassifierParts, votes: Evidence[], evidence: Evidence[]): Evidence[] {
  const vote = votes.find((v) => v.w >= BAYES_HEAD_WEIGHT);
  if (!vote || evidence.some((e) => e.source !== 'title' || (e !== vote && e.w >= PRODUCT_WORD_WEIGHT)))
    return evidence;
  return evidence.map((e) => (parts.taxonomy.commonDepth(e.id, vote.id) >= 1 ? e : { ...e, w: e.w * OFF_HEAD_WEIGHT }));
}

/** The nodes of the title's main-clause words of one reading: they pick among a crumb word's readings. */
const titleHints = (hits: WeightedHit[]): number[] =>
  hits.filter((h) => h.zone >= TITLE_HINT_ZONE && h.entries.length === 1).map((h) => h.entries[0]!.id);

/**
 * The page's own category: a Google node (outvotes any title), else a Shopify category id's
 * department, and the crumbs it reads as (rules/page-category-text.ts) before the page's trail.
 * Pushes its votes to `evidence` and its nodes to `context`.
 */
function pageCategory(
  parts: ClassifierParts,
  input: ClassifyInput,
  brand: string | null,
  evidence: Evidence[],
  context: number[],
): { pageNode: number | null; crumbs: string[] } {
  const google = stringOrNull(input.googleCategory);
  const pageNode = google ? parts.resolvePageCategory(google) : null;
  const crumbs = withoutBrandCrumbs(strings(input.category), brand);
  if (pageNode) {
    evidence.push({ id: pageNode, w: PAGE_CATEGORY_WEIGHT, source: 'page-category' });
    context.push(pageNode);
    return { pageNode, crumbs };
  }
  if (!google) return { pageNode, crumbs };
  const text = readPageCategoryText(google);
  if (text.department) {
    evidence.push({ id: text.department, w: SHOPIFY_DEPARTMENT_WEIGHT, source: 'page-category' });
    context.push(text.department);
  }
  return { pageNode, crumbs: [...text.crumbs, ...crumbs] };
}

export function gather(
  parts: ClassifierParts,
  input: ClassifyInput,
  { weakHead = false }: { weakHead?: boolean } = {},
): { evidence: Evidence[]; pageNode: number | null } {
  const { taxonomy } = parts;
  const title = usableTitle(input);
  const lang = languageOf(input, title);
  const evidence: Evidence[] = [];
  const context: number[] = [];
  // 1. The page's own category; 2. the breadcrumb trail (a category path the taxonomy does not
  // know reads as crumbs; a crumb that is the brand names no category: rules/brand-crumb.ts).
  const brand = stringOrNull(input.brand);
  const { pageNode, crumbs } = pageCategory(parts, input, brand, evidence, context);
  // The title's hits first: an ambiguous crumb word takes the reading the title names.
  const hits = titleHits(parts, title, new Set(brand ? tokenize(brand) : []), lang);
  const perCrumb = crumbEvidence(parts, crumbs, lang, context, titleHints(hits));
  // "Men's", "Damen", "taille 42": an ambiguous title word takes its clothing or shoe reading.
  if (hasAudienceWord(title)) context.push(CLOTHING, SHOES);
  const titleCue = CONTENT_TITLE_CUES.some((re) => re.test(title)) ? MEDIA_BOOKS : null;
  const trail = readTrail(taxonomy, perCrumb, titleCue);
  evidence.push(...trail.evidence);
  // 3. The title.
  const headFirst = isHeadFirst(lang);
  let titleEvidence = hitsToEvidence(hits, taxonomy, 'title', context, { headFirst, weakHead });
  // "Mashed Potatoes", "Gefüllte Paprika": a cooked dish, not the vegetable (rules/prepared-dish.ts).
  titleEvidence = preparedDishRule(taxonomy, title, lang, titleEvidence);
  titleEvidence = contentRule(
    parts,
    trail.contentBranch,
    replacementRule(
      parts,
      title,
      petRule(
        parts,
        title,
        hits,
        artificialRule(
          taxonomy,
          title,
          remoteControlRule(
            taxonomy,
            title,
            toyOfRule(taxonomy, hits, screenEvidence(taxonomy, title, titleEvidence), title),
          ),
        ),
      ),
    ),
  );
  titleEvidence = machineAndAnimalRules(parts, title, lang, titleEvidence);
  refineShelf(taxonomy, perCrumb, titleEvidence, evidence);
  // "Jardín > Herramientas": the shelf word under the title's department is its kind there.
  crumbWordElsewhere(taxonomy, perCrumb, titleEvidence, evidence);
  yieldDepartment(taxonomy, titleEvidence, evidence, crumbs.length);
  yieldWideShelf(taxonomy, titleEvidence, evidence);
  // A product noun in the title's head zone outranks a maker's model code or screen line, however
  // weak or split its readings ("Dell P2422H Halterung": a mount, of three kinds).
  if (!evidence.length && !titleEvidence.some((e) => e.w >= PRODUCT_WORD_WEIGHT))
    titleEvidence.push(...fallbackVote(title, brand, hasProductNoun(hits)));
  evidence.push(...titleEvidence);
  if (trail.contentBranch !== null) return { evidence, pageNode };
  const votes = bayesVote(parts, title, titleEvidence, lang, new Set(brand ? tokenize(brand) : []));
  evidence.push(...votes);
  return { evidence: bayesAsHead(parts, votes, evidence), pageNode };
}
