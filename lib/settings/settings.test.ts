import { describe, expect, it } from 'vitest';
import { migrateSettings } from './migrations';
import { DEFAULT_SETTINGS } from './schema';
import { loadSettings, saveSettings, type StorageArea } from './store';

function memoryArea(init: Record<string, unknown> = {}): StorageArea & { data: Record<string, unknown> } {
  const data = { ...init };
  return {
    data,
    get: async (k) => (k in data ? { [k]: data[k] } : {}),
    set: async (i) => void Object.assign(data, i),
    remove: async (k) => void delete data[k],
  };
}

describe('settings', () => {
  it('version 0 (nothing stored) -> 1: the defaults, written back', async () => {
    const area = memoryArea();
    expect(await loadSettings(area)).toEqual(DEFAULT_SETTINGS);
    expect(area.data.settings).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps valid current settings as they are', () => {
    const mine = {
      ...DEFAULT_SETTINGS,
      locale: 'de-DE',
      budget: { period: 'month' as const, kg: 40 },
      theme: 'dark' as const,
    };
    expect(migrateSettings(mine)).toEqual({ settings: mine, changed: false });
  });

  it.each([
    ['garbage', 'x'],
    ['an array', [1]],
    ['a newer version', { version: 99 }],
    ['a bad budget', { ...DEFAULT_SETTINGS, budget: { period: 'week', kg: -1 } }],
  ])('unreadable settings (%s) become the defaults', (_n, raw) =>
    expect(migrateSettings(raw).settings).toEqual(DEFAULT_SETTINGS),
  );

  it('refuses to save invalid settings', async () => {
    const area = memoryArea();
    await expect(saveSettings(area, { ...DEFAULT_SETTINGS, currency: 'euro' })).rejects.toThrow();
    expect(area.data.settings).toBeUndefined();
  });
});
