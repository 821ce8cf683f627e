/**
 * What the panel's own injected file (entrypoints/in-page-panel.tsx) leaves on the frame's
 * isolated-world global for the badge's stand-in (lazy-panel.tsx): it renders EstimatePanel with
 * its own copy of Preact into a container the badge owns. The I18n comes along (a plain object), so
 * the panel speaks the badge's language without a catalogue of its own. The other way, the panel's
 * file hands the page scripts the readers only the panel needs (lib/inpage/page-readers.ts).
 */
import type { EstimatePanelProps } from '../../components/EstimatePanel';
import type { I18n } from '../../lib/i18n/core';
import type { PageReaders } from '../../lib/inpage/page-readers';

export const PANEL_GLOBAL = '__embodiedPanel';

export interface PanelApi {
  render(container: Element, props: EstimatePanelProps, i18n: I18n): void;
  unmount(container: Element): void;
  /** What only the panel reads from the page (the conditions and sizes it offers), carried by the panel's file. */
  readers: PageReaders;
}

/** The panel's API once its file has run in this world, else null. */
export function panelApi(global: object = globalThis): PanelApi | null {
  const api = (global as Record<string, unknown>)[PANEL_GLOBAL] as Partial<PanelApi> | undefined;
  return typeof api?.render === 'function' && typeof api.unmount === 'function' && typeof api.readers === 'object'
    ? (api as PanelApi)
    : null;
}
