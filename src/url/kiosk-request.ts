/**
 * Whether this page runs as a kiosk: cheap, read by the shell before any kiosk code loads (the
 * kiosk's settings themselves are read by its own chunk, kiosk-settings.ts).
 */

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
