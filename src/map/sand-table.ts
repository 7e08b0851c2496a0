/**
 * The kiosk's optional "sand table" tour on the map (`?kiosk&sandtable`): while the tour plays,
 * the plan's main areas rise as blocks (styles/sand-table.ts), on the relief when the build has
 * terrain (src/map/terrain.ts), and, once each step's flight has arrived, the camera tilts and
 * turns slowly until the next step. A visitor's touch ends both.
 */
import type { Map as MaplibreMap } from 'maplibre-gl';
import { SAND_TABLE_PITCH, SAND_TABLE_TURN, sandTableLayers } from '../../styles/sand-table.ts';
import { PLAN_SOURCE } from './plan-style.ts';
import { setRelief } from './terrain.ts';

/** How long the camera takes to level out when the tour ends, in ms. */
const LEVEL_MS = 800;

export class SandTable {
  readonly #map: MaplibreMap;
  readonly #withStyle: (apply: () => void) => void;
  #raised = false;
  /** The turn waiting for the step's flight to end, if any. */
  #pending: (() => void) | null = null;

  constructor(
    map: MaplibreMap,
    withStyle: (apply: () => void) => void,
    onRestored: (fn: () => void) => void,
  ) {
    this.#map = map;
    this.#withStyle = withStyle;
    // A restored GPU context comes with a reloaded style, without the blocks.
    onRestored(() => this.#raised && this.#apply(true));
  }

  get raised(): boolean {
    return this.#raised;
  }

  /**
   * Raises the plan's main areas as blocks, or lays them flat again: the turning stops and, once
   * the touch that ended the tour is over (the map's next idle), the camera levels out, north up
   * (a visitor's fingers do not rotate or tilt the kiosk's map).
   */
  raise(on: boolean): void {
    if (!on) this.#pending = null;
    if (on === this.#raised) return;
    this.#raised = on;
    this.#withStyle(() => this.#apply(on));
    const map = this.#map;
    map.off('idle', this.#level);
    // Until the camera is level: a panel opening as the touch lands moves the camera and cuts a
    // levelling short, and the next idle tries again.
    if (!on) map.on('idle', this.#level);
  }

  #level = (): void => {
    const map = this.#map;
    if (map.getPitch() === 0 && map.getBearing() === 0) map.off('idle', this.#level);
    else map.easeTo({ pitch: 0, bearing: 0, duration: LEVEL_MS, essential: true });
  };

  #apply(on: boolean): void {
    const map = this.#map;
    // Under the labels, which stay readable on top of the blocks.
    const labels = map.getStyle().layers.find((l) => l.type === 'symbol')?.id;
    for (const spec of sandTableLayers(PLAN_SOURCE)) {
      if (on && !map.getLayer(spec.id)) map.addLayer(spec, labels);
      if (!on && map.getLayer(spec.id)) map.removeLayer(spec.id);
    }
    setRelief(map, on);
  }

  /** Once the step's flight has ended: tilts to the sand table's pitch and turns slowly for `ms`. */
  turn(ms: number): void {
    const map = this.#map;
    const go = () => {
      if (this.#pending !== go) return;
      this.#pending = null;
      map.easeTo({
        pitch: SAND_TABLE_PITCH,
        bearing: map.getBearing() + SAND_TABLE_TURN,
        duration: Math.max(0, ms),
        easing: (t) => t,
        essential: true,
      });
    };
    this.#pending = go;
    if (map.isMoving()) map.once('moveend', go);
    else go();
  }
}
