/**
 * The kiosk's presentation on the map, reached through `MapController.kiosk`: the home camera
 * that fits the district to the screen (again whenever the screen or the panels change while
 * the kiosk is at home), the limits that keep panning and zooming around the district, the
 * scale of labels and symbols for reading from two metres, and the finger-sized tap area of
 * point features. Ordinary visits never create it.
 */
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { Bounds } from '../geo/bounds.ts';
import { MAP_SCALE } from './plan-style.ts';
import { SandTable } from './sand-table.ts';

/** Room (px) between the district and the edges of the free part of the screen, at home. */
export const HOME_PAD = 12;
/** Tap area of a point feature in kiosk mode: a box this many px either side of the finger (48 px). */
export const KIOSK_POINT_PAD = 24;
/** How far (as a share of the district's size) panning may go beyond the district, each way. */
const BOUNDS_MARGIN = 0.25;
/** How far (zoom levels) a visitor may zoom out from the home view. */
const ZOOM_OUT = 0.5;

/**
 * How much larger map labels and point symbols draw on a screen of this size (CSS px): the
 * smallest labels (11 px on a desk) draw at about 18 px on a 1080 p screen, larger on a larger
 * one, never smaller than on a desk.
 */
export function mapScaleFor(width: number, height: number): number {
  return Math.max(1, Math.round((1.65 * Math.min(width, height) * 100) / 1080) / 100);
}

export interface HomeFitOptions {
  /** Screen room beyond the map's padding kept clear at home (the kiosk's dock in portrait). */
  inset?: { bottom?: number };
  /** Animation length in ms; 0 jumps. */
  duration?: number;
}

export class KioskView {
  readonly #map: MaplibreMap;
  readonly #withStyle: (apply: () => void) => void;
  #scale = 1;
  #district: Bounds | null = null;
  #inset = 0;
  /** While true, a resize or new padding fits the district again. */
  #atHome = false;
  #homeZoom: number | null = null;
  #padding = '';
  /** Point features count as hit this far (px) from the finger. */
  pointPad = KIOSK_POINT_PAD;
  /** The optional 3D tour's blocks and slow turn. */
  readonly sandTable: SandTable;

  constructor(
    map: MaplibreMap,
    withStyle: (apply: () => void) => void,
    onRestored: (fn: () => void) => void,
  ) {
    this.#map = map;
    this.#withStyle = withStyle;
    this.sandTable = new SandTable(map, withStyle, onRestored);
    // A restored GPU context comes with a reloaded style, which starts from scale 1.
    onRestored(() => this.#applyScale());
    map.on('resize', this.#refit);
    // The shell gives the map new padding after a layout change: at home, the fit follows.
    map.on('moveend', () => {
      const padding = JSON.stringify(map.getPadding());
      if (padding === this.#padding) return;
      this.#padding = padding;
      this.#refit();
    });
  }

  /**
   * Touch-screen kiosk gestures: one finger pans, pinch zooms; rotation and pitch stay off
   * unless `rotate` is true, and the keyboard does not move the map.
   */
  setGestures({ rotate = false }: { rotate?: boolean } = {}): void {
    const m = this.#map;
    if (rotate) {
      m.dragRotate.enable();
      m.touchPitch.enable();
      m.touchZoomRotate.enableRotation();
    } else {
      m.dragRotate.disable();
      m.touchPitch.disable();
      m.touchZoomRotate.disableRotation();
    }
    m.keyboard.disable();
    m.doubleClickZoom.enable();
  }

  /** Multiplies the size of map labels and point symbols (1: as designed for a desk screen). */
  setScale(scale: number): void {
    this.#scale = scale;
    this.#applyScale();
  }

  get scale(): number {
    return this.#scale;
  }

  #applyScale(): void {
    this.#withStyle(() => this.#map.setGlobalStateProperty(MAP_SCALE, this.#scale));
  }

  /** The zoom of the last home fit, or null before the first. */
  get homeZoom(): number | null {
    return this.#homeZoom;
  }

  /**
   * Fits the district's bounds to the free part of the screen (the map's padding plus
   * HOME_PAD, plus `inset`), then limits the camera around the district: panning stays within
   * a margin of it and of the home view, zooming out stops half a level below home.
   * The kiosk stays "at home" until `leaveHome()`: meanwhile a resize fits the district again.
   */
  fitHome(district: Bounds, opts: HomeFitOptions = {}): void {
    this.#district = district;
    this.#inset = opts.inset?.bottom ?? 0;
    this.#atHome = true;
    this.#fit(opts.duration ?? 0);
  }

  /** Back to the last home fit (the home button), flown in `duration` ms; at home again. */
  flyHome(duration = 0): void {
    if (!this.#district) return;
    this.#atHome = true;
    this.#fit(duration);
  }

  /** The visitor (or the tour) has moved away from home: a resize no longer re-fits. */
  leaveHome(): void {
    this.#atHome = false;
  }

  get atHome(): boolean {
    return this.#atHome;
  }

  #refit = (): void => {
    if (this.#atHome && !this.#map.isMoving()) this.#fit(0);
  };

  #fit(duration: number): void {
    const district = this.#district;
    if (!district) return;
    const map = this.#map;
    // The old limits must not hold the new fit back (a portrait screen turned landscape).
    map.setMaxBounds(null);
    map.setMinZoom(null);
    const [w, s, e, n] = district;
    const camera = map.cameraForBounds(
      [
        [w, s],
        [e, n],
      ],
      { padding: { top: HOME_PAD, left: HOME_PAD, right: HOME_PAD, bottom: HOME_PAD + this.#inset } },
    );
    if (!camera?.center) return;
    const home = {
      center: camera.center,
      zoom: Math.min(camera.zoom ?? 0, map.getMaxZoom()),
      bearing: 0,
      pitch: 0,
    };
    this.#homeZoom = home.zoom;
    const from = {
      center: map.getCenter(),
      zoom: map.getZoom(),
      bearing: map.getBearing(),
      pitch: map.getPitch(),
    };
    // Jumps within one task draw nothing: the home view is measured, then flown to if asked.
    map.jumpTo(home);
    const seen = map.getBounds();
    const [mx, my] = [(e - w) * BOUNDS_MARGIN, (n - s) * BOUNDS_MARGIN];
    const limit = () => {
      map.setMaxBounds([
        [Math.min(w - mx, seen.getWest() - mx), Math.min(s - my, seen.getSouth() - my)],
        [Math.max(e + mx, seen.getEast() + mx), Math.max(n + my, seen.getNorth() + my)],
      ]);
      map.setMinZoom(home.zoom - ZOOM_OUT);
    };
    this.#padding = JSON.stringify(map.getPadding());
    if (duration <= 0) {
      limit();
      return;
    }
    map.jumpTo(from);
    map.once('moveend', limit);
    map.flyTo({ ...home, duration, essential: true });
  }
}
