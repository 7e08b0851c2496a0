/**
 * The shell's layout: the map under everything, the top bar, the side panels and the notices,
 * for desktop, narrow screens and (`:host([kiosk])`) the exhibition kiosk, whose desktop-only
 * controls go (keyboard search, the small language button that the kiosk's big toggle replaces,
 * the compass when rotation is off) and whose touch targets and type grow.
 */
import { css } from 'lit';

export const shellStyles = css`
  :host {
    display: block;
    position: relative;
    overflow: hidden;
  }
  /* The map comes after the controls in the DOM, so Tab reaches search and panels first. */
  /* Contained: a panel opening or a count changing lays out and paints its own box, not the page. */
  #map {
    position: absolute;
    inset: 0;
    z-index: 0;
    contain: strict;
  }
  .top,
  .side,
  .notices,
  .attribution {
    z-index: 1;
  }
  .top {
    position: absolute;
    top: 10px;
    left: 10px;
    right: 60px;
    display: flex;
    gap: 8px;
    align-items: center;
    flex-wrap: wrap;
    pointer-events: none;
  }
  .top .views {
    display: contents;
  }
  .top > *,
  .top .card {
    pointer-events: auto;
  }
  .brand {
    padding: 6px 12px;
  }
  .brand h1 {
    font-size: 1.05rem;
    margin: 0;
  }
  .brand p {
    margin: 0;
    font-size: 0.75rem;
    color: var(--atlas-text-muted);
  }
  search-box {
    width: min(320px, 60vw);
  }
  .home {
    font-size: 1.1rem;
  }
  .year-select {
    display: flex;
    align-items: center;
    gap: 6px;
    min-height: var(--atlas-touch);
    padding: 0 8px;
    font-size: 0.85rem;
  }
  .year-select select {
    font: inherit;
    min-height: 28px;
  }
  .side {
    position: absolute;
    top: var(--atlas-top-offset, 84px);
    bottom: 36px;
    width: var(--atlas-panel-width);
    padding: 12px 14px;
    overflow: hidden;
    display: flex;
    flex-direction: column;
    contain: layout paint;
  }
  /* The layer list is as tall as its open groups, and scrolls beyond the window's height. */
  .left {
    left: 10px;
    width: 290px;
    bottom: auto;
    max-height: calc(100% - var(--atlas-top-offset, 84px) - 36px);
  }
  .left.collapsed {
    bottom: auto;
    width: auto;
    padding: 0;
  }
  .right {
    right: 10px;
  }
  /* The fold button sits beside the panel's title, not on a row of its own. */
  .left .collapse {
    position: absolute;
    top: 12px;
    right: 12px;
    z-index: 1;
  }
  .right.wide {
    width: min(760px, calc(100vw - 320px));
  }
  /* The park finder leaves room to see the parks it filters. */
  .right.wide.medium {
    width: min(520px, calc(100vw - 320px));
  }
  .notices {
    position: absolute;
    left: 310px;
    right: 370px;
    bottom: 34px;
  }
  .attribution {
    position: absolute;
    right: 140px;
    bottom: 6px;
    font-size: 0.75rem;
    padding: 2px 8px;
    min-height: 24px;
  }
  @media (max-width: 720px) {
    .top .views {
      display: flex;
      gap: 8px;
      flex: 1 0 100%;
      overflow-x: auto;
      overscroll-behavior-x: contain;
      scrollbar-width: none;
      padding-bottom: 2px;
    }
    /* The year control's menus and button are the strip's items too (it lays out as its children). */
    .top .views > *,
    .top .views year-control > * {
      flex: 0 0 auto;
    }
    .side.right,
    .side.right.wide {
      left: 10px;
      right: 10px;
      top: auto;
      width: auto;
      max-height: 55vh;
    }
    /* On a phone the layer list is a sheet at the bottom: the map stays in view above it. */
    .left:not(.collapsed) {
      top: auto;
      left: 0;
      right: 0;
      bottom: 0;
      width: auto;
      max-height: 40vh;
      padding: 8px 12px;
      border-radius: var(--atlas-radius) var(--atlas-radius) 0 0;
      /* Over the credits line while open; closing the sheet shows it again. */
      z-index: 2;
    }
    /* A feature's panel, also at the bottom, covers the sheet rather than the map. */
    .side.right {
      z-index: 2;
    }
    .notices {
      left: 10px;
      right: 10px;
    }
  }
  :host([kiosk]) search-box,
  :host([kiosk]) .lang-toggle {
    display: none !important;
  }
  :host([kiosk]) .top {
    gap: 12px;
  }
  :host([kiosk]) .brand h1 {
    font-size: 1.6rem;
  }
  :host([kiosk]) .brand p {
    font-size: 1rem;
  }
  :host([kiosk]) .top button,
  :host([kiosk]) .side button {
    min-height: 56px;
    min-width: 56px;
    font-size: 1.1rem;
  }
  :host([kiosk]) .side.left {
    width: 340px;
  }
  :host([kiosk]) .maplibregl-ctrl-compass {
    display: none !important;
  }
  :host([kiosk]) .maplibregl-ctrl-group button {
    width: 56px;
    height: 56px;
  }
  :host([kiosk]) .maplibregl-ctrl-group button .maplibregl-ctrl-icon {
    background-size: 36px;
  }
  :host([kiosk]) .attribution {
    min-height: 48px;
    font-size: 0.85rem;
  }
  /* The caption card and the kiosk dock sit at the bottom centre. */
  :host([kiosk]) .notices {
    bottom: 130px;
  }
  print-header {
    display: none;
  }
  /*
   * Ctrl+P: the map on the whole page under a header with title, date, legend and sources; the
   * panels, notices and zoom buttons stay off the paper. The canvas keeps its aspect on a page
   * of another shape.
   */
  @media print {
    :host {
      position: static;
      overflow: visible;
    }
    .top,
    .side,
    .notices,
    .attribution,
    .maplibregl-ctrl-zoom-in,
    .maplibregl-ctrl-zoom-out {
      display: none !important;
    }
    print-header {
      display: block;
      padding: 0 0 4mm;
    }
    #map {
      position: relative;
      inset: auto;
      width: 100%;
      height: 160mm;
      border: 0.3mm solid #1f2733;
    }
    #map canvas {
      width: 100% !important;
      height: 100% !important;
      object-fit: contain;
    }
  }
`;
