/**
 * Geometry checks: walks a feature's GeoJSON geometry with exact paths and clear words
 * (positions, swapped lon/lat, rings closed and not crossing themselves, lines, polygons),
 * and collects the usable positions (`Shapes`) for the domain checks.
 */
import { kinks } from '@turf/kinks';
import { type Message, msg } from '../../i18n/i18n.ts';
import { fmtPos, isRecord, type Seg, type Sink, suggestionMsg, valueMsg } from './issues.ts';

/** The Yongchuan area, for telling swapped axes apart from plain errors. */
const AREA_LON: [number, number] = [105, 107];
const AREA_LAT: [number, number] = [28, 30];

export type Position = [number, number];
interface Vertex {
  pos: Position;
  segs: Seg[];
}
/** Usable positions of one feature's geometry, for the domain checks. */
export interface Shapes {
  points: Vertex[];
  lines: Vertex[][];
  polygons: Vertex[][];
  types: Set<string>;
}

const GEOMETRY_TYPES = [
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
  'GeometryCollection',
];

function coordinateProblem(c: unknown): Message | undefined {
  if (typeof c === 'number') {
    if (Number.isNaN(c)) return msg('validate.coord.nan');
    if (!Number.isFinite(c)) return msg('validate.coord.infinite', { value: String(c) });
    return undefined;
  }
  if (c === null) return msg('validate.coord.null');
  if (c === undefined) return msg('validate.coord.missing');
  if (typeof c === 'string') {
    const n = Number(c);
    return c.trim() !== '' && Number.isFinite(n)
      ? msg('validate.coord.quoted', { text: JSON.stringify(c) })
      : msg('validate.coord.string', { text: JSON.stringify(c) });
  }
  return msg('validate.coord.notNumber', { got: valueMsg(c) });
}

function inRange(v: number, [lo, hi]: [number, number]): boolean {
  return v >= lo && v <= hi;
}

/** Checks one position; returns it when usable (two finite numbers within lon/lat range). */
function checkPosition(p: unknown, segs: Seg[], sink: Sink): Position | undefined {
  if (!Array.isArray(p)) {
    sink.add(segs, msg('validate.position.notArray', { got: valueMsg(p) }));
    return undefined;
  }
  if (p.length > 0 && p.every(Array.isArray)) {
    sink.add(segs, msg('validate.position.nested'));
    return undefined;
  }
  if (p.length < 2) {
    sink.add(segs, msg('validate.position.short', { count: p.length }));
    return undefined;
  }
  let usable = true;
  for (let k = 0; k < p.length; k++) {
    const problem = coordinateProblem(p[k]);
    if (problem) {
      sink.add([...segs, k], problem);
      usable = false;
    }
  }
  if (!usable) return undefined;
  const lon = p[0] as number;
  const lat = p[1] as number;
  if (inRange(lon, AREA_LAT) && inRange(lat, AREA_LON)) {
    sink.add(segs, msg('validate.position.swapped', { lon, lat, min: AREA_LON[0], max: AREA_LON[1] }));
    return undefined;
  }
  const lonBad = !inRange(lon, [-180, 180]);
  const latBad = !inRange(lat, [-90, 90]);
  const hint =
    latBad && inRange(lon, [-90, 90]) && inRange(lat, [-180, 180]) ? msg('validate.position.swapHint') : '';
  if (lonBad) sink.add([...segs, 0], msg('validate.position.lonRange', { lon }));
  if (latBad) sink.add([...segs, 1], msg('validate.position.latRange', { lat, hint }));
  return lonBad || latBad ? undefined : [lon, lat];
}

/** Checks a list of positions; returns the usable ones (all of them, or undefined if any is broken). */
function checkPositions(list: unknown, segs: Seg[], sink: Sink, what: Message): Vertex[] | undefined {
  if (!Array.isArray(list)) {
    sink.add(segs, msg('validate.positions.notArray', { what, got: valueMsg(list) }));
    return undefined;
  }
  if (list.length > 0 && list.every((x) => typeof x === 'number')) {
    sink.add(segs, msg('validate.positions.single', { what }));
    return undefined;
  }
  const out: Vertex[] = [];
  let ok = true;
  list.forEach((p, k) => {
    const pos = checkPosition(p, [...segs, k], sink);
    if (pos) out.push({ pos, segs: [...segs, k] });
    else ok = false;
  });
  return ok ? out : undefined;
}

function samePos(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((v, k) => v === b[k]);
}

function checkRing(ring: unknown, segs: Seg[], sink: Sink): Vertex[] | undefined {
  if (Array.isArray(ring) && ring.length === 0) {
    sink.add(segs, msg('validate.ring.empty'));
    return undefined;
  }
  const vs = checkPositions(ring, segs, sink, msg('validate.what.ring'));
  if (!vs) return undefined;
  const raw = ring as number[][];
  const first = raw[0];
  const last = raw[raw.length - 1];
  let ok = true;
  if (!samePos(first, last)) {
    sink.add(segs, msg('validate.ring.notClosed', { first: fmtPos(first), last: fmtPos(last) }));
    ok = false;
  }
  if (vs.length < 4) {
    sink.add(segs, msg('validate.ring.short', { count: vs.length }));
    ok = false;
  }
  if (!ok) return undefined;
  // Repeated consecutive positions are harmless but make kinks report false crossings.
  const dedup: Position[] = [];
  for (const v of vs) if (!dedup.length || !samePos(dedup[dedup.length - 1], v.pos)) dedup.push(v.pos);
  if (dedup.length < 4) {
    sink.add(segs, msg('validate.ring.noArea', { count: dedup.length - 1 }));
    return undefined;
  }
  const crossings = new Map<string, Position>();
  for (const k of kinks({ type: 'Polygon', coordinates: [dedup] }).features) {
    const [x, y] = k.geometry.coordinates;
    const p: Position = [Math.round(x * 1e6) / 1e6, Math.round(y * 1e6) / 1e6];
    crossings.set(p.join(','), p);
  }
  if (crossings.size) {
    const pts = [...crossings.values()];
    const shown = pts.slice(0, 3).map(fmtPos).join(', ');
    const more = pts.length > 3 ? msg('validate.ring.crossesMore', { count: pts.length - 3 }) : '';
    sink.add(segs, msg('validate.ring.crosses', { at: shown, more }));
  }
  return vs.slice(0, -1);
}

export function checkPolygonCoords(coords: unknown, segs: Seg[], sink: Sink, shapes: Shapes): void {
  if (!Array.isArray(coords)) {
    sink.add(segs, msg('validate.polygon.notArray', { got: valueMsg(coords) }));
    return;
  }
  if (coords.length === 0) {
    sink.add(segs, msg('validate.polygon.noRings'));
    return;
  }
  const vertices: Vertex[] = [];
  coords.forEach((ring, r) => {
    const vs = checkRing(ring, [...segs, r], sink);
    if (vs) vertices.push(...vs);
  });
  if (vertices.length) shapes.polygons.push(vertices);
}

function checkLineCoords(coords: unknown, segs: Seg[], sink: Sink, shapes: Shapes): void {
  const vs = checkPositions(coords, segs, sink, msg('validate.what.line'));
  if (!vs) return;
  if (vs.length < 2) sink.add(segs, msg('validate.line.short', { count: vs.length }));
  else shapes.lines.push(vs);
}

export function checkGeometry(g: unknown, segs: Seg[], sink: Sink, shapes: Shapes, plan: boolean): void {
  if (g === undefined) {
    sink.add(segs, msg('validate.geometry.missing'));
    return;
  }
  if (g === null) {
    if (plan) sink.add(segs, 'geometry is null: every plan feature needs a geometry');
    return;
  }
  if (!isRecord(g)) {
    sink.add(segs, msg('validate.geometry.notObject', { got: valueMsg(g) }));
    return;
  }
  const type = g.type;
  if (typeof type !== 'string' || !GEOMETRY_TYPES.includes(type)) {
    const hint = typeof type === 'string' ? suggestionMsg(type, GEOMETRY_TYPES) : '';
    sink.add(
      [...segs, 'type'],
      type === undefined
        ? msg('validate.geometry.typeMissing')
        : msg('validate.geometry.typeUnknown', {
            type: typeof type === 'string' ? JSON.stringify(type) : valueMsg(type),
            hint,
            types: GEOMETRY_TYPES.join(', '),
          }),
    );
    return;
  }
  shapes.types.add(type);
  if (type === 'GeometryCollection') {
    if (plan) {
      sink.add(
        [...segs, 'type'],
        'GeometryCollection is not used in plan data: make one feature per geometry',
      );
      return;
    }
    const children = g.geometries;
    if (!Array.isArray(children)) {
      sink.add([...segs, 'geometries'], msg('validate.geometry.childrenWrong', { got: valueMsg(children) }));
      return;
    }
    children.forEach((child, k) => {
      if (child === null) sink.add([...segs, 'geometries', k], msg('validate.geometry.null'));
      else checkGeometry(child, [...segs, 'geometries', k], sink, shapes, plan);
    });
    return;
  }
  const cs = [...segs, 'coordinates'];
  const coords = g.coordinates;
  if (coords === undefined) {
    sink.add(cs, msg('validate.geometry.noCoordinates', { type }));
    return;
  }
  if (!Array.isArray(coords)) {
    sink.add(cs, msg('validate.geometry.coordinatesWrong', { got: valueMsg(coords) }));
    return;
  }
  const eachPart = (what: Message, fn: (part: unknown, k: number) => void) => {
    if (coords.length === 0) sink.add(cs, msg('validate.geometry.noParts', { type, what }));
    else if (coords.every((x) => typeof x === 'number'))
      sink.add(cs, msg('validate.geometry.singlePart', { what }));
    else coords.forEach(fn);
  };
  switch (type) {
    case 'Point': {
      const pos = checkPosition(coords, cs, sink);
      if (pos) shapes.points.push({ pos, segs: cs });
      break;
    }
    case 'MultiPoint':
      eachPart(msg('validate.what.positions'), (p, k) => {
        const pos = checkPosition(p, [...cs, k], sink);
        if (pos) shapes.points.push({ pos, segs: [...cs, k] });
      });
      break;
    case 'LineString':
      checkLineCoords(coords, cs, sink, shapes);
      break;
    case 'MultiLineString':
      eachPart(msg('validate.what.lines'), (l, k) => checkLineCoords(l, [...cs, k], sink, shapes));
      break;
    case 'Polygon':
      checkPolygonCoords(coords, cs, sink, shapes);
      break;
    case 'MultiPolygon':
      eachPart(msg('validate.what.polygons'), (p, k) => checkPolygonCoords(p, [...cs, k], sink, shapes));
      break;
  }
}
