/**
 * A thin bar for a ratio (0–1, full at 1), drawn in SVG: its length is an SVG attribute, not an
 * inline style, which the Content-Security-Policy (`style-src 'self'`) refuses.
 */
import { svg } from 'lit';

export function ratioBar(ratio: number) {
  const filled = Math.max(0, Math.min(100, ratio * 100));
  return svg`<svg class="bar" viewBox="0 0 100 4" preserveAspectRatio="none" aria-hidden="true">
    <rect width="100" height="4" rx="2" fill="var(--atlas-surface)" /><rect width=${filled} height="4" rx="2" fill="var(--atlas-accent)" />
  </svg>`;
}
