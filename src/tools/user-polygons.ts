/**
 * The user's polygons, drawn and imported, as one list (Compare and the measured-outline
 * assignment pick from it), and what the map draws of the user's data. Pure.
 */
import { geodesicAreaM2 } from '../geo/measure.ts';
import { crossesItself } from '../geo/shape-measures.ts';
import { type DrawnShape, shapeGeometry } from '../geo/shapes.ts';
import { type Lang, t } from '../i18n/i18n.ts';
import { labelPoint } from '../map/label-points.ts';
import type { MeasuredOutline, StoredImport } from '../user-data/user-data-store.ts';
import { formatArea } from './format-measure.ts';

export interface UserPolygon {
  /** `draw:<shape id>` or `import:<layer id>:<feature index>`. */
  key: string;
  /** Where it came from, as assignments record it: the file's name, or the drawn shape's number. */
  source: string;
  label: string;
  geometry: GeoJSON.Polygon | GeoJSON.MultiPolygon;
}

/** A layer with more polygons than this gets no area labels: a parcel file would be a carpet of text. */
export const MAX_LABELLED_POLYGONS = 200;

function isPolygon(g: GeoJSON.Geometry | null): g is GeoJSON.Polygon | GeoJSON.MultiPolygon {
  return g?.type === 'Polygon' || g?.type === 'MultiPolygon';
}

export function drawnPolygons(shapes: readonly DrawnShape[], lang: Lang): UserPolygon[] {
  const out: UserPolygon[] = [];
  let n = 0;
  for (const s of shapes) {
    if (s.kind !== 'polygon') continue;
    n++;
    const geometry = s.coords.length >= 3 ? shapeGeometry(s) : null;
    if (!isPolygon(geometry)) continue;
    const label = t(lang, 'tools.draw.polygon.n', { n });
    out.push({ key: `draw:${s.id}`, source: label, label, geometry });
  }
  return out;
}

export function importedPolygons(layers: readonly StoredImport[], lang: Lang): UserPolygon[] {
  const out: UserPolygon[] = [];
  for (const layer of layers)
    layer.features.features.forEach((f, i) => {
      if (!isPolygon(f.geometry)) return;
      const name =
        typeof f.properties?.name === 'string' && f.properties.name ? f.properties.name : `#${i + 1}`;
      out.push({
        key: `import:${layer.id}:${i}`,
        source: layer.fileName,
        label: t(lang, 'tools.compare.imported', { file: layer.fileName, name }),
        geometry: f.geometry,
      });
    });
  return out;
}

function areaLabel(geometry: GeoJSON.Polygon | GeoJSON.MultiPolygon, lang: Lang): GeoJSON.Feature | null {
  // A polygon whose edges cross has no meaningful area: the draw panel flags it instead.
  if (geometry.type === 'Polygon' && crossesItself(geometry)) return null;
  const largest =
    geometry.type === 'Polygon'
      ? geometry.coordinates
      : geometry.coordinates.reduce((a, b) =>
          geodesicAreaM2({ type: 'Polygon', coordinates: b }) >
          geodesicAreaM2({ type: 'Polygon', coordinates: a })
            ? b
            : a,
        );
  return {
    type: 'Feature',
    properties: { role: 'label', label: formatArea(geodesicAreaM2(geometry), lang) },
    geometry: { type: 'Point', coordinates: labelPoint(largest) },
  };
}

/** The area labels of the drawn polygons. */
export function drawnLabels(shapes: readonly DrawnShape[], lang: Lang): GeoJSON.FeatureCollection {
  const features = drawnPolygons(shapes, lang).flatMap((p) => areaLabel(p.geometry, lang) ?? []);
  return { type: 'FeatureCollection', features };
}

/** The collection `setUserData` draws: visible imports in their colours, measured outlines, area labels. */
export function userCollection(
  layers: readonly StoredImport[],
  outlines: readonly MeasuredOutline[],
  lang: Lang,
): GeoJSON.FeatureCollection {
  const features: GeoJSON.Feature[] = [];
  const labelled: (GeoJSON.Polygon | GeoJSON.MultiPolygon)[] = [];
  for (const layer of layers) {
    if (!layer.visible) continue;
    const polygons: (GeoJSON.Polygon | GeoJSON.MultiPolygon)[] = [];
    for (const f of layer.features.features) {
      features.push({ ...f, properties: { ...f.properties, role: 'import', colour: layer.colour } });
      if (isPolygon(f.geometry)) polygons.push(f.geometry);
    }
    if (polygons.length <= MAX_LABELLED_POLYGONS) labelled.push(...polygons);
  }
  for (const o of outlines)
    features.push({
      type: 'Feature',
      properties: { role: 'measured', feature: o.featureId },
      geometry: o.geometry,
    });
  for (const g of labelled) {
    const label = areaLabel(g, lang);
    if (label) features.push(label);
  }
  return { type: 'FeatureCollection', features };
}
