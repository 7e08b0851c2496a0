/**
 * Small bar charts for an indicator (2020 → 2025; target against achieved; progress against
 * target), in plain SVG: lengths and positions are SVG attributes and colours come from classes,
 * never inline styles, which the Content-Security-Policy refuses. Text is SVG text in the page's
 * font, so both scripts read at any size the view is scaled to (the kiosk's too).
 */
import { svg } from 'lit';

export interface ChartBar {
  label: string;
  /** The number drawn; none draws no bar, only the text (the plan's `—`). */
  value?: number;
  /** As printed, e.g. `【13】`, `>51`, `7.5*`. */
  text: string;
  /** `plan` for the plan's own figures, `progress` for a value a user loaded. */
  kind: 'baseline' | 'target' | 'achieved' | 'progress';
}

const W = 300;
const ROW = 20;
const LABEL_W = 92;
const BAR_MAX = 140;

/** Horizontal bars on one scale from zero, each labelled with the plan's own text. */
export function barChart(bars: readonly ChartBar[], label: string) {
  const max = Math.max(0, ...bars.map((b) => b.value ?? 0));
  const h = bars.length * ROW + 2;
  return svg`<svg class="chart" viewBox="0 0 ${W} ${h}" role="img" aria-label=${label}>
    ${bars.map((b, i) => {
      const y = i * ROW + 2;
      const len = b.value !== undefined && max > 0 ? Math.max(1, (b.value / max) * BAR_MAX) : 0;
      return svg`<g class=${b.kind}>
        <text class="label" x="0" y=${y + 13}>${b.label}</text>
        ${len ? svg`<rect class="bar" x=${LABEL_W} y=${y + 3} width=${len} height="12" rx="2"></rect>` : ''}
        <text class="value" x=${LABEL_W + len + 4} y=${y + 13}>${b.text}</text>
      </g>`;
    })}
  </svg>`;
}
