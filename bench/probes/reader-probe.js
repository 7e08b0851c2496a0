// Evaluated in the atlas page before the reader benchmark. `window.__reader.open(patch)` writes
// `patch` into the store (the reader's panel and a paragraph) and resolves, in ms since that call:
// - `frameStart`: the start of the first frame in which the paragraph is the reader's current one,
//   its text rendered and scrolled into the text column (requestAnimationFrame);
// - `frame`: the end of that frame (a task posted from its requestAnimationFrame callback runs once
//   the frame's rendering is done).
(() => {
  const reader = () =>
    document.querySelector('atlas-app')?.shadowRoot?.querySelector('plan-reader')?.shadowRoot;
  const shown = (para) => {
    const root = reader();
    const el = root?.querySelector(`.para.current[data-para="${para}"], tr.current[data-para="${para}"]`);
    const article = root?.querySelector('article');
    if (!el || !article || !el.textContent) return false;
    const a = article.getBoundingClientRect();
    const r = el.getBoundingClientRect();
    return r.bottom > a.top && r.top < a.bottom;
  };
  window.__reader = {
    open(patch) {
      return new Promise((resolve) => {
        const t0 = performance.now();
        document.querySelector('atlas-app').store.set(patch);
        const onFrame = () => {
          const frameStart = performance.now() - t0;
          if (!shown(patch.para)) {
            if (frameStart > 10000) resolve({ error: `paragraph ${patch.para} never shown` });
            else requestAnimationFrame(onFrame);
            return;
          }
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve({ frameStart, frame: performance.now() - t0 });
          channel.port2.postMessage(0);
        };
        requestAnimationFrame(onFrame);
      });
    },
  };
})();
