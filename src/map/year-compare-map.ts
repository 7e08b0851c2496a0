/**
 * The second map of a year comparison (docs/decisions/0019-two-maps-while-comparing.md): the
 * plan in the right-hand year, over the main map and clipped at a divider, so that left of it
 * the main map shows the left year. It exists only while the comparison is on and is removed
 * with `map.remove()` (which also loses its WebGL context) when it ends. It takes no input of its
 * own: pointer and touch go through to the main map, whose camera it follows, and only the
 * divider, a keyboard slider, catches the pointer.
 */
import { withOfflineBasemap } from 'virtual:offline-basemap';
import { Map as MaplibreMap } from 'maplibre-gl';
import type { AppState, Store } from '../app/store.ts';
import type { PlanFeature, PlanFeatureCollection } from '../data/schema.ts';
import { t } from '../i18n/i18n.ts';
import { dividerAt, dividerKey } from '../years/year-compare.ts';
import { setPlanSources } from './plan-data.ts';
import type { PlanStyle } from './plan-style.ts';
import { StateRenderer } from './state-renderer.ts';
import { withTerrain } from './terrain.ts';
import { dividerLayout, LABEL_GAP_PX, rightHandState } from './year-compare-layout.ts';

export interface YearCompareOptions {
  main: MaplibreMap;
  store: Store<AppState>;
  /** The plan style for the layers shown now, with the features now on the main map. */
  plan: PlanStyle;
  features: readonly PlanFeature[];
}

/** Room kept between a year's name and a panel, in CSS pixels. */
const NAME_MARGIN_PX = 8;
const yearLabel = (s: AppState, year: number) => t(s.lang, `year.y${year}` as 'year.y2020');

export class YearCompareMap {
  readonly map: MaplibreMap;
  readonly #main: MaplibreMap;
  readonly #store: Store<AppState>;
  readonly #renderer: StateRenderer;
  readonly #overlay = element('div', 'year-compare');
  readonly #clip = element('div', 'year-compare-map');
  readonly #divider = element('div', 'year-compare-divider');
  readonly #labels = {
    left: element('span', 'year-compare-label year-compare-from'),
    right: element('span', 'year-compare-label year-compare-to'),
  };
  readonly #abort = new AbortController();
  #styled = false;

  constructor(opts: YearCompareOptions) {
    this.#main = opts.main;
    this.#store = opts.store;
    const host = opts.main.getContainer();
    this.#divider.tabIndex = 0;
    this.#divider.setAttribute('role', 'slider');
    this.#divider.setAttribute('aria-valuemin', '0');
    this.#divider.setAttribute('aria-valuemax', '100');
    this.#divider.append(element('span', 'year-compare-grip'));
    this.#overlay.append(this.#clip, this.#labels.left, this.#labels.right, this.#divider);
    // Above the map's canvas, below its controls.
    host.insertBefore(this.#overlay, opts.main.getCanvasContainer().nextSibling);
    const s = opts.store.state;
    this.map = new MaplibreMap({
      container: this.#clip,
      // The same ground as the main map: its basemap and hillshade, when the build has them.
      style: withTerrain(withOfflineBasemap(opts.plan.style, location.origin)),
      ...this.#camera(),
      interactive: false,
      attributionControl: false,
      validateStyle: false,
      localIdeographFontFamily: false,
      maxTileCacheSize: 64,
      fadeDuration: 0,
      canvasContextAttributes: { preserveDrawingBuffer: true },
    });
    this.#renderer = new StateRenderer(this.map, opts.plan, s.layers);
    this.#renderer.setFeatures(opts.features);
    this.map.once('style.load', () => {
      this.#styled = true;
      this.update(this.#store.state);
    });
    this.update(s);
    this.#wire();
  }

  #camera() {
    const m = this.#main;
    return { center: m.getCenter(), zoom: m.getZoom(), bearing: m.getBearing(), pitch: m.getPitch() };
  }

  /** Draws the state: the right year's plan, the divider and the two years' names. */
  update(s: AppState): void {
    const swipe = s.swipe;
    if (!swipe) return;
    this.#place(swipe.at);
    this.#divider.setAttribute(
      'aria-label',
      t(s.lang, 'year.divider', { left: yearLabel(s, swipe.left), right: yearLabel(s, swipe.right) }),
    );
    this.#labels.left.textContent = yearLabel(s, swipe.left);
    this.#labels.right.textContent = yearLabel(s, swipe.right);
    if (this.#styled) this.#renderer.render(rightHandState(s));
  }

  /** New plan features (a layer loaded late): now, or once the style exists. */
  setPlanData(data: PlanFeatureCollection, labelled: (layer: string) => boolean): void {
    const apply = () => setPlanSources(this.map, data, labelled);
    if (this.#styled) apply();
    else this.map.once('style.load', apply);
    this.#renderer.setFeatures(data.features);
  }

  /** The divider, the clip and each year's name on its own side of the divider. */
  #place(at: number): void {
    const layout = dividerLayout(this.#inFreePart(at));
    this.#clip.style.clipPath = layout.clipPath;
    this.#divider.style.left = layout.left;
    this.#labels.left.style.right = layout.leftLabelRight;
    this.#labels.right.style.left = layout.rightLabelLeft;
    this.#divider.setAttribute('aria-valuenow', layout.valueNow);
  }

  /**
   * The divider keeps to the part of the map no panel covers, with room for each year's name
   * beside it: under the layer list it could not be reached, and a name would be hidden.
   */
  #inFreePart(at: number): number {
    const width = this.#overlay.clientWidth;
    if (width === 0) return at;
    const { left = 0, right = 0 } = this.#main.getPadding();
    const room = (name: HTMLElement) => LABEL_GAP_PX + name.offsetWidth + NAME_MARGIN_PX;
    const min = (left + room(this.#labels.left)) / width;
    const max = 1 - (right + room(this.#labels.right)) / width;
    return min < max ? Math.min(max, Math.max(min, at)) : 0.5;
  }

  #setDivider(at: number): void {
    const swipe = this.#store.state.swipe;
    if (swipe && swipe.at !== at) this.#store.set({ swipe: { ...swipe, at } });
  }

  #wire(): void {
    const signal = this.#abort.signal;
    // The panels' room (the main map's padding) may have changed with the camera: the divider follows.
    const follow = () => {
      this.map.jumpTo({ ...this.#camera(), padding: this.#main.getPadding() });
      const swipe = this.#store.state.swipe;
      if (swipe) this.#place(swipe.at);
    };
    this.#main.on('move', follow);
    this.#main.on('resize', follow);
    signal.addEventListener('abort', () => {
      this.#main.off('move', follow);
      this.#main.off('resize', follow);
    });
    follow();
    const d = this.#divider;
    const toPointer = (e: PointerEvent) => {
      const box = this.#overlay.getBoundingClientRect();
      this.#setDivider(this.#inFreePart(dividerAt(e.clientX, box.left, box.width)));
    };
    d.addEventListener(
      'pointerdown',
      (e) => {
        d.setPointerCapture(e.pointerId);
        toPointer(e);
        e.preventDefault();
      },
      { signal },
    );
    d.addEventListener('pointermove', (e) => d.hasPointerCapture(e.pointerId) && toPointer(e), { signal });
    d.addEventListener(
      'keydown',
      (e) => {
        const at = dividerKey(this.#store.state.swipe?.at ?? 0.5, e.key);
        if (at === null) return;
        e.preventDefault();
        this.#setDivider(this.#inFreePart(at));
      },
      { signal },
    );
  }

  dispose(): void {
    this.#abort.abort();
    this.#renderer.dispose();
    this.map.remove();
    this.#overlay.remove();
  }
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  el.className = className;
  return el;
}
