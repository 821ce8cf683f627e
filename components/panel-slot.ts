/**
 * The component the badge opens as its dialog's body. A slot, not an import: the content script
 * fills it with a stand-in that loads the panel's own injected file on the first open
 * (entrypoints/content/lazy-panel.tsx), so a product page compiles only the badge; the tests and
 * extension pages put EstimatePanel itself in it, with the readers at hand (`resolveOffered`).
 */
import { createContext, type ComponentType } from 'preact';
import type { EstimatePanelProps } from './EstimatePanel';
import type { OfferCondition } from '../lib/inpage/offered-conditions';
import type { PageReaders } from '../lib/inpage/page-readers';

/**
 * The conditions the page offers the product in, or how to read them with the panel's readers
 * (lib/inpage/page-readers.ts): read when the panel first opens, not on the way to the badge.
 */
export type OfferedSource = readonly OfferCondition[] | ((readers: PageReaders) => readonly OfferCondition[]);

export type PanelSlotProps = Omit<EstimatePanelProps, 'offered'> & { offered?: OfferedSource };

export const PanelSlot = createContext<ComponentType<PanelSlotProps> | null>(null);

/** The conditions, read with `readers` where the badge was given how to read them. */
export const resolveOffered = (offered: OfferedSource | undefined, readers: PageReaders) =>
  typeof offered === 'function' ? offered(readers) : offered;
