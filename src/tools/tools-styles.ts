import { css } from 'lit';

/** Styles the tool sections share. */
export const toolsStyles = css`
  :host {
    display: block;
  }
  h3 {
    font-size: 0.95rem;
    margin: 12px 0 6px;
  }
  p.hint {
    color: var(--atlas-text-muted);
    font-size: 0.82rem;
    margin: 4px 0 8px;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
    align-items: center;
    margin: 6px 0;
  }
  button[aria-pressed='true'] {
    background: var(--atlas-accent);
    border-color: var(--atlas-accent);
    color: var(--atlas-accent-text);
  }
  button:disabled {
    opacity: 0.5;
    cursor: default;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-variant-numeric: tabular-nums;
    font-size: 0.85rem;
  }
  th,
  td {
    padding: 4px 6px;
    border-bottom: 1px solid var(--atlas-border);
    text-align: left;
    vertical-align: top;
  }
  th {
    font-weight: 600;
  }
  .num {
    text-align: right;
    white-space: nowrap;
  }
  .measure {
    font-size: 1.05rem;
    font-weight: 600;
  }
  .link {
    border: none;
    background: none;
    padding: 0;
    min-height: 0;
    min-width: 0;
    color: var(--atlas-accent);
    text-decoration: underline;
    text-align: left;
  }
  .error {
    background: var(--atlas-error-bg);
    border: 1px solid var(--atlas-error-border);
    border-radius: 6px;
    padding: 6px 8px;
  }
  .ok {
    background: var(--atlas-surface);
    border-radius: 6px;
    padding: 6px 8px;
  }
  code {
    font-size: 0.8rem;
    word-break: break-all;
  }
  select,
  input[type='text'] {
    font: inherit;
    min-height: var(--atlas-touch);
    border: 1px solid var(--atlas-border);
    border-radius: var(--atlas-radius);
    padding: 0 8px;
    max-width: 100%;
  }
`;
