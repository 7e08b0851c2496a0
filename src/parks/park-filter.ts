/**
 * The park finder's pure logic: parks nested with their sub-parks, the industry filter,
 * each park's output target and mapped area, and the set of parks to compare.
 */
import type { Figure, IndustryId, LayerId, PlanFeature } from '../data/schema.ts';
import { areaIn } from '../geo/measure.ts';

/** The layers whose polygons are sites an investor can compare. */
export const PARK_LAYERS: readonly LayerId[] = ['industrial-parks', 'industry-subparks'];

/** At most this many parks side by side; at least two make a comparison. */
export const COMPARE_MIN = 2;
export const COMPARE_MAX = 3;

export interface ParkNode {
  feature: PlanFeature;
  /** Parks and sub-parks whose `parent_id` is this park, in data order. */
  children: ParkNode[];
}

export function isPark(f: PlanFeature): boolean {
  return (
    PARK_LAYERS.includes(f.properties.layer) &&
    (f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon')
  );
}

/** Top-level parks, each with the parks and sub-parks it hosts nested under it. */
export function parkTree(features: readonly PlanFeature[]): ParkNode[] {
  const parks = features.filter(isPark);
  // Parks before sub-parks, each layer in data order.
  parks.sort((a, b) => PARK_LAYERS.indexOf(a.properties.layer) - PARK_LAYERS.indexOf(b.properties.layer));
  const nodes = new Map(parks.map((f) => [f.properties.id, { feature: f, children: [] } as ParkNode]));
  const roots: ParkNode[] = [];
  for (const node of nodes.values()) {
    const parentId = node.feature.properties.parent_id;
    const parent = parentId ? nodes.get(parentId) : undefined;
    if (parent && !isAncestor(node, parent)) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

function isAncestor(node: ParkNode, of: ParkNode): boolean {
  return node === of || node.children.some((c) => isAncestor(c, of));
}

/** Whether the park itself, or any park it hosts, hosts the industry. */
export function hostsIndustry(node: ParkNode, industry: IndustryId): boolean {
  return (
    (node.feature.properties.industries ?? []).includes(industry) ||
    node.children.some((c) => hostsIndustry(c, industry))
  );
}

/**
 * The parks to list for an industry: those that host it themselves or through a park they
 * host, each with only its matching children. No industry: every park.
 */
export function filterTree(tree: readonly ParkNode[], industry: IndustryId | null): ParkNode[] {
  if (industry === null) return [...tree];
  return tree
    .filter((n) => hostsIndustry(n, industry))
    .map((n) => ({ feature: n.feature, children: filterTree(n.children, industry) }));
}

export function flattenTree(tree: readonly ParkNode[]): PlanFeature[] {
  return tree.flatMap((n) => [n.feature, ...flattenTree(n.children)]);
}

/** Ids of every park the filter hides: the map dims exactly what the list leaves out. */
export function hiddenParkIds(tree: readonly ParkNode[], industry: IndustryId | null): string[] {
  const shown = new Set(flattenTree(filterTree(tree, industry)).map((f) => f.properties.id));
  return flattenTree(tree)
    .map((f) => f.properties.id)
    .filter((id) => !shown.has(id));
}

/** The plan's output target for a park, in 亿元, if it gives one. */
export function outputTarget(f: PlanFeature): Figure | undefined {
  return f.properties.figures.find((fig) => fig.unit === 'yi_yuan' && fig.kind === 'target');
}

/** Area of the drawn outline in km² (WGS84 ellipsoid); outlines are indicative. */
export function mappedAreaKm2(f: PlanFeature): number {
  return areaIn(f.geometry, 'km2');
}

/** The ids of `wanted` that name a park, without repeats, at most COMPARE_MAX. */
export function validCompareIds(wanted: readonly string[], features: readonly PlanFeature[]): string[] {
  const parks = new Set(features.filter(isPark).map((f) => f.properties.id));
  return [...new Set(wanted)].filter((id) => parks.has(id)).slice(0, COMPARE_MAX);
}

/** Ticks or unticks a park for comparison; a fourth tick is refused. */
export function toggleCompare(current: readonly string[], id: string): string[] {
  if (current.includes(id)) return current.filter((c) => c !== id);
  return current.length >= COMPARE_MAX ? [...current] : [...current, id];
}
