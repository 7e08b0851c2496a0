/**
 * The plan's spatial relations (geodata/relations.json), checked against the geometry: each
 * broken relation gets one message naming both features, the relation and what was measured
 * (the share or area that lies outside, the overlap, the distance). Areas are ellipsoidal;
 * clipping is planar in lon/lat (src/geo/clip.ts), far finer than the drawings' own precision.
 */
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { pointToLineDistance } from '@turf/point-to-line-distance';
import { intersectAreal } from '../../geo/clip.ts';
import { geodesicAreaM2, geodesicDistanceM } from '../../geo/measure.ts';
import { type RelationKind, relationsFileSchema } from '../schema.ts';
import { formatPath, type Seg, type ValidationIssue } from './issues.ts';
import { checkPlanRef, type PlanIndex } from './plan-text.ts';
import { describeZodIssues } from './zod-messages.ts';

export const RELATIONS_FILE = 'relations.json';

/** geodata/relations.json, or a part of it being written (`relations.<part>.json`). */
export function isRelationsFile(file: string): boolean {
  return /^relations(\.[\w-]+)?\.json$/.test(file.split(/[\\/]/).pop() ?? '');
}

/** Default tolerances: a share of area or length, km² of overlap, metres from a line. */
export const RELATION_TOLERANCE: Record<RelationKind, number> = {
  within: 0.02,
  contains: 0.02,
  crosses: 0,
  disjoint: 0.01,
  'on-line': 150,
};

type Areal = GeoJSON.Polygon | GeoJSON.MultiPolygon;
type Lines = GeoJSON.LineString | GeoJSON.MultiLineString;

const isAreal = (g: GeoJSON.Geometry): g is Areal => g.type === 'Polygon' || g.type === 'MultiPolygon';
const isLines = (g: GeoJSON.Geometry): g is Lines => g.type === 'LineString' || g.type === 'MultiLineString';

function points(g: GeoJSON.Geometry): GeoJSON.Position[] {
  if (g.type === 'Point') return [g.coordinates];
  if (g.type === 'MultiPoint') return g.coordinates;
  return [];
}

function paths(g: Lines): GeoJSON.Position[][] {
  return g.type === 'LineString' ? [g.coordinates] : g.coordinates;
}

/** Positions along a line every `stepM` metres or less, for measuring how much of it lies in an area. */
function samples(g: Lines, stepM = 50): { at: GeoJSON.Position; weightM: number }[] {
  const out: { at: GeoJSON.Position; weightM: number }[] = [];
  for (const path of paths(g)) {
    for (let i = 1; i < path.length; i++) {
      const [a, b] = [path[i - 1], path[i]];
      const len = geodesicDistanceM(a, b);
      const n = Math.max(1, Math.ceil(len / stepM));
      for (let k = 0; k < n; k++) {
        const t = (k + 0.5) / n;
        out.push({ at: [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t], weightM: len / n });
      }
    }
  }
  return out;
}

const km2 = (m2: number) => `${(m2 / 1e6).toFixed(3)} km²`;
const pct = (share: number) => `${(share * 100).toFixed(1)} %`;
const metres = (m: number) => (m >= 1000 ? `${(m / 1000).toFixed(2)} km` : `${Math.round(m)} m`);

function inside(p: GeoJSON.Position, area: Areal): boolean {
  return booleanPointInPolygon(p, area);
}

/** The share (0–1) of `part` that lies outside `whole`, and how much that is, in words. */
function outside(part: GeoJSON.Geometry, whole: Areal): { share: number; amount: string } | string {
  if (isAreal(part)) {
    const total = geodesicAreaM2(part);
    const overlap = intersectAreal(part, whole);
    const out = Math.max(0, total - (overlap ? geodesicAreaM2(overlap) : 0));
    return { share: total > 0 ? out / total : 0, amount: km2(out) };
  }
  if (isLines(part)) {
    const s = samples(part);
    const total = s.reduce((sum, x) => sum + x.weightM, 0);
    const out = s.filter((x) => !inside(x.at, whole)).reduce((sum, x) => sum + x.weightM, 0);
    return { share: total > 0 ? out / total : 0, amount: metres(out) };
  }
  const pts = points(part);
  if (pts.length === 0) return `cannot place a ${part.type} inside an area`;
  const out = pts.filter((p) => !inside(p, whole)).length;
  return { share: out / pts.length, amount: `${out} of ${pts.length} point${pts.length === 1 ? '' : 's'}` };
}

/** Checks one relation; returns what is wrong in words, or null when it holds. */
export function checkRelation(
  kind: RelationKind,
  a: GeoJSON.Geometry,
  b: GeoJSON.Geometry,
  tolerance = RELATION_TOLERANCE[kind],
): string | null {
  switch (kind) {
    case 'within':
    case 'contains': {
      const [part, whole] = kind === 'within' ? [a, b] : [b, a];
      if (!isAreal(whole)) return `${kind === 'within' ? 'b' : 'a'} must be an area, got a ${whole.type}`;
      const r = outside(part, whole);
      if (typeof r === 'string') return r;
      return r.share > tolerance
        ? `${pct(r.share)} (${r.amount}) lies outside, more than the ${pct(tolerance)} allowed`
        : null;
    }
    case 'disjoint': {
      if (isAreal(a) && isAreal(b)) {
        const overlap = intersectAreal(a, b);
        const m2 = overlap ? geodesicAreaM2(overlap) : 0;
        return m2 / 1e6 > tolerance ? `they overlap by ${km2(m2)} (at most ${tolerance} km² allowed)` : null;
      }
      const [area, other] = isAreal(a) ? [a, b] : isAreal(b) ? [b, a] : [null, null];
      if (!area || !other) return 'disjoint needs at least one area';
      const r = outside(other, area);
      if (typeof r === 'string') return r;
      return r.share < 1 ? `${pct(1 - r.share)} lies inside the area, which must hold none of it` : null;
    }
    case 'on-line': {
      const pts = points(a);
      if (pts.length === 0) return `a must be a point, got a ${a.type}`;
      if (!isLines(b)) return `b must be a line, got a ${b.type}`;
      const far = Math.max(
        ...pts.map((p) =>
          Math.min(
            ...paths(b).map((l) =>
              pointToLineDistance(p, { type: 'LineString', coordinates: l }, { units: 'meters' }),
            ),
          ),
        ),
      );
      return far > tolerance
        ? `the point is ${metres(far)} from the line (at most ${metres(tolerance)})`
        : null;
    }
    case 'crosses': {
      if (!isLines(a)) return `a must be a line, got a ${a.type}`;
      if (!isAreal(b)) return `b must be an area, got a ${b.type}`;
      const r = outside(a, b);
      if (typeof r === 'string') return r;
      return 1 - r.share <= tolerance ? 'the line does not pass through the area' : null;
    }
  }
}

/** Validates relations.json: its schema, that both features exist, and that every relation holds. */
export function validateRelations(
  value: unknown,
  file: string,
  geometries: ReadonlyMap<string, GeoJSON.Geometry>,
  plan?: PlanIndex,
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const push = (path: Seg[], message: string) => {
    const issue: ValidationIssue = { file, path: formatPath(path), message };
    if (typeof path[1] === 'number') issue.featureIndex = path[1];
    issues.push(issue);
  };
  const parsed = relationsFileSchema.safeParse(value);
  if (!parsed.success) {
    for (const d of describeZodIssues(parsed.error.issues, value, relationsFileSchema))
      push(d.path as Seg[], d.message);
    return issues;
  }
  parsed.data.relations.forEach((r, k) => {
    if (plan)
      for (const f of checkPlanRef(r.plan_ref, plan))
        push(['relations', k, 'plan_ref', ...f.path], f.message);
    const ga = geometries.get(r.a);
    const gb = geometries.get(r.b);
    for (const [side, id, g] of [
      ['a', r.a, ga],
      ['b', r.b, gb],
    ] as const)
      if (!g) push(['relations', k, side], `no plan feature has the id ${JSON.stringify(id)}`);
    if (!ga || !gb) return;
    const problem = checkRelation(r.kind, ga, gb, r.tolerance);
    if (problem) push(['relations', k], `${r.a} ${r.kind} ${r.b} does not hold: ${problem}`);
  });
  return issues;
}
