/** The park finder's own layout: the industry chips, the park tree, the distance lists and the comparison table. */
import { css } from 'lit';

export const parkFinderStyles = css`
  h3 {
    margin: 0;
    font-size: 1rem;
  }
  .intro,
  .note,
  .count {
    color: var(--atlas-text-muted);
    font-size: 0.8rem;
    margin: 4px 0;
  }
  .scroll {
    overflow: auto;
    min-height: 0;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
    margin: 6px 0;
    padding: 0;
    border: none;
  }
  .chips legend {
    font-weight: 700;
    margin-bottom: 4px;
    padding: 0;
  }
  .chips button {
    border-radius: 999px;
    display: inline-flex;
    flex-direction: column;
    align-items: flex-start;
    justify-content: center;
    line-height: 1.2;
    padding: 2px 12px;
  }
  .chips button small {
    color: var(--atlas-text-muted);
    font-size: 0.72rem;
  }
  .chips button[aria-pressed='true'] {
    background: var(--atlas-accent);
    border-color: var(--atlas-accent);
    color: var(--atlas-accent-text);
  }
  .chips button[aria-pressed='true'] small {
    color: inherit;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  li.park {
    border: 1px solid var(--atlas-border);
    border-radius: var(--atlas-radius);
    padding: 8px 10px;
    margin: 8px 0;
  }
  li.park li.park {
    margin-left: 14px;
    background: var(--atlas-surface);
  }
  .park-head {
    display: flex;
    align-items: center;
    gap: 8px;
    flex-wrap: wrap;
  }
  .park-head .name {
    font-weight: 700;
    text-align: left;
    border: none;
    background: none;
    padding: 0;
    min-width: 0;
    color: var(--atlas-accent);
    text-decoration: underline;
  }
  .park-head label {
    margin-left: auto;
    display: inline-flex;
    align-items: center;
    gap: 4px;
    min-height: var(--atlas-touch);
    cursor: pointer;
  }
  .park-head input {
    width: 18px;
    height: 18px;
  }
  .status {
    font-size: 0.75rem;
    color: var(--atlas-text-muted);
  }
  dl.facts {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 2px 10px;
    margin: 6px 0 0;
    font-size: 0.85rem;
  }
  dl.facts dt {
    color: var(--atlas-text-muted);
  }
  dl.facts dd {
    margin: 0;
  }
  .km {
    font-variant-numeric: tabular-nums;
    font-weight: 700;
  }
  .planned {
    display: block;
    color: var(--atlas-indicative);
    font-size: 0.78rem;
  }
  section.compare {
    border: 2px solid var(--atlas-accent);
    border-radius: var(--atlas-radius);
    padding: 8px 10px;
    margin: 8px 0;
  }
  table {
    font-size: 0.85rem;
  }
  th,
  td {
    padding: 4px 6px;
  }
  thead th {
    font-size: 0.9rem;
  }
  tbody th {
    font-weight: 400;
    color: var(--atlas-text-muted);
    width: 9em;
  }
  .link {
    display: flex;
    gap: 6px;
    margin-top: 8px;
    align-items: center;
    flex-wrap: wrap;
  }
  .link input {
    flex: 1;
    min-width: 12em;
    min-height: var(--atlas-touch);
    font: inherit;
    font-size: 0.8rem;
    padding: 0 6px;
    border: 1px solid var(--atlas-border);
    border-radius: var(--atlas-radius);
  }
  .warning {
    background: var(--atlas-warn-bg);
    border-left: 4px solid var(--atlas-warn-border);
    padding: 4px 8px;
    font-size: 0.85rem;
  }
`;
