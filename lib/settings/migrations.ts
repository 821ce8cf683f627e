/**
 * Settings migrations, numbered like the database's: MIGRATIONS[n] turns version n into n + 1.
 * Version 0 is "nothing stored yet" (milestone 1 stored no settings). Never edit a released step.
 */
import { DEFAULT_SETTINGS, SETTINGS_VERSION, SettingsSchema, type Settings } from './schema';

type Step = (old: Record<string, unknown>) => Record<string, unknown>;

export const MIGRATIONS: Record<number, Step> = {
  // 0 -> 1: the first settings; whatever was there is replaced by the defaults.
  0: () => ({ ...DEFAULT_SETTINGS, version: 1 }),
};

/** Brings stored settings to the current version; anything unreadable becomes the defaults. */
export function migrateSettings(raw: unknown): { settings: Settings; changed: boolean } {
  let data: Record<string, unknown> =
    raw && typeof raw === 'object' && !Array.isArray(raw) ? { ...(raw as Record<string, unknown>) } : {};
  let version = typeof data.version === 'number' && Number.isInteger(data.version) ? data.version : 0;
  if (version > SETTINGS_VERSION) version = 0; // from a newer Embodied: fall back rather than guess
  const start = version;
  while (version < SETTINGS_VERSION) {
    data = MIGRATIONS[version](data);
    version++;
  }
  const parsed = SettingsSchema.safeParse(data);
  if (!parsed.success) return { settings: DEFAULT_SETTINGS, changed: true };
  return { settings: parsed.data, changed: start !== SETTINGS_VERSION };
}
