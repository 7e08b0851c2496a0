/**
 * A click on a still map changes nothing MapLibre draws, yet MapLibre answers it with a full
 * redraw: its mouse-pan handler becomes active on the press and inactive on the release, and the
 * release schedules a frame to apply that. In software WebGL (the hall's kiosks, the tests) that
 * redraw and the canvas readback it brings make the frame that shows the info panel 50–60 ms
 * longer. So a click on a still map moves MapLibre's pending frame to the frame after the panel's,
 * where the selection's highlight is drawn anyway (state-renderer.ts applies feature states once
 * the next frame is painted). docs/decisions/0024-click-frame.md.
 */
import type { Map as MaplibreMap } from 'maplibre-gl';

/** MapLibre's pending animation frame: declared by its types, `null` when none is pending. */
interface PendingFrame {
  _frameRequest: AbortController | null;
}

/** Installs the deferral on the map's canvas; returns its teardown. */
export function deferClickRedraw(map: MaplibreMap): () => void {
  const frames = map as unknown as PendingFrame;
  let frame = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onClick = () => {
    const pending = frames._frameRequest;
    if (!pending || frame !== 0 || map.isMoving()) return;
    // What MapLibre's own redraw() does before it draws: cancel the scheduled frame.
    pending.abort();
    frames._frameRequest = null;
    frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        frame = 0;
        map.triggerRepaint();
      }, 0);
    });
  };
  const canvas = map.getCanvasContainer();
  // Capture: before MapLibre's own listeners on the same element turn the click into map events.
  canvas.addEventListener('click', onClick, true);
  return () => {
    canvas.removeEventListener('click', onClick, true);
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
