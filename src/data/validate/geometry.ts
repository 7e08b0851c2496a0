/**
 * Geometry checks: walks a feature's GeoJSON geometry with exact paths and clear words
 * (positions, swapped lon/lat, rings closed and not crossing themselves, lines, polygons),
 * and collects the usable positions (`Shapes`) for the domain checks.
 */
import { type Message, msg } from '../../i18n/i18n.ts';
import { describeValue, fmtPos, isRecord, type Seg, type Sink, suggestion } from './issues.ts';
import { checkRings } from './rings.ts';

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

function coordinateProblem(c: unknown): string | [string, Message] | undefined {
  if (typeof c === 'number') {
    if (Number.isNaN(c)) return 'coordinate is NaN';
    if (!Number.isFinite(c)) return `coordinate is ${c}`;
    return undefined;
  }
  if (c === null) return ['coordinate is null', msg('validate.coordinateNull')];
  if (c === undefined) return ['coordinate is missing', msg('validate.coord.missing')];
  if (typeof c === 'string') {
    const n = Number(c);
    const value = JSON.stringify(c);
    return c.trim() !== '' && Number.isFinite(n)
      ? [
          `coordinate is the string ${value}: write the number without quotes`,
          msg('validate.coordinateQuoted', { value }),
        ]
      : [`coordinate is the string ${value}, not a number`, msg('validate.coord.string', { text: value })];
  }
  return `coordinate must be a number, got ${describeValue(c)}`;
}

function inRange(v: number, [lo, hi]: [number, number]): boolean {
  return v >= lo && v <= hi;
}

/** Checks one position; returns it when usable (two finite numbers within lon/lat range). */
function checkPosition(p: unknown, segs: Seg[], sink: Sink): Position | undefined {
  if (!Array.isArray(p)) {
    sink.add(segs, `position must be an array [lon, lat], got ${describeValue(p)}`);
    return undefined;
  }
  if (p.length > 0 && p.every(Array.isArray)) {
    sink.add(
      segs,
      'expected a position [lon, lat] but found a list of positions: is there an extra level of [ ]?',
    );
    return undefined;
  }
  if (p.length < 2) {
    sink.add(segs, `position must hold two numbers [lon, lat], got ${p.length}`);
    return undefined;
  }
  let usable = true;
  for (let k = 0; k < p.length; k++) {
    const problem = coordinateProblem(p[k]);
    if (problem) {
      if (typeof problem === 'string') sink.add([...segs, k], problem);
      else sink.add([...segs, k], ...problem);
      usable = false;
    }
  }
  if (!usable) return undefined;
  const lon = p[0] as number;
  const lat = p[1] as number;
  if (inRange(lon, AREA_LAT) && inRange(lat, AREA_LON)) {
    sink.add(
      segs,
      `longitude ${lon} / latitude ${lat} look swapped (lon must be ${AREA_LON[0]}–${AREA_LON[1]} here): write [${lat}, ${lon}]`,
      msg('validate.swapped', { lon, lat, lo: AREA_LON[0], hi: AREA_LON[1] }),
    );
    return undefined;
  }
  const lonBad = !inRange(lon, [-180, 180]);
  const latBad = !inRange(lat, [-90, 90]);
  const swapHint =
    latBad && inRange(lon, [-90, 90]) && inRange(lat, [-180, 180]) ? ' (are lon and lat swapped?)' : '';
  if (lonBad)
    sink.add([...segs, 0], `longitude ${lon} is outside -180…180`, msg('validate.lonRange', { lon }));
  if (latBad)
    sink.add(
      [...segs, 1],
      `latitude ${lat} is outside -90…90${swapHint}`,
      msg(swapHint ? 'validate.latRangeSwapped' : 'validate.latRange', { lat }),
    );
  return lonBad || latBad ? undefined : [lon, lat];
}

/** Checks a list of positions; returns the usable ones (all of them, or undefined if any is broken). */
function checkPositions(list: unknown, segs: Seg[], sink: Sink, what: string): Vertex[] | undefined {
  if (!Array.isArray(list)) {
    sink.add(segs, `${what} must be an array of positions, got ${describeValue(list)}`);
    return undefined;
  }
  if (list.length > 0 && list.every((x) => typeof x === 'number')) {
    sink.add(
      segs,
      `expected ${what} (a list of [lon, lat] positions) but found a single position: is a level of [ ] missing?`,
    );
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

/** Checks a ring whose positions are usable; returns it closed, without repeated consecutive positions. */
function checkRing(ring: unknown, vs: Vertex[], segs: Seg[], sink: Sink): Position[] | undefined {
  const raw = ring as number[][];
  const first = raw[0];
  const last = raw[raw.length - 1];
  let ok = true;
  if (!samePos(first, last)) {
    sink.add(
      segs,
      `ring is not closed: first position ${fmtPos(first)} differs from last ${fmtPos(last)}`,
      msg('validate.ringNotClosed', { first: fmtPos(first), last: fmtPos(last) }),
    );
    ok = false;
  }
  if (vs.length < 4) {
    sink.add(
      segs,
      `ring has ${vs.length} positions: it needs at least 4, the last repeating the first`,
      msg('validate.ringShort', { n: vs.length }),
    );
    ok = false;
  }
  if (!ok) return undefined;
  // Repeated consecutive positions are harmless but would count as false crossings.
  const dedup: Position[] = [];
  for (const v of vs) if (!dedup.length || !samePos(dedup[dedup.length - 1], v.pos)) dedup.push(v.pos);
  if (dedup.length < 4) {
    sink.add(segs, `ring encloses no area: it has only ${dedup.length - 1} distinct positions`);
    return undefined;
  }
  return dedup;
}

export function checkPolygonCoords(coords: unknown, segs: Seg[], sink: Sink, shapes: Shapes): void {
  if (!Array.isArray(coords)) {
    sink.add(segs, `polygon coordinates must be an array of rings, got ${describeValue(coords)}`);
    return;
  }
  if (coords.length === 0) {
    sink.add(segs, 'polygon has no rings: it needs at least its outer ring');
    return;
  }
  const vertices: Vertex[] = [];
  const rings = coords.map((ring, r) => {
    if (Array.isArray(ring) && ring.length === 0) {
      sink.add(
        [...segs, r],
        'ring is empty: a ring needs at least 4 positions, the last repeating the first',
        msg('validate.ring.empty'),
      );
      return undefined;
    }
    const vs = checkPositions(ring, [...segs, r], sink, 'a ring');
    const closed = vs && checkRing(ring, vs, [...segs, r], sink);
    if (closed) for (let k = 0; k < vs.length - 1; k++) vertices.push(vs[k]);
    return closed;
  });
  checkRings(rings, segs, sink);
  if (vertices.length) shapes.polygons.push(vertices);
}

function checkLineCoords(coords: unknown, segs: Seg[], sink: Sink, shapes: Shapes): void {
  const vs = checkPositions(coords, segs, sink, 'a line');
  if (!vs) return;
  if (vs.length < 2)
    sink.add(
      segs,
      `a line needs at least 2 positions, got ${vs.length}`,
      msg('validate.lineShort', { n: vs.length }),
    );
  else shapes.lines.push(vs);
}

/** GeometryCollections nested deeper than this are refused (RFC 7946 advises against any nesting). */
const MAX_COLLECTION_DEPTH = 8;

export function checkGeometry(
  g: unknown,
  segs: Seg[],
  sink: Sink,
  shapes: Shapes,
  plan: boolean,
  depth = 0,
): void {
  if (g === undefined) {
    sink.add(
      segs,
      'geometry is missing: every feature needs a "geometry" member',
      msg('validate.geometryMissing'),
    );
    return;
  }
  if (g === null) {
    if (plan) sink.add(segs, 'geometry is null: every plan feature needs a geometry');
    else sink.add(segs, 'no geometry: nothing to draw', msg('validate.noGeometry'));
    return;
  }
  if (!isRecord(g)) {
    sink.add(segs, `geometry must be an object, got ${describeValue(g)}`);
    return;
  }
  const type = g.type;
  if (typeof type !== 'string' || !GEOMETRY_TYPES.includes(type)) {
    const hint = typeof type === 'string' ? suggestion(type, GEOMETRY_TYPES) : '';
    sink.add(
      [...segs, 'type'],
      type === undefined
        ? 'geometry type is missing'
        : `unknown geometry type ${typeof type === 'string' ? JSON.stringify(type) : describeValue(type)}${hint}: types are ${GEOMETRY_TYPES.join(', ')} (case matters)`,
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
    if (depth >= MAX_COLLECTION_DEPTH) {
      sink.add(
        segs,
        `GeometryCollections are nested more than ${MAX_COLLECTION_DEPTH} deep here: flatten them into one collection`,
      );
      return;
    }
    const children = g.geometries;
    if (!Array.isArray(children)) {
      sink.add([...segs, 'geometries'], `geometries must be an array, got ${describeValue(children)}`);
      return;
    }
    children.forEach((child, k) => {
      if (child === null) sink.add([...segs, 'geometries', k], msg('validate.geometry.null'));
      else checkGeometry(child, [...segs, 'geometries', k], sink, shapes, plan, depth + 1);
    });
    return;
  }
  const cs = [...segs, 'coordinates'];
  const coords = g.coordinates;
  if (coords === undefined) {
    sink.add(cs, `${type} has no "coordinates"`);
    return;
  }
  if (!Array.isArray(coords)) {
    sink.add(cs, `coordinates must be an array, got ${describeValue(coords)}`);
    return;
  }
  const eachPart = (what: string, fn: (part: unknown, k: number) => void) => {
    if (coords.length === 0) sink.add(cs, `${type} has no ${what}`);
    else if (coords.every((x) => typeof x === 'number'))
      sink.add(cs, `expected a list of ${what} but found a single position: is a level of [ ] missing?`);
    else coords.forEach(fn);
  };
  switch (type) {
    case 'Point': {
      const pos = checkPosition(coords, cs, sink);
      if (pos) shapes.points.push({ pos, segs: cs });
      break;
    }
    case 'MultiPoint':
      eachPart('positions', (p, k) => {
        const pos = checkPosition(p, [...cs, k], sink);
        if (pos) shapes.points.push({ pos, segs: [...cs, k] });
      });
      break;
    case 'LineString':
      checkLineCoords(coords, cs, sink, shapes);
      break;
    case 'MultiLineString':
      eachPart('lines', (l, k) => checkLineCoords(l, [...cs, k], sink, shapes));
      break;
    case 'Polygon':
      checkPolygonCoords(coords, cs, sink, shapes);
      break;
    case 'MultiPolygon':
      eachPart('polygons', (p, k) => checkPolygonCoords(p, [...cs, k], sink, shapes));
      break;
  }
}
