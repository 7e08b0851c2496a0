/** The plan reader's look: a contents column beside the text, set for reading Chinese at length. */
import { css } from 'lit';

/** The location levels' marks, shared by the text, the legend and the coverage view. */
export const markStyles = css`
  mark {
    color: inherit;
    border-radius: 2px;
    padding: 0 1px;
    cursor: pointer;
    text-decoration-thickness: 2px;
    text-underline-offset: 4px;
  }
  mark.mapped {
    background: #dbeafe;
    text-decoration: underline solid #0b5cad;
  }
  mark.town {
    background: #fdecd3;
    text-decoration: underline dashed #b35c00;
  }
  mark.district {
    background: #e3f1e6;
    text-decoration: underline dotted #2e7d32;
  }
  mark.not-located {
    background: #eceef2;
    text-decoration: underline dotted #6b7280;
  }
  mark.focus {
    background: #ffe08a;
    outline: 2px solid #ffb000;
  }
  mark.search,
  mark.hit {
    background: #fff3b0;
    cursor: inherit;
  }
  mark.hit.mapped,
  mark.hit.town,
  mark.hit.district,
  mark.hit.not-located {
    cursor: pointer;
    box-shadow: 0 0 0 2px #e8b400;
  }
  mark:hover {
    filter: brightness(0.94);
  }
  .dot {
    display: inline-block;
    width: 0.8em;
    height: 0.8em;
    border-radius: 50%;
    margin-right: 4px;
    vertical-align: -0.05em;
  }
  .dot.mapped {
    background: #0b5cad;
  }
  .dot.town {
    background: #b35c00;
  }
  .dot.district {
    background: #2e7d32;
  }
  .dot.not-located {
    background: #9ca3af;
  }
`;

export const readerStyles = css`
  .columns {
    display: grid;
    grid-template-columns: minmax(180px, 30%) 1fr;
    gap: 14px;
    min-height: 0;
    flex: 1;
    margin-top: 8px;
  }
  nav,
  article {
    overflow-y: auto;
    min-height: 0;
  }
  nav {
    border-right: 1px solid var(--atlas-border);
    padding-right: 8px;
    font-size: 0.85rem;
  }
  nav ol {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  nav button {
    display: block;
    width: 100%;
    text-align: left;
    border: none;
    background: none;
    min-height: 28px;
    padding: 3px 4px;
    line-height: 1.35;
  }
  nav button[aria-current='true'] {
    background: var(--atlas-surface);
    font-weight: 600;
  }
  nav .d1 {
    padding-left: 12px;
  }
  nav .d2 {
    padding-left: 24px;
  }
  nav .d3 {
    padding-left: 36px;
  }
  nav .missing,
  .heading .missing {
    color: var(--atlas-indicative);
    font-style: italic;
  }
  .find {
    display: flex;
    gap: 6px;
    margin-top: 6px;
  }
  /* The reader's own clear button stands beside it, in every browser. */
  .find input::-webkit-search-cancel-button {
    display: none;
  }
  .find input {
    flex: 1;
    font: inherit;
    min-height: var(--atlas-touch);
    padding: 0 8px;
    border: 1px solid var(--atlas-border);
    border-radius: var(--atlas-radius);
  }
  .hits li button {
    line-height: 1.5;
  }
  .hits .count {
    color: var(--atlas-text-muted);
  }
  .note,
  .lang-note {
    font-size: 0.8rem;
    color: var(--atlas-text-muted);
    margin: 4px 0;
  }
  .lang-note {
    background: var(--atlas-surface);
    border-radius: var(--atlas-radius);
    padding: 6px 8px;
  }
  .legend {
    font-size: 0.8rem;
    color: var(--atlas-text-muted);
    display: flex;
    flex-wrap: wrap;
    gap: 4px 12px;
    margin: 0 0 6px;
  }
  article {
    padding-right: 6px;
  }
  .text {
    font-size: 15px;
    line-height: 1.9;
    letter-spacing: 0.02em;
    max-width: 40em;
  }
  .heading {
    margin: 18px 0 6px;
    line-height: 1.45;
  }
  .heading.d0 {
    font-size: 1.15rem;
  }
  .heading.d1 {
    font-size: 1.02rem;
  }
  .heading.d2,
  .heading.d3 {
    font-size: 0.95rem;
  }
  .heading .num {
    color: var(--atlas-accent);
    margin-right: 0.5em;
  }
  .para {
    position: relative;
    margin: 0 0 8px;
    padding: 2px 4px 2px 6px;
    border-left: 3px solid transparent;
    border-radius: 2px;
  }
  .para p {
    margin: 0;
    text-indent: 2em;
  }
  .para.box {
    background: #f7f8fa;
    border-left-color: var(--atlas-border);
  }
  .para.current {
    border-left-color: var(--atlas-accent);
    background: #f1f6fd;
  }
  .para .link {
    position: absolute;
    left: -22px;
    top: 4px;
    min-width: 20px;
    min-height: 20px;
    padding: 0;
    border: none;
    background: none;
    color: var(--atlas-text-muted);
    font-size: 0.8rem;
    opacity: 0.4;
  }
  .para:hover .link,
  .para .link:focus-visible {
    opacity: 1;
  }
  .text {
    padding-left: 22px;
  }
  .pick,
  .gloss {
    font-size: 0.85rem;
    line-height: 1.5;
    letter-spacing: 0;
    margin: 6px 0 2px;
    padding: 6px 8px;
    background: var(--atlas-bg);
    border: 1px solid var(--atlas-border);
    border-radius: var(--atlas-radius);
  }
  .pick ul,
  .gloss ul {
    margin: 2px 0 0;
    padding: 0;
    list-style: none;
  }
  .pick button,
  .gloss button {
    border: none;
    background: none;
    text-align: left;
    padding: 2px 0;
    min-height: 28px;
  }
  .gloss .quote {
    margin-top: 6px;
  }
  .gloss .en {
    color: var(--atlas-text-muted);
    font-style: italic;
    margin-left: 4px;
  }
  .gloss ul {
    padding-left: 10px;
  }
  table.plan-table {
    font-size: 0.8rem;
    line-height: 1.4;
    margin: 6px 0 12px;
  }
  table.plan-table td {
    padding: 3px 4px;
  }
  table.plan-table tr.current {
    background: #f1f6fd;
  }
  .pager {
    display: flex;
    justify-content: space-between;
    gap: 8px;
    margin: 16px 0 8px;
  }
  .problem {
    background: var(--atlas-warn-bg);
    border: 1px solid var(--atlas-warn-border);
    border-radius: var(--atlas-radius);
    padding: 6px 8px;
    margin: 6px 0;
  }
`;

/** On a phone the contents sit above the text, each scrolling on its own. */
export const narrowReaderStyles = css`
  @media (max-width: 720px) {
    .columns {
      grid-template-columns: 1fr;
      grid-template-rows: minmax(0, 32%) minmax(0, 1fr);
    }
    nav {
      border-right: none;
      border-bottom: 1px solid var(--atlas-border);
      padding: 0 0 6px;
    }
  }
`;
