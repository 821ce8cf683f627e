/**
 * Product -> Google Product Taxonomy (2021-09-21) node, from the page's own category data, its
 * breadcrumbs, then the title (and brand). Small and explainable: a phrase lexicon (taxonomy
 * names + curated multilingual synonyms) with a naive Bayes vote for the classes it was trained on.
 */
import { gather } from './gather';
import type { ClassifierModel } from './model';
import { MEDIA } from './nodes';
import { nonPhysicalOf } from './non-physical-of';
import { loadParts, type ClassifierParts } from './parts';
import { NON_PHYSICAL_NODE, type NonPhysicalKind } from './rules/non-physical';
import { decide } from './score';

export { splitTitle } from './title';
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

/** Confidence of a page-published node when nothing refines it. */
const PAGE_CATEGORY_CONFIDENCE = 0.95;
/** Below this a decision is too unsure to give: no category rather than a guess. */
export const MIN_CONFIDENCE = 0.15;
/** A listing that names itself a ticket, voucher, licence...: the words are explicit. */
const NON_PHYSICAL_CONFIDENCE = 0.8;

/** Loads the model (see parts.ts: nothing is derived on start) and classifies with it. */
export function createClassifier(model: ClassifierModel): Classifier {
  const parts = loadParts(model);
  const { taxonomy } = parts;
  return {
    classify: (input) => classifyWith(parts, input),
    pathOf: (id) => taxonomy.pathOf(id),
    explain: (input) =>
      gather(parts, input).evidence.map((e) => ({
        id: e.id,
        path: taxonomy.pathOf(e.id) ?? '',
        weight: Math.round(e.w * 1000) / 1000,
        source: e.source,
      })),
  };
}

/** A decision sure enough to give, else null. */
const settled = (d: ReturnType<typeof decide>) => (d && d.confidence >= MIN_CONFIDENCE ? d : null);

/**
 * The decision, or where the title's words left no answer ("Vinyl Plank Flooring": three words of
 * three branches, none strong enough to head the title), the one with a weaker word as the head.
 */
function classifyWith(parts: ClassifierParts, input: ClassifyInput): Classification | null {
  const { taxonomy } = parts;
  const { evidence, pageNode } = gather(parts, input);
  const decision =
    settled(decide(evidence, taxonomy)) ?? decide(gather(parts, input, { weakHead: true }).evidence, taxonomy);
  const nonPhysical = nonPhysicalOf(parts, input, pageNode, decision);
  if (nonPhysical) {
    // A digital book or film keeps its media node ("Media > Books > E-books").
    const keep = decision && nonPhysical === 'digital' && taxonomy.isAncestorOrSelf(MEDIA, decision.id);
    const node = keep ? decision.id : NON_PHYSICAL_NODE[nonPhysical];
    const via = pageNode !== null ? 'page-category' : (decision?.via ?? 'title');
    return {
      id: node ?? 0,
      path: node ? (taxonomy.pathOf(node) ?? '') : '',
      confidence: Math.max(decision?.confidence ?? 0, NON_PHYSICAL_CONFIDENCE),
      via,
      nonPhysical,
    };
  }
  if (!decision) return null;
  const path = taxonomy.pathOf(decision.id);
  if (!path) return null;
  if (pageNode && decision.id === pageNode)
    return { id: pageNode, path, confidence: PAGE_CATEGORY_CONFIDENCE, via: 'page-category' };
  if (decision.confidence < MIN_CONFIDENCE) return null;
  return { id: decision.id, path, confidence: decision.confidence, via: decision.via };
}
