/**
 * The planner's kept layers and measured outlines are on the map from the start, not only once
 * the tools are first opened: once the plan has loaded, what the browser kept (IndexedDB) is
 * read, and only if it holds something does the tools' map part load to draw it.
 */
import type { MapController } from '../map/map-controller.ts';
import { userData } from '../user-data/user-data.ts';

export async function drawKept(controller: MapController): Promise<void> {
  await userData.ready();
  const { imports, outlines } = userData.state;
  if (imports.length === 0 && outlines.length === 0) return;
  const { sessionFor } = await import('./session.ts');
  sessionFor(controller);
}
