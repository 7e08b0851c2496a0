import { areaTargetOf } from '../../data/figures.ts';
import type { LayerId, PlanFeature } from '../../data/schema.ts';
import { geodesicAreaM2, M2_PER_UNIT } from '../../geo/measure.ts';
import type { MeasuredOutline } from '../../user-data/user-data-store.ts';

/**
 * The plan features of the visible layers, whole (not clipped to the current view): what the
 * map shows when panned over the district, with every property as in geodata/. The user's
 * measured outlines follow, as the map draws them beside the plan (see `measuredOutlineFeature`).
 */
export function visibleFeaturesCollection(
  features: readonly PlanFeature[],
  visible: readonly LayerId[],
  outlines: readonly MeasuredOutline[] = [],
): GeoJSON.FeatureCollection {
  const shown = new Set(visible);
  const byId = new Map(features.map((f) => [f.properties.id, f]));
  return {
    type: 'FeatureCollection',
    features: [
      ...features.filter((f) => shown.has(f.properties.layer)),
      ...outlines.map((o) => measuredOutlineFeature(o, byId.get(o.featureId))),
    ],
  };
}

/**
 * A measured outline as its own feature, saying what it is: the user's measurement of a plan
 * feature (its id and names), the file or drawn shape it came from, when it was assigned, and its
 * ellipsoidal area, in m² and in the unit of the feature's area target, against that target.
 * Never plan data: `role` and `note` say so, and it has none of the plan's properties.
 */
export function measuredOutlineFeature(o: MeasuredOutline, plan?: PlanFeature): GeoJSON.Feature {
  const areaM2 = geodesicAreaM2(o.geometry);
  const target = plan && areaTargetOf(plan.properties);
  const unit = target && (target.unit === 'km2' || target.unit === 'ha') ? target.unit : undefined;
  const measured = unit ? areaM2 / M2_PER_UNIT[unit] : undefined;
  return {
    type: 'Feature',
    geometry: o.geometry,
    properties: {
      role: 'measured-outline',
      note: "the user's own measured outline of a plan feature, not plan data",
      feature_id: o.featureId,
      ...(plan && { feature_name_zh: plan.properties.name_zh, feature_name_en: plan.properties.name_en }),
      source_file: o.source,
      assigned_at: o.assignedAt,
      measured_area_m2: Math.round(areaM2 * 10) / 10,
      ...(unit &&
        target &&
        measured !== undefined && {
          measured_area: Number(measured.toFixed(4)),
          unit,
          target: target.value,
          ratio_percent: Number(((measured / target.value) * 100).toFixed(2)),
        }),
    },
  };
}

export function geojsonBlob(collection: GeoJSON.FeatureCollection): Blob {
  return new Blob([`${JSON.stringify(collection, null, 1)}\n`], { type: 'application/geo+json' });
}
