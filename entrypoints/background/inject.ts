/** Loads the on-demand part (extraction + badges) into a frame, once per document. */
import { browser } from 'wxt/browser';
import {
  ON_DEMAND_FILE,
  ON_DEMAND_LISTING_FILE,
  ON_DEMAND_MARK,
  ON_DEMAND_PRODUCT_FILE,
  type OnDemandBundle,
} from '../../lib/content/inject-message';
import { CATALOGUE_GLOBAL, type HandedCatalogue } from '../../lib/content/catalogue-handover';
import { pickLocale, type Locale } from '../../lib/i18n/pick-locale';
import { numberSymbols, type NumberSymbols } from '../../lib/i18n/plain-number';

/** The UI language of the in-page views: the browser's (the worker and the page read the same languages). */
export const browserLocale = (): Locale =>
  pickLocale(navigator.languages?.length ? navigator.languages : [navigator.language]);

type Api = Pick<typeof browser, 'scripting'>;

/**
 * Each language's catalogue as a built file of its own (entrypoints/catalogue-*.ts), injected with
 * the on-demand script: the worker bundles none of them (63 kB it parsed and ran at every start).
 */
const CATALOGUE_FILES = {
  de: '/catalogue-de.js',
  fr: '/catalogue-fr.js',
  es: '/catalogue-es.js',
  'zh-CN': '/catalogue-zh-CN.js',
} as const satisfies Record<Exclude<Locale, 'en'>, string>;
/** The on-demand scripts: the full one and the per-kind bundles (lib/content/inject-message.ts). */
const SCRIPTS = {
  full: ON_DEMAND_FILE,
  product: ON_DEMAND_PRODUCT_FILE,
  listing: ON_DEMAND_LISTING_FILE,
} as const satisfies Record<OnDemandBundle, string>;
type InjectedFile = (typeof SCRIPTS)[OnDemandBundle] | (typeof CATALOGUE_FILES)[keyof typeof CATALOGUE_FILES];

/** The locale's number symbols, read from Intl once per worker life (the page then needs no Intl for its badges). */
const symbols = new Map<Locale, NumberSymbols>();
function symbolsOf(locale: Locale): NumberSymbols {
  let s = symbols.get(locale);
  if (!s) symbols.set(locale, (s = numberSymbols(locale)));
  return s;
}

/**
 * Injects content-scripts/on-demand.js unless this document already has it. The mark lives in the
 * extension's isolated world of the page, which a page script cannot see or set; a new document
 * (real navigation) starts without it. Resolves to whether the script was injected now.
 *
 * `marked`: the detector set the mark itself, in that same world, before it asked (it asks once per
 * document). Then there is nothing to probe, and in English nothing to hand over either, so the
 * script goes in with one round trip to the tab instead of two (the time to the first badge).
 */
export async function injectOnDemand(
  tabId: number,
  frameId = 0,
  api: Api = browser,
  onInjecting?: () => void,
  marked = false,
  bundle: OnDemandBundle = 'full',
): Promise<boolean> {
  const target = { tabId, frameIds: [frameId] };
  // The catalogue of the browser's language goes along (lib/content/catalogue-handover.ts), so the
  // on-demand script bundles only English: the locale and its number symbols here, the catalogue as
  // its own file before the script. The worker and the page read the same browser languages.
  // Taxonomy names do not: each estimate carries its own in that language (lib/background/local-names.ts).
  const locale = browserLocale();
  const handover: Omit<HandedCatalogue, 'catalogue'> | null =
    locale === 'en' ? null : { locale, numbers: symbolsOf(locale) };
  // A per-kind bundle (a declared product page, a shop's search results) or the full script; a
  // bundle asks for the full one itself (bundle 'full', marked) when the page turns out otherwise.
  const script = SCRIPTS[bundle];
  const files: InjectedFile[] = locale === 'en' ? [script] : [CATALOGUE_FILES[locale], script];
  if (marked && !handover) return injectFiles(api, target, files, onInjecting);
  const [probe] = await api.scripting.executeScript({
    target,
    func: (key: string, mark: string, given: Omit<HandedCatalogue, 'catalogue'> | null) => {
      const g = globalThis as Record<string, unknown>;
      const had = g[mark] === true;
      g[mark] = true;
      if (given) g[key] = given;
      return had;
    },
    args: [CATALOGUE_GLOBAL, ON_DEMAND_MARK, handover],
  });
  if (probe?.result === true && !marked) return false;
  return injectFiles(api, target, files, onInjecting);
}

async function injectFiles(
  api: Api,
  target: { tabId: number; frameIds: number[] },
  files: InjectedFile[],
  onInjecting?: () => void,
): Promise<boolean> {
  // Work that holds up the worker's thread (loading the classifier, about 200 ms of it on a woken
  // worker) starts once the page has run its script: started with the injection, it competed with
  // the page's compiling of that script and delayed the badge. It still overlaps the page's
  // extraction, which runs in a task of its own after the script (entrypoints/content/page.ts).
  try {
    // In order: the catalogue's file completes the handover before the on-demand script reads it.
    await api.scripting.executeScript({ target, files });
  } finally {
    onInjecting?.();
  }
  return true;
}
