/**
 * What the layer panel shows, without the panel: the groups a filter leaves, the state of a
 * group's switch, the visible layers after a group is switched, and each layer's count of
 * features (all of them, and those that stay with "only precisely located"; of each, those the
 * chosen plan year ghosts as still to come). Pure, so it is tested without a page.
 */
import type { LayerId, PlanFeature } from '../data/schema.ts';
import type { Bilingual } from '../i18n/i18n.ts';
import { fold } from '../search/fold.ts';
import { type PlanYear, standsIn } from '../years/year-filter.ts';
import type { LayerDefinition, LayerGroup } from './types.ts';

export interface PanelGroup {
  group: LayerGroup;
  layers: readonly LayerDefinition[];
}

/**
 * The groups and layers whose name, in either language, contains the query; a group whose own
 * name matches keeps all its layers. An empty query keeps everything.
 */
export function filterGroups(
  groups: readonly PanelGroup[],
  query: string,
  groupTitle: (group: LayerGroup) => Bilingual,
): PanelGroup[] {
  const q = fold(query);
  if (!q) return [...groups];
  const matches = (b: Bilingual) => fold(b.zh).includes(q) || fold(b.en).includes(q);
  return groups.flatMap(({ group, layers }) => {
    if (matches(groupTitle(group))) return [{ group, layers }];
    const kept = layers.filter((l) => matches(l.title));
    return kept.length > 0 ? [{ group, layers: kept }] : [];
  });
}

export type SwitchState = 'on' | 'off' | 'mixed';

/** A group's switch: on when every one of its layers is visible, off when none is. */
export function groupState(layers: readonly LayerDefinition[], visible: readonly LayerId[]): SwitchState {
  const shown = new Set(visible);
  const on = layers.filter((l) => shown.has(l.id)).length;
  return on === 0 ? 'off' : on === layers.length ? 'on' : 'mixed';
}

/**
 * The visible layers once a group's layers are all switched on (added at the end, in the
 * group's order) or all off; the other layers keep their place.
 */
export function switchGroup(
  visible: readonly LayerId[],
  layers: readonly LayerDefinition[],
  on: boolean,
): LayerId[] {
  const ids = new Set(layers.map((l) => l.id));
  const others = visible.filter((id) => !ids.has(id));
  if (!on) return others;
  const shown = new Set(visible);
  return [...visible, ...layers.map((l) => l.id).filter((id) => !shown.has(id))];
}

export interface LayerCount {
  /** Every feature of the layer. */
  all: number;
  /** Those placed more precisely than at a town: what "only precisely located" keeps. */
  precise: number;
  /** Of `all`, those the plan year puts in the future: on the map, but ghosted. */
  future: number;
  /** Of `precise`, those the plan year puts in the future. */
  futurePrecise: number;
}

/** Each layer's features, counted once per feature list and year (null: the whole plan). */
export function countFeatures(
  features: readonly PlanFeature[],
  year: PlanYear | null = null,
): Map<LayerId, LayerCount> {
  const counts = new Map<LayerId, LayerCount>();
  for (const f of features) {
    const c = counts.get(f.properties.layer) ?? { all: 0, precise: 0, future: 0, futurePrecise: 0 };
    const precise = f.properties.geometry_accuracy !== 'town';
    const future = !standsIn(f.properties, year);
    c.all += 1;
    if (precise) c.precise += 1;
    if (future) c.future += 1;
    if (future && precise) c.futurePrecise += 1;
    counts.set(f.properties.layer, c);
  }
  return counts;
}

/**
 * What a layer's count shows: the features that stand in the year (all, or the precisely placed
 * ones), the ghosted ones beside them, and whether the switch hides some.
 */
export function shownCount(
  c: LayerCount,
  precise: boolean,
): { standing: number; ghosted: number; hidden: number } {
  const listed = precise ? c.precise : c.all;
  const ghosted = precise ? c.futurePrecise : c.future;
  return { standing: listed - ghosted, ghosted, hidden: c.all - listed };
}
