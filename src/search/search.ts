import type { Commitment, PlanFeature, SearchAlias } from '../data/schema.ts';
import { fold } from './fold.ts';

export interface SearchHit {
  feature: PlanFeature;
  score: number;
}

/** A search result: a plan feature, or a register entry that no feature found stands for. */
export type SearchResult =
  | { type: 'feature'; feature: PlanFeature; score: number }
  | { type: 'entry'; entry: Commitment; score: number };

interface Query {
  q: string;
  words: string[];
}

const toQuery = (query: string): Query => ({
  q: fold(query),
  words: query.toLowerCase().split(/\s+/).filter(Boolean).map(fold),
});

/**
 * How well names match: an exact name 100, a name that starts with the query 80, one that
 * contains it 60, one that contains every word of it 40; shorter names win ties.
 */
function nameScore(names: readonly string[], { q, words }: Query): number {
  let best = 0;
  for (const name of names) {
    const n = fold(name);
    let score = 0;
    if (n === q) score = 100;
    else if (n.startsWith(q)) score = 80;
    else if (n.includes(q)) score = 60;
    else if (words.length > 1 && words.every((w) => n.includes(w))) score = 40;
    if (score > 0) score -= Math.min(n.length, 30) / 10;
    best = Math.max(best, score);
  }
  return best;
}

/**
 * Ranks features by how well their Chinese or English name matches the query: an exact
 * name first, then names that start with it, then names that contain it, then names
 * that contain every word of it. Shorter names win ties, so "永川站" beats "永川东站" for "永川站".
 */
export function searchFeatures(features: readonly PlanFeature[], query: string, limit = 12): SearchHit[] {
  const q = toQuery(query);
  if (!q.q) return [];
  const hits: SearchHit[] = [];
  for (const feature of features) {
    const score = nameScore([feature.properties.name_zh, feature.properties.name_en], q);
    if (score > 0) hits.push({ feature, score });
  }
  return hits
    .sort((a, b) => b.score - a.score || a.feature.properties.id.localeCompare(b.feature.properties.id))
    .slice(0, limit);
}

/**
 * How strongly the query asks for an alias: it is one of its terms (95), or the start of a term
 * and at least half of it (70), as while "high-speed" is being typed.
 */
function aliasScore(alias: SearchAlias, q: string): number {
  let best = 0;
  for (const term of alias.terms) {
    const t = fold(term);
    if (t === q) best = Math.max(best, 95);
    else if (q.length >= 2 && t.startsWith(q) && q.length * 2 >= t.length) best = Math.max(best, 70);
  }
  return best;
}

export interface SearchInput {
  features: readonly PlanFeature[];
  /** The register, once loaded: entries are found by name too. */
  commitments?: readonly Commitment[];
  aliases?: readonly SearchAlias[];
  query: string;
  limit?: number;
}

/**
 * Searches features and register entries by name, and by the aliases people use (高铁站, HSR,
 * "Phoenix Lake"). An entry whose features are already found is not listed again; an entry of
 * equal score comes after a feature. Ties go to the shorter name, then the id.
 */
export function searchAll({
  features,
  commitments = [],
  aliases = [],
  query,
  limit = 12,
}: SearchInput): SearchResult[] {
  const q = toQuery(query);
  if (!q.q) return [];
  const byId = new Map(features.map((f) => [f.properties.id, f]));
  const featureScores = new Map<string, number>();
  const entryScores = new Map<string, number>();
  const raise = (scores: Map<string, number>, id: string, score: number) => {
    if (score > (scores.get(id) ?? 0)) scores.set(id, score);
  };
  const byName = (query: Query, weight: number) => {
    for (const f of features)
      raise(
        featureScores,
        f.properties.id,
        nameScore([f.properties.name_zh, f.properties.name_en], query) * weight,
      );
    for (const c of commitments)
      raise(entryScores, c.id, nameScore([c.name_zh, c.name_en], query) * weight - 1);
  };
  byName(q, 1);
  for (const alias of aliases) {
    const strength = aliasScore(alias, q.q);
    if (strength === 0) continue;
    // Listed features in their order, a little apart, so the list keeps the order the data gives.
    (alias.features ?? []).forEach((id, k) => {
      if (byId.has(id)) raise(featureScores, id, strength - k * 0.1);
    });
    for (const name of alias.names ?? []) byName(toQuery(name), strength / 100);
  }
  const results: SearchResult[] = [];
  for (const [id, score] of featureScores) {
    const feature = byId.get(id);
    if (feature && score > 0) results.push({ type: 'feature', feature, score });
  }
  const found = new Set(results.map((r) => (r.type === 'feature' ? r.feature.properties.id : '')));
  for (const c of commitments) {
    const score = entryScores.get(c.id) ?? 0;
    if (score > 0 && !c.features.some((f) => found.has(f))) results.push({ type: 'entry', entry: c, score });
  }
  const idOf = (r: SearchResult) => (r.type === 'feature' ? r.feature.properties.id : r.entry.id);
  return results.sort((a, b) => b.score - a.score || idOf(a).localeCompare(idOf(b))).slice(0, limit);
}
