/**
 * The app's side of the hall page's watchdog (src/watchdog/): when the kiosk runs inside
 * kiosk.html it sends a heartbeat every HEARTBEAT_MS, from requestAnimationFrame, so that a page
 * which stops drawing frames (a hung main thread, a dead renderer) stops beating too. It also
 * passes on its errors and the loss and return of its WebGL context, and keeps the status the
 * hall page sends back (uptime, restarts) for the staff line. Outside an iframe it does nothing.
 */
import { type AppMessage, isWatchdogStatus, type WatchdogStatus } from '../watchdog/messages.ts';

export const HEARTBEAT_MS = 2000;

export class WatchdogLink {
  /** The hall page's last status, or null when there is no hall page (or it has not answered). */
  status: WatchdogStatus | null = null;
  readonly #parent: Window | null;
  #frame = 0;
  #last = 0;
  #paused = false;

  constructor(win: Window = window) {
    this.#parent = win.parent !== win ? win.parent : null;
  }

  get hosted(): boolean {
    return this.#parent !== null;
  }

  start(signal: AbortSignal): void {
    if (!this.#parent) return;
    window.addEventListener(
      'message',
      (e) => {
        if (e.origin === location.origin && e.source === this.#parent && isWatchdogStatus(e.data))
          this.status = e.data;
      },
      { signal },
    );
    const beat = (t: number) => {
      if (t - this.#last >= HEARTBEAT_MS && !this.#paused) {
        this.#last = t;
        this.send({ type: 'atlas-heartbeat' });
      }
      this.#frame = requestAnimationFrame(beat);
    };
    this.#frame = requestAnimationFrame(beat);
    signal.addEventListener('abort', () => cancelAnimationFrame(this.#frame), { once: true });
  }

  send(message: AppMessage): void {
    this.#parent?.postMessage(message, location.origin);
  }

  /** Stops the heartbeat as a hung page would: for the browser test of the watchdog. */
  simulateHang(): void {
    this.#paused = true;
  }
}
