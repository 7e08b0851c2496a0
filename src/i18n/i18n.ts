import en from './en.json';
import zh from './zh.json';

export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** A user-facing text in both languages. */
export interface Bilingual {
  zh: string;
  en: string;
}

export type MessageKey = keyof typeof zh;

const messages: Record<Lang, Record<MessageKey, string>> = { zh, en };

/** The UI string `key` in `lang`, with `{name}` placeholders filled from `params`. */
export function t(lang: Lang, key: MessageKey, params?: Record<string, string | number>): string {
  const text = messages[lang][key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** The browser's preferred language, if it is one the atlas speaks. */
export function browserLang(languages: readonly string[] = navigator.languages): Lang {
  for (const l of languages) {
    const base = l.toLowerCase().split('-')[0];
    if (base === 'zh') return 'zh';
    if (base === 'en') return 'en';
  }
  return 'zh';
}

export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}

export function allMessages(): Record<Lang, Record<string, string>> {
  return messages;
}
