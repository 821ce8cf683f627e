/**
 * A ticket, voucher, licence, subscription, service or download: said by the page's category, a
 * breadcrumb, or the title's head (not after "for", not followed by a product word: "ticket
 * holder", "Gutscheinbox" stay products).
 */
import { WITH_ZONE_WEIGHT } from './cues';
import type { ClassifyInput } from './index';
import type { ClassifierParts } from './parts';
import {
  findNonPhysical,
  NON_PHYSICAL_NODE,
  productHeadFollows,
  type NonPhysicalKind,
  type NonPhysicalMatch,
} from './rules/non-physical';
import { isHeadFirst } from './lexicon';
import { SOFTWARE } from './nodes';
import { isSoftwareLicence } from './rules/software-licence';
import { tokenize } from './text';
import { splitTitle, zonesOf } from './title';

/** The last crumbs are the shelf: a "Gift Cards" or "Tickets" shelf says what is sold. */
const SHELF_CRUMBS = 2;
/** A product word right after the phrase ("gift card holder") must be at least this strong. */
const PRODUCT_WORD_WEIGHT = 0.5;
/** How many words after the phrase may name the product it only qualifies. */
const PRODUCT_WORD_SPAN = 2;
/**
 * A shop's web address in a title ("Amazon.de Geschenkgutschein", "Cadeaubon bol.com") names the
 * shop, not a product: its words ("bol", a bowl) must not read as the thing the phrase qualifies.
 */
const WEB_ADDRESS = /\b[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:com|net|org|[a-z]{2})\b/giu;

export function nonPhysicalOf(
  parts: ClassifierParts,
  input: ClassifyInput,
  pageNode: number | null,
  decided: { id: number } | null,
): NonPhysicalKind | null {
  const { lexicon, taxonomy } = parts;
  if (pageNode !== null) {
    const kind = (Object.entries(NON_PHYSICAL_NODE) as [NonPhysicalKind, number | null][]).find(
      ([, id]) => id !== null && taxonomy.isAncestorOrSelf(id, pageNode),
    );
    return kind ? kind[0] : null;
  }
  for (const crumb of (Array.isArray(input.category) ? input.category : []).slice(-SHELF_CRUMBS)) {
    if (typeof crumb !== 'string') continue;
    const m = findNonPhysical(lexicon.tokens(tokenize(crumb)));
    if (m) return m.kind;
  }
  const title = typeof input.title === 'string' ? input.title : '';
  const first = splitTitle(title).find((seg) => !seg.bracketed);
  if (!first) return null;
  const tokens = lexicon.tokens(tokenize(first.text.replace(WEB_ADDRESS, ' ')));
  const m = findNonPhysical(tokens);
  if (!m) return softwareByName(parts, first.text, decided);
  const zones = zonesOf(tokens);
  if (zones[m.start] <= WITH_ZONE_WEIGHT) return null;
  // The word right after names a product the phrase only qualifies ("gift card holder"), where the
  // head comes last: in a head-first language the word after qualifies the phrase ("E-book Pan
  // Tadeusz": a title, not a pan), and only the listed holders and cases count.
  const headFirst = isHeadFirst(typeof input.lang === 'string' ? input.lang.toLowerCase().split('-')[0] : null);
  const next = !headFirst && productWordAfter(parts, tokens, m);
  return next || productHeadFollows(tokens, m) ? null : m.kind;
}

/**
 * "Norton 360 Deluxe 5 devices 1 year": a software product's name with a licence's terms
 * (rules/software-licence.ts), where the title's words read no software node: a title the lexicon
 * reads as software names a copy the shop may sell boxed, and keeps that node.
 */
function softwareByName(parts: ClassifierParts, text: string, decided: { id: number } | null): NonPhysicalKind | null {
  if (decided && parts.taxonomy.isAncestorOrSelf(SOFTWARE, decided.id)) return null;
  return isSoftwareLicence(text) ? 'software' : null;
}

/**
 * A service names what it works on after it ("Kurulum hizmeti klima", "Displayreparatur iPhone 13",
 * "安装服务 空调"): the product word after it is the service's object, not its head.
 */
const namesItsObject = (kind: NonPhysicalKind): boolean => kind === 'service';

/** A product word of some weight right after the phrase (its first word starting there), not a service's object. */
const productWordAfter = (parts: ClassifierParts, tokens: string[], m: NonPhysicalMatch): boolean =>
  !namesItsObject(m.kind) &&
  parts.lexicon
    .hits(tokens.slice(m.end, m.end + PRODUCT_WORD_SPAN))
    .some((h) => h.start === 0 && h.entries.some((e) => e.w >= PRODUCT_WORD_WEIGHT));
