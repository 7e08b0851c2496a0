/**
 * A small drawing tool on the one map: polygons, lines and points on the `user-draw`
 * source. Click to add vertices; double-click, Enter, a click on the first vertex or
 * "Finish" to close; Escape cancels; Backspace takes the last vertex back. In select mode a
 * click picks a shape, its vertices can be dragged, a right-click on a vertex removes it,
 * Delete removes the shape. Every change can be undone (Ctrl+Z or "Undo"). Touch and pen work
 * as the mouse: a tap adds a vertex, a finger drags one.
 * (A library was weighed and left out for its size: docs/decisions/0007-own-drawing-tool.md.)
 */
import type {
  MapLayerMouseEvent,
  MapLayerTouchEvent,
  Map as MaplibreMap,
  MapMouseEvent,
  MapTouchEvent,
  PointLike,
} from 'maplibre-gl';
import type { DrawMode } from '../app/store.ts';
import { type DrawnShape, type ShapeKind, shapeGeometry } from '../geo/shapes.ts';
import { DRAW_SHAPE_LAYERS, DRAW_VERTEX_LAYER, ensureDrawLayers, setDrawData } from './user-layers.ts';

interface Drawing {
  kind: 'polygon' | 'line';
  coords: GeoJSON.Position[];
}

interface Snapshot {
  shapes: DrawnShape[];
  drawing: Drawing | null;
  selected: string | null;
}

/** How close (px) a click must come to a vertex to hit it. */
const HIT_PX = 8;
const UNDO_LIMIT = 100;

const clone = <T>(v: T): T => structuredClone(v);

export class DrawTool {
  readonly #map: MaplibreMap;
  #shapes: DrawnShape[] = [];
  #drawing: Drawing | null = null;
  #cursor: GeoJSON.Position | null = null;
  #mode: DrawMode = 'polygon';
  #selected: string | null = null;
  #overlap: GeoJSON.Geometry | null = null;
  #undo: Snapshot[] = [];
  #drag: { shapeId: string; index: number } | null = null;
  #active = false;
  #nextId = 1;
  #frame = 0;
  readonly #listeners = new Set<() => void>();

  constructor(map: MaplibreMap) {
    this.#map = map;
    ensureDrawLayers(map);
  }

  get mode(): DrawMode {
    return this.#mode;
  }
  get shapes(): readonly DrawnShape[] {
    return this.#shapes;
  }
  get selected(): DrawnShape | undefined {
    return this.#shapes.find((s) => s.id === this.#selected);
  }
  /** The shape being drawn, with the pointer as its next vertex, for live measures. */
  get drawing(): Pick<DrawnShape, 'kind' | 'coords'> | null {
    if (!this.#drawing) return null;
    const coords = this.#cursor ? [...this.#drawing.coords, this.#cursor] : this.#drawing.coords;
    return { kind: this.#drawing.kind, coords };
  }
  get canUndo(): boolean {
    return this.#undo.length > 0;
  }
  get active(): boolean {
    return this.#active;
  }

  /** Called on every change; returns the unsubscribe function. */
  onChange(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Takes the map's clicks and keys. */
  activate(): void {
    if (this.#active) return;
    this.#active = true;
    const m = this.#map;
    m.on('click', this.#onClick);
    m.on('dblclick', this.#onDblClick);
    m.on('mousemove', this.#onMove);
    m.on('mousedown', DRAW_VERTEX_LAYER, this.#onVertexDown);
    m.on('contextmenu', this.#onContextMenu);
    m.on('mouseup', this.#onUp);
    // Touch and pen: a tap is a click; a finger on a vertex drags it as the mouse does.
    m.on('touchstart', DRAW_VERTEX_LAYER, this.#onVertexDown);
    m.on('touchmove', this.#onMove);
    m.on('touchend', this.#onUp);
    m.doubleClickZoom.disable();
    window.addEventListener('keydown', this.#onKey, true);
    this.#updateCursor();
    this.#render();
  }

  /** Gives the map back; an unfinished shape is finished if it can be, else dropped. */
  deactivate(): void {
    if (!this.#active) return;
    this.finish();
    this.#drawing = null;
    this.#active = false;
    const m = this.#map;
    m.off('click', this.#onClick);
    m.off('dblclick', this.#onDblClick);
    m.off('mousemove', this.#onMove);
    m.off('mousedown', DRAW_VERTEX_LAYER, this.#onVertexDown);
    m.off('contextmenu', this.#onContextMenu);
    m.off('mouseup', this.#onUp);
    m.off('touchstart', DRAW_VERTEX_LAYER, this.#onVertexDown);
    m.off('touchmove', this.#onMove);
    m.off('touchend', this.#onUp);
    m.doubleClickZoom.enable();
    m.dragPan.enable();
    window.removeEventListener('keydown', this.#onKey, true);
    m.getCanvas().style.cursor = '';
    this.#render();
  }

  setMode(mode: DrawMode): void {
    this.finish();
    this.#mode = mode;
    if (mode !== 'select') this.#selected = null;
    this.#updateCursor();
    this.#changed();
  }

  /** Closes the shape being drawn; one with too few vertices is dropped. */
  finish(): void {
    const d = this.#drawing;
    if (!d) return;
    this.#drawing = null;
    if (shapeGeometry(d)) {
      const shape: DrawnShape = { id: `shape-${this.#nextId++}`, kind: d.kind, coords: d.coords };
      this.#shapes = [...this.#shapes, shape];
      this.#selected = shape.id;
    }
    this.#changed();
  }

  cancel(): void {
    if (!this.#drawing) return;
    this.#pushUndo();
    this.#drawing = null;
    this.#changed();
  }

  select(id: string | null): void {
    this.#selected = id;
    this.#changed();
  }

  /** Removes the selected shape. */
  deleteSelected(): void {
    if (!this.#selected) return;
    this.#pushUndo();
    this.#shapes = this.#shapes.filter((s) => s.id !== this.#selected);
    this.#selected = null;
    this.#changed();
  }

  clear(): void {
    if (this.#shapes.length === 0 && !this.#drawing) return;
    this.#pushUndo();
    this.#shapes = [];
    this.#drawing = null;
    this.#selected = null;
    this.#changed();
  }

  undo(): void {
    const snap = this.#undo.pop();
    if (!snap) return;
    this.#shapes = snap.shapes;
    this.#drawing = snap.drawing;
    this.#selected = snap.selected;
    this.#changed();
  }

  /** Highlights an overlap (from the compare view), or nothing. */
  setOverlap(geometry: GeoJSON.Geometry | null): void {
    this.#overlap = geometry;
    this.#render();
  }

  /** Adds shapes programmatically (tests, restoring). */
  addShape(kind: ShapeKind, coords: GeoJSON.Position[]): DrawnShape {
    this.#pushUndo();
    const shape: DrawnShape = { id: `shape-${this.#nextId++}`, kind, coords };
    this.#shapes = [...this.#shapes, shape];
    this.#changed();
    return shape;
  }

  // ------------------------------------------------------------------ events

  #onClick = (e: MapMouseEvent) => {
    const ll: GeoJSON.Position = [e.lngLat.lng, e.lngLat.lat];
    if (this.#mode === 'select') {
      this.select(this.#shapeAt(e.point));
      return;
    }
    if (this.#mode === 'point') {
      this.addShape('point', [ll]);
      return;
    }
    const d = this.#drawing;
    if (d && d.kind === 'polygon' && d.coords.length >= 3 && this.#near(d.coords[0], e.point)) {
      this.finish();
      return;
    }
    this.#pushUndo();
    if (!d) this.#drawing = { kind: this.#mode, coords: [ll] };
    else d.coords.push(ll);
    this.#changed();
  };

  #onDblClick = (e: MapMouseEvent) => {
    e.preventDefault();
    const d = this.#drawing;
    if (!d) return;
    // The two clicks of a double-click each added a vertex at the same place: keep one.
    while (d.coords.length >= 2 && this.#near(d.coords[d.coords.length - 2], e.point)) d.coords.pop();
    this.finish();
  };

  #onMove = (e: MapMouseEvent | MapTouchEvent) => {
    const ll: GeoJSON.Position = [e.lngLat.lng, e.lngLat.lat];
    if (this.#drag) {
      const shape = this.#shapes.find((s) => s.id === this.#drag?.shapeId);
      if (shape) shape.coords[this.#drag.index] = ll;
      this.#changed();
      return;
    }
    this.#cursor = ll;
    if (this.#drawing) this.#changed();
  };

  #onVertexDown = (e: MapLayerMouseEvent | MapLayerTouchEvent) => {
    if (this.#mode !== 'select' || !this.#selected) return;
    const hit = this.#vertexAt(e.point);
    if (!hit) return;
    // Keeps the map from panning while the vertex moves.
    e.preventDefault();
    this.#pushUndo();
    this.#drag = hit;
  };

  #onUp = () => {
    this.#drag = null;
  };

  #onContextMenu = (e: MapMouseEvent) => {
    if (this.#mode !== 'select') return;
    const hit = this.#vertexAt(e.point);
    if (!hit) return;
    e.preventDefault();
    const shape = this.#shapes.find((s) => s.id === hit.shapeId);
    const min = shape?.kind === 'polygon' ? 3 : 2;
    if (!shape || shape.coords.length <= min) return;
    this.#pushUndo();
    shape.coords.splice(hit.index, 1);
    this.#changed();
  };

  #onKey = (e: KeyboardEvent) => {
    const target = e.composedPath()[0];
    if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) return;
    if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'z') {
      e.preventDefault();
      this.undo();
    } else if (e.key === 'Enter' && this.#drawing) {
      e.preventDefault();
      this.finish();
    } else if (e.key === 'Escape' && this.#drawing) {
      // Cancels the shape, not the panel (the shell closes panels on Escape).
      e.stopPropagation();
      this.cancel();
    } else if (e.key === 'Backspace' && this.#drawing) {
      e.preventDefault();
      this.#pushUndo();
      this.#drawing.coords.pop();
      if (this.#drawing.coords.length === 0) this.#drawing = null;
      this.#changed();
    } else if (e.key === 'Delete' && this.#selected && !this.#drawing) {
      this.deleteSelected();
    }
  };

  // ------------------------------------------------------------------ helpers

  #near(p: GeoJSON.Position, point: { x: number; y: number }): boolean {
    const q = this.#map.project([p[0], p[1]]);
    return Math.hypot(q.x - point.x, q.y - point.y) <= HIT_PX;
  }

  #vertexAt(point: { x: number; y: number }): { shapeId: string; index: number } | null {
    const shape = this.selected;
    if (!shape) return null;
    const index = shape.coords.findIndex((c) => this.#near(c, point));
    return index < 0 ? null : { shapeId: shape.id, index };
  }

  #shapeAt(point: { x: number; y: number }): string | null {
    const box: [PointLike, PointLike] = [
      [point.x - 4, point.y - 4],
      [point.x + 4, point.y + 4],
    ];
    const hits = this.#map.queryRenderedFeatures(box, { layers: DRAW_SHAPE_LAYERS });
    const ids = hits.map((h) => h.properties.id as string).filter(Boolean);
    // Points and lines before the polygons they sit on.
    const rank = (id: string) => {
      const k = this.#shapes.find((s) => s.id === id)?.kind;
      return k === 'point' ? 0 : k === 'line' ? 1 : 2;
    };
    return ids.sort((a, b) => rank(a) - rank(b))[0] ?? null;
  }

  #pushUndo(): void {
    this.#undo.push(clone({ shapes: this.#shapes, drawing: this.#drawing, selected: this.#selected }));
    if (this.#undo.length > UNDO_LIMIT) this.#undo.shift();
  }

  #updateCursor(): void {
    if (this.#active) this.#map.getCanvas().style.cursor = this.#mode === 'select' ? '' : 'crosshair';
  }

  #changed(): void {
    this.#render();
    for (const l of this.#listeners) l();
  }

  /** Coalesces redraws to one per frame (mouse moves come faster). */
  #render(): void {
    if (this.#frame) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      setDrawData(this.#map, this.#collection());
    });
  }

  #collection(): GeoJSON.FeatureCollection {
    const features: GeoJSON.Feature[] = [];
    if (this.#overlap)
      features.push({ type: 'Feature', properties: { role: 'overlap' }, geometry: this.#overlap });
    for (const s of this.#shapes) {
      const geometry = shapeGeometry(s);
      if (!geometry) continue;
      const sel = s.id === this.#selected;
      features.push({ type: 'Feature', properties: { role: 'shape', id: s.id, sel }, geometry });
      if (sel && this.#active && this.#mode === 'select' && s.kind !== 'point')
        for (const c of s.coords) features.push(vertex(c));
    }
    const d = this.drawing;
    if (d && this.#active) {
      const geometry =
        shapeGeometry(d) ?? (d.coords.length >= 2 ? { type: 'LineString', coordinates: d.coords } : null);
      if (geometry) features.push({ type: 'Feature', properties: { role: 'preview', sel: false }, geometry });
      for (const c of this.#drawing?.coords ?? []) features.push(vertex(c));
    }
    return { type: 'FeatureCollection', features };
  }
}

const vertex = (c: GeoJSON.Position): GeoJSON.Feature => ({
  type: 'Feature',
  properties: { role: 'vertex', sel: false },
  geometry: { type: 'Point', coordinates: c },
});
