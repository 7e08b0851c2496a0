// Evaluated in the atlas page before the click benchmark. `window.__click.arm(name)` prepares
// one measurement; the next click then records, in ms since navigation start:
// - `click`: the click event, in the capture phase, before the map sees it;
// - `dom`: the mutation that makes the info panel's title read `name` (MutationObserver);
// - `frameStart`: the start of the first frame that has it (requestAnimationFrame);
// - `frame`: the end of that frame: a task posted from its requestAnimationFrame callback runs
//   once the frame's rendering (style, layout, paint, the map's WebGL draw, commit) is done.
(() => {
  const state = { expected: null, result: null, down: null, click: null, dom: null };
  const app = () => document.querySelector('atlas-app');
  const panel = () => app()?.shadowRoot?.querySelector('aside.side.right info-panel');
  const title = () => panel()?.shadowRoot?.querySelector('h2#info-title')?.textContent?.trim() ?? null;

  const observer = new MutationObserver(() => {
    if (state.click === null || state.dom !== null) return;
    if (title() === state.expected) state.dom = performance.now();
    else watch();
  });
  const options = { subtree: true, childList: true, characterData: true };
  // Re-observing a node only updates its options, so this may run on every mutation.
  const watch = () => {
    const root = app()?.shadowRoot;
    if (root) observer.observe(root, options);
    const inner = panel()?.shadowRoot;
    if (inner) observer.observe(inner, options);
  };

  window.addEventListener('pointerdown', () => (state.down = performance.now()), true);
  window.addEventListener(
    'click',
    () => {
      if (state.expected === null || state.click !== null) return;
      state.click = performance.now();
      watch();
      const onFrame = () => {
        const frameStart = performance.now();
        if (title() !== state.expected) {
          if (frameStart - state.click > 5000)
            state.result = { error: `panel never showed ${state.expected}`, title: title() };
          else requestAnimationFrame(onFrame);
          return;
        }
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          const { down, click, dom } = state;
          state.result = { down, click, dom: dom ?? frameStart, frameStart, frame: performance.now() };
        };
        channel.port2.postMessage(0);
      };
      requestAnimationFrame(onFrame);
    },
    true,
  );

  window.__click = {
    title,
    arm(expected) {
      Object.assign(state, { expected, result: null, down: null, click: null, dom: null });
      return title();
    },
    result: () => state.result,
  };
})();
