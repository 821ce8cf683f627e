/**
 * The breadcrumb trail's votes: each crumb read by the lexicon, the trail read as a path from the
 * shop's department to the product's shelf, and the shelf refined by a title that names a sibling.
 */
import { CONTENT_BRANCHES, MEDIA_EBOOKS } from './nodes';
import type { Hit } from './lexicon';
import { inPageLanguage } from './rules/page-language-words';
import type { ClassifierParts } from './parts';
import { hitsToEvidence, type Evidence } from './score';
import type { Taxonomy } from './taxonomy';
import { mainKindOf } from './rules/main-kind';
import { crumbHeadHits } from './rules/crumb-head';
import { crumbAccessoryHits } from './rules/crumb-accessory';
import { wideCrumbWeight } from './rules/crumb-shelf-elsewhere';
import { foldedKey, normalizeText, stemToken } from './text';

/** Breadcrumbs are the shop's own filing: they count more than title words. */
const BREADCRUMB_WEIGHT = 1.5;
/** The first crumb's share of BREADCRUMB_WEIGHT; deeper crumbs rise to all of it. */
const FIRST_CRUMB_SHARE = 0.6;
/**
 * A title vote this strong may refine the last crumb: a product noun in the main clause, also a
 * translated or weighted one ("가디건", "베스트", "Strickcardigan" at 0.6 to 0.75, under a shop's
 * "아우터" or "Jacken" shelf read as coats). At 0.9 (curated phrases only) the crumb's leaf won
 * over the title's sibling; 0.6 turns 2 dev titles right and no dev title wrong (round 22).
 */
const TITLE_SHELF_WEIGHT = 0.6;
/**
 * A trail that only names a shop department (a top-level node: "Esportes e Fitness", "Casa,
 * Móveis e Decoração") counts this much where a strong title head sits in another branch:
 * departments are wide shelves ("Fitness" holds supplements, "Casa" holds sinks and ladders),
 * the title's head names the product.
 */
const DEPARTMENT_OFF_HEAD = 0.3;
/** The last crumb's level from which a title naming its sibling moves it up to their parent. */
const SHELF_REFINE_DEPTH = 3;
/**
 * Where a crumb names several groups ("Adhesives, Sealants & Lubricants", "Hosen und Shorts",
 * "Ноутбуки и аксессуары", "Zabawki i gry", "Casa e Decoração"). Dutch "en" and Czech "a" are
 * left out: in French, Italian and Portuguese crumbs they are "in" and "to".
 */
const CRUMB_GROUP_SPLIT = /\s*(?:,|&|\+|\/|\band\b|\bund\b|\bet\b|(?<=\s)(?:[yei]|ed|и|oraz|och)(?=\s))\s*/i;

function strongest(ev: Evidence[]): Evidence {
  return ev.reduce((a, e) => (e.w > a.w ? e : a));
}

function collapseToCommonAncestor(taxonomy: Taxonomy, ev: Evidence[]): Evidence[] {
  if (ev.length < 2) return ev;
  let common = taxonomy.ancestors(ev[0].id);
  for (const e of ev.slice(1)) common = common.slice(0, taxonomy.commonDepth(common[common.length - 1] ?? 0, e.id));
  if (!common.length) return ev;
  return [{ id: common[common.length - 1], w: Math.max(...ev.map((e) => e.w)), source: ev[0].source }];
}

/**
 * The one department that every group of a crumb naming several ("Alimentos e Bebidas", "Zabawki
 * i gry") has a reading in, or null. Each group's word alone may have readings in several
 * departments ("alimentos": food, erotic food, hunting bait; "bebidas": drinks, baby drinks,
 * sports nutrition), which split the crumb's vote so far that it says next to nothing; the
 * department the groups share is what the shop's shelf is.
 */
function sharedDepartment(taxonomy: Taxonomy, hitsPerItem: Hit[][]): number | null {
  const read = hitsPerItem.filter((hits) => hits.length);
  if (read.length < 2) return null;
  const deptsOf = (hits: Hit[]) => new Set(hits.flatMap((h) => h.entries.map((e) => taxonomy.ancestors(e.id)[0] ?? 0)));
  let shared = [...deptsOf(read[0])];
  for (const hits of read.slice(1)) {
    const depts = deptsOf(hits);
    shared = shared.filter((d) => depts.has(d));
  }
  return shared.length === 1 ? shared[0] : null;
}

/** The hits' readings inside `dept` (hits without one are dropped). */
function inDepartment<T extends Hit>(taxonomy: Taxonomy, hits: T[], dept: number): T[] {
  return hits.flatMap((h) => {
    const entries = h.entries.filter((e) => taxonomy.isAncestorOrSelf(dept, e.id));
    return entries.length ? [{ ...h, entries }] : [];
  });
}

/**
 * A crumb naming several groups of which the lexicon reads only some. Read as its department's main
 * kind ("Brinquedos e Hobbies": Toys, the main kind of Toys & Games), it is a shelf of the whole
 * department: it vouches for the department, where a title naming another kind (a bingo set:
 * Games) takes that kind and any other title the main kind (score.ts).
 */
function widen(taxonomy: Taxonomy, e: Evidence): Evidence {
  const dept = taxonomy.ancestors(e.id)[0];
  const main = dept !== undefined && e.id !== dept ? mainKindOf(taxonomy, dept) : null;
  return { ...e, id: main === e.id ? dept! : e.id, wide: true };
}

/**
 * A crumb word of several readings ("Baterie": faucets or batteries) keeps those the title names
 * too ("Umyvadlová baterie ..."), in the same kind (two levels at least): a title in the same
 * department only ("스포츠" under a rash guard) picks nothing, as the crumb's own reading there
 * may be any of the department's shelves.
 */
function titleReadings<H extends Hit>(taxonomy: Taxonomy, hits: H[], titleHints: readonly number[]): H[] {
  if (!titleHints.length) return hits;
  return hits.map((h) => {
    if (h.entries.length < 2) return h;
    const depth = h.entries.map((e) => Math.max(...titleHints.map((t) => taxonomy.commonDepth(e.id, t))));
    const best = Math.max(...depth);
    return best >= 2 ? { ...h, entries: h.entries.filter((_, k) => depth[k] === best) } : h;
  });
}

/** Deepest level a shop's first crumb names: a department or its kind. */
const DEPARTMENT_CRUMB_DEPTH = 2;

/**
 * A shop's first crumb of one group names its department or a kind of it, so a word that reads as such a node
 * and as deeper ones elsewhere reads as the department ("Móveis": Furniture, not Mobility &
 * Accessibility; "Iluminação": Home & Garden > Lighting, not studio or reptile lights; "Decoração":
 * Decor, not car care). A word with only deeper readings keeps them.
 */
function departmentReadings<H extends { entries: { id: number; w: number }[] }>(taxonomy: Taxonomy, hit: H): H {
  const shallow = hit.entries.filter((e) => taxonomy.depth(e.id) <= DEPARTMENT_CRUMB_DEPTH);
  return shallow.length && shallow.length < hit.entries.length ? { ...hit, entries: shallow } : hit;
}

/**
 * Each crumb's evidence. Deeper crumbs are more specific; a crumb naming a group ("Adhesives,
 * Sealants & Lubricants") is one vote for what its parts share, not three votes. `context` (the
 * page's node, earlier crumbs) picks among a phrase's readings and grows with each crumb.
 */
export function crumbEvidence(
  parts: ClassifierParts,
  crumbs: string[],
  lang: string | null,
  context: number[],
  titleHints: readonly number[] = [],
): Evidence[][] {
  const { lexicon, taxonomy } = parts;
  return crumbs.map((crumb, i) => {
    const weight = BREADCRUMB_WEIGHT * (FIRST_CRUMB_SHARE + ((1 - FIRST_CRUMB_SHARE) * (i + 1)) / crumbs.length);
    const items = crumb.split(CRUMB_GROUP_SPLIT).filter((x) => x.trim());
    const hitsPerItem = items.map((item) => {
      const raw = lexicon.tokens(normalizeText(item).split(' ').filter(Boolean));
      const tokens = raw.map(stemToken);
      // A word of two meanings by language keeps the page language's, as in a title.
      const found = inPageLanguage(lexicon.hits(tokens, new Set(), lang, raw), tokens, lang);
      // "手機配件", "Kamera Taschen": a device's accessories, not the device (rules/crumb-accessory.ts).
      const own = crumbAccessoryHits(taxonomy, tokens, found, lang);
      // "Nogi do stołów": the head before a for-cue decides (rules/crumb-head.ts).
      const hits = crumbHeadHits(taxonomy, tokens, own, lang, weight);
      return i === 0 && items.length === 1 ? hits.map((h) => departmentReadings(taxonomy, h)) : hits;
    });
    // A department word ("Construção") reads as the department whose kinds use it.
    const named = items.map((item) => parts.departmentOf(foldedKey(item), lang));
    if (named.every((d) => d !== null)) {
      const ev = [...new Set(named)].map((id): Evidence => ({ id: id!, w: weight, source: 'breadcrumb' }));
      context.push(...ev.map((e) => e.id));
      return ev;
    }
    const dept = sharedDepartment(taxonomy, hitsPerItem);
    const perItem = hitsPerItem.map((hits) =>
      hitsToEvidence(
        titleReadings(taxonomy, dept === null ? hits : inDepartment(taxonomy, hits, dept), titleHints),
        taxonomy,
        'breadcrumb',
        context,
      ),
    );
    const nonEmpty = perItem.filter((ev) => ev.length);
    const read =
      nonEmpty.length > 1
        ? collapseToCommonAncestor(
            taxonomy,
            nonEmpty.map((e) => strongest(e)),
          )
        : (nonEmpty[0] ?? []);
    const ev = nonEmpty.length < items.length ? read.map((e): Evidence => widen(taxonomy, e)) : read;
    context.push(...ev.map((e) => e.id));
    return ev;
  });
}

/**
 * A breadcrumb trail goes from the shop's department to the product's shelf. Read as a path:
 * - an earlier crumb that the deeper one refines elsewhere in the same branch ("Computers >
 *   Monitors": monitors sit under Electronics > Video, not Computers) only votes for what the two
 *   share, so it cannot outvote the shelf that names the product;
 * - a media department (Books, Kindle Store, Music, Movies & TV) is the product: deeper crumbs
 *   that leave the media branch ("Books > Food & Drink", "Bücher > Kochen") name the subject.
 */
export function readTrail(
  taxonomy: Taxonomy,
  perCrumb: Evidence[][],
  titleCue: number | null,
): { evidence: Evidence[]; contentBranch: number | null } {
  const strongestOf = perCrumb.map((ev) => (ev.length ? strongest(ev) : null));
  const department = strongestOf.find((e): e is Evidence => e !== null) ?? null;
  // The Kindle Store also sells the readers ("Kindle Store > Kindle E-readers"): its deeper
  // crumbs keep their say, unlike those under Books.
  const isContent =
    department &&
    department.id !== MEDIA_EBOOKS &&
    CONTENT_BRANCHES.some((b) => taxonomy.isAncestorOrSelf(b, department.id));
  const contentBranch = isContent ? department.id : titleCue;
  const out: Evidence[] = [];
  if (titleCue !== null && contentBranch === titleCue) out.push({ id: titleCue, w: 1, source: 'title' });
  perCrumb.forEach((ev, i) => {
    for (const e of ev) {
      if (
        contentBranch !== null &&
        !taxonomy.isAncestorOrSelf(contentBranch, e.id) &&
        !taxonomy.isAncestorOrSelf(e.id, contentBranch)
      )
        continue;
      // The deepest later crumb this one conflicts with, within the same top-level branch.
      const later = strongestOf.slice(i + 1).filter((l): l is Evidence => l !== null);
      let id = e.id;
      for (const l of later) {
        const common = taxonomy.commonDepth(id, l.id);
        if (common >= 1 && !taxonomy.isAncestorOrSelf(id, l.id) && !taxonomy.isAncestorOrSelf(l.id, id))
          id = taxonomy.ancestors(l.id)[common - 1];
      }
      // "Lighting > LED Par Cans": a wide crumb read in another department than a later shelf
      // counts for little (rules/crumb-shelf-elsewhere.ts).
      // (Only a later crumb of one reading names a shelf: "Scheren" of three readings names none.)
      const shelves = perCrumb.slice(i + 1).flatMap((l) => (l.length === 1 ? l : []));
      const w = id === e.id ? wideCrumbWeight(taxonomy, e, shelves) : e.w;
      out.push(id === e.id && w === e.w ? e : { ...e, id, w });
    }
  });
  return { evidence: out, contentBranch };
}

/**
 * A shop files thin clients under "Desktop Computers", headsets under "Headphones", cardigans
 * under "Outerwear" ("아우터", read as coats, where the taxonomy files cardigans under tops): when
 * the title's strong head sits in another branch of the last crumb's kind, the crumb only vouches
 * for the kind they share (level 2 or deeper, never the department alone). Rewrites the trail's
 * evidence in place.
 */
export function refineShelf(
  taxonomy: Taxonomy,
  perCrumb: Evidence[][],
  titleEvidence: Evidence[],
  evidence: Evidence[],
): void {
  const shelf = [...perCrumb].reverse().find((ev) => ev.length);
  const head = titleEvidence.reduce<Evidence | null>(
    (a, e) => (e.w >= TITLE_SHELF_WEIGHT && (!a || e.w > a.w) ? e : a),
    null,
  );
  if (!shelf || !head) return;
  const last = strongest(shelf).id;
  if (taxonomy.depth(last) < SHELF_REFINE_DEPTH) return;
  if (taxonomy.isAncestorOrSelf(last, head.id) || taxonomy.isAncestorOrSelf(head.id, last)) return;
  // The kind the two share ("Clothing" for an "아우터" crumb read as coats and a cardigan, which
  // the taxonomy files under tops): deep enough to be a kind, not the department.
  const common = taxonomy.commonDepth(last, head.id);
  if (common < SHELF_REFINE_DEPTH - 1) return;
  const shared = taxonomy.ancestors(last)[common - 1];
  for (const e of evidence) if (e.source === 'breadcrumb' && e.id === last) e.id = shared;
}

/**
 * A trail of departments only gives way to a strong title head in another branch: "Suplemento em
 * cápsulas" filed under "Esportes e Fitness" is a supplement. A department is every crumb vote at
 * the top level, or a trail of one crumb, whatever it reads: a shop's single "가방", "Taschen" or
 * "Bolsas" is its whole bag department, and the taxonomy's reading of the word (handbags) is one
 * guess among its branches, where the title names the backpack. Rewrites the trail's evidence in
 * place.
 */
export function yieldDepartment(
  taxonomy: Taxonomy,
  titleEvidence: Evidence[],
  evidence: Evidence[],
  crumbCount: number,
): void {
  const trail = evidence.filter((e) => e.source === 'breadcrumb');
  if (!trail.length || (crumbCount > 1 && trail.some((e) => taxonomy.depth(e.id) > 1))) return;
  // A strong head, or one as strong as the department's own reading ("Escada de alumínio" under a
  // "Construção" read as a word of the translated names, weight for weight).
  // (Less a rounding margin: 1.5 x 0.4 is 0.6000000000000001.)
  const bar = Math.min(TITLE_SHELF_WEIGHT, Math.max(...trail.map((e) => e.w))) - 1e-9;
  const head = titleEvidence.reduce<Evidence | null>(
    (a, e) => (e.w >= bar && taxonomy.depth(e.id) >= 2 && (!a || e.w > a.w) ? e : a),
    null,
  );
  if (!head) return;
  for (const e of trail) if (taxonomy.commonDepth(e.id, head.id) === 0) e.w *= DEPARTMENT_OFF_HEAD;
}

/**
 * A crumb naming several groups of which the lexicon reads only some ("Ноутбуки и аксессуары",
 * "Детские товары и игрушки", "TV e Vídeo") is a shelf of all of them: the product may well be
 * one the lexicon could not read (the accessory, the children's goods). Next to a strong title
 * head, when no title word agrees with its reading, it only vouches for the department the two share, or, in another
 * department, counts for little. Rewrites the trail's evidence in place.
 */
export function yieldWideShelf(taxonomy: Taxonomy, titleEvidence: Evidence[], evidence: Evidence[]): void {
  const head = titleEvidence.reduce<Evidence | null>(
    (a, e) => (e.w >= TITLE_SHELF_WEIGHT && taxonomy.depth(e.id) >= 2 && (!a || e.w > a.w) ? e : a),
    null,
  );
  if (!head) return;
  for (const e of evidence) {
    if (e.source !== 'breadcrumb' || !e.wide) continue;
    // The title agrees with the crumb's reading somewhere ("... 브라렛" under "속옷/홈웨어").
    if (titleEvidence.some((t) => taxonomy.isAncestorOrSelf(e.id, t.id))) continue;
    // In the same department it vouches for what the two share; elsewhere it counts for little.
    const common = taxonomy.commonDepth(e.id, head.id);
    if (common >= 1) e.id = taxonomy.ancestors(head.id)[common - 1];
    else e.w *= DEPARTMENT_OFF_HEAD;
  }
}
