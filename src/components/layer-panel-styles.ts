/**
 * The layer panel's look: a fixed head (title, filter, "only precisely located") over a list of
 * groups that scrolls; in kiosk mode (`:host([kiosk])`) rows, switches and type grow for fingers.
 */
import { css } from 'lit';

export const layerPanelStyles = css`
  :host {
    display: flex;
    flex-direction: column;
    min-height: 0;
    max-height: 100%;
  }
  .head {
    display: grid;
    gap: 6px;
    padding-bottom: 6px;
    border-bottom: 1px solid var(--atlas-border);
  }
  /* As tall as the shell's fold button, which sits at its right end. */
  h2 {
    font-size: 1rem;
    margin: 0;
    min-height: var(--atlas-touch);
    display: flex;
    align-items: center;
    padding-right: calc(var(--atlas-touch) + 8px);
  }
  .filter {
    font: inherit;
    width: 100%;
    min-height: var(--atlas-touch);
    padding: 0 10px;
    border: 1px solid var(--atlas-border);
    border-radius: var(--atlas-radius);
  }
  .groups {
    overflow-y: auto;
    min-height: 0;
    flex: 1 1 auto;
    padding-top: 4px;
    overscroll-behavior: contain;
  }
  .none {
    color: var(--atlas-text-muted);
    margin: 8px 4px;
  }
  .group-head {
    display: grid;
    grid-template-columns: auto 1fr;
    align-items: center;
    gap: 8px;
    padding: 0 4px;
  }
  .group-name {
    display: grid;
    grid-template-columns: auto 1fr auto;
    align-items: center;
    gap: 6px;
    border: none;
    background: none;
    padding: 0 4px;
    text-align: start;
    font-weight: 600;
    font-size: 0.85rem;
    color: var(--atlas-text-muted);
  }
  .chevron {
    width: 1em;
  }
  .group-count,
  .count {
    font-size: 0.8rem;
    font-weight: normal;
    color: var(--atlas-text-muted);
    font-variant-numeric: tabular-nums;
  }
  .count.reduced {
    color: var(--atlas-indicative);
  }
  /* The features the plan year ghosts: drawn faintly on the map, counted apart. */
  .ghosted {
    font-size: 0.8rem;
    color: var(--atlas-text-muted);
    margin-left: 3px;
    padding: 0 3px;
    border: 1px dashed currentColor;
    border-radius: 3px;
    opacity: 0.7;
  }
  .legend .ghost legend-swatch {
    opacity: 0.35;
  }
  .layers {
    padding: 0 0 6px 12px;
  }
  .layers[hidden] {
    display: none;
  }
  label {
    display: grid;
    grid-template-columns: auto 1fr auto;
    align-items: center;
    gap: 8px;
    min-height: var(--atlas-touch);
    padding: 2px 4px;
    border-radius: 6px;
    cursor: pointer;
  }
  label:hover {
    background: var(--atlas-surface);
  }
  label.precise {
    grid-template-columns: auto 1fr;
    padding: 0 4px;
  }
  input[type='checkbox'] {
    width: 18px;
    height: 18px;
    margin: 0;
    accent-color: var(--atlas-accent);
  }
  .name {
    display: flex;
    align-items: center;
    gap: 8px;
  }
  .legend {
    margin: 0 0 4px 30px;
    padding: 0;
    list-style: none;
    font-size: 0.8rem;
    color: var(--atlas-text-muted);
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 6px;
  }
  :host([kiosk]) h2 {
    font-size: 1.3rem;
  }
  :host([kiosk]) input[type='checkbox'] {
    width: 30px;
    height: 30px;
  }
  :host([kiosk]) .group-name {
    min-height: 56px;
    font-size: 1.05rem;
  }
  :host([kiosk]) label {
    min-height: 56px;
    gap: 12px;
  }
  :host([kiosk]) .count,
  :host([kiosk]) .group-count,
  :host([kiosk]) .legend {
    font-size: 0.95rem;
  }
`;
