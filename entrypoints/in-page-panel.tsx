/**
 * The badge's "show your work" panel, in a file of its own: injected by the background into the
 * frame (scripting.executeScript, never web-accessible) on the first open of a badge there, so that
 * a product page compiles only the badge (bench/README.md). It brings its own Preact and renders
 * into the container the badge's stand-in hands it (entrypoints/content/lazy-panel.tsx).
 *
 * An unlisted script like the detector (no WXT context or polyfill: it calls no extension API).
 */
import { render } from 'preact';
import { EstimatePanel } from '../components/EstimatePanel';
import { I18nContext } from '../components/i18n';
import { PANEL_GLOBAL, type PanelApi } from './content/panel-api';

export default defineUnlistedScript(() => {
  const api: PanelApi = {
    render(container, props, i18n) {
      render(
        <I18nContext.Provider value={i18n}>
          <EstimatePanel {...props} />
        </I18nContext.Provider>,
        container,
      );
    },
    unmount: (container) => render(null, container),
  };
  (globalThis as Record<string, unknown>)[PANEL_GLOBAL] = api;
});
