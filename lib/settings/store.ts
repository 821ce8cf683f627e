/** Reads and writes the settings through any storage area with get/set (storage.local in the extension). */
import { migrateSettings } from './migrations';
import { SETTINGS_KEY, SettingsSchema, type Settings } from './schema';

export interface StorageArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

export async function loadSettings(area: StorageArea): Promise<Settings> {
  const { settings, changed } = migrateSettings((await area.get(SETTINGS_KEY))[SETTINGS_KEY]);
  if (changed) await area.set({ [SETTINGS_KEY]: settings });
  return settings;
}

export async function saveSettings(area: StorageArea, settings: Settings): Promise<Settings> {
  const valid = SettingsSchema.parse(settings);
  await area.set({ [SETTINGS_KEY]: valid });
  return valid;
}

export const eraseSettings = (area: StorageArea) => area.remove(SETTINGS_KEY);
