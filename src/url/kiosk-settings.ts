/**
 * Kiosk settings, from the URL (`/?kiosk&idle=90&reset=60&staff`) or the build
 * (`VITE_KIOSK=1 npm run build`). Each setting is one parameter in KIOSK_PARAMS, parsed like every
 * other URL parameter of the atlas: a malformed value is ignored with a warning. The map-approval
 * line (`approval=`, or `VITE_MAP_APPROVAL` at build time) is one of them, and is read in
 * ordinary visits too (`readApproval`, map-approval.ts): a map shown in public in China carries its 审图号.
 */
import { type Message, say } from '../i18n/i18n.ts';
import { kioskBuild, kioskRequested } from './kiosk-request.ts';
import { approvalParam } from './map-approval.ts';
import { parseClosedDays, parseSpan, type Weekday } from './opening-hours.ts';
import { fail, ok, type ParseResult } from './params/param.ts';

export interface KioskSettings {
  enabled: boolean;
  /** Seconds without a touch before the attract tour starts. */
  idleS: number;
  /** Seconds without a touch before the app returns to its home state. */
  resetS: number;
  /** Show the staff status line from the start. */
  staff: boolean;
  /** Tour speed factor: 2 plays every step in half its time (tests and the soak bench). */
  tourSpeed: number;
  /** Allow two-finger rotation and pitch (off by default). */
  rotate: boolean;
  /** The attract tour as a 3D "sand table": pitched, slowly turning, the main areas raised (`sandtable`). */
  sandTable: boolean;
  /** The map-approval number (审图号) shown with the attribution, e.g. GS(2024)1234号, or null. */
  approval: string | null;
  /** The hall's daily opening span in minutes after midnight (`hours=09:00-17:00`), or null: always open. */
  hours: { open: number; close: number } | null;
  /** Weekdays the hall is closed (`closed=mon`). */
  closed: Weekday[];
}

type Setting = Exclude<keyof KioskSettings, 'enabled'>;

/** One kiosk setting's URL parameter: its name, its default and its parser. */
export interface KioskParam<K extends Setting> {
  name: string;
  key: K;
  fallback: KioskSettings[K];
  parse(raw: string): ParseResult<KioskSettings[K]>;
}

function seconds<K extends 'idleS' | 'resetS'>(name: string, key: K, fallback: number): KioskParam<K> {
  const [min, max] = [1, 86_400];
  return {
    name,
    key,
    fallback,
    parse(raw) {
      const n = Number(raw);
      return raw.trim() === '' || !Number.isFinite(n) || n < min || n > max
        ? fail('url.ignored.seconds', { value: raw, min, max })
        : ok(n);
    },
  };
}

function flag<K extends 'staff' | 'rotate' | 'sandTable'>(
  name: string,
  key: K,
  fallback = false,
): KioskParam<K> {
  return {
    name,
    key,
    fallback,
    parse(raw) {
      if (raw === '' || raw === '1' || raw === 'true') return ok(true);
      if (raw === '0' || raw === 'false') return ok(false);
      return fail('url.ignored.flag', { value: raw });
    },
  };
}

const tourSpeed: KioskParam<'tourSpeed'> = {
  name: 'tourSpeed',
  key: 'tourSpeed',
  fallback: 1,
  parse(raw) {
    const n = Number(raw);
    const [min, max] = [0.1, 1000];
    return Number.isFinite(n) && n >= min && n <= max
      ? ok(n)
      : fail('url.ignored.factor', { value: raw, min, max });
  },
};

/** A build-time default (`VITE_KIOSK_HOURS`, `VITE_KIOSK_CLOSED`), if it parses. */
function buildValue<T>(name: string, parse: (raw: string) => T | null, fallback: T): T {
  const raw = (import.meta.env?.[name] as string | undefined)?.trim();
  return raw ? (parse(raw) ?? fallback) : fallback;
}

const hours: KioskParam<'hours'> = {
  name: 'hours',
  key: 'hours',
  fallback: buildValue('VITE_KIOSK_HOURS', parseSpan, null),
  parse(raw) {
    const span = parseSpan(raw);
    return span ? ok(span) : fail('url.ignored.hours', { value: raw.slice(0, 40) });
  },
};

const closed: KioskParam<'closed'> = {
  name: 'closed',
  key: 'closed',
  fallback: buildValue('VITE_KIOSK_CLOSED', parseClosedDays, []),
  parse(raw) {
    const days = parseClosedDays(raw);
    return days ? ok(days) : fail('url.ignored.closed', { value: raw.slice(0, 40) });
  },
};

/** Every kiosk setting the URL can carry, in the order the README lists them. */
export const KIOSK_PARAMS = [
  seconds('idle', 'idleS', 90),
  seconds('reset', 'resetS', 60),
  flag('staff', 'staff'),
  flag('rotate', 'rotate'),
  flag(
    'sandtable',
    'sandTable',
    buildValue('VITE_KIOSK_SANDTABLE', (v) => (v === '1' || v === 'true' ? true : null), false),
  ),
  tourSpeed,
  approvalParam,
  hours,
  closed,
] as const;

export const KIOSK_DEFAULTS = Object.fromEntries(KIOSK_PARAMS.map((p) => [p.key, p.fallback])) as Omit<
  KioskSettings,
  'enabled'
>;

export function readKioskSettings(
  search: string,
  build = kioskBuild(),
): { settings: KioskSettings; messages: Message[]; warnings: string[] } {
  const q = new URLSearchParams(search);
  const settings: KioskSettings = { enabled: kioskRequested(search, build), ...KIOSK_DEFAULTS };
  const messages: Message[] = [];
  for (const param of KIOSK_PARAMS) {
    const raw = q.get(param.name);
    if (raw === null) continue;
    const result = param.parse(raw);
    if (result.ok) Object.assign(settings, { [param.key]: result.value });
    else messages.push({ key: result.error.key, params: { ...result.error.params, name: param.name } });
  }
  return { settings, messages, warnings: messages.map((m) => say('en', m)) };
}
