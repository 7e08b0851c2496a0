import type { AppState } from '../app/store.ts';
import { type Message, say } from '../i18n/i18n.ts';
import { URL_PARAMS } from './params/index.ts';

export interface UrlReadResult {
  /** The state the query asks for; parameters it leaves out are absent. */
  patch: Partial<AppState>;
  /** One message per parameter that was ignored, for the user, in whichever language they read. */
  messages: Message[];
  /** The same in English, for the console. */
  warnings: string[];
}

/** Reads the app state from a query string; a malformed parameter is ignored with a warning. */
export function readUrlState(search: string): UrlReadResult {
  const query = new URLSearchParams(search);
  const patch: Partial<AppState> = {};
  const messages: Message[] = [];
  for (const param of URL_PARAMS) {
    const raw = query.get(param.name);
    if (raw === null) continue;
    const result = param.parse(raw);
    if (result.ok) Object.assign(patch, { [param.key]: result.value });
    else messages.push({ key: result.error.key, params: { ...result.error.params, name: param.name } });
  }
  return { patch, messages, warnings: messages.map((m) => say('en', m)) };
}

/** Writes the app state into a query string, keeping parameters the atlas does not own. */
export function writeUrlState(state: AppState, search = ''): string {
  const query = new URLSearchParams(search);
  for (const param of URL_PARAMS) {
    const value = state[param.key];
    const text = value === null ? null : param.serialize(value);
    if (text === null) query.delete(param.name);
    else query.set(param.name, text);
  }
  // URLSearchParams escapes commas; they are safe in a query and keep links readable.
  return `?${query.toString().replaceAll('%2C', ',')}`;
}
