import { messagesId, type MessageKey } from './messages-id';
import type { Language } from './format';

type Catalogue = Record<MessageKey, string>;

// Bahasa Indonesia, the default, ships with the page; English loads when someone asks for it,
// so the first paint carries one catalogue, not two.
const catalogues: Partial<Record<Language, Catalogue>> = { id: messagesId };
const loading = new Map<Language, Promise<void>>();
const listeners = new Set<() => void>();
let version = 0;

export type MessageValues = Record<string, string | number>;

export function isLanguageLoaded(language: Language): boolean {
  return catalogues[language] !== undefined;
}

/** Loads a language's catalogue once; resolves when its messages can be shown. */
export function loadLanguage(language: Language): Promise<void> {
  if (catalogues[language]) return Promise.resolve();
  let pending = loading.get(language);
  if (!pending) {
    pending = import('./messages-en').then(({ messagesEn }) => {
      catalogues.en = messagesEn;
      version += 1;
      listeners.forEach((listener) => listener());
    });
    loading.set(language, pending);
  }
  return pending;
}

/** For useSyncExternalStore: changes whenever another catalogue has arrived. */
export function subscribeToCatalogues(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function cataloguesVersion(): number {
  return version;
}

/**
 * Looks a message up and fills its {placeholders}; a missing value stays visible as {name}.
 * Until a language has loaded its messages fall back to Bahasa Indonesia.
 */
export function translate(language: Language, key: MessageKey, values?: MessageValues): string {
  const template = (catalogues[language] ?? messagesId)[key];
  if (!values) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : match,
  );
}
