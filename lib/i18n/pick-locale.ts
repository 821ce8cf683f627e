/**
 * The languages Embodied speaks and how one is picked from the browser's (or the user's) list.
 * Apart from the catalogues so that the popup and options page can pick a language without
 * bundling the in-page catalogue.
 */
export const LOCALES = ['en', 'de', 'fr', 'es', 'zh-CN'] as const;
export type Locale = (typeof LOCALES)[number];

/** The first of the user's languages we have a catalogue for ('de-AT' -> de, 'zh-Hans-CN' -> zh-CN); else English. */
export function pickLocale(languages: readonly string[]): Locale {
  for (const raw of languages) {
    const lang = raw.toLowerCase();
    if (lang.startsWith('zh')) {
      // Traditional Chinese readers are better served by English than by the wrong script.
      if (/^zh-(hant|tw|hk|mo)/.test(lang)) continue;
      return 'zh-CN';
    }
    const base = lang.split('-')[0];
    const hit = LOCALES.find((l) => l === base);
    if (hit) return hit;
  }
  return 'en';
}
