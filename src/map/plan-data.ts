/** Puts plan features into a map's plan source and their polygons' label points into its label source. */
import type { GeoJSONSource, Map as MaplibreMap } from 'maplibre-gl';
import { labelSourceOf } from '../../styles/layer-styles.ts';
import type { PlanFeatureCollection } from '../data/schema.ts';
import { polygonLabelPoints } from './label-points.ts';
import { PLAN_SOURCE } from './plan-style.ts';

export function setPlanSources(
  map: MaplibreMap,
  data: PlanFeatureCollection,
  labelled: (layer: string) => boolean,
): void {
  (map.getSource(PLAN_SOURCE) as GeoJSONSource).setData(data);
  (map.getSource(labelSourceOf(PLAN_SOURCE)) as GeoJSONSource).setData(
    polygonLabelPoints(data.features, labelled),
  );
}
