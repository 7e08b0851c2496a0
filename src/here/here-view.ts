/**
 * The "what is here" view (`panel=here`, `at=lon,lat`): every plan feature at a point, in every
 * layer, with the commitments each carries. Features of hidden layers are listed and marked,
 * with a switch to show their layer. While the view is open, a tap on the map asks about the
 * tapped point; a tap on a row opens that feature, and closing it comes back here.
 */
import { consume } from '@lit/context';
import { css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { storeContext } from '../app/context.ts';
import type { AppState, Store } from '../app/store.ts';
import { loadRegister, type Register } from '../data/plan-register.ts';
import type { LayerId, PlanFeature } from '../data/schema.ts';
import { metresPerPixel } from '../geo/ground-resolution.ts';
import { t } from '../i18n/i18n.ts';
import { layerById } from '../layers/registry.ts';
import { AtlasElement } from '../ui/atlas-element.ts';
import { panelViewStyles, sharedStyles } from '../ui/shared-styles.ts';
import { featuresAt, type HereItem } from './what-is-here.ts';

/** How far (px on screen) a line or point may be from the point and still count as there. */
const REACH_PX = 12;

@customElement('here-view')
export class HereView extends AtlasElement {
  static override styles = [
    sharedStyles,
    panelViewStyles,
    css`
      .where {
        margin: 4px 0 8px;
        color: var(--atlas-text-muted);
        font-size: 0.85rem;
      }
      ol {
        list-style: none;
        margin: 0;
        padding: 0;
        overflow-y: auto;
        min-height: 0;
      }
      ol > li {
        border-bottom: 1px solid var(--atlas-border);
        padding: 8px 0;
      }
      ol > li.hidden-layer .name {
        color: var(--atlas-text-muted);
      }
      .row {
        display: flex;
        gap: 8px;
        align-items: baseline;
        justify-content: space-between;
      }
      button.name {
        border: none;
        background: none;
        padding: 0;
        text-align: left;
        font-weight: 600;
        min-height: var(--atlas-touch);
      }
      .meta {
        font-size: 0.8rem;
        color: var(--atlas-text-muted);
      }
      .badge {
        display: inline-block;
        font-size: 0.75rem;
        padding: 0 6px;
        border-radius: 8px;
        background: var(--atlas-surface);
        margin-left: 4px;
      }
      ul.commitments {
        margin: 2px 0 0 18px;
        padding: 0;
        font-size: 0.85rem;
        list-style: disc;
      }
      .carries {
        margin: 6px 0 0;
      }
    `,
  ];

  @consume({ context: storeContext }) @property({ attribute: false }) store?: Store<AppState>;
  @property({ attribute: false }) features: readonly PlanFeature[] = [];
  @property({ attribute: false }) at: [number, number] | null = null;
  @property({ attribute: false }) zoom = 11;
  @property({ attribute: false }) visibleLayers: readonly LayerId[] = [];
  @state() private register?: Register;
  #items: HereItem[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    loadRegister()
      .then((r) => (this.register = r))
      .catch((err) => console.error('what is here: the register did not load', err));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('features') || changed.has('at') || changed.has('zoom')) {
      const at = this.at;
      this.#items = at ? featuresAt(this.features, at, metresPerPixel(at[1], this.zoom) * REACH_PX) : [];
    }
  }

  #showLayer(layer: LayerId) {
    const store = this.store;
    if (store && !store.state.layers.includes(layer)) store.set({ layers: [...store.state.layers, layer] });
  }

  #item(item: HereItem) {
    const lang = this.lang;
    const p = item.feature.properties;
    const layer = layerById(p.layer);
    const hidden = !this.visibleLayers.includes(p.layer);
    const carried = this.register?.byFeature.get(p.id) ?? [];
    return html`<li class=${hidden ? 'hidden-layer' : ''} data-id=${p.id}>
      <div class="row">
        <button class="name" @click=${() => this.emit('select-feature', { id: p.id, keepPanel: true })}>
          ${lang === 'zh' ? p.name_zh : p.name_en}</button>
        ${
          hidden
            ? html`<button class="show-layer" @click=${() => this.#showLayer(p.layer)}>${t(lang, 'here.showLayer')}</button>`
            : nothing
        }
      </div>
      <div class="meta">
        ${layer?.title[lang] ?? p.layer}
        ${hidden ? html`<span class="badge">${t(lang, 'here.hiddenLayer')}</span>` : nothing}
        ${p.geometry_accuracy === 'town' ? html`<span class="badge">${t(lang, 'panel.townLevel')}</span>` : nothing}
        ${p.geometry_accuracy === 'indicative' ? html`<span class="badge">${t(lang, 'panel.indicative')}</span>` : nothing}
        ${item.how === 'near' ? html`<span class="badge">${t(lang, 'here.near', { m: Math.round(item.distanceM) })}</span>` : nothing}
      </div>
      ${
        carried.length
          ? html`<p class="meta carries">${t(lang, 'here.commitments')}</p>
            <ul class="commitments">
              ${carried.map((c) => html`<li>${lang === 'zh' ? c.name_zh : c.name_en}</li>`)}
            </ul>`
          : nothing
      }
    </li>`;
  }

  override render() {
    const lang = this.lang;
    const at = this.at;
    return html`
      <header>
        <h2 id="here-title">${t(lang, 'here.title')}</h2>
        <button @click=${() => this.emit('close')} aria-label=${t(lang, 'panel.close')}>×</button>
      </header>
      <p class="where">
        ${at ? t(lang, 'here.at', { lat: at[1].toFixed(5), lon: at[0].toFixed(5), n: this.#items.length }) : t(lang, 'here.hint')}
      </p>
      ${at && this.#items.length === 0 ? html`<p>${t(lang, 'here.none')}</p>` : nothing}
      <ol aria-labelledby="here-title">${this.#items.map((i) => this.#item(i))}</ol>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'here-view': HereView;
  }
}
