import { css } from 'lit';

/** The indicators view: tables, small charts, the plan's contradictions and a user's progress. */
export const indicatorsStyles = css`
  .tabs {
    display: flex;
    gap: 6px;
    margin: 8px 0;
    flex-wrap: wrap;
  }
  .tabs button[aria-selected='true'] {
    background: var(--atlas-accent);
    border-color: var(--atlas-accent);
    color: var(--atlas-accent-text);
  }
  .scroll {
    overflow: auto;
    min-height: 0;
  }
  .intro,
  small,
  .meta {
    color: var(--atlas-text-muted);
    font-size: 0.8rem;
  }
  th,
  td {
    padding: 6px 6px;
  }
  .num {
    text-align: right;
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  /* Value columns stay narrow so that the indicator's cell, with its chart, has the width. */
  th.num {
    white-space: normal;
    width: 7.5em;
  }
  th.no {
    width: 2.5em;
    text-align: right;
  }
  .group th {
    background: var(--atlas-surface);
    font-size: 0.9rem;
  }
  .name {
    font-weight: 600;
  }
  .attr {
    display: inline-block;
    border-radius: 999px;
    padding: 0 8px;
    border: 1px solid var(--atlas-border);
    font-size: 0.75rem;
  }
  .attr.binding {
    border-color: var(--atlas-accent);
    color: var(--atlas-accent);
  }
  button.map {
    min-height: 28px;
    font-size: 0.8rem;
    margin-top: 4px;
  }
  svg.chart {
    display: block;
    width: 100%;
    max-width: 340px;
    margin-top: 4px;
    font-size: 11px;
  }
  svg.chart text {
    fill: var(--atlas-text);
  }
  svg.chart .label {
    fill: var(--atlas-text-muted);
  }
  svg.chart .baseline .bar,
  svg.chart .achieved .bar {
    fill: #7a8699;
  }
  svg.chart .target .bar {
    fill: var(--atlas-accent);
  }
  /* A user's progress value is never drawn like a plan figure: hatched orange with a dark edge. */
  svg.chart .progress .bar {
    fill: var(--atlas-warn-bg);
    stroke: var(--atlas-warn-border);
    stroke-width: 1.5;
    stroke-dasharray: 3 2;
  }
  svg.chart .progress text {
    fill: var(--atlas-indicative);
    font-weight: 600;
  }
  .not-comparable {
    font-size: 0.8rem;
    color: var(--atlas-text-muted);
    font-style: italic;
  }
  .discrepancy td {
    background: var(--atlas-warn-bg);
    border-left: 4px solid var(--atlas-warn-border);
    font-size: 0.85rem;
  }
  .discrepancy q {
    font-weight: 600;
  }
  .progress-value {
    margin-top: 4px;
    padding: 4px 8px;
    border: 1px dashed var(--atlas-warn-border);
    border-radius: var(--atlas-radius);
    background: var(--atlas-warn-bg);
    color: var(--atlas-indicative);
    font-size: 0.85rem;
  }
  .error {
    color: var(--atlas-error-border);
  }
  :host([kiosk]) {
    font-size: 1.1rem;
  }
  :host([kiosk]) svg.chart {
    max-width: 440px;
    font-size: 12px;
  }
  :host([kiosk]) button.map {
    min-height: 48px;
    font-size: 1rem;
  }
  /* The column of the plan year the map shows. */
  .year-col {
    background: rgb(11 92 173 / 9%);
    box-shadow: inset 2px 0 0 var(--atlas-accent), inset -2px 0 0 var(--atlas-accent);
  }
  .no-figure {
    color: var(--atlas-indicative);
    font-weight: normal;
  }
`;
