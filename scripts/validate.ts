/**
 * Checks the atlas's data files and prints, per file, OK or all its errors.
 *
 *   npm run validate                     every file in geodata/
 *   npm run validate -- FILE...          only the files given
 *   options: --boundary FILE             district outline (default geodata/district-boundary.geojson)
 *            --tolerance METRES          how far outside the outline a vertex may lie (default 300)
 *            --user                      check FILEs as the import panel does (scripts/validate-user.ts)
 *
 * `<layer>.geojson` files are checked as plan data of that layer, other .geojson/.json files
 * as plan data of any layer, and industry-clusters.json, indicators.json and sources.json
 * against their schemas, tour.json (the kiosk's tour) against its schema and the feature ids
 * in geodata. geodata/plan/plan.json, the plan text, is checked against its schema and against
 * the text it is parsed from. Whichever files are given, every plan_ref in them must point at a
 * paragraph of it that holds its quote verbatim, every indicator row at its row of the table and
 * every tour step at paragraphs it holds.
 * Exit status 1 if any file has an error. The checks themselves live in src/data/validate.ts
 * (docs/data-validation.md).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  boundaryFromGeoJSON,
  checkReferences,
  checkTownPlacements,
  DEFAULT_TOLERANCE_M,
  type FeatureFacts,
  formatIssue,
  isRegisterFile,
  isRelationsFile,
  layerFromFileName,
  type PlanIndex,
  parseJsonText,
  REGISTER_FILE,
  type Reference,
  tableFromFileName,
  type ValidationContext,
  type ValidationIssue,
  validateFeatureCollection,
  validatePlanDocument,
  validateRegister,
  validateRelations,
  validateTable,
} from '../src/data/validate';
import {
  TOUR_FILE,
  type TourCheck,
  unknownTourFeatures,
  unknownTourParagraphs,
  validateTour,
} from '../src/kiosk/tour-validate';
import { formatPlanDocument, PLAN_TEXT_FILE, parsePlan } from './plan/plan-parser';
import { validateUserFiles } from './validate-user';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const geodataDir = join(root, 'geodata');
const planPath = join(geodataDir, 'plan', 'plan.json');

interface Options {
  files: string[];
  boundary?: string;
  toleranceM: number;
  user: boolean;
}

function usage(message: string): never {
  console.error(`validate: ${message}`);
  console.error('usage: tsx scripts/validate.ts [--boundary FILE] [--tolerance METRES] [--user] [FILE...]');
  process.exit(2);
}

function parseArgs(argv: string[]): Options {
  const opts: Options = { files: [], toleranceM: DEFAULT_TOLERANCE_M, user: false };
  for (let k = 0; k < argv.length; k++) {
    const a = argv[k];
    if (a === '--boundary') opts.boundary = argv[++k] ?? usage('--boundary needs a file');
    else if (a === '--tolerance') {
      const t = Number(argv[++k]);
      if (!Number.isFinite(t) || t < 0) usage('--tolerance needs a distance in metres');
      opts.toleranceM = t;
    } else if (a === '--user') opts.user = true;
    else if (a.startsWith('--')) usage(`unknown option ${a}`);
    else opts.files.push(a);
  }
  return opts;
}

/** How a path is shown: relative to the working directory when inside it. */
function show(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') ? rel : path;
}

function geodataFiles(): string[] {
  if (!existsSync(geodataDir)) return [];
  return readdirSync(geodataDir)
    .filter((f) => /\.(geo)?json$/.test(f) && statSync(join(geodataDir, f)).isFile())
    .sort()
    .map((f) => join(geodataDir, f));
}

/**
 * Records what the register and the relations need of each plan feature in a FeatureCollection.
 * `replace` false keeps a feature already read from a file given on the command line.
 */
function collectFacts(into: Map<string, FeatureFacts>, value: unknown, file: string, replace = true): void {
  const features = (value as { features?: unknown } | null)?.features;
  if (!Array.isArray(features)) return;
  for (const f of features as { geometry?: GeoJSON.Geometry; properties?: Record<string, unknown> }[]) {
    const p = f?.properties;
    if (typeof p?.id !== 'string' || !f.geometry || (!replace && into.has(p.id))) continue;
    into.set(p.id, {
      layer: p.layer as FeatureFacts['layer'],
      accuracy: String(p.geometry_accuracy),
      geometry: f.geometry,
      townId: typeof p.town_id === 'string' ? p.town_id : undefined,
      file,
    });
  }
}

function readText(path: string): { text?: string; error?: string } {
  try {
    return { text: readFileSync(path, 'utf8') };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { error: code === 'ENOENT' ? 'file not found' : `cannot read the file (${code ?? String(e)})` };
  }
}

interface Result {
  file: string;
  issues: ValidationIssue[];
  count?: string;
  skipped?: string;
}

/**
 * Checks plan.json against its schema and against the plan text beside it (it must be what
 * scripts/plan/parse-plan.ts makes of that text); the index is returned whenever the document is sound.
 */
function checkPlan(path: string): { result: Result; plan?: PlanIndex } {
  const file = show(path);
  const result: Result = { file, issues: [] };
  const { text, error } = readText(path);
  if (text === undefined) {
    result.issues.push({ file, path: '', message: error ?? 'cannot read the file' });
    return { result };
  }
  const parsed = parseJsonText(text, file);
  if (parsed.value === undefined) {
    result.issues.push(...parsed.issues);
    return { result };
  }
  const { issues, plan } = validatePlanDocument(parsed.value, file);
  result.issues.push(...issues);
  if (plan) result.count = `${plan.paragraphs.size} paragraphs`;
  const source = readText(join(dirname(path), PLAN_TEXT_FILE));
  if (source.text === undefined)
    result.issues.push({ file, path: '', message: `${PLAN_TEXT_FILE} beside it: ${source.error}` });
  else {
    let made: string | undefined;
    try {
      made = formatPlanDocument(parsePlan(source.text));
    } catch (e) {
      result.issues.push({
        file,
        path: '',
        message: `${PLAN_TEXT_FILE} cannot be parsed: ${(e as Error).message}`,
      });
    }
    if (made !== undefined && made !== text)
      result.issues.push({
        file,
        path: '',
        message: `not what scripts/plan/parse-plan.ts makes of ${PLAN_TEXT_FILE}: run npm run plan:parse`,
      });
  }
  return { result, plan };
}

function main(): void {
  const opts = parseArgs(process.argv.slice(2));
  const explicit = opts.files.length > 0;
  if (opts.user && !explicit) usage('--user needs the files to check');
  if (opts.user) {
    const files = opts.files.map((f) => ({ path: resolve(f), shown: show(resolve(f)) }));
    void validateUserFiles(files).then((bad) => {
      if (bad) process.exitCode = 1;
    });
    return;
  }
  const paths = explicit ? opts.files.map((f) => resolve(f)) : geodataFiles();
  const warnings: string[] = [];
  if (!paths.length) {
    console.log(`no data files in ${show(geodataDir)}: nothing to check`);
    return;
  }

  const ctx: ValidationContext = { seenIds: new Map(), references: [], toleranceM: opts.toleranceM };
  const boundaryPath = resolve(opts.boundary ?? join(geodataDir, 'district-boundary.geojson'));
  const b = readText(boundaryPath);
  if (b.text === undefined) {
    warnings.push(`${show(boundaryPath)}: ${b.error}; the inside-the-district check is skipped`);
  } else {
    const parsed = parseJsonText(b.text, show(boundaryPath));
    ctx.boundary = parsed.value === undefined ? undefined : boundaryFromGeoJSON(parsed.value);
    if (!ctx.boundary)
      warnings.push(`${show(boundaryPath)} holds no valid polygon; the inside-the-district check is skipped`);
  }

  const results: Result[] = [];
  // The plan text first: every plan_ref in the other files is checked against it.
  const planGiven = !explicit || paths.includes(planPath);
  const planCheck = checkPlan(planPath);
  if (planGiven) results.push(planCheck.result);
  ctx.plan = planCheck.plan;
  if (!ctx.plan)
    warnings.push(
      planGiven
        ? `${planCheck.result.file} has errors: plan_refs are checked against the schema only`
        : `${planCheck.result.file}: ${planCheck.result.issues.map((i) => i.message).join('; ')}; plan_refs are checked against the schema only`,
    );
  let sourceIds: Set<string> | undefined;
  const tours: { result: Result; check: TourCheck }[] = [];
  // The register and the relations need every feature: they are checked once all files are read.
  const deferred: { result: Result; value: unknown; kind: 'register' | 'relations' }[] = [];
  const facts = new Map<string, FeatureFacts>();
  for (const path of paths) {
    if (path === planPath) continue;
    const file = show(path);
    const result: Result = { file, issues: [] };
    results.push(result);
    const { text, error } = readText(path);
    if (text === undefined) {
      result.issues.push({ file, path: '', message: error ?? 'cannot read the file' });
      continue;
    }
    const parsed = parseJsonText(text, file);
    if (parsed.value === undefined) {
      result.issues.push(...parsed.issues);
      continue;
    }
    const value = parsed.value;
    try {
      const table = tableFromFileName(path);
      const isGeojson = path.endsWith('.geojson');
      if (isRegisterFile(path) || isRelationsFile(path)) {
        deferred.push({ result, value, kind: isRegisterFile(path) ? 'register' : 'relations' });
      } else if (basename(path) === TOUR_FILE) {
        const check = validateTour(value, file);
        result.issues.push(...check.issues);
        result.count = check.tour ? `${check.tour.steps.length} tour steps` : undefined;
        tours.push({ result, check });
      } else if (table) {
        result.issues.push(...validateTable(value, file, table, ctx.plan));
        result.count = Array.isArray(value) ? `${value.length} entries` : undefined;
        if (table === 'sources.json' && Array.isArray(value))
          sourceIds = new Set(value.flatMap((s) => (typeof s?.id === 'string' ? [s.id] : [])));
      } else if (!explicit && !isGeojson) {
        result.skipped = 'no schema for this file';
      } else {
        const expectedLayer = layerFromFileName(path);
        if (!explicit && !expectedLayer)
          result.issues.push({
            file,
            path: '',
            message: `${basename(path)} is not named after a layer: geodata files are <layer>.geojson (see LAYER_IDS in src/data/schema.ts)`,
          });
        result.issues.push(...validateFeatureCollection(value, file, { ...ctx, expectedLayer }));
        collectFacts(facts, value, file);
      }
      const features = (value as { features?: unknown } | null)?.features;
      if (!table && Array.isArray(features) && !result.count)
        result.count = `${features.length} feature${features.length === 1 ? '' : 's'}`;
    } catch (e) {
      result.issues.push({
        file,
        path: '',
        message: `internal error while checking: ${(e as Error).message}`,
      });
    }
  }

  // References across files. When only some files are given, ids and sources from geodata/
  // still count as known, so a sub-park's parent in another layer is found.
  const ids = new Set(ctx.seenIds?.keys());
  if (explicit) {
    for (const path of geodataFiles()) {
      const text = readText(path).text;
      const value = text === undefined ? undefined : parseJsonText(text, path).value;
      if (path.endsWith('.geojson') && Array.isArray((value as { features?: unknown })?.features)) {
        for (const f of (value as { features: { properties?: { id?: unknown } }[] }).features)
          if (typeof f?.properties?.id === 'string') ids.add(f.properties.id);
        collectFacts(facts, value, show(path), false);
      } else if (!sourceIds && basename(path) === 'sources.json' && Array.isArray(value)) {
        sourceIds = new Set(value.flatMap((s) => (typeof s?.id === 'string' ? [s.id] : [])));
      }
    }
  }
  if (!opts.user) {
    for (const { result, value, kind } of deferred) {
      if (kind === 'register') {
        // Only the whole register, checked with the whole of geodata/, must cover every feature.
        const whole = !explicit && basename(result.file) === REGISTER_FILE;
        result.issues.push(
          ...validateRegister(value, result.file, {
            features: facts,
            requireEveryFeature: whole,
            plan: ctx.plan,
          }),
        );
        const n = (value as { commitments?: unknown[] } | null)?.commitments?.length;
        if (n !== undefined) result.count = `${n} commitments`;
      } else {
        const geometries = new Map([...facts].map(([id, f]) => [id, f.geometry]));
        result.issues.push(...validateRelations(value, result.file, geometries, ctx.plan));
        const n = (value as { relations?: unknown[] } | null)?.relations?.length;
        if (n !== undefined) result.count = `${n} relations`;
      }
    }
    for (const issue of checkTownPlacements(facts))
      results.find((r) => r.file === issue.file)?.issues.push(issue);
  }
  for (const { result, check } of tours) {
    result.issues.push(...unknownTourFeatures(check, result.file, ids));
    if (ctx.plan) result.issues.push(...unknownTourParagraphs(check, result.file, ctx.plan));
  }
  const refs = ctx.references as Reference[];
  if (!sourceIds && refs.some((r) => r.kind === 'source'))
    warnings.push('sources.json not found: `source` references are not checked');
  for (const issue of checkReferences(refs, { ids, sourceIds })) {
    results.find((r) => r.file === issue.file)?.issues.push(issue);
  }

  for (const w of warnings) console.log(`! ${w}`);
  let errors = 0;
  let bad = 0;
  for (const r of results) {
    if (r.skipped) console.log(`- ${r.file} skipped (${r.skipped})`);
    else if (!r.issues.length) console.log(`✓ ${r.file}${r.count ? ` (${r.count})` : ''}`);
    else {
      bad++;
      errors += r.issues.length;
      console.log(`✗ ${r.file} — ${r.issues.length} error${r.issues.length === 1 ? '' : 's'}`);
      for (const i of r.issues) console.log(`    ${formatIssue(i, { file: false })}`);
    }
  }
  const checked = results.filter((r) => !r.skipped).length;
  console.log(
    `${checked} file${checked === 1 ? '' : 's'} checked: ${checked - bad} ok, ${bad} with errors` +
      (errors ? ` (${errors} error${errors === 1 ? '' : 's'})` : ''),
  );
  if (bad) process.exitCode = 1;
}

main();
