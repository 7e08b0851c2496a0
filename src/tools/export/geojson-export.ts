import type { LayerId, PlanFeature } from '../../data/schema.ts';

/**
 * The plan features of the visible layers, whole (not clipped to the current view): what the
 * map shows when panned over the district, with every property as in geodata/.
 */
export function visibleFeaturesCollection(
  features: readonly PlanFeature[],
  visible: readonly LayerId[],
): GeoJSON.FeatureCollection {
  const shown = new Set(visible);
  return { type: 'FeatureCollection', features: features.filter((f) => shown.has(f.properties.layer)) };
}

export function geojsonBlob(collection: GeoJSON.FeatureCollection): Blob {
  return new Blob([`${JSON.stringify(collection, null, 1)}\n`], { type: 'application/geo+json' });
}
