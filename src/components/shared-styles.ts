import { css } from 'lit';

/** Styles every component shares: type, buttons, focus rings. */
export const sharedStyles = css`
  :host {
    font-family: var(--atlas-font);
    font-size: var(--atlas-font-size);
    color: var(--atlas-text);
    box-sizing: border-box;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  button {
    font: inherit;
    color: inherit;
    min-height: var(--atlas-touch);
    min-width: var(--atlas-touch);
    padding: 0 10px;
    border: 1px solid var(--atlas-border);
    border-radius: var(--atlas-radius);
    background: var(--atlas-bg);
    cursor: pointer;
  }
  button:hover {
    background: var(--atlas-surface);
  }
  button.primary {
    background: var(--atlas-accent);
    border-color: var(--atlas-accent);
    color: var(--atlas-accent-text);
  }
  :focus-visible {
    outline: 3px solid var(--atlas-focus);
    outline-offset: 1px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  .card {
    background: var(--atlas-bg);
    border-radius: var(--atlas-radius);
    box-shadow: var(--atlas-shadow);
  }
`;
