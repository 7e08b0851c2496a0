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

/** A toolbar view in the side panel: a header row with its title and close button, then content, and tables. */
export const panelViewStyles = css`
  :host {
    display: flex;
    flex-direction: column;
    max-height: 100%;
    min-height: 0;
  }
  header {
    display: flex;
    justify-content: space-between;
    align-items: center;
    gap: 8px;
  }
  h2 {
    margin: 0;
    font-size: 1.1rem;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-variant-numeric: tabular-nums;
  }
  th,
  td {
    border-bottom: 1px solid var(--atlas-border);
    text-align: left;
    vertical-align: top;
  }
`;
