import { useEffect, useSyncExternalStore } from 'react';
import {
  isResolvedTheme,
  resolveTheme,
  type ResolvedTheme,
  type SystemPreferences,
  type ThemeChoice,
} from './theme-choice';

const DARK = '(prefers-color-scheme: dark)';
const MORE_CONTRAST = '(prefers-contrast: more)';

function mediaQuery(query: string): MediaQueryList | null {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function'
    ? window.matchMedia(query)
    : null;
}

let lastPreferences: SystemPreferences = { prefersDark: false, prefersMoreContrast: false };

function readPreferences(): SystemPreferences {
  const prefersDark = mediaQuery(DARK)?.matches ?? false;
  const prefersMoreContrast = mediaQuery(MORE_CONTRAST)?.matches ?? false;
  // The same object while nothing changed, as useSyncExternalStore requires.
  if (
    prefersDark !== lastPreferences.prefersDark ||
    prefersMoreContrast !== lastPreferences.prefersMoreContrast
  ) {
    lastPreferences = { prefersDark, prefersMoreContrast };
  }
  return lastPreferences;
}

function subscribePreferences(listener: () => void): () => void {
  const lists = [mediaQuery(DARK), mediaQuery(MORE_CONTRAST)].filter((list) => list !== null);
  lists.forEach((list) => list.addEventListener('change', listener));
  return () => lists.forEach((list) => list.removeEventListener('change', listener));
}

/** The operating system's colour scheme and contrast wishes, live. */
export function useSystemPreferences(): SystemPreferences {
  return useSyncExternalStore(subscribePreferences, readPreferences, readPreferences);
}

/**
 * Draws the page in the chosen theme: sets <html data-theme="light|dark|contrast">, which the
 * custom properties in styles.css and the charts follow. Returns the theme drawn.
 */
export function useDocumentTheme(choice: ThemeChoice): ResolvedTheme {
  const resolved = resolveTheme(choice, useSystemPreferences());
  useEffect(() => {
    document.documentElement.dataset.theme = resolved;
  }, [resolved]);
  return resolved;
}

function readDocumentTheme(): ResolvedTheme {
  const value = typeof document === 'undefined' ? null : document.documentElement.dataset.theme;
  return isResolvedTheme(value) ? value : resolveTheme('system', readPreferences());
}

function subscribeDocumentTheme(listener: () => void): () => void {
  const observer = new MutationObserver(listener);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  const unsubscribe = subscribePreferences(listener);
  return () => {
    observer.disconnect();
    unsubscribe();
  };
}

/** The theme the page is drawn in (from <html data-theme>), for code that draws colours itself. */
export function useResolvedTheme(): ResolvedTheme {
  return useSyncExternalStore(subscribeDocumentTheme, readDocumentTheme, () => 'light');
}
