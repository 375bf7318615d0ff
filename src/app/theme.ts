// The learner's theme choice. public/theme-init.js applies the saved choice before first paint;
// it must use the same key and values (a test checks).

export const THEME_KEY = 'self-attention-lesson/theme';
export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export function isTheme(value: unknown): value is Theme {
  return typeof value === 'string' && (THEMES as readonly string[]).includes(value);
}

export function readTheme(getStorage: () => Storage): Theme {
  try {
    const saved = getStorage().getItem(THEME_KEY);
    return isTheme(saved) ? saved : 'system';
  } catch {
    return 'system';
  }
}

/** Saves the choice; returns false when it could not be kept. */
export function saveTheme(getStorage: () => Storage, theme: Theme): boolean {
  try {
    getStorage().setItem(THEME_KEY, theme);
    return true;
  } catch {
    return false;
  }
}

/** "system" removes the attribute, leaving the choice to CSS and prefers-color-scheme. */
export function applyTheme(root: HTMLElement, theme: Theme): void {
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
}
