/**
 * The register of located commitments (geodata/commitments.json): its schema, unique ids,
 * the features it names, and whether each commitment's location level agrees with them. With
 * every plan file read, also that every plan feature belongs to at least one commitment and
 * that town-level features stand at their town's seat.
 */
import { geodesicDistanceM } from '../../geo/measure.ts';
import { CONTEXT_LAYERS, commitmentsFileSchema, type LayerId } from '../schema.ts';
import { formatPath, isRecord, type Seg, type ValidationIssue } from './issues.ts';
import { checkPlanRef, type PlanIndex } from './plan-text.ts';
import { describeZodIssues } from './zod-messages.ts';

export const REGISTER_FILE = 'commitments.json';

/** geodata/commitments.json, or a part of it being written (`commitments.<part>.json`). */
export function isRegisterFile(file: string): boolean {
  return /^commitments(\.[\w-]+)?\.json$/.test(file.split(/[\\/]/).pop() ?? '');
}

/** What the register needs to know of a plan feature. */
export interface FeatureFacts {
  layer: LayerId;
  accuracy: string;
  geometry: GeoJSON.Geometry;
  townId?: string;
  file: string;
}

/** How far a town-level feature may stand from its township's seat. */
export const TOWN_SEAT_TOLERANCE_M = 50;

export interface RegisterOptions {
  /** Every plan feature by id, once every layer file is read. */
  features: ReadonlyMap<string, FeatureFacts>;
  /** Check that every plan feature outside the context layers belongs to some commitment. */
  requireEveryFeature?: boolean;
  /** The plan text, to check each plan_ref's paragraph and quote; without it only the schema applies. */
  plan?: PlanIndex;
}

export function validateRegister(value: unknown, file: string, opts: RegisterOptions): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const list = isRecord(value) && Array.isArray(value.commitments) ? value.commitments : undefined;
  const entryId = (k: unknown) => {
    const e = typeof k === 'number' && list ? list[k] : undefined;
    return isRecord(e) && typeof e.id === 'string' ? e.id : undefined;
  };
  const push = (path: readonly PropertyKey[], message: string) => {
    const issue: ValidationIssue = { file, path: formatPath(path as Seg[]), message };
    if (path[0] === 'commitments' && typeof path[1] === 'number') {
      issue.featureIndex = path[1];
      const id = entryId(path[1]);
      if (id !== undefined) issue.featureId = id;
    }
    issues.push(issue);
  };

  const parsed = commitmentsFileSchema.safeParse(value);
  if (!parsed.success)
    for (const d of describeZodIssues(parsed.error.issues, value, commitmentsFileSchema))
      push(d.path, d.message);
  if (!list) return issues;

  const first = new Map<string, number>();
  const covered = new Set<string>();
  list.forEach((entry, k) => {
    if (!isRecord(entry)) return;
    const at = (...segs: Seg[]) => ['commitments', k, ...segs];
    if (opts.plan)
      for (const f of checkPlanRef(entry.plan_ref, opts.plan)) push(at('plan_ref', ...f.path), f.message);
    const id = entryId(k);
    if (id !== undefined) {
      const f = first.get(id);
      if (f !== undefined)
        push(at('id'), `duplicate id ${JSON.stringify(id)} (first used by commitments[${f}])`);
      else first.set(id, k);
    }
    const features = Array.isArray(entry.features)
      ? entry.features.filter((x): x is string => typeof x === 'string')
      : [];
    const known: FeatureFacts[] = [];
    features.forEach((fid, j) => {
      covered.add(fid);
      const facts = opts.features.get(fid);
      if (!facts) push(at('features', j), `no plan feature has the id ${JSON.stringify(fid)}`);
      else known.push(facts);
      if (features.indexOf(fid) !== j)
        push(at('features', j), `feature ${JSON.stringify(fid)} is listed twice`);
    });
    const level = entry.location;
    if (level === 'mapped' || level === 'town') {
      if (features.length === 0)
        push(at('features'), `a commitment located "${level}" needs at least one feature that places it`);
    } else if ((level === 'district' || level === 'not-located') && features.length > 0) {
      push(
        at('features'),
        `a commitment located "${level}" has no feature of its own, but ${features.length} are listed: use "mapped" or "town", or list none`,
      );
    }
    if (level === 'mapped') {
      const town = features.filter((fid) => opts.features.get(fid)?.accuracy === 'town');
      if (town.length > 0)
        push(
          at('location'),
          `located "mapped" but ${town.map((x) => JSON.stringify(x)).join(', ')} stand${town.length === 1 ? 's' : ''} only at town level: use "town"`,
        );
    }
    if (level === 'town') {
      const precise = features.filter((fid) => {
        const a = opts.features.get(fid)?.accuracy;
        return a !== undefined && a !== 'town';
      });
      if (precise.length > 0)
        push(
          at('location'),
          `located "town" but ${precise.map((x) => JSON.stringify(x)).join(', ')} ${precise.length === 1 ? 'is' : 'are'} drawn as a site (geometry_accuracy not "town"): use "mapped", or place the feature at town level`,
        );
    }
    if (level === 'not-located' && !isRecord(entry.note))
      push(at('note'), 'a "not-located" commitment needs a note (zh and en) saying why it cannot be mapped');
  });

  if (opts.requireEveryFeature) {
    for (const [fid, facts] of opts.features) {
      if (CONTEXT_LAYERS.includes(facts.layer) || covered.has(fid)) continue;
      push(
        [],
        `plan feature ${JSON.stringify(fid)} (${facts.file}) belongs to no commitment: add it to the features of the commitment it places`,
      );
    }
  }
  return issues;
}

/**
 * Town-level features stand at their township's seat: `town_id` names a feature of the
 * townships layer and the feature's point lies within TOWN_SEAT_TOLERANCE_M of it.
 */
export function checkTownPlacements(features: ReadonlyMap<string, FeatureFacts>): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const [fid, f] of features) {
    if (f.accuracy !== 'town' || !f.townId) continue;
    const seat = features.get(f.townId);
    const issue = (message: string) =>
      issues.push({ file: f.file, featureId: fid, path: 'properties.town_id', message });
    if (seat?.layer !== 'townships') {
      issue(`town_id ${JSON.stringify(f.townId)} is not the id of a township in townships.geojson`);
      continue;
    }
    if (f.geometry.type !== 'Point' || seat.geometry.type !== 'Point') continue;
    const d = geodesicDistanceM(f.geometry.coordinates, seat.geometry.coordinates);
    if (d > TOWN_SEAT_TOLERANCE_M)
      issue(
        `a town-level feature stands at its town's seat, but this one is ${Math.round(d)} m from the seat of ${f.townId} (at most ${TOWN_SEAT_TOLERANCE_M} m)`,
      );
  }
  return issues;
}
