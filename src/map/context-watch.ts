/**
 * A lost WebGL context (a GPU reset on a kiosk that runs for weeks) and its return. MapLibre
 * rebuilds its GPU state and reloads the style on restore; `restored` is called only once the
 * style is loaded again, since a style call before that throws "Style is not done loading".
 * Returns the teardown.
 */
import type { Map as MaplibreMap } from 'maplibre-gl';

export function watchContext(map: MaplibreMap, on: { lost(): void; restored(): void }): () => void {
  const canvas = map.getCanvas();
  const whenStyled = () => {
    if (map.isStyleLoaded()) on.restored();
    else map.once('idle', whenStyled);
  };
  const lost = () => on.lost();
  canvas.addEventListener('webglcontextlost', lost);
  canvas.addEventListener('webglcontextrestored', whenStyled);
  return () => {
    canvas.removeEventListener('webglcontextlost', lost);
    canvas.removeEventListener('webglcontextrestored', whenStyled);
    map.off('idle', whenStyled);
  };
}
