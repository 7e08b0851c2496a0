import { offlineBasemap } from 'virtual:offline-basemap';
import { consume } from '@lit/context';
import { html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { storeContext } from '../app/context.ts';
import type { AppState, Store } from '../app/store.ts';
import type { LayerId, PlanFeature } from '../data/schema.ts';
import { langLoaded, loadLang, t } from '../i18n/i18n.ts';
import {
  countFeatures,
  filterGroups,
  groupState,
  type LayerCount,
  type PanelGroup,
  shownCount,
  switchGroup,
} from '../layers/panel-model.ts';
import { layersByGroup } from '../layers/registry.ts';
import type { LayerDefinition, LayerGroup } from '../layers/types.ts';
import '../ui/legend-swatch.ts';
import { AtlasElement } from '../ui/atlas-element.ts';
import { sharedStyles } from '../ui/shared-styles.ts';
import { shownYear } from '../years/year-compare.ts';
import type { PlanYear } from '../years/year-filter.ts';
import { layerPanelStyles } from './layer-panel-styles.ts';

const GROUPS: readonly PanelGroup[] = layersByGroup();
const groupTitle = (g: LayerGroup) => ({
  zh: t('zh', `group.${g}` as const),
  en: t('en', `group.${g}` as const),
});

/**
 * Layers grouped the way the plan groups them: each group folds open and has a switch for all
 * its layers, each layer its toggle, legend and count of features. A filter box finds a layer by
 * its name in either language, and "only precisely located" hides what stands only at a town.
 * The counts follow the plan year the map shows: what stands by then, and beside it, marked as
 * such, what the year ghosts as still to come. Every change goes through the store.
 */
@customElement('layer-panel')
export class LayerPanel extends AtlasElement {
  static override styles = [sharedStyles, layerPanelStyles];

  @consume({ context: storeContext }) @property({ attribute: false }) store?: Store<AppState>;
  @property({ attribute: false }) visible: readonly LayerId[] = [];
  /** Hide the features the plan places only at a town. */
  @property({ type: Boolean }) precise = false;
  /** The offline basemap is drawn (only a build that carries one shows its switch). */
  @property({ type: Boolean }) basemap = true;
  /** Every loaded plan feature, to count per layer. */
  @property({ attribute: false }) features: readonly PlanFeature[] = [];
  /** Kiosk mode: large touch targets, no filter box (a kiosk has no keyboard). */
  @property({ type: Boolean, reflect: true }) kiosk = false;
  @state() private query = '';

  /** The filter finds a group by its name in either language: English is fetched for it if need be. */
  #filter(query: string) {
    this.query = query;
    if (!langLoaded('en')) loadLang('en').then(() => this.requestUpdate(), console.error);
  }
  /** Groups the reader folded open or shut; the others are open while any of their layers is on. */
  @state() private folded: ReadonlyMap<LayerGroup, boolean> = new Map();
  /** The year the main map shows (while comparing, its left year); null for the whole plan. */
  @state() private year: PlanYear | null = null;

  #counted: { features: readonly PlanFeature[]; year: PlanYear | null } | undefined;
  #counts: Map<LayerId, LayerCount> = new Map();

  override connectedCallback(): void {
    super.connectedCallback();
    const store = this.store;
    if (!store) return;
    this.year = shownYear(store.state);
    this.own(store.subscribe((s) => (this.year = shownYear(s))));
  }

  get #countsByLayer(): Map<LayerId, LayerCount> {
    if (this.#counted?.features !== this.features || this.#counted.year !== this.year) {
      this.#counts = countFeatures(this.features, this.year);
      this.#counted = { features: this.features, year: this.year };
    }
    return this.#counts;
  }

  #setLayers(layers: LayerId[]) {
    this.store?.set({ layers });
  }

  #toggle(id: LayerId, on: boolean) {
    const others = this.visible.filter((l) => l !== id);
    this.#setLayers(on ? [...others, id] : others);
  }

  #open(group: LayerGroup, layers: readonly LayerDefinition[]): boolean {
    if (this.query.trim()) return true;
    return this.folded.get(group) ?? groupState(layers, this.visible) !== 'off';
  }

  #fold(group: LayerGroup, open: boolean) {
    this.folded = new Map([...this.folded, [group, open]]);
  }

  override firstUpdated(): void {
    // The online basemap's switch is a chunk of its own: an ordinary visit loads it after the panel.
    if (!this.kiosk) void import('./basemap-switch.ts');
  }

  override render() {
    const lang = this.lang;
    const groups = filterGroups(GROUPS, this.kiosk ? '' : this.query, groupTitle);
    return html`
      <div class="head">
        <h2>${t(lang, 'layers.title')}</h2>
        ${
          this.kiosk
            ? nothing
            : html`<input class="filter" type="search" autocomplete="off" .value=${this.query}
              aria-label=${t(lang, 'layers.filter.label')} placeholder=${t(lang, 'layers.filter.placeholder')}
              @input=${(e: Event) => this.#filter((e.target as HTMLInputElement).value)}
              @keydown=${(e: KeyboardEvent) => {
                if (e.key === 'Escape' && this.query) {
                  e.stopPropagation();
                  this.query = '';
                }
              }} />`
        }
        <label class="precise" title=${t(lang, 'layers.precise.hint')}>
          <input type="checkbox" role="switch" .checked=${this.precise}
            @change=${(e: Event) => this.store?.set({ preciseOnly: (e.target as HTMLInputElement).checked })} />
          <span>${t(lang, 'layers.precise')}</span>
        </label>
        ${
          offlineBasemap
            ? html`<label class="precise offline-basemap" title=${t(lang, 'layers.offlineBasemap.hint')}>
              <input type="checkbox" role="switch" .checked=${this.basemap}
                @change=${(e: Event) => this.store?.set({ offlineBasemap: (e.target as HTMLInputElement).checked })} />
              <span>${t(lang, 'layers.offlineBasemap')}</span>
            </label>`
            : nothing
        }
        ${this.kiosk ? nothing : html`<basemap-switch></basemap-switch>`}
      </div>
      <div class="groups">
        ${
          groups.length === 0
            ? html`<p class="none" role="status">${t(lang, 'layers.filter.none')}</p>`
            : groups.map((g) => this.#group(g))
        }
      </div>
    `;
  }

  #group({ group, layers }: PanelGroup) {
    const lang = this.lang;
    const name = t(lang, `group.${group}` as const);
    const open = this.#open(group, layers);
    const switchState = groupState(layers, this.visible);
    const shown = layers.filter((l) => this.visible.includes(l.id)).length;
    return html`
      <section class="group" data-group=${group}>
        <div class="group-head">
          <input type="checkbox" class="group-switch" .checked=${switchState === 'on'}
            .indeterminate=${switchState === 'mixed'} aria-label=${t(lang, 'layers.group.toggle', { group: name })}
            @change=${(e: Event) =>
              this.#setLayers(switchGroup(this.visible, layers, (e.target as HTMLInputElement).checked))} />
          <button class="group-name" aria-expanded=${open} aria-controls="g-${group}"
            @click=${() => this.#fold(group, !open)}>
            <span class="chevron" aria-hidden="true">${open ? '▾' : '▸'}</span>
            <span class="label">${name}</span>
            <span class="group-count" aria-label=${t(lang, 'layers.group.count', { shown, total: layers.length })}
              >${shown}/${layers.length}</span>
          </button>
        </div>
        <div class="layers" id="g-${group}" ?hidden=${!open}>
          ${layers.map((layer) => this.#layer(layer))}
        </div>
      </section>
    `;
  }

  #layer(layer: LayerDefinition) {
    const lang = this.lang;
    const on = this.visible.includes(layer.id);
    const count = this.#countsByLayer.get(layer.id) ?? { all: 0, precise: 0, future: 0, futurePrecise: 0 };
    const { standing, ghosted, hidden } = shownCount(count, this.precise);
    const year = this.year;
    const title =
      ghosted > 0 && year !== null
        ? t(lang, 'layers.countYear', { year, standing, ghosted })
        : hidden > 0
          ? t(lang, 'layers.countPrecise', { shown: standing, all: count.all })
          : t(lang, 'layers.count', { count: standing });
    const legend = on && (layer.legend.length > 1 || ghosted > 0);
    return html`
      <label data-layer=${layer.id}>
        <input type="checkbox" .checked=${on} aria-label=${t(lang, 'layers.toggle', { name: layer.title[lang] })}
          @change=${(e: Event) => this.#toggle(layer.id, (e.target as HTMLInputElement).checked)} />
        <span class="name"><legend-swatch .swatch=${layer.legend[0]?.swatch}></legend-swatch>${layer.title[lang]}</span>
        <span class="counts" title=${title}><span class="count ${hidden > 0 ? 'reduced' : ''}" aria-label=${title}
          >${standing}</span>${ghosted > 0 ? html`<span class="ghosted" aria-hidden="true">+${ghosted}</span>` : nothing}</span>
      </label>
      ${
        legend
          ? html`<ul class="legend">
            ${layer.legend.length > 1 ? layer.legend.map((entry) => html`<li><legend-swatch .swatch=${entry.swatch}></legend-swatch>${entry.label[lang]}</li>`) : nothing}
            ${
              ghosted > 0 && year !== null
                ? html`<li class="ghost"><legend-swatch .swatch=${layer.legend[0]?.swatch}></legend-swatch>${t(lang, 'layers.ghosted', { year, count: ghosted })}</li>`
                : nothing
            }
          </ul>`
          : nothing
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'layer-panel': LayerPanel;
  }
}
