/**
 * The planner tools' part of the map: the drawing (made when first asked for; the store's
 * `drawMode` switches it on), the user's layers and the map image at print resolution.
 */
import type { Map as MaplibreMap } from 'maplibre-gl';
import { DrawTool } from './draw-tool.ts';
import { type MapAreaSize, type MapImageOptions, renderMapArea, renderMapImage } from './map-image.ts';
import { setDrawLabels, setUserData } from './user-layers.ts';

export class MapTools {
  readonly #map: MaplibreMap;
  #draw: DrawTool | null = null;

  constructor(map: MaplibreMap) {
    this.#map = map;
  }

  get draw(): DrawTool {
    this.#draw ??= new DrawTool(this.#map);
    return this.#draw;
  }

  /** Shows the user's imported layers, measured outlines and area labels (see `setUserData`), or none. */
  setUserData(collection: GeoJSON.FeatureCollection | null): void {
    setUserData(this.#map, collection);
  }

  /** The drawn polygons' area labels. */
  setDrawLabels(collection: GeoJSON.FeatureCollection): void {
    setDrawLabels(this.#map, collection);
  }

  /** The map as an image at the export's scale, with title, legend, scale bar, north arrow and attribution. */
  renderImage(opts: MapImageOptions) {
    return renderMapImage(this.#map, opts);
  }

  /** The map alone at a print page's frame size and resolution (the page is composed by the tools). */
  renderMapArea(size: MapAreaSize) {
    return renderMapArea(this.#map, size);
  }
}
