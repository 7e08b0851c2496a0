/**
 * kiosk.html, the hall page: the atlas in kiosk mode in a full-screen iframe, reloaded by the
 * watchdog (watchdog.ts) when it hangs, repeats an error or loses its GPU. Its own query
 * (`hang`, `repeats`, `gpu`, in seconds or times) sets the limits; every other parameter goes
 * to the app, with `kiosk` added. The page holds the same lockdown as the app: nothing in
 * either frame leads out.
 */
import { installLockdown } from '../kiosk/lockdown.ts';
import { isAppMessage, type WatchdogStatus } from './messages.ts';
import { DEFAULT_LIMITS, Watchdog, type WatchdogLimits } from './watchdog.ts';
import './kiosk-frame.css';

const OWN = { hang: 'hangMs', repeats: 'repeats', gpu: 'gpuMs' } as const;

/** The watchdog's limits from the hall page's query; the rest of the query is the app's. */
export function readHallQuery(search: string): { limits: WatchdogLimits; app: URLSearchParams } {
  const app = new URLSearchParams(search);
  const limits = { ...DEFAULT_LIMITS };
  for (const [name, key] of Object.entries(OWN)) {
    const raw = app.get(name);
    app.delete(name);
    const n = Number(raw);
    if (raw === null) continue;
    if (!Number.isInteger(n) || n < 1 || n > 3600) {
      console.warn(`kiosk.html: "${name}=${raw}" ignored; a whole number from 1 to 3600`);
      continue;
    }
    limits[key] = key === 'repeats' ? n : n * 1000;
  }
  app.delete('kiosk');
  return { limits, app };
}

function start(): void {
  const { limits, app } = readHallQuery(location.search);
  const started = Date.now();
  const dog = new Watchdog(limits, started);
  const frame = document.createElement('iframe');
  frame.title = '永川“十四五”规划图集 · Yongchuan Plan Atlas';
  frame.allow = 'fullscreen';
  const src = `${import.meta.env.BASE_URL}?kiosk${app.size ? `&${app.toString()}` : ''}`;
  frame.src = src;
  document.body.append(frame);
  installLockdown(document);

  const status = (): WatchdogStatus => ({
    type: 'atlas-watchdog',
    started,
    restarts: dog.restarts,
    lastReason: dog.lastReason,
  });
  const reload = (reason: string) => {
    console.warn(`kiosk.html: reloading the atlas: ${reason}`);
    dog.restarted(reason, Date.now());
    // A new src, not location.reload() in the frame: a hung frame may not run script.
    frame.src = 'about:blank';
    frame.src = src;
  };
  frame.addEventListener('load', () => dog.loaded(Date.now()));
  window.addEventListener('message', (e) => {
    if (e.origin !== location.origin || e.source !== frame.contentWindow || !isAppMessage(e.data)) return;
    const reason = dog.receive(e.data, Date.now());
    if (reason) reload(reason);
    else if (e.data.type === 'atlas-heartbeat') frame.contentWindow?.postMessage(status(), location.origin);
  });
  setInterval(() => {
    const reason = dog.check(Date.now());
    if (reason) reload(reason);
  }, 1000);
  // For the staff and for browser tests.
  Object.assign(window, { atlasWatchdog: dog });
}

start();
