/**
 * The import path as one pure function, run by the data worker and by the unit tests:
 * a user's file goes through the same validator as geodata/ (`validateUserCollection`, the
 * user checks: GeoJSON structure and geometry, not the plan's property schema). Features
 * with issues are listed and left out; the valid ones come back with their measures.
 *
 * No district-boundary context is passed: a planner's file may reach beyond the district
 * (a corridor, a neighbouring site), so "outside the district" is not an error here
 * (docs/decisions/0011-imports-validated-in-the-data-worker.md).
 */

import { featureBounds } from '../../geo/bounds.ts';
import { geodesicAreaM2, geodesicLengthM } from '../../geo/measure.ts';
import { type Message, msg, say } from '../../i18n/i18n.ts';
import type { Seg } from '../validate/issues.ts';
import { cleanBigIntegers } from '../validate/properties.ts';
import { formatPath, parseJsonText, type ValidationIssue, validateUserCollection } from '../validate.ts';
import { type CrsDetection, detectCrs, reprojectToWgs84 } from './crs.ts';
import { gaussKrugerZone } from './gauss-kruger-zones.ts';
import { IMPORT_LIMITS } from './import-limits.ts';

export interface ImportIssueRow {
  /** `#4 "Site A"` (1-based, with the feature's name or id), or '' for the whole file. */
  feature: string;
  /** JSON path of the offending value, e.g. `features[3].geometry.coordinates[0][5]`. */
  path: string;
  problem: string;
  /** The problem as a message code, for the reader's language, when there is one. */
  says?: Message;
}

export interface ImportedRow {
  /** Index in the file. */
  index: number;
  name: string;
  type: string;
  areaM2: number;
  lengthM: number;
}

export interface ImportCheck {
  /** Features in the file (0 when it is not a FeatureCollection). */
  total: number;
  /** The file as a whole was refused (not JSON, not a FeatureCollection). */
  refused: boolean;
  issues: ImportIssueRow[];
  /** What was imported but changed or worth knowing (a value kept as text, a renamed id, the encoding). */
  warnings: ImportIssueRow[];
  /** Valid features that have a geometry, in file order, ready for the map. */
  valid: GeoJSON.Feature[];
  rows: ImportedRow[];
  totals: { areaM2: number; lengthM: number };
  /** [w, s, e, n] of the valid features, if any. */
  bbox?: [number, number, number, number];
  /** The Gauss–Krüger zone the file was read in, and how it was known (a guess can be changed). */
  zone?: { epsg: number; from: 'crs' | 'prj' | 'prefix' | 'default' | 'chosen' };
  /** Which of a zip's shapefiles this is, when it holds several: each is imported as a layer of its own. */
  part?: ZipPart;
}

export interface ZipPart {
  /** The `.shp` read, by its path in the zip. */
  shapefile: string;
  /** Every `.shp` in the zip, in the order they are imported. */
  shapefiles: string[];
}

export type ImportPhase = 'parsing' | 'validating' | 'measuring';

/** An import refused as a whole, for one reason. */
export function refusedCheck(problem: string, total = 0, says?: Message): ImportCheck {
  return {
    total,
    refused: true,
    issues: [says ? { feature: '', path: '', problem, says } : { feature: '', path: '', problem }],
    warnings: [],
    valid: [],
    rows: [],
    totals: { areaM2: 0, lengthM: 0 },
  };
}

/** Positions in a parsed collection's geometries, counted without recursion, up to `stop`. */
function countPositions(features: unknown[], stop: number): number {
  let n = 0;
  const stack: unknown[] = [];
  for (const f of features) if (isRecord(f)) stack.push(f.geometry);
  while (stack.length > 0 && n <= stop) {
    const v = stack.pop();
    if (!isRecord(v) && !Array.isArray(v)) continue;
    if (isRecord(v)) {
      if (Array.isArray(v.geometries)) for (const g of v.geometries) stack.push(g);
      else stack.push(v.coordinates);
      continue;
    }
    if (v.length > 0 && typeof v[0] === 'number') n++;
    else for (const c of v) stack.push(c);
  }
  return n;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Property names that hold a feature's name, in order; shapefile fields are often upper case. */
const NAME_KEYS = ['name', 'name_zh', 'name_en', '名称', 'title', 'id'];

function featureName(f: unknown, index: number): string {
  const p = isRecord(f) && isRecord(f.properties) ? f.properties : {};
  const byKey = new Map(Object.keys(p).map((k) => [k.toLowerCase(), k]));
  for (const name of NAME_KEYS) {
    const key = name in p ? name : byKey.get(name);
    if (key === undefined) continue;
    const v = p[key];
    if (typeof v === 'string' && v.trim() !== '') return v;
    if (typeof v === 'number') return String(v);
  }
  return `#${index + 1}`;
}

function featureLabel(f: unknown, index: number): string {
  const name = featureName(f, index);
  return name === `#${index + 1}` ? name : `#${index + 1} “${name}”`;
}

function issueRow(i: ValidationIssue, features: unknown[]): ImportIssueRow {
  const row: ImportIssueRow = {
    feature: i.featureIndex === undefined ? '' : featureLabel(features[i.featureIndex], i.featureIndex),
    path: i.path,
    problem: i.message,
  };
  if (i.says) row.says = i.says;
  return row;
}

/**
 * Renames a feature's `id` (and `properties.id`) when an earlier feature of the file already
 * used it, to `x (2)`, `x (3)`…, so that no feature hides another on the map or in a search;
 * returns one warning per renaming.
 */
function uniqueIds(
  feature: GeoJSON.Feature,
  index: number,
  seen: { feature: Map<string, number>; property: Map<string, number> },
): ImportIssueRow[] {
  const out: ImportIssueRow[] = [];
  const props = isRecord(feature.properties) ? feature.properties : undefined;
  const rename = (value: unknown, map: Map<string, number>, path: Seg[]): string | undefined => {
    if (typeof value !== 'string' && typeof value !== 'number') return undefined;
    const id = String(value);
    const first = map.get(id);
    if (first === undefined) {
      map.set(id, index);
      return undefined;
    }
    let k = 2;
    while (map.has(`${id} (${k})`)) k++;
    const renamed = `${id} (${k})`;
    map.set(renamed, index);
    out.push({
      feature: featureLabel(feature, index),
      path: formatPath(path),
      problem: `id ${JSON.stringify(value)} is already used by feature #${first + 1}: renamed ${JSON.stringify(renamed)}`,
      says: {
        key: 'import.idRenamed',
        params: { id: JSON.stringify(value), first: first + 1, renamed: JSON.stringify(renamed) },
      },
    });
    return renamed;
  };
  const fid = rename(feature.id, seen.feature, ['features', index, 'id']);
  if (fid !== undefined) feature.id = fid;
  const pid = props ? rename(props.id, seen.property, ['features', index, 'properties', 'id']) : undefined;
  if (props && pid !== undefined) props.id = pid;
  return out;
}

const REPROJECTED_SAYS = {
  crs: 'import.reprojected',
  prj: 'import.reprojected',
  prefix: 'import.reprojectedFromPrefix',
  default: 'import.reprojectedGuessed',
  chosen: 'import.reprojectedChosen',
} as const;

/** How a file's positions are to be read when it is not all up to `detectCrs`. */
export interface CrsOptions {
  /** The system the file's format names outside the GeoJSON (a shapefile's `.prj`; KML is WGS84). */
  crs?: CrsDetection;
  /** Where that system was named, for the warning's path (`site.prj`). */
  crsPath?: string;
  /** The CGCS2000 Gauss–Krüger zone the user chose in place of the guessed one. */
  zoneEpsg?: number;
}

/**
 * Brings a parsed file to WGS84 before the checks (whose ranges are degrees): a CGCS2000
 * Gauss–Krüger file (or one whose `.prj` proj4 reads) is reprojected, saying so; a projected file
 * of any other system is refused, saying how to reproject it.
 */
function toWgs84(
  file: unknown,
  options: CrsOptions,
): { warning?: ImportIssueRow; refusal?: Message; zone?: ImportCheck['zone'] } {
  let crs = options.crs ?? detectCrs(file);
  const chosen = options.zoneEpsg === undefined ? undefined : gaussKrugerZone(options.zoneEpsg);
  if (crs.kind === 'gauss-kruger' && crs.from === 'default' && chosen)
    crs = { kind: 'gauss-kruger', zone: chosen, from: 'chosen' };
  if (crs.kind === 'geographic') return {};
  if (crs.kind === 'unsupported') return { refusal: msg('import.crsUnsupported', { name: crs.name }) };
  if (crs.kind === 'unknown-projected')
    return { refusal: msg('import.crsUnknownProjected', { x: crs.sample[0], y: crs.sample[1] }) };
  const path =
    crs.kind === 'proj4' || crs.from === 'prj' ? (options.crsPath ?? '') : crs.from === 'crs' ? 'crs' : '';
  if (crs.kind === 'proj4') {
    reprojectToWgs84(file, crs.definition);
    const says = msg('import.reprojectedPrj', { name: crs.name });
    return { warning: { feature: '', path, problem: say('en', says), says } };
  }
  reprojectToWgs84(file, crs.zone);
  const says = msg(REPROJECTED_SAYS[crs.from], {
    zone: crs.zone.zone,
    cm: crs.zone.centralMeridian,
    epsg: crs.zone.epsg,
  });
  return {
    warning: { feature: '', path, problem: say('en', says), says },
    zone: { epsg: crs.zone.epsg, from: crs.from },
  };
}

/** Checks a GeoJSON file's text (see `checkCollection`). */
export function checkImport(
  text: string,
  fileName: string,
  onPhase?: (phase: ImportPhase) => void,
  options: CrsOptions = {},
): ImportCheck {
  onPhase?.('parsing');
  const parsed = parseJsonText(text, fileName);
  if (parsed.value === undefined) return refusedRows(parsed.issues.map((i) => issueRow(i, [])));
  return checkCollection(parsed.value, fileName, onPhase, options);
}

/** A refusal listing the file's issues. */
function refusedRows(issues: ImportIssueRow[], total = 0): ImportCheck {
  return { ...refusedCheck('', total), issues };
}

/**
 * Reprojects, validates and measures a parsed collection (from a GeoJSON file, a shapefile or a
 * KML file), in place: its valid features come back with their measures.
 */
export function checkCollection(
  value: unknown,
  fileName: string,
  onPhase?: (phase: ImportPhase) => void,
  options: CrsOptions = {},
): ImportCheck {
  const features: unknown[] = isRecord(value) && Array.isArray(value.features) ? value.features : [];
  const positions = countPositions(features, IMPORT_LIMITS.vertices);
  if (positions > IMPORT_LIMITS.vertices)
    return refusedCheck(
      `file holds more than ${IMPORT_LIMITS.vertices.toLocaleString('en')} positions, the limit for one import: simplify it or split it into several files`,
      features.length,
      { key: 'import.tooManyPositions', params: { limit: IMPORT_LIMITS.vertices.toLocaleString('en') } },
    );
  const crs = toWgs84(value, options);
  if (crs.refusal) return refusedCheck(say('en', crs.refusal), features.length, crs.refusal);
  onPhase?.('validating');
  const issues = validateUserCollection(value, fileName);
  const rows = issues.map((i) => issueRow(i, features));
  if (issues.some((i) => i.featureIndex === undefined)) return refusedRows(rows, features.length);

  onPhase?.('measuring');
  const bad = new Set(issues.map((i) => i.featureIndex));
  const valid: GeoJSON.Feature[] = [];
  const warnings: ImportIssueRow[] = crs.warning ? [crs.warning] : [];
  const seenIds = { feature: new Map<string, number>(), property: new Map<string, number>() };
  const measured: ImportedRow[] = [];
  const totals = { areaM2: 0, lengthM: 0 };
  const b: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  features.forEach((f, index) => {
    if (bad.has(index)) return;
    const feature = f as GeoJSON.Feature;
    // A feature without a geometry is valid GeoJSON but has nothing to draw or measure.
    if (!feature.geometry) return;
    for (const w of uniqueIds(feature, index, seenIds)) warnings.push(w);
    if (isRecord(feature.properties))
      for (const w of cleanBigIntegers(feature.properties))
        warnings.push({
          feature: featureLabel(feature, index),
          path: formatPath(['features', index, 'properties', w.key]),
          problem: w.message,
          says: { key: 'import.bigIntegerKept', params: w.params },
        });
    const areaM2 = geodesicAreaM2(feature.geometry);
    const lengthM = areaM2 > 0 ? 0 : geodesicLengthM(feature.geometry);
    totals.areaM2 += areaM2;
    totals.lengthM += lengthM;
    const [w, south, e, n] = featureBounds(feature.geometry);
    b[0] = Math.min(b[0], w);
    b[1] = Math.min(b[1], south);
    b[2] = Math.max(b[2], e);
    b[3] = Math.max(b[3], n);
    valid.push(feature);
    measured.push({ index, name: featureName(feature, index), type: feature.geometry.type, areaM2, lengthM });
  });
  return {
    total: features.length,
    refused: false,
    issues: rows,
    warnings,
    valid,
    rows: measured,
    totals,
    bbox: valid.length > 0 ? b : undefined,
    zone: crs.zone,
  };
}
