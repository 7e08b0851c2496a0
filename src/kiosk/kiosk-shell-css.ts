/**
 * Extra rules for the shell's shadow root in kiosk mode, adopted next to its own styles:
 * desktop-only controls go (keyboard search, the small language button that the overlay's big
 * toggle replaces, the compass when rotation is off), touch targets and type grow.
 */
export const kioskShellCss = `
  search-box,
  .lang-toggle {
    display: none !important;
  }
  .top {
    gap: 12px;
  }
  .brand h1 {
    font-size: 1.6rem;
  }
  .brand p {
    font-size: 1rem;
  }
  .top button,
  .side button {
    min-height: 56px;
    min-width: 56px;
    font-size: 1.1rem;
  }
  .side.left {
    width: 340px;
  }
  .maplibregl-ctrl-compass {
    display: none !important;
  }
  .maplibregl-ctrl-group button {
    width: 56px;
    height: 56px;
  }
  .maplibregl-ctrl-group button .maplibregl-ctrl-icon {
    background-size: 36px;
  }
  .attribution {
    min-height: 48px;
    font-size: 0.85rem;
  }
  /* The caption card and the kiosk dock sit at the bottom centre. */
  .notices {
    bottom: 130px;
  }
`;
