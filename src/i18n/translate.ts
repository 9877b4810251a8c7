import { messagesEn } from './messages-en';
import { messagesId, type MessageKey } from './messages-id';
import type { Language } from './format';

const CATALOGUES: Record<Language, Record<MessageKey, string>> = { id: messagesId, en: messagesEn };

export type MessageValues = Record<string, string | number>;

/** Looks a message up and fills its {placeholders}; a missing value stays visible as {name}. */
export function translate(language: Language, key: MessageKey, values?: MessageValues): string {
  const template = CATALOGUES[language][key];
  if (!values) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : match,
  );
}

export function catalogueKeys(language: Language): string[] {
  return Object.keys(CATALOGUES[language]);
}
