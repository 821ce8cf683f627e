import type { Settings } from '../../lib/settings/schema';

/** The user's theme choice on <html>; 'system' leaves it to prefers-color-scheme. */
export function applyTheme(theme: Settings['theme']): void {
  if (theme === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
}
