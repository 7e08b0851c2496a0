import type { AppState } from '../../app/store.ts';

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: string };

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
export const fail = <T>(error: string): ParseResult<T> => ({ ok: false, error });
