/**
 * The badge's "show your work" panel, in a file of its own: injected by the background into the
 * frame (scripting.executeScript, never web-accessible) on the first open of a badge there, so that
 * a product page compiles only the badge (bench/README.md). It brings its own Preact and renders
 * into the container the badge's stand-in hands it (entrypoints/content/lazy-panel.tsx), and carries
 * what only the panel reads from the page (lib/inpage/page-readers.ts) for the page scripts.
 *
 * An unlisted script like the detector (no WXT context or polyfill: it calls no extension API).
 */
import { render } from 'preact';
import { EstimatePanel } from '../components/EstimatePanel';
import { I18nContext } from '../components/i18n';
import { PANEL_GLOBAL, type PanelApi } from './content/panel-api';
import { createI18nFor, type I18n } from '../lib/i18n/core';
import { EN } from '../lib/i18n/en-catalogue';
import { EN_NUMBERS } from '../lib/i18n/plain-number';
import { PAGE_READERS } from '../lib/inpage/page-readers';

let english: I18n | null = null;
/**
 * The badge's I18n, with the tables of flags and steps that only the panel shows. Another
 * language's catalogue arrives whole from the background; the in-page English carries its messages
 * only (lib/i18n/core.ts, EN_MESSAGES), and this file brings the English tables.
 */
function withTables(i18n: I18n): I18n {
  if (i18n.locale !== 'en') return i18n;
  return (english ??= createI18nFor('en', EN, EN_NUMBERS));
}

export default defineUnlistedScript(() => {
  const api: PanelApi = {
    render(container, props, i18n) {
      render(
        <I18nContext.Provider value={withTables(i18n)}>
          <EstimatePanel {...props} />
        </I18nContext.Provider>,
        container,
      );
    },
    unmount: (container) => render(null, container),
    readers: PAGE_READERS,
  };
  (globalThis as Record<string, unknown>)[PANEL_GLOBAL] = api;
});
