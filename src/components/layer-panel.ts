import { css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { LayerId } from '../data/schema.ts';
import { t } from '../i18n/i18n.ts';
import { layersByGroup } from '../layers/registry.ts';
import '../ui/legend-swatch.ts';
import { AtlasElement } from '../ui/atlas-element.ts';
import { sharedStyles } from '../ui/shared-styles.ts';

export type LayerToggleEvent = CustomEvent<{ id: LayerId; visible: boolean }>;

/** Layers grouped the way the plan groups them, each with its legend, toggle and count. */
@customElement('layer-panel')
export class LayerPanel extends AtlasElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
        overflow-y: auto;
        max-height: 100%;
      }
      h2 {
        font-size: 1rem;
        margin: 0 0 8px;
      }
      fieldset {
        border: none;
        margin: 0 0 10px;
        padding: 0;
      }
      legend {
        font-weight: 600;
        font-size: 0.82rem;
        color: var(--atlas-text-muted);
        text-transform: uppercase;
        letter-spacing: 0.02em;
        padding: 6px 0 2px;
      }
      label {
        display: grid;
        grid-template-columns: auto 1fr auto;
        align-items: center;
        gap: 8px;
        min-height: var(--atlas-touch);
        padding: 2px 4px;
        border-radius: 6px;
        cursor: pointer;
      }
      label:hover {
        background: var(--atlas-surface);
      }
      input {
        width: 18px;
        height: 18px;
        margin: 0;
        accent-color: var(--atlas-accent);
      }
      .name {
        display: flex;
        align-items: center;
        gap: 8px;
      }
      .count {
        font-size: 0.8rem;
        color: var(--atlas-text-muted);
        font-variant-numeric: tabular-nums;
      }
      .legend {
        margin: 0 0 4px 30px;
        padding: 0;
        list-style: none;
        font-size: 0.8rem;
        color: var(--atlas-text-muted);
      }
      .legend li {
        display: flex;
        align-items: center;
        gap: 6px;
      }
    `,
  ];

  @property({ attribute: false }) visible: readonly LayerId[] = [];
  @property({ attribute: false }) counts: ReadonlyMap<LayerId, number> = new Map();

  #toggle(id: LayerId, visible: boolean) {
    this.dispatchEvent(
      new CustomEvent('layer-toggle', { detail: { id, visible }, bubbles: true, composed: true }),
    );
  }

  override render() {
    const lang = this.lang;
    const shown = new Set(this.visible);
    return html`
      <h2>${t(lang, 'layers.title')}</h2>
      ${layersByGroup().map(
        ({ group, layers }) => html`
          <fieldset>
            <legend>${t(lang, `group.${group}` as const)}</legend>
            ${layers.map((layer) => {
              const on = shown.has(layer.id);
              const count = this.counts.get(layer.id) ?? 0;
              return html`
                <label data-layer=${layer.id}>
                  <input
                    type="checkbox"
                    .checked=${on}
                    aria-label=${t(lang, 'layers.toggle', { name: layer.title[lang] })}
                    @change=${(e: Event) => this.#toggle(layer.id, (e.target as HTMLInputElement).checked)}
                  />
                  <span class="name"><legend-swatch .swatch=${layer.legend[0]?.swatch}></legend-swatch>${layer.title[lang]}</span>
                  <span class="count">${count}</span>
                </label>
                ${
                  on && layer.legend.length > 1
                    ? html`<ul class="legend">
                      ${layer.legend.map((entry) => html`<li><legend-swatch .swatch=${entry.swatch}></legend-swatch>${entry.label[lang]}</li>`)}
                    </ul>`
                    : ''
                }
              `;
            })}
          </fieldset>
        `,
      )}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'layer-panel': LayerPanel;
  }
}
