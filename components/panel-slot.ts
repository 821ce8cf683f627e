/**
 * The component the badge opens as its dialog's body. A slot, not an import: the content script
 * fills it with a stand-in that loads the panel's own injected file on the first open
 * (entrypoints/content/lazy-panel.tsx), so a product page compiles only the badge; the tests and
 * extension pages put EstimatePanel itself in it.
 */
import { createContext, type ComponentType } from 'preact';
import type { EstimatePanelProps } from './EstimatePanel';

export const PanelSlot = createContext<ComponentType<EstimatePanelProps> | null>(null);
