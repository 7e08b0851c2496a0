import type { AppState } from '../../app/store.ts';
import type { Message, MessageKey, MessageParams } from '../../i18n/i18n.ts';

/** A parse failure is a message (`url.ignored.*`); the reader fills in the parameter's `name`. */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: Message };

/**
 * One URL query parameter: it parses and validates its own text and writes it back.
 * Every parameter is registered in ./index.ts, so a deep link is handled in one place.
 */
export interface UrlParam<K extends keyof AppState> {
  /** Name in the query string. */
  name: string;
  key: K;
  parse(raw: string): ParseResult<AppState[K]>;
  /** The query text for `value`, or null to leave the parameter out. */
  serialize(value: AppState[K]): string | null;
}

export const ok = <T>(value: T): ParseResult<T> => ({ ok: true, value });
export const fail = <T>(key: MessageKey, params: MessageParams = {}): ParseResult<T> => ({
  ok: false,
  error: { key, params },
});

/** `"a", "b"`: values as the warnings quote them. */
export const quoteList = (values: readonly string[]) => values.map((v) => `"${v}"`).join(', ');
