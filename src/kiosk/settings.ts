/**
 * Kiosk settings, from the URL (`/?kiosk&idle=90&reset=60&staff`) or the build
 * (`VITE_KIOSK=1 npm run build`). A malformed value is ignored with a warning, like every
 * other URL parameter of the atlas.
 */
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

export const KIOSK_DEFAULTS: Omit<KioskSettings, 'enabled'> = {
  idleS: 90,
  resetS: 60,
  staff: false,
  tourSpeed: 1,
  rotate: false,
};

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

function seconds(
  q: URLSearchParams,
  name: string,
  fallback: number,
  min: number,
  max: number,
  warnings: string[],
): number {
  const raw = q.get(name);
  if (raw === null) return fallback;
  const n = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(n) || n < min || n > max) {
    warnings.push(
      `URL parameter "${name}" ignored: "${raw}" is not a number of seconds from ${min} to ${max}`,
    );
    return fallback;
  }
  return n;
}

function flag(q: URLSearchParams, name: string, warnings: string[]): boolean {
  const raw = q.get(name);
  if (raw === null) return false;
  if (raw === '' || raw === '1' || raw === 'true') return true;
  if (raw === '0' || raw === 'false') return false;
  warnings.push(`URL parameter "${name}" ignored: "${raw}" is not 1 or 0`);
  return false;
}

export function readKioskSettings(
  search: string,
  build = kioskBuild(),
): { settings: KioskSettings; warnings: string[] } {
  const q = new URLSearchParams(search);
  const warnings: string[] = [];
  const settings: KioskSettings = {
    enabled: kioskRequested(search, build),
    idleS: seconds(q, 'idle', KIOSK_DEFAULTS.idleS, 1, 86_400, warnings),
    resetS: seconds(q, 'reset', KIOSK_DEFAULTS.resetS, 1, 86_400, warnings),
    staff: flag(q, 'staff', warnings),
    tourSpeed: KIOSK_DEFAULTS.tourSpeed,
    rotate: flag(q, 'rotate', warnings),
  };
  const speed = q.get('tourSpeed');
  if (speed !== null) {
    const n = Number(speed);
    if (Number.isFinite(n) && n >= 0.1 && n <= 1000) settings.tourSpeed = n;
    else warnings.push(`URL parameter "tourSpeed" ignored: "${speed}" is not a factor from 0.1 to 1000`);
  }
  return { settings, warnings };
}
