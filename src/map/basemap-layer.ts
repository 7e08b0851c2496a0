/**
 * Draws an online basemap under every plan layer: raster tiles, or the non-label layers of a
 * vector style (its labels would need its own glyph server, which the atlas never asks). It never
 * holds the plan layers back: they are already drawn, and a basemap that fails only calls
 * `onUnreachable`, once.
 */
import type { ErrorEvent, LayerSpecification, Map as MaplibreMap, StyleSpecification } from 'maplibre-gl';
import type { Basemap } from '../basemap/basemap-choice.ts';
import { BASEMAP_PREFIX } from './basemap-prefix.ts';
import type { MapController } from './map-controller.ts';

/** The first style layer above the background: the basemap goes under it. */
function firstPlanLayer(map: MaplibreMap): string | undefined {
  return map.getStyle().layers.find((l) => l.type !== 'background')?.id;
}

/** Muted, so that the plan's colours stay readable on top. */
const RASTER_PAINT = { 'raster-saturation': -0.55, 'raster-opacity': 0.75 } as const;

async function styleLayers(
  basemap: Basemap,
): Promise<{ sources: StyleSpecification['sources']; layers: LayerSpecification[] }> {
  const res = await fetch(basemap.styleUrl!);
  if (!res.ok) throw new Error(`${basemap.styleUrl}: HTTP ${res.status}`);
  const style = (await res.json()) as StyleSpecification;
  const sources = Object.fromEntries(
    Object.entries(style.sources).map(([id, s]) => [
      `${BASEMAP_PREFIX}${id}`,
      { ...s, attribution: basemap.attribution },
    ]),
  ) as StyleSpecification['sources'];
  const layers = style.layers
    .filter((l) => l.type !== 'symbol' && l.type !== 'background' && 'source' in l)
    .map(
      (l) =>
        ({
          ...l,
          id: `${BASEMAP_PREFIX}${l.id}`,
          source: `${BASEMAP_PREFIX}${(l as { source: string }).source}`,
        }) as LayerSpecification,
    );
  return { sources, layers };
}

/**
 * Adds the basemap's sources and layers under the plan layers. Returns a function that removes
 * them and stops listening.
 */
export async function addBasemap(
  controller: MapController,
  basemap: Basemap,
  onUnreachable: (detail: string) => void,
): Promise<() => void> {
  const map = controller.map;
  // The plan's features are on the map before its style has finished loading on a slow machine:
  // a source added before then would be refused. The first idle comes after the style is in.
  if (!map.loaded()) await controller.drawn(60_000);
  let told = false;
  const ownSource = (id: string | undefined) => Boolean(id?.startsWith(BASEMAP_PREFIX));
  const onError = (e: ErrorEvent & { sourceId?: string }) => {
    if (!ownSource(e.sourceId) || told) return;
    told = true;
    onUnreachable(String(e.error?.message ?? e.error ?? 'error'));
  };
  map.on('error', onError);
  const below = firstPlanLayer(map);
  const added: { sources: string[]; layers: string[] } = { sources: [], layers: [] };
  try {
    if (basemap.kind === 'raster') {
      basemap.tiles.forEach((template, i) => {
        const id = `${BASEMAP_PREFIX}${i}`;
        map.addSource(id, {
          type: 'raster',
          tiles: [template],
          tileSize: 256,
          attribution: basemap.attribution,
        });
        map.addLayer({ id, type: 'raster', source: id, paint: RASTER_PAINT }, below);
        added.sources.push(id);
        added.layers.push(id);
      });
    } else {
      const { sources, layers } = await styleLayers(basemap);
      for (const [id, s] of Object.entries(sources)) {
        map.addSource(id, s);
        added.sources.push(id);
      }
      for (const l of layers) {
        map.addLayer(l, below);
        added.layers.push(l.id);
      }
    }
  } catch (err) {
    if (!told) onUnreachable(String(err));
    told = true;
  }
  return () => {
    map.off('error', onError);
    for (const id of added.layers) if (map.getLayer(id)) map.removeLayer(id);
    for (const id of added.sources) if (map.getSource(id)) map.removeSource(id);
  };
}
