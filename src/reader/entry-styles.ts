/** The register entry's look inside the reader. */
import { css } from 'lit';

export const entryStyles = css`
  .entry h3 {
    margin: 2px 0 0;
    font-size: 1.1rem;
  }
  .entry h4 {
    font-size: 0.85rem;
    color: var(--atlas-text-muted);
    margin: 14px 0 4px;
  }
  .entry dl {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 4px 12px;
    margin: 8px 0 0;
  }
  .entry dl.figures {
    grid-template-columns: 1fr auto;
  }
  .entry dl.figures dd {
    text-align: right;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .entry dd {
    margin: 0;
  }
  .entry dd small {
    font-weight: 400;
    color: var(--atlas-text-muted);
  }
  .entry blockquote {
    margin: 4px 0;
    padding: 6px 10px;
    border-left: 3px solid var(--atlas-accent);
    background: var(--atlas-surface);
    line-height: 1.8;
  }
  .entry .quote-en {
    color: var(--atlas-text-muted);
    font-style: italic;
  }
  .entry-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    margin-top: 14px;
  }
`;
