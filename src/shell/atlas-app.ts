/**
 * The app shell: it owns the one store and the one map controller and composes the parts
 * around them: the data loader (data-loader.ts), the URL (url-sync.ts), the selection rules
 * (selection.ts), the top bar (top-bar.ts) and the side views registered in src/app/panels.ts.
 * It provides the language and the store to its elements, keeps the map's padding equal to what
 * the panels cover, and offers kiosk mode a small host (src/kiosk/host.ts).
 */
import { provide } from '@lit/context';
import { html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { storeContext } from '../app/context.ts';
import { HOME_VIEW } from '../app/home.ts';
import { panelById } from '../app/panels.ts';
import { type AppState, Store } from '../app/store.ts';
import type { PlanFeature } from '../data/schema.ts';
import { langContext } from '../i18n/context.ts';
import { type Lang, langLoaded, loadLang, type Message, t } from '../i18n/i18n.ts';
import type { KioskHost } from '../kiosk/host.ts';
import { LAYERS } from '../layers/registry.ts';
import { installMapGlyphs } from '../map/install-glyphs.ts';
import { MapController } from '../map/map-controller.ts';
import { maplibreCssUrl } from '../map/map-stylesheet.ts';
import { yearCompareStyles } from '../map/year-compare-styles.ts';
import { drawKeptUserData } from '../tools/kept-user-data.ts';
import { kioskRequested } from '../url/kiosk-request.ts';
import { readApproval } from '../url/map-approval.ts';
import { shownYear } from '../years/year-compare.ts';
import '../components/info-panel.ts';
import '../components/layer-panel.ts';
import type { Notice } from '../components/notice-banner.ts';
import '../components/notice-banner.ts';
import type { SourcesDialog } from '../components/sources-dialog.ts';
import '../components/sources-dialog.ts';
import { AtlasElement } from '../ui/atlas-element.ts';
import { sharedStyles } from '../ui/shared-styles.ts';
import { approvalLine } from './approval-line.ts';
import { importChunk } from './chunk-import.ts';
import { listedSources, mapCredits, SOURCES } from './credits.ts';
import { DataLoader } from './data-loader.ts';
import { mapPadding } from './map-padding.ts';
import { PanelLoader } from './panel-loader.ts';
import { Selection } from './selection.ts';
import { shellStyles } from './shell-styles.ts';
import './print-header.ts';
import './top-bar.ts';
import { initialState, syncUrl } from './url-sync.ts';

@customElement('atlas-app')
export class AtlasApp extends AtlasElement implements KioskHost {
  static override styles = [sharedStyles, shellStyles, yearCompareStyles];

  /**
   * Kiosk mode, known from the first frame (the kiosk's own code loads later): what a visitor
   * must not reach (planner tools, exports, copy links) is never rendered, not merely hidden.
   */
  readonly kiosk = kioskRequested(location.search);
  @provide({ context: storeContext }) readonly store: Store<AppState>;
  readonly home: AppState;
  /** The language the elements read, provided to them: always the store's. */
  @provide({ context: langContext }) @state() shownLang: Lang;
  /** Every plan feature loaded so far that the validator has not refused. */
  @state() features: readonly PlanFeature[] = [];
  @state() private notices: Notice[] = [];
  @state() private layersCollapsed = window.matchMedia('(max-width: 720px)').matches;
  @state() private infoHeld = false;
  @property({ attribute: false }) controller?: MapController;
  @query('#map') private mapEl!: HTMLDivElement;
  @query('.top') private topEl!: HTMLElement;
  @query('sources-dialog') private sourcesDialog!: SourcesDialog;

  readonly #selection: Selection;
  readonly #loader: DataLoader;
  readonly #panels: PanelLoader;
  #complete = false;
  #overlayInset = 0;
  readonly #approval = readApproval(location.search); // the 审图号 line, when the URL or build sets one
  #paddingFrame = 0;
  #resolveShown!: () => void;
  #resolveData!: () => void;
  /** Settles once the plan features the map starts with are on it, before the full validation. */
  readonly dataShown = new Promise<void>((resolve) => (this.#resolveShown = resolve));
  /** Settles once every layer is loaded and validated and only valid features remain (or loading failed and said so). */
  readonly dataLoaded = new Promise<void>((resolve) => (this.#resolveData = resolve));

  constructor() {
    super();
    const start = initialState(location.search, this.kiosk);
    this.store = new Store<AppState>(start.state);
    this.#panels = new PanelLoader(
      this.store,
      (n) => this.notify(n),
      (id) => (this.notices = this.notices.filter((n) => n.id !== id)),
    );
    this.shownLang = 'zh';
    this.#showLang(start.state.lang);
    this.home = start.home;
    if (start.messages.length > 0) this.#warn('url', { key: 'notice.urlIssues' }, start.messages);
    this.#selection = new Selection({
      store: this.store,
      controller: () => this.controller,
      index: () => this.#loader.index,
      complete: () => this.#complete,
      warn: (id, message) => this.#warn(id, message),
      laidOut: () => this.#applyPadding(),
    });
    // Started with the element: the map is created once these are in (#start).
    this.#loader = new DataLoader(LAYERS, start.state.layers, {
      onFeatures: (features) => (this.features = features),
      notify: (n) => this.notify(n),
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.toggleAttribute('kiosk', this.kiosk);
    this.own(this.store.subscribe((s, prev) => this.#onState(s, prev)));
    this.own(syncUrl(this.store, this.kiosk));
    const signal = this.signal;
    window.addEventListener('keydown', this.#onKey, { signal });
    // A file dropped anywhere but the planner tools' import would otherwise open in the tab.
    window.addEventListener('dragover', this.#refuseDrop, { signal });
    window.addEventListener('drop', this.#refuseDrop, { signal });
    window.addEventListener('resize', () => this.#schedulePadding(), { signal });
  }

  protected override firstUpdated(): void {
    // The top bar wraps in a narrow window: the side panels start below it, however tall it is.
    const layout = new ResizeObserver(() => {
      this.style.setProperty(
        '--atlas-top-offset',
        `${this.topEl.offsetTop + this.topEl.offsetHeight + 10}px`,
      );
      this.#schedulePadding();
    });
    layout.observe(this.topEl);
    // The layer list grows and shrinks as its groups fold (on a phone, a sheet over the map's foot).
    const layers = this.renderRoot.querySelector('.side.left');
    if (layers) layout.observe(layers);
    this.own(() => layout.disconnect());
    void this.#start();
  }

  protected override updated(changed: Map<string, unknown>): void {
    if (changed.has('layersCollapsed') || changed.has('infoHeld')) this.#schedulePadding();
  }

  /**
   * Creates the map once the first layer files are in, with their features in its first style:
   * the browser reads the files before the map's start-up keeps the main thread busy, and the
   * map lays out its tiles once, with the data, rather than empty first (measured: creating the
   * map first delays the files' parsing behind its start-up, docs/decisions/0004).
   */
  async #start() {
    // The glyph file is fetched while the first layer files are.
    const glyphs = installMapGlyphs();
    const shown = await this.#loader.first();
    glyphs.loaded.catch((err) => {
      console.error(err);
      this.notify({
        id: 'glyphs',
        level: 'warning',
        summary: { key: 'notice.glyphsFailed' },
        details: [String(err)],
        action: { label: { key: 'notice.reload' }, run: () => location.reload() },
      });
    });
    const controller = new MapController({
      container: this.mapEl,
      store: this.store,
      glyphs: glyphs.url,
      label: t(this.store.state.lang, 'map.label'),
      layers: LAYERS,
      data: shown,
    });
    this.controller = controller;
    this.own(controller.on('feature-click', ({ hits, lngLat }) => this.#selection.mapClick(hits, lngLat)));
    this.own(controller.on('hover', ({ id }) => this.store.set({ hovered: id })));
    this.own(controller.on('view-change', (view) => this.store.set({ view })));
    this.own(
      controller.on('context-lost', () =>
        this.notify({ id: 'webgl', level: 'warning', summary: { key: 'notice.contextLost' }, details: [] }),
      ),
    );
    this.own(
      controller.on('context-restored', () => (this.notices = this.notices.filter((n) => n.id !== 'webgl'))),
    );
    this.own(
      controller.on('start-failed', ({ reason }) =>
        this.notify({
          id: 'map',
          level: 'error',
          summary: { key: 'notice.mapFailed', params: { reason } },
          details: [],
          action: { label: { key: 'notice.reload' }, run: () => location.reload() },
        }),
      ),
    );
    this.#schedulePadding();
    // Kiosk mode (src/kiosk/): loaded only when asked for, so ordinary visits carry none of it.
    if (this.kiosk) this.#startKiosk();
    const selected = this.store.state.selected;
    const frame = !new URLSearchParams(location.search).has('view'); // framed unless the link gives the view
    const foundAtStart = selected !== null && this.#loader.index.get(selected) !== undefined;
    this.#selection.show(selected, frame);
    this.#resolveShown();
    await this.#loader.complete(controller.drawn(), (c) => controller.setPlanData(c));
    this.#complete = true;
    // It may be in a layer loaded after start, or not exist at all (a notice says so).
    if (selected !== null && this.store.state.selected === selected && !foundAtStart)
      this.#selection.show(selected, frame);
    this.#resolveData();
    // What the planner kept is drawn once the plan is in; a kiosk keeps nothing.
    if (!this.kiosk) void drawKeptUserData(controller);
  }

  /** Kiosk mode's code; if its file does not arrive, the screen says so and offers to try again. */
  #startKiosk(attempt = 0) {
    importChunk(() => import('../kiosk/kiosk.ts'), attempt)
      .then((k) => {
        this.notices = this.notices.filter((n) => n.id !== 'kiosk');
        this.own(k.startKiosk(this, location.search));
      })
      .catch((err) => {
        console.error('kiosk mode did not load', err);
        this.notify({
          id: 'kiosk',
          level: 'error',
          summary: { key: 'notice.kioskFailed' },
          details: [String(err)],
          action: { label: { key: 'notice.retry' }, run: () => this.#startKiosk(attempt + 1) },
        });
      });
  }

  // ------------------------------------------------------------------ KioskHost

  collapseLayers(): void {
    this.layersCollapsed = true;
  }
  holdInfoPanel(hold: boolean): void {
    this.infoHeld = hold;
  }

  setOverlayInset(inset: { bottom: number }): void {
    this.#overlayInset = inset.bottom;
    this.#schedulePadding();
  }

  // ------------------------------------------------------------------ state

  /** Elements switch language once its messages are here (English is fetched when first asked for). */
  #showLang(lang: Lang) {
    const show = () => {
      if (this.store.state.lang !== lang) return;
      this.shownLang = lang;
      document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    };
    if (langLoaded(lang)) show();
    else
      loadLang(lang).then(show, (err: unknown) => {
        console.error(err);
        this.notify({
          id: 'lang',
          level: 'warning',
          summary: { key: 'notice.langFailed' },
          details: [String(err)],
          action: { label: { key: 'notice.reload' }, run: () => location.reload() },
        });
      });
  }

  #onState(s: AppState, prev: AppState) {
    if (s.lang !== prev.lang) this.#showLang(s.lang);
    if (s.selected !== prev.selected) this.#selection.show(s.selected, false);
    // What the right-hand panel shows decides how much of the map it covers.
    if ((s.selected === null) !== (prev.selected === null) || s.panel !== prev.panel) this.#schedulePadding();
    // The pointer's feature is the map's business; the panels do not change with it.
    if (!onlyHover(s, prev)) this.requestUpdate();
  }

  #warn(id: string, summary: Message, details: readonly Message[] = []) {
    this.notify({ id, level: 'warning', summary, details });
  }

  notify(notice: Notice) {
    this.notices = [...this.notices.filter((n) => n.id !== notice.id), notice];
  }

  /**
   * The map's padding is what the panels cover, measured after the layout settles and applied a
   * frame later, so that opening a panel never also redraws the map in the same frame.
   */
  #schedulePadding() {
    if (this.#paddingFrame || !this.controller) return;
    this.#paddingFrame = requestAnimationFrame(() => {
      this.#paddingFrame = 0;
      setTimeout(() => void this.#applyPadding());
    });
  }

  /**
   * Measures the panels once their update is rendered and gives the map its padding. The first
   * time, the view the link asked for is centred in the free part of the map; afterwards, the map
   * stays still on screen while panels open and close.
   */
  #padded = false;
  async #applyPadding(): Promise<void> {
    await this.updateComplete;
    const controller = this.controller;
    if (!controller) return;
    controller.setPadding(
      mapPadding(this, this.topEl, {
        overlayBottom: this.#overlayInset,
        layersCollapsed: this.layersCollapsed,
      }),
      { keepView: this.#padded },
    );
    this.#padded = true;
  }

  #refuseDrop = (e: DragEvent) => {
    e.preventDefault();
    if (e.dataTransfer && (this.kiosk || !e.defaultPrevented)) e.dataTransfer.dropEffect = 'none';
  };

  #onKey = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    const s = this.store.state;
    if (s.selected) this.store.set({ selected: null });
    else if (s.panel) this.store.set({ panel: null });
  };

  #select = (e: CustomEvent<{ id: string; keepPanel?: boolean }>) =>
    this.#selection.select(e.detail.id, { keepPanel: e.detail.keepPanel ?? false });

  #zoomTo = (e: CustomEvent<{ id: string }>) => this.#selection.flyTo([e.detail.id]);

  #renderPanel(s: AppState) {
    if (!s.panel) return nothing;
    const panel = panelById(s.panel);
    if (!panel || (this.kiosk && !panel.kiosk)) return nothing;
    this.#panels.load(panel);
    return html`<aside class="side right ${panel.width === 'wide' ? 'wide' : 'wide medium'} card ${panel.id}">
      ${panel.render({ state: s, features: this.features, controller: this.controller, kiosk: this.kiosk, credits: mapCredits(s.offlineBasemap) })}
    </aside>`;
  }

  override render() {
    const s = this.store.state;
    const lang = s.lang;
    const selected = s.selected && !this.infoHeld ? this.#loader.index.get(s.selected) : undefined;
    const parentId = selected?.properties.parent_id;
    return html`
      <link rel="stylesheet" href=${maplibreCssUrl} />
      <atlas-top-bar class="top" .features=${this.features} .panel=${s.panel} .kiosk=${this.kiosk} .year=${s.year} .swipe=${s.swipe}
        @select-feature=${this.#select} @home=${() => this.controller?.goHome(HOME_VIEW, 1000)}></atlas-top-bar>
      <aside class="side left card ${this.layersCollapsed ? 'collapsed' : ''}" aria-label=${t(lang, 'layers.title')}>
        ${
          this.layersCollapsed
            ? html`<button aria-expanded="false" @click=${() => (this.layersCollapsed = false)}>☰ ${t(lang, 'layers.title')}</button>`
            : html`<button class="collapse" aria-expanded="true" aria-label=${t(lang, 'layers.collapse')}
                @click=${() => (this.layersCollapsed = true)}>«</button>
              <layer-panel .visible=${s.layers} .precise=${s.preciseOnly} .basemap=${s.offlineBasemap} .features=${this.features}
                ?kiosk=${this.kiosk}></layer-panel>`
        }
      </aside>
      ${
        selected
          ? html`<aside class="side right card" aria-labelledby="info-title">
            <info-panel .feature=${selected} .parent=${parentId ? this.#loader.index.get(parentId) : undefined}
              .sources=${SOURCES} .year=${shownYear(s)} @close=${() => this.store.set({ selected: null })}
              @select-feature=${this.#select} @zoom-to=${this.#zoomTo}></info-panel>
          </aside>`
          : html`<div @close=${() => this.store.set({ panel: null })} @select-feature=${this.#select}
              @fly-to=${(e: CustomEvent<{ ids: string[] }>) => this.#selection.flyTo(e.detail.ids)}>${this.#renderPanel(s)}</div>`
      }
      <print-header .layers=${s.layers} credits=${mapCredits(s.offlineBasemap)}></print-header>
      <div id="map" role="region" aria-label=${t(lang, 'map.label')}></div>
      <notice-banner class="notices" .notices=${this.notices}></notice-banner>
      <button class="attribution card" @click=${() => this.sourcesDialog.show()}>
        © ${t(lang, 'attribution.button')}: ${mapCredits(s.offlineBasemap)}${approvalLine(lang, this.#approval.approval)}
      </button>
      <sources-dialog .sources=${listedSources()}></sources-dialog>
    `;
  }
}

function onlyHover(s: AppState, prev: AppState): boolean {
  return (Object.keys(s) as (keyof AppState)[]).every((k) => k === 'hovered' || s[k] === prev[k]);
}

declare global {
  interface HTMLElementTagNameMap {
    'atlas-app': AtlasApp;
  }
}
