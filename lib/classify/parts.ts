/** What every classification step reads: the model's taxonomy, lexicon and Bayes vote. */
import { BayesScorer } from './bayes';
import { Lexicon } from './lexicon';
import type { ClassifierModel } from './model';
import { Taxonomy } from './taxonomy';
import { normalizeText } from './text';

export interface ClassifierParts {
  taxonomy: Taxonomy;
  lexicon: Lexicon;
  bayes: BayesScorer | null;
  bayesClasses: Set<number>;
  /** The department a crumb's word names in `lang` (any language when null), or null (model.departmentWords). */
  departmentOf(word: string, lang: string | null): number | null;
  /** A GPT id ("328", "gid:328") or a full path the page publishes, or null. */
  resolvePageCategory(raw: string): number | null;
}

/** A GPT id, optionally written "gid:328". */
const PAGE_CATEGORY_ID = /^\s*(?:gid:)?\s*(\d{1,7})\s*$/i;

/** The worker-start work: taxonomy and lexicon from the compiled model, nothing derived. */
export function loadParts(model: ClassifierModel): ClassifierParts {
  const taxonomy = Taxonomy.fromPacked(model.nodes);
  const lexicon = new Lexicon(model, taxonomy.ids, model.nodes.names);
  const bayes = model.bayes ? new BayesScorer(model.bayes) : null;
  // Built on first use: most pages publish no taxonomy path.
  let byPath: Map<string, number> | null = null;
  const pathIndex = () => {
    if (!byPath) {
      byPath = new Map();
      for (const id of taxonomy.ids) byPath.set(normalizeText(taxonomy.pathOf(id) ?? ''), id);
    }
    return byPath;
  };
  const departments = new Map<string, number>();
  for (const [lang, word, dept] of model.departmentWords ?? []) {
    departments.set(`${lang} ${word}`, dept);
    departments.set(` ${word}`, dept);
  }
  return {
    taxonomy,
    lexicon,
    departmentOf: (word, lang) => departments.get(`${lang ?? ''} ${word}`) ?? null,
    bayes,
    bayesClasses: new Set(model.bayes?.classes ?? []),
    resolvePageCategory(raw) {
      const idMatch = PAGE_CATEGORY_ID.exec(raw);
      if (idMatch) return taxonomy.has(Number(idMatch[1])) ? Number(idMatch[1]) : null;
      return pathIndex().get(normalizeText(raw.replace(/\s*[>/]\s*/g, ' > '))) ?? null;
    },
  };
}
