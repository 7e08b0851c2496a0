/**
 * Kiosk settings, from the URL (`/?kiosk&idle=90&reset=60&staff`) or the build
 * (`VITE_KIOSK=1 npm run build`). Each setting is one parameter in KIOSK_PARAMS, parsed like every
 * other URL parameter of the atlas: a malformed value is ignored with a warning.
 */
import { type Message, say } from '../i18n/i18n.ts';
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

function flag<K extends 'staff' | 'rotate'>(name: string, key: K): KioskParam<K> {
  return {
    name,
    key,
    fallback: false,
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

/** Every kiosk setting the URL can carry, in the order the README lists them. */
export const KIOSK_PARAMS = [
  seconds('idle', 'idleS', 90),
  seconds('reset', 'resetS', 60),
  flag('staff', 'staff'),
  flag('rotate', 'rotate'),
  tourSpeed,
] as const;

export const KIOSK_DEFAULTS = Object.fromEntries(KIOSK_PARAMS.map((p) => [p.key, p.fallback])) as Omit<
  KioskSettings,
  'enabled'
>;

/** The build-time switch: `VITE_KIOSK=1` makes every page load a kiosk. */
export function kioskBuild(): boolean {
  const v = import.meta.env?.VITE_KIOSK as string | undefined;
  return v === '1' || v === 'true';
}

/** Whether a page with this query string (or this build) runs as a kiosk; cheap, no parsing. */
export function kioskRequested(search: string, build = kioskBuild()): boolean {
  const q = new URLSearchParams(search);
  if (q.get('kiosk') === '0') return false;
  return build || q.has('kiosk');
}

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
