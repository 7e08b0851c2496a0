// Init script: collects the page's long tasks (main thread busy > 50 ms) into `window.__longTasks`.
(() => {
  const tasks = [];
  window.__longTasks = tasks;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // Long tasks are a diagnostic only.
  }
})();
