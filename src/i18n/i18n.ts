import zh from './zh.json';

export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** A user-facing text in both languages. */
export interface Bilingual {
  zh: string;
  en: string;
}

export type MessageKey = keyof typeof zh;
type Messages = Record<MessageKey, string>;

/**
 * Chinese ships with the first page: it is the default language and every message's fallback.
 * English is fetched the first time it is needed (loadLang), so a visit in one language does not
 * carry the other. Outside a page (the data worker, scripts and tests) both are loaded at once.
 */
const messages: { zh: Messages; en?: Messages } = { zh };
if (typeof document === 'undefined') await loadLang('en');

/** Fetches a language's messages if they are not here yet; the type checks that English has every key. */
export async function loadLang(lang: Lang): Promise<void> {
  if (lang === 'en' && messages.en === undefined) {
    const en: Messages = (await import('./en.json')).default;
    messages.en = en;
  }
}

export function langLoaded(lang: Lang): boolean {
  return messages[lang] !== undefined;
}

/** A parameter is a value, or a message of its own, said in the same language (a view's name). */
export type MessageParams = { [name: string]: string | number | Message };

/**
 * A message as a code with parameters, said in whichever language the reader has when it is
 * shown: notices, warnings and problems are kept as messages, never as text in one language.
 */
export interface Message {
  key: MessageKey;
  params?: MessageParams;
}

export function msg(key: MessageKey, params?: MessageParams): Message {
  return params ? { key, params } : { key };
}

/** A message in `lang`, its message parameters said in `lang` too. */
export function say(lang: Lang, m: Message): string {
  if (!m.params) return t(lang, m.key);
  const params: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(m.params)) params[k] = typeof v === 'object' ? say(lang, v) : v;
  return t(lang, m.key, params);
}

/** The UI string `key` in `lang`, with `{name}` placeholders filled from `params`. */
export function t(lang: Lang, key: MessageKey, params?: Record<string, string | number>): string {
  const text = (messages[lang] ?? messages.zh)[key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** The browser's preferred language, if it is one the atlas speaks. */
export function browserLang(languages: readonly string[] = globalThis.navigator?.languages ?? []): Lang {
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

/** Both languages' messages (for tests): English is fetched first. */
export async function allMessages(): Promise<Record<Lang, Record<string, string>>> {
  await loadLang('en');
  return { zh: messages.zh, en: messages.en ?? messages.zh };
}
