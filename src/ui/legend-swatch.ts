import { css, html, LitElement, type SVGTemplateResult, svg } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Swatch } from '../layers/types.ts';

/** A legend swatch drawn from the same colours as the layer's map style. */
@customElement('legend-swatch')
export class LegendSwatch extends LitElement {
  static override styles = css`
    :host {
      display: inline-block;
      width: 28px;
      height: 18px;
      flex: none;
    }
    svg {
      display: block;
    }
  `;

  @property({ attribute: false }) swatch?: Swatch;

  override render() {
    const s = this.swatch;
    if (!s) return html``;
    const dash = 'dashed' in s && s.dashed ? '4 3' : 'none';
    let shape: SVGTemplateResult;
    if (s.type === 'fill') {
      shape = svg`<rect x="2" y="2" width="24" height="14" rx="2" fill=${s.color} fill-opacity="0.35" stroke=${s.outline} stroke-width="2" stroke-dasharray=${dash} />`;
    } else if (s.type === 'line') {
      shape = svg`${s.casing ? svg`<line x1="2" y1="9" x2="26" y2="9" stroke=${s.casing} stroke-width=${s.width + 2} />` : ''}
        <line x1="2" y1="9" x2="26" y2="9" stroke=${s.color} stroke-width=${s.width} stroke-dasharray=${dash} />`;
    } else {
      shape = svg`<circle cx="14" cy="9" r=${s.radius ?? 6} fill=${s.color} stroke=${s.stroke} stroke-width="1.5" />`;
    }
    return html`<svg width="28" height="18" viewBox="0 0 28 18" aria-hidden="true">${shape}</svg>`;
  }
}
