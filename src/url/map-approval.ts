/**
 * The map-approval line (审图号): a map shown in public in China carries its number. Set by the URL
 * (`approval=`) or the build (`VITE_MAP_APPROVAL`), read in ordinary visits and kiosks alike; one of
 * the kiosk's settings too (kiosk-settings.ts). Its own module, so that the first page does not
 * carry the kiosk's settings to read it.
 */
import type { Message } from '../i18n/i18n.ts';
import { fail, ok, type ParseResult } from './params/param.ts';

/** A short plain text: letters, digits, Chinese characters, brackets, hyphens, dots, slashes and spaces. */
const APPROVAL = /^[\p{L}\p{N}()（）[\]【】〔〕\-–—·.,:：/ ]{1,40}$/u;

/** The build's approval number (`VITE_MAP_APPROVAL`), if it is a valid one. */
function buildApproval(): string | null {
  const v = (import.meta.env?.VITE_MAP_APPROVAL as string | undefined)?.trim();
  return v && APPROVAL.test(v) ? v : null;
}

export const approvalParam: {
  name: 'approval';
  key: 'approval';
  fallback: string | null;
  parse(raw: string): ParseResult<string | null>;
} = {
  name: 'approval',
  key: 'approval',
  fallback: buildApproval(),
  parse(raw) {
    const value = raw.trim();
    return APPROVAL.test(value) ? ok(value) : fail('url.ignored.approval', { value: raw.slice(0, 60) });
  },
};

/** The map-approval line this URL or build asks for, in a kiosk or not; an invalid one is ignored with a message. */
export function readApproval(search: string): { approval: string | null; messages: Message[] } {
  const raw = new URLSearchParams(search).get(approvalParam.name);
  if (raw === null) return { approval: approvalParam.fallback, messages: [] };
  const result = approvalParam.parse(raw);
  if (result.ok) return { approval: result.value, messages: [] };
  return {
    approval: approvalParam.fallback,
    messages: [{ key: result.error.key, params: { ...result.error.params, name: approvalParam.name } }],
  };
}
