/**
 * The map's padding: the screen edges the shell's panels cover (the top bar, the layer list on the
 * left, the side view or info panel on the right, or at the bottom on a narrow screen), plus what
 * the kiosk's own cards cover. Measured from the rendered layout.
 */

/** Room kept between a panel and what the camera frames. */
const PANEL_GAP = 16;

export function mapPadding(
  shell: HTMLElement & { renderRoot: ParentNode },
  topBar: HTMLElement,
  opts: { overlayBottom: number; layersCollapsed: boolean },
): { top: number; bottom: number; left: number; right: number } {
  const box = shell.getBoundingClientRect();
  const measure = (sel: string) => shell.renderRoot.querySelector<HTMLElement>(sel)?.getBoundingClientRect();
  const top = topBar.getBoundingClientRect().bottom - box.top + PANEL_GAP;
  const left = measure('.side.left');
  const right = measure('.side.right');
  const narrow = window.matchMedia('(max-width: 720px)').matches;
  const padding = { top, bottom: PANEL_GAP + opts.overlayBottom, left: PANEL_GAP, right: PANEL_GAP };
  if (right && narrow) padding.bottom = Math.max(padding.bottom, box.bottom - right.top + PANEL_GAP);
  else if (right) padding.right = box.right - right.left + PANEL_GAP;
  if (left && !opts.layersCollapsed && !narrow) padding.left = left.right - box.left + PANEL_GAP;
  // On a narrow screen the open layer list is a sheet at the bottom.
  if (left && !opts.layersCollapsed && narrow)
    padding.bottom = Math.max(padding.bottom, box.bottom - left.top + PANEL_GAP);
  // A window too small for the panels keeps at least a third of the map to frame things in.
  padding.left = Math.min(padding.left, box.width / 3);
  padding.right = Math.min(padding.right, box.width / 3);
  padding.bottom = Math.min(padding.bottom, box.height / 2);
  return {
    top: Math.round(padding.top),
    bottom: Math.round(padding.bottom),
    left: Math.round(padding.left),
    right: Math.round(padding.right),
  };
}
