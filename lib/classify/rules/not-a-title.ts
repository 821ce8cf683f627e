/**
 * A string handed over as a product title that is no title: a variant or article id, the shop's
 * name or domain, a breadcrumb label, a navigation word. Classifying it would invent a category,
 * so the classifier ignores it (and says nothing unless the page's category or breadcrumbs speak).
 */
import { normalizeText } from '../text';

/** Navigation and page words that shops put where a title might be expected, by language. */
const PAGE_WORDS: Record<string, string[]> = {
  en: [
    'home',
    'shop',
    'store',
    'products',
    'product',
    'sale',
    'new arrivals',
    'all products',
    'cart',
    'basket',
    'checkout',
    'search results',
    'page not found',
    'details',
  ],
  de: [
    'startseite',
    'produkte',
    'alle produkte',
    'warenkorb',
    'angebote',
    'neuheiten',
    'suche',
    'suchergebnisse',
    'kasse',
  ],
  fr: ['accueil', 'produits', 'tous les produits', 'panier', 'promotions', 'nouveautés', 'recherche'],
  es: ['inicio', 'productos', 'todos los productos', 'carrito', 'ofertas', 'novedades', 'búsqueda'],
  it: ['home page', 'prodotti', 'tutti i prodotti', 'carrello', 'offerte', 'novità', 'ricerca'],
  nl: ['producten', 'alle producten', 'winkelwagen', 'aanbiedingen', 'nieuw', 'zoeken'],
  pl: ['strona główna', 'produkty', 'koszyk', 'promocje', 'nowości', 'szukaj'],
  pt: ['início', 'produtos', 'carrinho', 'promoções', 'novidades', 'pesquisa'],
  sv: ['hem', 'produkter', 'varukorg', 'erbjudanden', 'nyheter', 'sök'],
  cs: ['úvod', 'produkty', 'košík', 'akce', 'novinky', 'hledat'],
  ru: ['главная', 'товары', 'корзина', 'акции', 'новинки', 'поиск'],
  ja: ['ホーム', '商品一覧', 'カート', '検索結果'],
  zh: ['首页', '购物车', '全部商品', '搜索结果'],
  ko: ['홈', '장바구니', '전체상품', '검색결과'],
};
const PAGE_WORD_SET = new Set(Object.values(PAGE_WORDS).flat().map(normalizeText));

/** One run of letters and digits with at least one digit and no space: "B07XJ8C8F5", "SKU-4411-XL", "123456". */
const ID_LIKE = /^(?=[^\s]*\d)[\p{L}\p{N}][\p{L}\p{N}._\-/#]*$/u;
/**
 * Two Han, kana or Hangul letters in a row: a word of a language written without spaces, which no
 * article id holds ("28吋行李箱", a 28-inch suitcase, is a title).
 */
const CJK_WORD = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]{2}/;
/** One run without spaces that may be an id: no word of a language written without spaces in it. */
const isIdLike = (raw: string): boolean => ID_LIKE.test(raw) && !/\s/.test(raw) && !CJK_WORD.test(raw);
/** "shop.example.com", "www.otto.de". */
const DOMAIN = /^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$/i;

export interface TitleContext {
  /** The shop's name or host, when the caller knows it. */
  shop?: string | null;
  /** The page's breadcrumb labels. */
  crumbs?: string[];
}

/** Why a string is not a product title, or null when it may be one. */
export function notATitle(
  title: string,
  ctx: TitleContext = {},
): 'empty' | 'id' | 'shop' | 'breadcrumb' | 'page-word' | null {
  const raw = title.trim();
  const norm = normalizeText(raw);
  if (!norm) return 'empty';
  if (isIdLike(raw)) {
    // A lone model name with letters ("iPhone15") is still a title; an id is mostly digits or
    // mixes digits into a long code.
    const digits = (raw.match(/\d/g) ?? []).length;
    if (digits >= 4 || digits / raw.length >= 0.3) return 'id';
  }
  if (DOMAIN.test(raw)) return 'shop';
  const shop = ctx.shop ? normalizeText(ctx.shop.replace(/^www\./i, '').replace(/\.[a-z]{2,}$/i, '')) : '';
  // A host writes the name without its spaces: "Coffee Circle" is coffeecircle.com.
  const squash = (s: string) => s.replace(/ /g, '');
  if (shop && (squash(norm) === squash(shop) || norm === normalizeText(ctx.shop ?? ''))) return 'shop';
  if (ctx.crumbs?.some((c) => normalizeText(c) === norm)) return 'breadcrumb';
  if (PAGE_WORD_SET.has(norm)) return 'page-word';
  return null;
}
