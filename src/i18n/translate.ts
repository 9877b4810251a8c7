import { messagesId, type MessageKey } from './messages-id';
import { formatNumber, localeOf, type Language } from './format';

/**
 * A message that depends on a number, {count}: one text per plural category of the language
 * (Intl.PluralRules). Bahasa Indonesia has one form; English has "one" and "other".
 */
export type PluralMessage = Readonly<Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }>;
export type Message = string | PluralMessage;
export type Catalogue = Readonly<Record<MessageKey, Message>>;

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

const pluralRules = new Map<Language, Intl.PluralRules>();

function pluralCategory(language: Language, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(language);
  if (!rules) {
    rules = new Intl.PluralRules(localeOf(language));
    pluralRules.set(language, rules);
  }
  return rules.select(count);
}

/**
 * Looks a message up and fills its {placeholders}; a missing value stays visible as {name}.
 * A numeric {count} is written in the language's digits ("1.250"), and a plural message takes
 * the form for it. Until a language has loaded its messages fall back to Bahasa Indonesia.
 */
export function translate(language: Language, key: MessageKey, values?: MessageValues): string {
  const message = (catalogues[language] ?? messagesId)[key];
  const count = values?.count;
  const template =
    typeof message === 'string'
      ? message
      : typeof count === 'number'
        ? (message[pluralCategory(language, count)] ?? message.other)
        : message.other;
  if (!values) return template;
  const filled = typeof count === 'number' ? { ...values, count: formatNumber(language, count) } : values;
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    Object.hasOwn(filled, name) ? String(filled[name]) : match,
  );
}
