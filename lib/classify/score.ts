/**
 * Evidence -> one taxonomy node. Every hit votes for a node; votes add up the tree; we walk down
 * from the root while one child holds most of the evidence below its parent. Disagreement stops
 * the walk at the common ancestor, so an unsure title gets a broad but right node.
 */
import type { Hit } from './lexicon';
import type { Taxonomy } from './taxonomy';
import { mainKindOf } from './rules/main-kind';
import { isFoodModifier } from './rules/food-modifier';
import { crumbDepartment, insideDepartment, votedKind } from './rules/crumb-department';

export type EvidenceSource = 'page-category' | 'breadcrumb' | 'title';

export interface Evidence {
  id: number;
  w: number;
  source: EvidenceSource;
  /** A crumb naming several groups, not all of which the lexicon reads (trail.ts, yieldWideShelf). */
  wide?: true;
}

/** Share of the evidence below a node that a child must hold for the walk to go down to it. */
const STEP_SHARE = 0.6;
/**
 * Where no top-level branch holds STEP_SHARE, the strongest still leads the walk when it holds
 * this many times the evidence of the next one: the votes disagree about the product, not about
 * the department ("Vodka ... Garrafa" under a food-and-drink crumb that also reads as hunting
 * bait; a window robot's spec words "App", "Cable", "Control" spread over other branches). Below
 * the department the strict share decides again, so "Tisch, Stuhl, Sofa und Regal" stays
 * Furniture. A broad but right node gives an estimate; no node gives none.
 */
const BRANCH_LEAD = 2.5;
/** Deepest node the BRANCH_LEAD step reaches (1: the department). */
const BRANCH_LEAD_DEPTH = 1;
/**
 * Total evidence below which no node is given (the walk does not start). Where classifications
 * are missing (scripts/classify/missing-causes.ts), this and the root split decide, not
 * MIN_CONFIDENCE: answering below it turns at least as many missing titles wrong as right on the
 * dev sets (PriceRunner about 1:1, the multilingual titles 1:5).
 */
export const MIN_EVIDENCE = 0.25;
/** Evidence below a node needed before refining under it. */
const MIN_BELOW = 0.35;
/** Total evidence at which strength reaches 1 - 1/e. */
const STRENGTH_SCALE = 0.8;
/** Down-weighting of a device hit when the title is about an accessory of the same branch. */
const DEVICE_UNDER_ACCESSORY = 0.3;
/**
 * Titles name the product first and its features after ("Laptop ... 16GB RAM 1TB SSD"): a later
 * hit from another branch than the first strong hit counts this much.
 */
const AFTER_HEAD_OTHER_BRANCH = 0.3;
/** A main-clause reading this strong may head the title. */
const HEAD_WEIGHT = 0.7;
/**
 * Where no vote settles the title, a reading this strong may head it: a taxonomy name's word
 * ("Flooring", read at 0.5) is a product word, weaker only because such words have second senses.
 */
const WEAK_HEAD_WEIGHT = 0.5;
/** Head-score multiplier for the second of two adjacent product words from different branches. */
const NOUN_HEAD_BONUS = 1.4;
/** Head-score multiplier for a main-clause accessory hit over the device words around it. */
const ACCESSORY_HEAD_BONUS = 1.5;

/** Webcams, microphones, speakers: built into screens, so before a screen word they describe it. */
const BUILT_IN_FEATURES = new Set([312, 234, 249]);
/** Computer monitors, televisions, laptops. */
const SCREEN_DEVICES = new Set([305, 404, 328]);

export interface WeightedHit extends Hit {
  /** Zone weight (for/with clauses, later segments) times the source multiplier. */
  zone: number;
  /** Nodes of a word right before this one in the same compound, with at most spec words between ("Webcam FHD Monitor"). */
  modifierIds?: number[];
  /** A pet named after a for-cue ("for dogs", "para cães", "для кошек"): the product is for it. */
  forPet?: boolean;
  /** The hit starts or ends the title's first segment (title.ts). */
  edge?: 'first' | 'last';
}

/**
 * The readings of hit `i` that fit the rest: those sharing the deepest branch with the other hits
 * or the context (two levels at least), else those in the context's department ("carrinho": a toy
 * car or a pushchair, under "Bebês"), else all.
 */
function chosenReadings(taxonomy: Taxonomy, hits: WeightedHit[], i: number, context: number[]): Hit['entries'] {
  const h = hits[i]!;
  if (h.entries.length === 1) return h.entries;
  const others = [...context, ...hits.flatMap((o, j) => (j === i ? [] : o.entries.map((e) => e.id)))];
  const coherence = h.entries.map((e) => Math.max(0, ...others.map((o) => taxonomy.commonDepth(e.id, o))));
  const best = Math.max(...coherence);
  if (best >= 2) return h.entries.filter((_, k) => coherence[k] === best);
  const inDepartment = h.entries.filter((e) => context.some((c) => taxonomy.commonDepth(e.id, c) >= 1));
  return inDepartment.length && inDepartment.length < h.entries.length ? inDepartment : h.entries;
}

export interface HeadOptions {
  headRule?: boolean;
  headFirst?: boolean;
  /** Retrying a title no vote settled: a weaker word may head it (WEAK_HEAD_WEIGHT), the noun phrase's last on a tie. */
  weakHead?: boolean;
}

/**
 * Turns hits into evidence: ambiguous phrases keep only their readings that fit the other hits
 * (same branch as deeply as possible), then split their weight; device readings yield to an
 * accessory named in the main clause ("iPhone 13 Hülle" is a case).
 */
export function hitsToEvidence(
  hits: WeightedHit[],
  taxonomy: Taxonomy,
  source: EvidenceSource,
  context: number[] = [],
  { headRule = true, headFirst = false, weakHead = false }: HeadOptions = {},
): Evidence[] {
  const headMin = weakHead ? WEAK_HEAD_WEIGHT : HEAD_WEIGHT;
  const chosen = hits.map((h, i) => chosenReadings(taxonomy, hits, i, context));
  const mainAccessories = hits.flatMap((h, i) =>
    h.zone >= 0.9 ? chosen[i].filter((e) => taxonomy.isAccessory(e.id)).map((e) => e.id) : [],
  );
  const foodModifiers = hits.map((_, i) => headRule && isFoodModifier(taxonomy, hits, chosen, i, headFirst));
  // The head: the strongest main-clause hit, longer phrases first ("Banana Switch ... Mechanical
  // Keyboard" is a keyboard); on a tie the earlier one.
  let headIndex = -1;
  let headScore = 0;
  hits.forEach((h, i) => {
    if (!headRule || h.zone < 0.7 || !chosen[i].some((e) => e.w >= headMin && taxonomy.depth(e.id) >= 2)) return;
    // A weak head only where the noun phrase's head is: the first segment's last word ("Vinyl Plank
    // Flooring, Oak"), or its first in a language that puts the head first.
    if (weakHead && h.edge !== (headFirst ? 'first' : 'last')) return;
    // "Banana hanger": the food word names what the product is for (rules/food-modifier.ts).
    if (foodModifiers[i]) return;
    // "Laptop Charger", "Cam Battery": an accessory right after a device word is the head of the
    // compound, what is sold; the device word says what it fits. (Not "4GB RAM" in a phone's specs.)
    // A language that puts the head first names the accessory right before the device ("Sarung
    // telefon", "Чехол смартфона"): there a word after a device word is what qualifies it
    // ("ประแจ แหวน", a ring spanner, is no ring; "شرشف سرير", a bed sheet, no bed).
    const afterDevice = hits.some(
      (o, j) =>
        (headFirst ? o.start === h.end : o.end === h.start) &&
        chosen[j].some((e) => !taxonomy.isAccessory(e.id) && e.w >= 0.7),
    );
    const accessory =
      h.zone >= 0.9 && afterDevice && chosen[i].some((e) => taxonomy.isAccessory(e.id)) ? ACCESSORY_HEAD_BONUS : 1;
    // "Butter knife", "beer glass", "ビール|グラス": of two product words side by side in another
    // branch, the second is the head of the noun phrase and the first says which kind. A phrase
    // of several words is a whole noun phrase already, no modifier: "Cat Food Salmon", "Fairy
    // Lights Battery Operated", "Laundry Detergent Soap" name the food, the lights, the detergent.
    // Languages that put the head first ("Rangement chaussures", "Saco aspirador", "Чехол
    // смартфона") have it the other way: the first is the head, the second says which kind.
    const compoundHead =
      h.zone >= 0.9 &&
      hits.some(
        (o, j) =>
          j !== i &&
          (headFirst ? o.start === h.end : o.end === h.start) &&
          o.end - o.start === 1 &&
          o.zone >= 0.9 &&
          !chosen[j].some((a) => chosen[i].some((e) => taxonomy.commonDepth(a.id, e.id) >= 1)),
      )
        ? NOUN_HEAD_BONUS
        : 1;
    // "Webcam Monitor", "Speaker TV": a device that screens have built in, named right before a
    // screen, describes the screen. (Not a general compound rule: "TV DVD combi", "Fridge Freezer
    // Water Dispenser" list the head first.)
    const compound =
      h.zone >= 0.9 &&
      !!h.modifierIds?.length &&
      h.modifierIds.every((m) => BUILT_IN_FEATURES.has(m)) &&
      chosen[i].some((e) => SCREEN_DEVICES.has(e.id) && e.w >= 0.7)
        ? ACCESSORY_HEAD_BONUS
        : 1;
    const score =
      Math.max(...chosen[i].map((e) => e.w)) *
      h.zone *
      (1 + 0.25 * (h.end - h.start - 1)) *
      accessory *
      compound *
      compoundHead;
    // On a tie the earlier one.
    if (score > headScore) [headIndex, headScore] = [i, score];
  });
  const head = headIndex >= 0 ? chosen[headIndex].map((e) => e.id) : [];
  const out: Evidence[] = [];
  hits.forEach((h, i) => {
    const entries = chosen[i];
    const offHead =
      i !== headIndex && headIndex >= 0 && !entries.some((e) => head.some((a) => taxonomy.commonDepth(a, e.id) >= 2));
    for (const e of entries) {
      let w = (e.w * h.zone) / entries.length;
      if (!taxonomy.isAccessory(e.id) && mainAccessories.some((a) => taxonomy.commonDepth(a, e.id) >= 1))
        w *= DEVICE_UNDER_ACCESSORY;
      if (offHead || foodModifiers[i]) w *= AFTER_HEAD_OTHER_BRANCH;
      out.push({ id: e.id, w, source });
    }
  });
  return out;
}

export interface Decision {
  id: number;
  confidence: number;
  via: EvidenceSource;
}

/** The BRANCH_LEAD step: `best` is a department far ahead of every other one. */
function leadsBranch(taxonomy: Taxonomy, support: Map<number, number>, kids: number[], best: number): boolean {
  if (taxonomy.depth(best) > BRANCH_LEAD_DEPTH) return false;
  const top = support.get(best) ?? 0;
  return kids.every((k) => k === best || (support.get(k) ?? 0) * BRANCH_LEAD <= top);
}

/**
 * A department that has a main kind (rules/main-kind.ts) steps down to it unless a vote names
 * another kind. Where the votes below were too few to walk on (`thin`), it steps down to the one
 * kind they favour ("Jogo Bingo" under a toys crumb: Games), not to the department, which says no
 * kind at all; votes that disagree, or tie, leave it at the department.
 */
function votedOrMainKind(kids: number[], support: Map<number, number>, main: number, thin: boolean): number | null {
  const of = (k: number) => support.get(k) ?? 0;
  if (kids.every((k) => of(k) <= of(main))) return main;
  if (!thin) return null;
  const top = Math.max(...kids.map(of));
  const best = kids.filter((k) => of(k) === top);
  return best.length === 1 ? best[0] : null;
}

export function decide(evidence: Evidence[], taxonomy: Taxonomy): Decision | null {
  const decision = walk(evidence, taxonomy);
  if (decision) return decision;
  // No branch holds a majority: the one department the shop filed the product under decides.
  const dept = crumbDepartment(evidence, taxonomy);
  if (dept === null) return null;
  const { inside, share } = insideDepartment(evidence, taxonomy, dept);
  const framed = walk(inside, taxonomy);
  if (!framed) return null;
  const id = framed.id === dept ? (votedKind(inside, taxonomy, dept) ?? dept) : framed.id;
  return { ...framed, id, confidence: Math.round(framed.confidence * share * 1000) / 1000 };
}

function walk(evidence: Evidence[], taxonomy: Taxonomy): Decision | null {
  const support = new Map<number, number>();
  const own = new Map<number, number>();
  let total = 0;
  for (const ev of evidence) {
    if (!(ev.w > 0) || !taxonomy.has(ev.id)) continue;
    total += ev.w;
    own.set(ev.id, (own.get(ev.id) ?? 0) + ev.w);
    for (const a of taxonomy.ancestors(ev.id)) support.set(a, (support.get(a) ?? 0) + ev.w);
  }
  if (total < MIN_EVIDENCE) return null;
  const children = new Map<number, number[]>();
  for (const id of support.keys()) {
    const p = taxonomy.parentOf(id);
    children.set(p, [...(children.get(p) ?? []), id]);
  }
  let cur = 0;
  let minShare = 1;
  /** The walk stopped for too few votes below, not for their disagreement. */
  let thin: boolean;
  for (;;) {
    const below = cur === 0 ? total : (support.get(cur) ?? 0) - (own.get(cur) ?? 0);
    const kids = children.get(cur) ?? [];
    thin = below < (cur === 0 ? 0 : MIN_BELOW);
    if (!kids.length || thin) break;
    let best = kids[0];
    for (const k of kids)
      if (
        (support.get(k) ?? 0) > (support.get(best) ?? 0) ||
        ((support.get(k) ?? 0) === (support.get(best) ?? 0) && k < best)
      )
        best = k;
    const share = (support.get(best) ?? 0) / below;
    if (share < STEP_SHARE && !leadsBranch(taxonomy, support, kids, best)) break;
    cur = best;
    minShare = Math.min(minShare, share);
  }
  if (cur === 0) return null;
  // Only the department is agreed: its main kind, unless a vote names another (rules/main-kind.ts).
  const main = mainKindOf(taxonomy, cur);
  if (main !== null) cur = votedOrMainKind(children.get(cur) ?? [], support, main, thin) ?? cur;
  const strength = 1 - Math.exp(-total / STRENGTH_SCALE);
  const confidence = Math.round(strength * minShare * 1000) / 1000;
  const bySource = new Map<EvidenceSource, number>();
  for (const ev of evidence) {
    if (ev.w > 0 && (taxonomy.isAncestorOrSelf(cur, ev.id) || taxonomy.isAncestorOrSelf(ev.id, cur))) {
      bySource.set(ev.source, (bySource.get(ev.source) ?? 0) + ev.w);
    }
  }
  let via: EvidenceSource = 'title';
  let top = -1;
  for (const s of ['page-category', 'breadcrumb', 'title'] as const) {
    const v = bySource.get(s) ?? 0;
    if (v > top) [via, top] = [s, v];
  }
  return { id: cur, confidence, via };
}
