import { msg, say } from '../i18n/i18n.ts';
import type { LayerText, ValidationResult } from './plan-data.ts';
import {
  formatIssue,
  issueMessage,
  parseJsonText,
  type ValidationContext,
  validateFeatureCollection,
} from './validate.ts';

/**
 * Validates the fetched layer files; the boundary first, since every other file is checked
 * against it, then the files the build validated, then those `changed` since (all of them when
 * `changed` is not given). An id used twice is blamed on the later file, so a changed file
 * that reuses an id is the one blamed, and only its feature is taken off.
 */
export function validatePlanTexts(
  texts: readonly LayerText[],
  changed?: readonly string[],
): ValidationResult {
  const isChanged = (t: LayerText) => (changed ? changed.includes(t.file) : true);
  const rank = (t: LayerText) => (t.id === 'district-boundary' ? 0 : isChanged(t) ? 2 : 1);
  const files = [...texts].sort((a, b) => rank(a) - rank(b));
  // No plan text in the browser: plan_refs are checked against the schema, not against the text.
  const ctx: ValidationContext = { seenIds: new Map() };
  const result: ValidationResult = { rejected: [], rejectedFiles: [], issues: [], messages: [], said: [] };
  for (const { id, file, text, error, errorSays } of files) {
    if (text === undefined) {
      const says = errorSays ?? msg('data.fileFailed.unknown');
      result.issues.push({ file, path: '', message: error ?? say('en', says), says });
      result.rejectedFiles.push(file);
      continue;
    }
    const parsed = parseJsonText(text, file);
    const issues =
      parsed.value === undefined
        ? parsed.issues
        : validateFeatureCollection(parsed.value, file, { ...ctx, expectedLayer: id });
    for (const i of issues) result.issues.push(i);
    if (parsed.value === undefined || issues.some((i) => i.featureIndex === undefined)) {
      result.rejectedFiles.push(file);
      continue;
    }
    const features = (parsed.value as { features: { properties?: { id?: unknown } }[] }).features;
    for (const i of new Set(issues.map((x) => x.featureIndex))) {
      const fid = features[i as number]?.properties?.id;
      if (typeof fid === 'string') result.rejected.push({ file, id: fid });
    }
    if (id === 'district-boundary' && issues.length === 0) {
      ctx.boundary = (
        features[0] as unknown as GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon>
      ).geometry;
    }
  }
  result.messages = result.issues.map((i) => formatIssue(i));
  result.said = result.issues.map(issueMessage);
  return result;
}
