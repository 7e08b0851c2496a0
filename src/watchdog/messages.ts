/**
 * The messages between the hall page (kiosk.html, src/watchdog/) and the atlas in its iframe,
 * both on this origin. The app sends a heartbeat while it draws frames, its errors and the loss
 * and return of its WebGL context; the hall page answers with its uptime and restarts.
 */
export type AppMessage =
  | { type: 'atlas-heartbeat' }
  | { type: 'atlas-error'; message: string }
  | { type: 'atlas-context-lost' }
  | { type: 'atlas-context-restored' };

export interface WatchdogStatus {
  type: 'atlas-watchdog';
  /** When the hall page started, ms since the epoch. */
  started: number;
  restarts: number;
  /** Why the app was last reloaded, or null. */
  lastReason: string | null;
}

const APP_TYPES = new Set(['atlas-heartbeat', 'atlas-error', 'atlas-context-lost', 'atlas-context-restored']);

export function isAppMessage(data: unknown): data is AppMessage {
  return typeof data === 'object' && data !== null && APP_TYPES.has((data as { type?: string }).type ?? '');
}

export function isWatchdogStatus(data: unknown): data is WatchdogStatus {
  return (
    typeof data === 'object' &&
    data !== null &&
    (data as { type?: string }).type === 'atlas-watchdog' &&
    typeof (data as WatchdogStatus).started === 'number' &&
    typeof (data as WatchdogStatus).restarts === 'number'
  );
}
