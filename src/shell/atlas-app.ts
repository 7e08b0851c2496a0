import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
// MapLibre's controls are styled by its stylesheet, linked into the shadow root as a file
// rather than inlined, so that it is not part of the JavaScript the page must parse.
import maplibreCssUrl from 'maplibre-gl/dist/maplibre-gl.css?url';
import sourcesJson from '../../geodata/sources.json';
import { HOME_VIEW, homeState } from '../app/home.ts';
import { type PanelId, panelsFor } from '../app/panels.ts';
import { type AppState, Store } from '../app/store.ts';
import {
  FeatureIndex,
  fetchLayerTexts,
  type LayerText,
  quickCollection,
  validatePlan,
  withoutRejected,
} from '../data/plan-data.ts';
import type { LayerId, PlanFeature, PlanFeatureCollection, Source } from '../data/schema.ts';
import { browserLang, type Lang, t } from '../i18n/i18n.ts';
import { kioskRequested } from '../kiosk/settings.ts';
import { LAYERS } from '../layers/registry.ts';
import { installMapGlyphs } from '../map/install-glyphs.ts';
import { MapController } from '../map/map-controller.ts';
import { targetRows } from '../targets/targets.ts';
import { readUrlState, writeUrlState } from '../url/url-state.ts';
import '../components/info-panel.ts';
import '../components/layer-panel.ts';
import type { LayerToggleEvent } from '../components/layer-panel.ts';
import type { Notice } from '../components/notice-banner.ts';
import '../components/notice-banner.ts';
import { sharedStyles } from '../ui/shared-styles.ts';
import '../components/search-box.ts';
import type { SourcesDialog } from '../components/sources-dialog.ts';
import '../components/sources-dialog.ts';
import '../components/targets-view.ts';

const SOURCES = sourcesJson as Source[];

/**
 * The app shell: owns the one store and the one map controller, keeps the URL in step
 * with the store, and lays out the panels around the map.
 */
@customElement('atlas-app')
export class AtlasApp extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
        position: relative;
        overflow: hidden;
      }
      /* The map comes after the controls in the DOM, so Tab reaches search and panels first. */
      #map {
        position: absolute;
        inset: 0;
        z-index: 0;
      }
      .top,
      .side,
      .notices,
      .attribution {
        z-index: 1;
      }
      .top {
        position: absolute;
        top: 10px;
        left: 10px;
        right: 60px;
        display: flex;
        gap: 8px;
        align-items: center;
        flex-wrap: wrap;
        pointer-events: none;
      }
      .top > * {
        pointer-events: auto;
      }
      .brand {
        padding: 6px 12px;
      }
      .brand h1 {
        font-size: 1.05rem;
        margin: 0;
      }
      .brand p {
        margin: 0;
        font-size: 0.75rem;
        color: var(--atlas-text-muted);
      }
      search-box {
        width: min(320px, 60vw);
      }
      .side {
        position: absolute;
        top: var(--atlas-top-offset, 84px);
        bottom: 36px;
        width: var(--atlas-panel-width);
        padding: 12px 14px;
        overflow: hidden;
        display: flex;
        flex-direction: column;
      }
      .left {
        left: 10px;
        width: 290px;
      }
      .left.collapsed {
        bottom: auto;
        width: auto;
        padding: 0;
      }
      .right {
        right: 10px;
      }
      .right.wide {
        width: min(760px, calc(100vw - 320px));
      }
      /* The park finder leaves room to see the parks it filters. */
      .right.wide.parks {
        width: min(520px, calc(100vw - 320px));
      }
      .notices {
        position: absolute;
        left: 310px;
        right: 370px;
        bottom: 34px;
      }
      .home {
        font-size: 1.1rem;
      }
      .attribution {
        position: absolute;
        right: 140px;
        bottom: 6px;
        font-size: 0.75rem;
        padding: 2px 8px;
        min-height: 24px;
      }
      @media (max-width: 720px) {
        .side.right,
        .side.right.wide {
          left: 10px;
          right: 10px;
          top: auto;
          width: auto;
          max-height: 55vh;
        }
        .left:not(.collapsed) {
          right: 10px;
          width: auto;
        }
        .notices {
          left: 10px;
          right: 10px;
        }
      }
    `,
  ];

  readonly store: Store<AppState>;
  /**
   * Kiosk mode, known from the first frame (the kiosk's own code loads later): what a visitor
   * must not reach (planner tools, exports, copy links) is never rendered, not merely hidden.
   */
  readonly kiosk = kioskRequested(location.search);
  /** The state "home" returns to: the defaults with the language and layers the URL configures. */
  readonly home: AppState;
  /** Every valid plan feature once loaded. */
  @state() features: readonly PlanFeature[] = [];
  @state() private notices: Notice[] = [];
  @state() private layersCollapsed = window.matchMedia('(max-width: 720px)').matches;
  @property({ attribute: false }) controller?: MapController;
  @query('#map') private mapEl!: HTMLDivElement;
  @query('.top') private topEl!: HTMLDivElement;
  @query('sources-dialog') private sourcesDialog!: SourcesDialog;

  #index = new FeatureIndex([]);
  #unsubscribe: (() => void)[] = [];
  #resolveShown!: () => void;
  #resolveData!: () => void;
  /** Settles once the plan features are on the map, before the full validation. */
  readonly dataShown = new Promise<void>((resolve) => (this.#resolveShown = resolve));
  /** Settles once the data is validated and only valid features remain (or loading failed and said so). */
  readonly dataLoaded = new Promise<void>((resolve) => (this.#resolveData = resolve));
  // Started with the element: the map is created once these are in (#start).
  readonly #texts: Promise<LayerText[]> = fetchLayerTexts(LAYERS.map((l) => ({ id: l.id, url: l.dataUrl })));

  constructor() {
    super();
    const { patch, warnings } = readUrlState(location.search);
    if (this.kiosk && patch.panel && !panelsFor(true).some((p) => p.id === patch.panel)) {
      warnings.push(`URL parameter "panel" ignored: "${patch.panel}" is not available in kiosk mode`);
      delete patch.panel;
    }
    const defaults = homeState(browserLang());
    this.home = {
      ...defaults,
      ...(patch.lang ? { lang: patch.lang } : {}),
      ...(patch.layers ? { layers: patch.layers } : {}),
    };
    this.store = new Store<AppState>({ ...defaults, ...patch });
    if (warnings.length > 0) {
      for (const w of warnings) console.warn(w);
      this.#notify({
        id: 'url',
        level: 'warning',
        summary: t(this.store.state.lang, 'notice.urlIssues'),
        details: warnings,
      });
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.toggleAttribute('kiosk', this.kiosk);
    this.#unsubscribe.push(this.store.subscribe((s, prev) => this.#onState(s, prev)));
    window.addEventListener('keydown', this.#onKey);
    // A file dropped anywhere but the planner tools' import would otherwise open in the tab.
    window.addEventListener('dragover', this.#refuseDrop);
    window.addEventListener('drop', this.#refuseDrop);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const off of this.#unsubscribe.splice(0)) off();
    window.removeEventListener('keydown', this.#onKey);
    window.removeEventListener('dragover', this.#refuseDrop);
    window.removeEventListener('drop', this.#refuseDrop);
  }

  #refuseDrop = (e: DragEvent) => {
    e.preventDefault();
    if (e.dataTransfer && (this.kiosk || !e.defaultPrevented)) e.dataTransfer.dropEffect = 'none';
  };

  protected override firstUpdated(): void {
    // The top bar wraps in a narrow window: the side panels start below it, however tall it is.
    const topBar = new ResizeObserver(() =>
      this.style.setProperty(
        '--atlas-top-offset',
        `${this.topEl.offsetTop + this.topEl.offsetHeight + 10}px`,
      ),
    );
    topBar.observe(this.topEl);
    this.#unsubscribe.push(() => topBar.disconnect());
    void this.#start();
  }

  /**
   * Creates the map once the layer files are in, with their features in its first style: the
   * browser then reads the files before the map's start-up keeps the main thread busy, and the
   * map lays out its tiles once, with the data, rather than empty first.
   */
  async #start() {
    const texts = await this.#texts;
    const shown = quickCollection(texts);
    const s = this.store.state;
    const controller = new MapController({
      container: this.mapEl,
      view: s.view,
      lang: s.lang,
      glyphs: installMapGlyphs(),
      label: t(s.lang, 'map.label'),
      layers: LAYERS,
      visible: s.layers,
      data: shown,
    });
    this.controller = controller;
    this.#unsubscribe.push(
      controller.on('feature-click', ({ id }) => this.store.set({ selected: id })),
      controller.on('view-change', (view) => this.store.set({ view })),
      controller.on('context-lost', () =>
        this.#notify({
          id: 'webgl',
          level: 'warning',
          summary: t(this.store.state.lang, 'notice.contextLost'),
          details: [],
        }),
      ),
      controller.on('context-restored', () => (this.notices = this.notices.filter((n) => n.id !== 'webgl'))),
    );
    this.#writeUrl();
    // Kiosk mode (src/kiosk/): loaded only when asked for, so ordinary visits carry none of it.
    if (kioskRequested(location.search))
      void import('../kiosk/kiosk.ts').then((k) => k.startKiosk(this, location.search));
    await this.#showAndValidate(controller, texts, shown);
  }

  /** Lists the features the map starts with, then has the worker check them and takes off what it refuses. */
  async #showAndValidate(
    controller: MapController,
    texts: readonly LayerText[],
    shown: PlanFeatureCollection,
  ) {
    try {
      this.#setFeatures(shown.features);
      this.#resolveShown();
      const selected = this.store.state.selected;
      if (selected) this.#showSelection(selected, !readUrlState(location.search).patch.view);

      // The full check waits until the map has drawn the data, so as not to take a CPU core from
      // the first draw; what it refuses then comes off the map (docs/decisions/0004).
      await controller.drawn();
      const result = await validatePlan(texts);
      if (result.issues.length > 0) {
        for (const m of result.messages) console.error(m);
        this.#notify({
          id: 'data',
          level: 'error',
          summary: t(this.store.state.lang, 'notice.dataIssues', { count: result.issues.length }),
          details: result.messages,
        });
        const valid = withoutRejected(shown, result);
        this.#setFeatures(valid.features);
        controller.setPlanData(valid);
        if (selected && !this.#index.get(selected)) this.store.set({ selected: null });
      }
    } catch (err) {
      const message = (err as Error).message;
      console.error(err);
      this.#notify({
        id: 'load',
        level: 'error',
        summary: t(this.store.state.lang, 'notice.loadFailed', { message }),
        details: [],
      });
    } finally {
      this.#resolveShown();
      this.#resolveData();
    }
  }

  #setFeatures(features: readonly PlanFeature[]) {
    this.#index = new FeatureIndex(features);
    this.features = features;
  }

  #notify(notice: Notice) {
    this.notices = [...this.notices.filter((n) => n.id !== notice.id), notice];
  }

  #onState(s: AppState, prev: AppState) {
    const c = this.controller;
    if (c) {
      if (s.layers !== prev.layers) c.setVisibleLayers(s.layers);
      if (s.lang !== prev.lang) c.setLang(s.lang);
      if (s.selected !== prev.selected) this.#showSelection(s.selected, false);
    }
    if (s.lang !== prev.lang) document.documentElement.lang = s.lang === 'zh' ? 'zh-CN' : 'en';
    this.#writeUrl();
    this.requestUpdate();
  }

  #showSelection(id: string | null, fly: boolean) {
    const c = this.controller;
    if (!c) return;
    if (id === null || this.features.length === 0) {
      c.select(id);
      return;
    }
    const feature = this.#index.get(id);
    if (!feature) {
      this.#notify({
        id: 'selection',
        level: 'warning',
        summary: t(this.store.state.lang, 'notice.selectionMissing', { id }),
        details: [],
      });
      this.store.set({ selected: null });
      return;
    }
    this.#ensureVisible(feature.properties.layer);
    c.select(id);
    if (fly) c.flyToFeature(feature.geometry, { padding: this.#padding() });
  }

  #ensureVisible(layer: LayerId) {
    if (!this.store.state.layers.includes(layer))
      this.store.set({ layers: [...this.store.state.layers, layer] });
  }

  #padding() {
    const narrow = window.matchMedia('(max-width: 720px)').matches;
    return narrow
      ? { top: 80, bottom: window.innerHeight * 0.55, left: 40, right: 40 }
      : { top: 100, bottom: 60, left: 330, right: 380 };
  }

  #writeUrl() {
    // A kiosk's URL is its configuration: a reload must come back to the configured home, not to
    // the language and layers the last visitor left.
    if (this.kiosk) return;
    const search = writeUrlState(this.store.state, location.search);
    if (search !== location.search)
      history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
  }

  #onKey = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    const s = this.store.state;
    if (s.selected) this.store.set({ selected: null });
    else if (s.panel) this.store.set({ panel: null });
  };

  #select = (e: CustomEvent<{ id: string }>) => {
    const id = e.detail.id;
    if (id === this.store.state.selected) this.#showSelection(id, true);
    else {
      this.store.set({ selected: id, panel: null });
      this.#showSelection(id, true);
    }
  };

  #zoomTo = (e: CustomEvent<{ id: string }>) => {
    const f = this.#index.get(e.detail.id);
    if (f) this.controller?.flyToFeature(f.geometry, { padding: this.#padding() });
  };

  #toggleLayer = (e: LayerToggleEvent) => {
    const { id, visible } = e.detail;
    const layers = this.store.state.layers.filter((l) => l !== id);
    this.store.set({ layers: visible ? [...layers, id] : layers });
  };

  /** Selects a feature and flies to it, keeping the open view to come back to (the park finder). */
  #selectKeepingPanel = (e: CustomEvent<{ id: string }>) => {
    const id = e.detail.id;
    if (id !== this.store.state.selected) this.store.set({ selected: id });
    this.#showSelection(id, true);
  };

  #renderPanel(panel: PanelId, lang: Lang) {
    const close = () => this.store.set({ panel: null });
    switch (panel) {
      case 'parks':
        // The finder and its measuring code load with the view, not with the atlas.
        void import('../parks/park-finder.ts');
        return html`<park-finder .lang=${lang} .kiosk=${this.kiosk} .features=${this.features} .industry=${this.store.state.industry}
          .compare=${this.store.state.compare} .controller=${this.controller} @close=${close}
          @select-feature=${this.#selectKeepingPanel}
          @industry-change=${(e: CustomEvent<{ industry: AppState['industry'] }>) => this.store.set({ industry: e.detail.industry })}
          @compare-change=${(e: CustomEvent<{ ids: string[] }>) => this.store.set({ compare: e.detail.ids })}
          @show-layers=${(e: CustomEvent<{ layers: LayerId[] }>) => {
            for (const l of e.detail.layers) this.#ensureVisible(l);
          }}
        ></park-finder>`;
      case 'targets':
        return html`<targets-view .lang=${lang} .kiosk=${this.kiosk} .rows=${targetRows(this.features)} @close=${close}
          @select-feature=${this.#select}></targets-view>`;
      case 'tools':
        if (this.kiosk) return nothing;
        // Drawing, import and export load with the panel, not with the atlas (src/tools/).
        void import('../tools/planner-tools.ts');
        return html`<planner-tools .lang=${lang} .controller=${this.controller} .features=${this.features}
          .visibleLayers=${this.store.state.layers} @close=${close} @select-feature=${this.#selectKeepingPanel}></planner-tools>`;
    }
  }

  override render() {
    const s = this.store.state;
    const lang: Lang = s.lang;
    const selected = s.selected ? this.#index.get(s.selected) : undefined;
    const parentId = selected?.properties.parent_id;
    return html`
      <link rel="stylesheet" href=${maplibreCssUrl} />
      <div class="top">
        <div class="brand card">
          <h1>${t(lang, 'app.title')}</h1>
          <p>${t(lang, 'app.subtitle')}</p>
        </div>
        <search-box class="card" .lang=${lang} .features=${this.features} @select-feature=${this.#select}></search-box>
        ${panelsFor(this.kiosk).map(
          (p) => html`<button
            class="panel-toggle ${p.id}-toggle card"
            aria-pressed=${s.panel === p.id}
            @click=${() => this.store.set({ panel: s.panel === p.id ? null : p.id, selected: null })}
          >
            ${t(lang, p.label)}
          </button>`,
        )}
        <button
          class="lang-toggle card"
          lang=${lang === 'zh' ? 'en' : 'zh-CN'}
          aria-label=${t(lang, 'lang.switchLabel')}
          @click=${() => this.store.set({ lang: lang === 'zh' ? 'en' : 'zh' })}
        >
          ${t(lang, 'lang.switch')}
        </button>
        <button class="home card" aria-label=${t(lang, 'home.button')} title=${t(lang, 'home.button')}
          @click=${() => this.controller?.map.flyTo({ ...HOME_VIEW, duration: 1000 })}>
          <svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true"><path fill="currentColor"
            d="M12 3 2 11.5h3V21h5.5v-6h3v6H19v-9.5h3z" /></svg>
        </button>
      </div>
      <aside class="side left card ${this.layersCollapsed ? 'collapsed' : ''}" aria-label=${t(lang, 'layers.title')}>
        ${
          this.layersCollapsed
            ? html`<button aria-expanded="false" @click=${() => (this.layersCollapsed = false)}>☰ ${t(lang, 'layers.title')}</button>`
            : html`<button class="collapse" style="align-self:flex-end" aria-expanded="true" aria-label=${t(lang, 'layers.collapse')}
                @click=${() => (this.layersCollapsed = true)}>«</button>
              <layer-panel .lang=${lang} .visible=${s.layers} .counts=${this.#index.countByLayer()}
                @layer-toggle=${this.#toggleLayer}></layer-panel>`
        }
      </aside>
      ${
        selected
          ? html`<aside class="side right card" aria-labelledby="info-title">
            <info-panel
              .lang=${lang}
              .feature=${selected}
              .parent=${parentId ? this.#index.get(parentId) : undefined}
              .sources=${SOURCES}
              @close=${() => this.store.set({ selected: null })}
              @select-feature=${this.#select}
              @zoom-to=${this.#zoomTo}
            ></info-panel>
          </aside>`
          : s.panel
            ? html`<aside class="side right wide card ${s.panel}">${this.#renderPanel(s.panel, lang)}</aside>`
            : nothing
      }
      <div id="map" role="region" aria-label=${t(lang, 'map.label')}></div>
      <notice-banner class="notices" .lang=${lang} .notices=${this.notices}></notice-banner>
      <button class="attribution card" @click=${() => this.sourcesDialog.show()}>
        © ${t(lang, 'attribution.button')}: GeoNames (CC BY 4.0), AMap/echarts, NBS
      </button>
      <sources-dialog .lang=${lang} .sources=${SOURCES}></sources-dialog>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'atlas-app': AtlasApp;
  }
}
