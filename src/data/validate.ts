/**
 * Validation of the atlas's data files and of GeoJSON a user imports.
 *
 * Pure and browser-safe (no node imports): `scripts/validate.ts` runs it over geodata/,
 * and the app runs it in a Web Worker on imported files. Every check reports ALL its
 * issues, each naming the file, the feature (index and id), the JSON path and what is
 * wrong in words a data author understands. docs/data-validation.md lists the checks.
 *
 * Layers of checks:
 * - structure: our own walk of the GeoJSON (exact paths, clear words), with
 *   `geojson-validation` as a second opinion for anything the walk did not flag;
 * - properties: `featurePropertiesSchema` (zod), issues translated into plain words;
 * - domain: unique ids, the file's layer, plausible and un-swapped lon/lat, closed rings
 *   without self-intersections, positions inside the district, area targets on polygons,
 *   references (`parent_id`, `source`) resolved across files, and, where the plan text is
 *   given (`ctx.plan`), every plan_ref's paragraph, its verbatim quote and its place.
 *
 * This module is the validator's public API; the checks live in src/data/validate/:
 * issues.ts (issues and their wording), zod-messages.ts (zod issues in plain words),
 * geometry.ts, district.ts (inside the district), collection.ts (feature collections and
 * references), tables.ts (the JSON tables) and plan-text.ts (plan.json, and plan_refs against it).
 */

export {
  checkReferences,
  layerFromFileName,
  type Reference,
  type ValidationContext,
  validateFeatureCollection,
  validateUserCollection,
} from './validate/collection.ts';
export { boundaryFromGeoJSON, DEFAULT_TOLERANCE_M, LINE_REACH_M } from './validate/district.ts';
export {
  describeValue,
  formatIssue,
  formatPath,
  issueMessage,
  parseJsonText,
  type ValidationIssue,
} from './validate/issues.ts';
export {
  checkParagraphId,
  checkPlanRef,
  type Finding,
  indexPlan,
  locateQuote,
  PLAN_FILE,
  type PlanIndex,
  validatePlanDocument,
} from './validate/plan-text.ts';
export {
  checkTownPlacements,
  type FeatureFacts,
  isRegisterFile,
  REGISTER_FILE,
  type RegisterOptions,
  TOWN_SEAT_TOLERANCE_M,
  validateRegister,
} from './validate/register.ts';
export {
  checkRelation,
  isRelationsFile,
  RELATION_TOLERANCE,
  RELATIONS_FILE,
  validateRelations,
} from './validate/relations.ts';
export { TABLE_SCHEMAS, type TableFileName, tableFromFileName, validateTable } from './validate/tables.ts';
export { describeZodIssues } from './validate/zod-messages.ts';
