/**
 * The whole English catalogue: messages and the tables of flags and steps. Extension pages get it
 * through lib/i18n/index.ts; the in-page panel's own file imports it (entrypoints/in-page-panel.tsx).
 * The in-page scripts do not: they show no flag or step (lib/i18n/core.ts, EN_MESSAGES).
 */
import { en, enFlags, enStepDetails, enSteps, type Catalogue } from './en';

export const EN: Catalogue = { messages: en, flags: enFlags, steps: enSteps, stepDetails: enStepDetails };
