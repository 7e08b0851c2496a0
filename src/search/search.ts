import type { PlanFeature } from '../data/schema.ts';
import { fold } from './fold.ts';

export interface SearchHit {
  feature: PlanFeature;
  score: number;
}

/**
 * Ranks features by how well their Chinese or English name matches the query: an exact
 * name first, then names that start with it, then names that contain it, then names
 * that contain every word of it. Shorter names win ties, so "永川站" beats "永川东站" for "永川站".
 */
export function searchFeatures(features: readonly PlanFeature[], query: string, limit = 12): SearchHit[] {
  const q = fold(query);
  if (!q) return [];
  const words = query.toLowerCase().split(/\s+/).filter(Boolean).map(fold);
  const hits: SearchHit[] = [];
  for (const feature of features) {
    let best = 0;
    for (const name of [feature.properties.name_zh, feature.properties.name_en]) {
      const n = fold(name);
      let score = 0;
      if (n === q) score = 100;
      else if (n.startsWith(q)) score = 80;
      else if (n.includes(q)) score = 60;
      else if (words.length > 1 && words.every((w) => n.includes(w))) score = 40;
      if (score > 0) score -= Math.min(n.length, 30) / 10;
      best = Math.max(best, score);
    }
    if (best > 0) hits.push({ feature, score: best });
  }
  return hits
    .sort((a, b) => b.score - a.score || a.feature.properties.id.localeCompare(b.feature.properties.id))
    .slice(0, limit);
}
