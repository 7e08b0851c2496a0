import type { LayerId } from '../data/schema.ts';
import { LAYER_GROUPS, type LayerDefinition } from './types.ts';

const modules = import.meta.glob<{ default: LayerDefinition }>('../../layers/*.ts', { eager: true });

/** Every layer module in layers/, in drawing order (bottom first). */
export const LAYERS: readonly LayerDefinition[] = Object.values(modules)
  .map((m) => m.default)
  .sort((a, b) => a.order - b.order);

const byId = new Map(LAYERS.map((l) => [l.id, l]));

export function layerById(id: LayerId): LayerDefinition | undefined {
  return byId.get(id);
}

export function defaultVisibleLayers(): LayerId[] {
  return LAYERS.filter((l) => l.defaultVisible).map((l) => l.id);
}

/** Layers grouped for the panel, in the plan's order of groups. */
export function layersByGroup(): { group: (typeof LAYER_GROUPS)[number]; layers: LayerDefinition[] }[] {
  return LAYER_GROUPS.map((group) => ({
    group,
    layers: LAYERS.filter((l) => l.group === group).sort((a, b) => b.order - a.order),
  })).filter((g) => g.layers.length > 0);
}
