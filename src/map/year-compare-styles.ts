/**
 * The year comparison's overlay (year-compare-map.ts) in the shell's shadow root, where the map
 * lives: the clipped second map, the two years' names beside the divider, and the divider,
 * whose grip is a 44 px target for a finger. Only the divider takes the pointer.
 */
import { css } from 'lit';

export const yearCompareStyles = css`
  year-control {
    display: contents;
  }
  .year-compare {
    position: absolute;
    inset: 0;
    z-index: 1;
    pointer-events: none;
  }
  .year-compare .year-compare-map {
    position: absolute;
    inset: 0;
  }
  .year-compare-divider {
    position: absolute;
    top: 0;
    bottom: 0;
    width: 44px;
    margin-left: -22px;
    display: flex;
    align-items: center;
    justify-content: center;
    pointer-events: auto;
    touch-action: none;
    cursor: ew-resize;
  }
  .year-compare-divider::before {
    content: '';
    position: absolute;
    top: 0;
    bottom: 0;
    left: 50%;
    width: 3px;
    margin-left: -1.5px;
    background: #fff;
    box-shadow: 0 0 0 1px rgb(0 0 0 / 35%);
  }
  .year-compare-grip {
    position: relative;
    width: 36px;
    height: 36px;
    border-radius: 50%;
    background: #fff;
    border: 2px solid var(--atlas-accent, #1c7ed6);
    box-shadow: 0 1px 4px rgb(0 0 0 / 30%);
  }
  .year-compare-divider:focus-visible .year-compare-grip {
    outline: 3px solid var(--atlas-accent, #1c7ed6);
    outline-offset: 2px;
  }
  .year-compare-label {
    position: absolute;
    bottom: 56px;
    padding: 4px 10px;
    border-radius: 4px;
    background: rgb(255 255 255 / 92%);
    box-shadow: 0 1px 3px rgb(0 0 0 / 25%);
    font-weight: 600;
    font-size: 0.9rem;
    white-space: nowrap;
  }
`;
