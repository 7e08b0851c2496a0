/**
 * Registers the service worker that dist/sw.js holds (written at build time by
 * scripts/pwa/vite-plugin-precache.ts) and asks it how much of the app it has cached.
 * Only builds have a worker; in `vite dev` this does nothing.
 */
declare const __ATLAS_BUILD__: string | undefined;

export interface CacheStatus {
  /** 'none' in dev or where the browser has no service workers. */
  state: 'none' | 'installing' | 'active' | 'error';
  version?: string;
  total?: number;
  cached?: number;
  error?: string;
}

/**
 * Whether this is a build with dist/sw.js. The precache plugin defines `__ATLAS_BUILD__` in
 * builds only; `import.meta.env.PROD` would not do, as a build run with NODE_ENV=test (the
 * browser tests) reports false.
 */
export function offlineSupported(): boolean {
  return typeof __ATLAS_BUILD__ === 'string' && 'serviceWorker' in navigator && window.isSecureContext;
}

export async function registerOffline(): Promise<ServiceWorkerRegistration | undefined> {
  if (!offlineSupported()) return undefined;
  return navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`, {
    scope: import.meta.env.BASE_URL,
  });
}

/** Asks the active worker for its cache status; resolves within `timeoutMs`. */
export async function cacheStatus(timeoutMs = 3000): Promise<CacheStatus> {
  if (!offlineSupported()) return { state: 'none' };
  try {
    const reg = await navigator.serviceWorker.getRegistration();
    if (!reg) return { state: 'none' };
    const worker = reg.active;
    if (!worker) return { state: 'installing' };
    return await new Promise<CacheStatus>((resolve) => {
      const channel = navigator.serviceWorker;
      const done = (s: CacheStatus) => {
        clearTimeout(timer);
        channel.removeEventListener('message', onMessage);
        resolve(s);
      };
      const onMessage = (e: MessageEvent) => {
        const d = e.data as { type?: string; version?: string; total?: number; cached?: number };
        if (d?.type === 'status')
          done({ state: 'active', version: d.version, total: d.total, cached: d.cached });
      };
      const timer = setTimeout(() => done({ state: 'installing' }), timeoutMs);
      channel.addEventListener('message', onMessage);
      worker.postMessage({ type: 'status' });
    });
  } catch (err) {
    return { state: 'error', error: (err as Error).message };
  }
}

/** The build's id (git short hash and build time), or 'dev'. */
export function buildId(): string {
  return typeof __ATLAS_BUILD__ === 'string' ? __ATLAS_BUILD__ : 'dev';
}

/** Whether a new build's worker is installed and waiting to take over. */
export async function updateWaiting(): Promise<boolean> {
  if (!offlineSupported()) return false;
  return Boolean((await navigator.serviceWorker.getRegistration())?.waiting);
}

/**
 * At an idle reset, never during a visitor's session: asks the server whether there is a new
 * build (for the next reset), and if one is waiting already, lets it take over and reloads the
 * page onto it. Resolves true when the page is about to reload.
 */
export async function takeUpdate(): Promise<boolean> {
  if (!offlineSupported()) return false;
  const reg = await navigator.serviceWorker.getRegistration();
  if (!reg) return false;
  const waiting = reg.waiting;
  // Offline or unreachable server: the update check fails quietly; the kiosk runs on what it has.
  void reg.update().catch(() => undefined);
  if (!waiting) return false;
  navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
  waiting.postMessage({ type: 'skip-waiting' });
  return true;
}
