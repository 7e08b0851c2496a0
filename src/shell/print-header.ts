/**
 * What Ctrl+P puts above the map: the title, the date, the legend of the visible layers and the
 * sources. Hidden on screen; the shell's print rules show it and hide the panels. A map to submit
 * (paper size, print resolution, scale 1:N, QR code) comes from the planner tools' Print.
 */
import { css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { LayerId } from '../data/schema.ts';
import { t } from '../i18n/i18n.ts';
import { layersByGroup } from '../layers/registry.ts';
import { AtlasElement } from '../ui/atlas-element.ts';
import '../ui/legend-swatch.ts';

@customElement('print-header')
export class PrintHeader extends AtlasElement {
  static override styles = css`
    :host {
      display: block;
      font-family: var(--atlas-font, system-ui, sans-serif);
      color: #1f2733;
    }
    h1 {
      font-size: 16pt;
      margin: 0;
    }
    p {
      margin: 2pt 0;
      font-size: 9pt;
    }
    ul {
      display: flex;
      flex-wrap: wrap;
      gap: 2pt 12pt;
      list-style: none;
      padding: 0;
      margin: 4pt 0 0;
      font-size: 8pt;
    }
    li {
      display: flex;
      align-items: center;
      gap: 4pt;
    }
  `;

  @property({ attribute: false }) layers: readonly LayerId[] = [];
  @property() credits = '';

  override render() {
    const lang = this.lang;
    const shown = new Set(this.layers);
    const now = new Date();
    const date = t(lang, 'tools.export.date', {
      y: now.getFullYear(),
      m: now.getMonth() + 1,
      d: now.getDate(),
    });
    return html`<h1>${t(lang, 'app.title')}</h1>
      <p>${t(lang, 'app.subtitle')}</p>
      <p>${t(lang, 'print.header', { date })}</p>
      <ul aria-label=${t(lang, 'tools.legend.title')}>
        ${layersByGroup().flatMap((g) =>
          g.layers
            .filter((l) => shown.has(l.id))
            .flatMap((l) =>
              l.legend.map(
                (e) => html`<li><legend-swatch .swatch=${e.swatch}></legend-swatch>${e.label[lang]}</li>`,
              ),
            ),
        )}
      </ul>
      <p>© ${this.credits} · ${t(lang, 'tools.export.planSource')}</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'print-header': PrintHeader;
  }
}
