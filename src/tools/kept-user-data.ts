/**
 * Draws what the planner kept (imported layers, measured outlines) once the plan is in. A browser
 * that holds none loads none of the code that reads and draws it (restore.ts).
 */
import type { MapController } from '../map/map-controller.ts';
import { mayHoldUserData } from '../user-data/kept.ts';

export async function drawKeptUserData(controller: MapController): Promise<void> {
  try {
    if (!(await mayHoldUserData())) return;
    const { drawKept } = await import('./restore.ts');
    await drawKept(controller);
  } catch (err) {
    console.error('the kept layers were not drawn', err);
  }
}
