// Themes: what a person can choose (in the link: ?theme=dark) and what the page then shows.
// "system" follows the operating system: prefers-contrast: more → high contrast, otherwise
// prefers-color-scheme. Kept free of React so the URL parser can import it.

export const THEME_CHOICES = ['system', 'light', 'dark', 'contrast'] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];

/** What <html data-theme> says: the theme actually drawn. */
export const RESOLVED_THEMES = ['light', 'dark', 'contrast'] as const;
export type ResolvedTheme = (typeof RESOLVED_THEMES)[number];

export interface SystemPreferences {
  prefersDark: boolean;
  prefersMoreContrast: boolean;
}

export function resolveTheme(choice: ThemeChoice, system: SystemPreferences): ResolvedTheme {
  if (choice !== 'system') return choice;
  if (system.prefersMoreContrast) return 'contrast';
  return system.prefersDark ? 'dark' : 'light';
}

export function isResolvedTheme(value: unknown): value is ResolvedTheme {
  return typeof value === 'string' && (RESOLVED_THEMES as readonly string[]).includes(value);
}
