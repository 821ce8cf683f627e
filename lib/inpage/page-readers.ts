/**
 * What only the badge's panel reads from the page: the conditions and sizes the page offers the
 * product in, and the choices between them. They live in the panel's own file
 * (entrypoints/in-page-panel.tsx), which hands them to the page scripts through its API
 * (entrypoints/content/panel-api.ts) once it is loaded on the first open: the product script then
 * carries neither these readers nor the word lists and unit rules they need (bench/README.md).
 */
import { offeredConditions, type OfferCondition } from './offered-conditions';
import { offeredVariants, type OfferedVariant } from './offered-variants';
import { variantChoices } from './variant-choices';
import { weightFromText } from '../extract/generic/units';

export interface PageReaders {
  offeredConditions(doc: Document): readonly OfferCondition[];
  offeredVariants(doc: Document): readonly OfferedVariant[];
  variantChoices: typeof variantChoices;
  weightFromText: typeof weightFromText;
}

export const PAGE_READERS: PageReaders = { offeredConditions, offeredVariants, variantChoices, weightFromText };
