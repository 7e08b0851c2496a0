/// <reference lib="webworker" />
import type { LoadedPlanData, PlanDataRequest } from './plan-data.ts';
import type { PlanFeature } from './schema.ts';
import {
  formatIssue,
  parseJsonText,
  type ValidationContext,
  type ValidationIssue,
  validateFeatureCollection,
} from './validate.ts';

declare const self: DedicatedWorkerGlobalScope;

async function fetchText(url: string, file: string): Promise<{ text?: string; issue?: ValidationIssue }> {
  try {
    const res = await fetch(url);
    if (!res.ok) return { issue: { file, path: '', message: `could not be loaded (HTTP ${res.status})` } };
    return { text: await res.text() };
  } catch (err) {
    return { issue: { file, path: '', message: `could not be loaded (${(err as Error).message})` } };
  }
}

/** Parses and validates one file, keeping the features that have no error. */
function checkFile(text: string, file: string, ctx: ValidationContext) {
  const parsed = parseJsonText(text, file);
  if (parsed.value === undefined) return { features: [] as PlanFeature[], issues: parsed.issues };
  const issues = validateFeatureCollection(parsed.value, file, ctx);
  if (issues.some((i) => i.featureIndex === undefined)) return { features: [] as PlanFeature[], issues };
  const bad = new Set(issues.map((i) => i.featureIndex));
  const all = (parsed.value as { features: PlanFeature[] }).features;
  return { features: all.filter((_, index) => !bad.has(index)), issues };
}

self.onmessage = async (e: MessageEvent<PlanDataRequest>) => {
  const files = e.data.layers.map((l) => ({ ...l, file: `${l.id}.geojson` }));
  const texts = await Promise.all(files.map((f) => fetchText(f.url, f.file)));
  const issues: ValidationIssue[] = [];
  const features: PlanFeature[] = [];
  const ctx: ValidationContext = { seenIds: new Map() };

  // The boundary goes first: every other file is checked against it.
  const order = files
    .map((_, i) => i)
    .sort(
      (a, b) => Number(files[b].id === 'district-boundary') - Number(files[a].id === 'district-boundary'),
    );
  for (const i of order) {
    const { text, issue } = texts[i];
    if (issue) {
      issues.push(issue);
      continue;
    }
    const result = checkFile(text ?? '', files[i].file, { ...ctx, expectedLayer: files[i].id });
    issues.push(...result.issues);
    features.push(...result.features);
    if (files[i].id === 'district-boundary' && result.features[0]) {
      ctx.boundary = result.features[0].geometry as GeoJSON.Polygon | GeoJSON.MultiPolygon;
    }
  }
  const message: LoadedPlanData = {
    collection: { type: 'FeatureCollection', features },
    issues,
    messages: issues.map((i) => formatIssue(i)),
  };
  self.postMessage(message);
};
