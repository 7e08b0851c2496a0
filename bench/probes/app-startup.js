// Init script for the startup benchmark, run in the atlas page before any of its scripts.
// It records into `window.__bench` when each stage of startup ends (ms since navigation start),
// ending with `idle`: the map's first `idle` after all plan layers are on it. Each stage is also
// a User Timing mark `bench:<stage>`, so it shows in DevTools performance traces.
(() => {
  const marks = {};
  window.__bench = marks;
  const mark = (stage, once = false) => {
    if (once && marks[stage] !== undefined) return;
    marks[stage] = performance.now();
    performance.mark(`bench:${stage}`);
  };

  // Times the data worker (fetch + validation of every layer file) without changing what it does.
  const NativeWorker = window.Worker;
  window.Worker = class extends NativeWorker {
    constructor(url, options) {
      super(url, options);
      if (String(url).includes('data.worker')) {
        mark('dataWorkerStart');
        this.addEventListener('message', () => mark('dataWorkerDone', true));
      }
    }
  };

  customElements
    .whenDefined('atlas-app')
    .then(async () => {
      mark('appDefined');
      const app = document.querySelector('atlas-app');
      // The map is created once the layer files are in.
      while (!app.controller) await new Promise((r) => setTimeout(r, 5));
      const map = app.controller.map;
      mark('mapCreated');
      map.once('load', () => mark('mapLoad'));
      map.once('idle', () => mark('firstIdle'));
      // All layers are on the map once `dataShown` settles; the validator's verdict (`dataLoaded`)
      // follows and only changes the map if it refuses a feature.
      await app.dataShown;
      mark('dataLoaded');
      map.once('idle', () => mark('idle'));
      app.dataLoaded.then(() => mark('dataValidated'));
    })
    .catch((err) => {
      marks.error = String(err?.stack ?? err);
    });
})();
