/**
 * Input lockdown for an unattended touch screen: no page zoom, no text selection, no context
 * menu, no image dragging, no way back or forward in history and no way out of the app: no
 * new window, no print dialog, no file chooser or download from the keyboard, no dropped file.
 * Returns the function that undoes it all (used by tests; a kiosk keeps it for life).
 *
 * The kiosk's controls themselves offer none of these (the shell renders no planner tools,
 * exports or copy links in kiosk mode); this is the second line, for whatever slips through.
 */
import { adoptDocumentStyles } from '../ui/document-styles.ts';

export type BlockedAttempt = 'link' | 'open' | 'print' | 'history' | 'zoom-key' | 'file-key' | 'drop';

export interface LockdownStats {
  /** Links out, window.open and print calls, history moves and shortcuts that were blocked. */
  blocked: number;
  /** What was blocked, in order (the last 50), for the staff line and for tests. */
  attempts: BlockedAttempt[];
}

const VIEWPORT = 'width=device-width, initial-scale=1, maximum-scale=1, user-scalable=no';

const CSS = `
html.kiosk, html.kiosk body {
  -webkit-user-select: none;
  user-select: none;
  -webkit-touch-callout: none;
  /* Pans may scroll panels; the browser's own pinch-zoom of the page is off. */
  touch-action: pan-x pan-y;
  overscroll-behavior: none;
  --atlas-touch: 56px;
  --atlas-font-size: 19px;
}
html.kiosk img { -webkit-user-drag: none; }
`;

/** Whether an element (or one of its shadow ancestors' hosts) is a link that leaves the app. */
function leavingLink(path: EventTarget[]): HTMLAnchorElement | undefined {
  for (const t of path) {
    if (!(t instanceof HTMLAnchorElement) || !t.href) continue;
    const url = new URL(t.href, location.href);
    const same = url.origin === location.origin && url.pathname === location.pathname;
    if (!same || t.target === '_blank' || t.hasAttribute('download')) return t;
  }
  return undefined;
}

export function installLockdown(doc: Document = document): { stats: LockdownStats; undo: () => void } {
  const stats: LockdownStats = { blocked: 0, attempts: [] };
  const block = (what: BlockedAttempt) => {
    stats.blocked++;
    stats.attempts = [...stats.attempts.slice(-49), what];
  };
  const win = doc.defaultView ?? window;
  const undo: (() => void)[] = [];
  const on = (target: EventTarget, type: string, fn: (e: Event) => void, opts: AddEventListenerOptions) => {
    target.addEventListener(type, fn, opts);
    undo.push(() => target.removeEventListener(type, fn, opts));
  };
  const prevent = (e: Event) => e.preventDefault();
  const capture = { capture: true, passive: false };

  doc.documentElement.classList.add('kiosk');
  undo.push(() => doc.documentElement.classList.remove('kiosk'));
  undo.push(adoptDocumentStyles(CSS, doc));

  let meta = doc.querySelector<HTMLMetaElement>('meta[name="viewport"]');
  const previousViewport = meta?.content;
  if (!meta) {
    meta = doc.createElement('meta');
    meta.name = 'viewport';
    doc.head.append(meta);
  }
  meta.content = VIEWPORT;
  const viewport = meta;
  undo.push(() => {
    if (previousViewport === undefined) viewport.remove();
    else viewport.content = previousViewport;
  });

  for (const type of ['contextmenu', 'selectstart', 'dragstart', 'gesturestart', 'gesturechange'])
    on(doc, type, prevent, capture);
  // Ctrl + wheel and Ctrl +/-/0 zoom the page on desktop browsers.
  on(win, 'wheel', (e) => (e as WheelEvent).ctrlKey && e.preventDefault(), capture);
  on(
    win,
    'keydown',
    (e) => {
      const k = e as KeyboardEvent;
      const mod = k.ctrlKey || k.metaKey;
      const zoomKey = mod && ['+', '-', '=', '0'].includes(k.key);
      // Print, save the page, open a file, view source: each leaves the app or opens a dialog.
      const fileKey = mod && ['p', 's', 'o', 'u'].includes(k.key.toLowerCase());
      const historyKey = k.altKey && (k.key === 'ArrowLeft' || k.key === 'ArrowRight');
      if (zoomKey || fileKey || historyKey || k.key === 'BrowserBack' || k.key === 'BrowserForward') {
        k.preventDefault();
        block(fileKey ? 'file-key' : zoomKey ? 'zoom-key' : 'history');
      }
    },
    capture,
  );
  on(
    doc,
    'click',
    (e) => {
      if (leavingLink(e.composedPath())) {
        e.preventDefault();
        e.stopPropagation();
        block('link');
      }
    },
    capture,
  );
  // Middle-click opens a link in a new tab through auxclick.
  on(doc, 'auxclick', (e) => leavingLink(e.composedPath()) && e.preventDefault(), capture);

  // A file dropped on the screen would open in the tab.
  for (const type of ['dragover', 'drop'])
    on(
      win,
      type,
      (e) => {
        e.preventDefault();
        const d = e as DragEvent;
        if (d.dataTransfer) d.dataTransfer.dropEffect = 'none';
        if (type === 'drop') block('drop');
      },
      capture,
    );

  const open = win.open;
  win.open = () => {
    block('open');
    return null;
  };
  const print = win.print;
  win.print = () => block('print');
  undo.push(() => {
    win.open = open;
    win.print = print;
  });

  // History trap: one extra entry, re-pushed whenever back or forward pops it.
  win.history.pushState({ kiosk: true }, '', win.location.href);
  on(
    win,
    'popstate',
    () => {
      block('history');
      win.history.pushState({ kiosk: true }, '', win.location.href);
    },
    { capture: false },
  );

  return {
    stats,
    undo: () => {
      for (const u of undo.splice(0).reverse()) u();
    },
  };
}
