/** The user's settings, kept in extension storage (storage.local) under one versioned key. */
import { z } from '../zod';

export const SETTINGS_KEY = 'settings';
export const SETTINGS_VERSION = 1;

export const BudgetSchema = z.lazy(() =>
  z.object({
    period: z.enum(['month', 'year']),
    /** kg CO2e per period. */
    kg: z.number().positive().finite().max(1_000_000),
  }),
);
export type Budget = z.infer<typeof BudgetSchema>;

export const SettingsSchema = z.lazy(() =>
  z.object({
    version: z.literal(SETTINGS_VERSION),
    /** BCP 47 tag for numbers and dates; null: the browser's language. */
    locale: z.string().max(35).nullable(),
    /** Display currency; null: each purchase in its own currency. */
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/)
      .nullable(),
    /** ISO 3166 country for VAT and defaults; null: not set. */
    country: z
      .string()
      .regex(/^[A-Z]{2}$/)
      .nullable(),
    budget: BudgetSchema,
    /** Run on the built-in list of shops. */
    builtInShops: z.boolean(),
    theme: z.enum(['system', 'light', 'dark']),
  }),
);
export type Settings = z.infer<typeof SettingsSchema>;

/**
 * Default budget: 250 kg CO2e a year for goods bought online. Embodied's own choice, stated as
 * such in the UI: a tenth of the 2.5 t per person per year that 1.5 °C-compatible lifestyles allow
 * by 2030 (IGES, Aalto University and D-mat, "1.5-Degree Lifestyles", 2019), where consumer goods
 * are one of six domains beside food, housing, mobility, leisure and services.
 */
export const DEFAULT_BUDGET: Budget = { period: 'year', kg: 250 };

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  locale: null,
  currency: null,
  country: null,
  budget: DEFAULT_BUDGET,
  builtInShops: true,
  theme: 'system',
};
