import type { FeatureProperties, Figure } from './schema.ts';

/** The figure a polygon is drawn to, if any. */
export function areaTargetOf(props: Pick<FeatureProperties, 'figures'>): Figure | undefined {
  return props.figures.find((f) => f.area_target);
}
