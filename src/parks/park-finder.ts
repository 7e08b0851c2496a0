import { consume } from '@lit/context';
import { html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import clustersJson from '../../geodata/industry-clusters.json';
import { storeContext } from '../app/context.ts';
import type { AppState, Store } from '../app/store.ts';
import type { IndustryCluster, IndustryId, PlanFeature } from '../data/schema.ts';
import { formatQuantity, statusLabel } from '../format/format.ts';
import { t } from '../i18n/i18n.ts';
import { AtlasElement } from '../ui/atlas-element.ts';
import { panelViewStyles, sharedStyles } from '../ui/shared-styles.ts';
import { compareCsv } from './compare-csv.ts';
import { type DistanceRow, parkDistances } from './park-distances.ts';
import {
  COMPARE_MAX,
  COMPARE_MIN,
  filterTree,
  flattenTree,
  hiddenParkIds,
  mappedAreaKm2,
  outputTarget,
  PARK_LAYERS,
  type ParkNode,
  parkTree,
  toggleCompare,
  validCompareIds,
} from './park-filter.ts';
import { parkFinderStyles } from './park-finder-styles.ts';
import { kmText, localName, nearerPlannedText, paren, reachName } from './park-text.ts';

const CLUSTERS = clustersJson as IndustryCluster[];

export interface IndustryChangeEvent extends CustomEvent<{ industry: IndustryId | null }> {}
export interface CompareChangeEvent extends CustomEvent<{ ids: string[] }> {}

/** What the finder derives once per set of features: the park tree and every park's distances. */
interface Derived {
  tree: ParkNode[];
  byId: Map<string, PlanFeature>;
  distances: Map<string, DistanceRow[]>;
}
const derivedCache = new WeakMap<readonly PlanFeature[], Derived>();

function derive(features: readonly PlanFeature[]): Derived {
  let d = derivedCache.get(features);
  if (!d) {
    const tree = parkTree(features);
    const parks = flattenTree(tree);
    d = {
      tree,
      byId: new Map(parks.map((f) => [f.properties.id, f])),
      distances: new Map(parks.map((f) => [f.properties.id, parkDistances(f, features)])),
    };
    derivedCache.set(features, d);
  }
  return d;
}

/**
 * Investors' park finder: parks and their sub-parks with industries, output targets, mapped
 * area and straight-line distances; a cluster filter that dims the other parks on the map;
 * two or three parks side by side with a link that restores the comparison.
 */
@customElement('park-finder')
export class ParkFinder extends AtlasElement {
  static override styles = [sharedStyles, panelViewStyles, parkFinderStyles];

  @property({ attribute: false }) features: readonly PlanFeature[] = [];
  @property({ attribute: false }) industry: IndustryId | null = null;
  /** The comparison the URL holds: 2–3 ids, or none. */
  @property({ attribute: false }) compare: readonly string[] = [];
  /** Where the finder writes its filter and comparison, and the parks it dims; it undims them when it goes away. */
  @consume({ context: storeContext }) @property({ attribute: false }) store?: Store<AppState>;
  /** In kiosk mode the comparison's link and its copy button are not offered. */
  @property({ type: Boolean }) kiosk = false;
  /** Parks ticked for comparison, including a single tick that does not compare yet. */
  @state() private picked: string[] = [];
  @state() private copyState: 'idle' | 'copied' | 'failed' = 'idle';

  override connectedCallback(): void {
    super.connectedCallback();
    // The parks must be on the map for the filter to show there.
    const store = this.store;
    if (store) {
      const missing = PARK_LAYERS.filter((l) => !store.state.layers.includes(l));
      if (missing.length > 0) store.set({ layers: [...store.state.layers, ...missing] });
    }
    this.own(() => this.store?.set({ dimmed: [], highlighted: [] }));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('compare') && (this.compare.length > 0 || this.picked.length >= COMPARE_MIN)) {
      this.picked = [...this.compare];
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('features') || changed.has('industry') || changed.has('store')) {
      const { tree } = derive(this.features);
      this.store?.set({ dimmed: hiddenParkIds(tree, this.industry) });
    }
    // The compared parks stand out on the map while they are compared.
    if (changed.has('features') || changed.has('compare') || changed.has('store')) {
      const compared = this.features.length > 0 ? validCompareIds(this.compare, this.features) : [];
      const highlighted = compared.length >= COMPARE_MIN ? compared : [];
      const now = this.store?.state.highlighted ?? [];
      if (highlighted.join() !== now.join()) this.store?.set({ highlighted });
    }
  }

  #setIndustry(industry: IndustryId | null) {
    this.store?.set({ industry });
    this.#fitParks(industry);
  }

  /** Shows the parks an industry picks (all parks for none) in the map area beside the finder. */
  #fitParks(industry: IndustryId | null) {
    this.#fit(flattenTree(filterTree(derive(this.features).tree, industry)));
  }

  /** Asks the shell to show these parks in the map area beside the finder. */
  #fit(parks: readonly PlanFeature[]) {
    if (parks.length > 0) this.emit('fly-to', { ids: parks.map((f) => f.properties.id) });
  }

  #toggle(id: string) {
    this.picked = toggleCompare(this.picked, id);
    this.copyState = 'idle';
    this.store?.set({ compare: this.picked.length >= COMPARE_MIN ? [...this.picked] : [] });
  }

  #clearCompare() {
    this.picked = [];
    this.store?.set({ compare: [] });
  }

  /** Copies the link that restores the comparison, then the comparison itself as CSV. */
  async #copyLink(parks: readonly PlanFeature[]) {
    try {
      const csv = compareCsv(parks, derive(this.features).distances, this.lang).replace(/^\uFEFF/, '');
      await navigator.clipboard.writeText(`${location.href}\r\n\r\n${csv}`);
      this.copyState = 'copied';
    } catch {
      this.copyState = 'failed';
    }
  }

  #linkRow(parks: readonly PlanFeature[]) {
    const lang = this.lang;
    return html`<div class="link">
        <input readonly aria-label=${t(lang, 'parks.link')} .value=${location.href}
          @focus=${(e: FocusEvent) => (e.target as HTMLInputElement).select()} />
        <button class="copy-link primary" @click=${() => this.#copyLink(parks)}>${t(lang, 'parks.copyLink')}</button>
        <span role="status">${
          this.copyState === 'copied'
            ? t(lang, 'parks.copied')
            : this.copyState === 'failed'
              ? t(lang, 'parks.copyFailed')
              : ''
        }</span>
      </div>`;
  }

  #name(f: { name_zh: string; name_en: string }) {
    return localName(f, this.lang);
  }

  #paren(text: string) {
    return paren(text, this.lang);
  }

  #industries(f: PlanFeature) {
    const list = f.properties.industries ?? [];
    if (list.length === 0) return t(this.lang, 'parks.noFigure');
    return list.map((id) => t(this.lang, `industry.${id}` as const)).join(this.lang === 'zh' ? '、' : ', ');
  }

  #output(f: PlanFeature) {
    const fig = outputTarget(f);
    if (!fig) return html`<span class="status">${t(this.lang, 'parks.noFigure')}</span>`;
    const label = this.lang === 'zh' ? fig.label_zh : fig.label_en;
    return html`<span class="km">${formatQuantity(fig.value, fig.unit, this.lang)}</span><span class="status"
        >${this.#paren(label)}</span
      >`;
  }

  #area(f: PlanFeature) {
    return formatQuantity(mappedAreaKm2(f), 'km2', this.lang, 1);
  }

  #distance(row: DistanceRow) {
    const lang = this.lang;
    if (!row.nearest) return html`<span class="status">${t(lang, 'parks.none.dest')}</span>`;
    const planned = nearerPlannedText(row, lang);
    return html`<span class="km">${kmText(row.nearest.km, lang)}</span> · ${reachName(row.nearest, lang)}
      ${planned ? html`<span class="planned">${planned}</span>` : nothing}`;
  }

  #renderChips(total: number, shown: number) {
    const lang = this.lang;
    return html`<fieldset class="chips" aria-describedby="park-count">
      <legend>${t(lang, 'parks.filter')}</legend>
      <button data-industry="" aria-pressed=${this.industry === null} @click=${() => this.#setIndustry(null)}>
        ${t(lang, 'parks.all')}
      </button>
      ${CLUSTERS.map((c) => {
        const target = c.figures.find((f) => f.unit === 'yi_yuan');
        return html`<button
          data-industry=${c.id}
          aria-pressed=${this.industry === c.id}
          title=${this.#name(c)}
          @click=${() => this.#setIndustry(this.industry === c.id ? null : c.id)}
        >
          ${t(lang, `industry.${c.id}` as const)}
          ${
            target
              ? html`<small
                  >${t(lang, 'parks.clusterTarget', { target: formatQuantity(target.value, target.unit, lang) })}</small
                >`
              : nothing
          }
        </button>`;
      })}
    </fieldset>
    <p class="count" id="park-count" role="status">${t(lang, 'parks.count', { shown, total })}</p>`;
  }

  #renderPark(node: ParkNode, d: Derived): unknown {
    const lang = this.lang;
    const f = node.feature;
    const p = f.properties;
    const name = this.#name(p);
    const picked = this.picked.includes(p.id);
    const full = !picked && this.picked.length >= COMPARE_MAX;
    return html`<li class="park" data-id=${p.id}>
      <div class="park-head">
        <button class="name" aria-label=${t(lang, 'parks.showOnMap', { name })}
          @click=${() => this.emit('select-feature', { id: p.id, keepPanel: true })}>${name}</button>
        <span class="status">${statusLabel(p.status, lang)}</span>
        <label title=${full ? t(lang, 'parks.compareHint') : ''}>
          <input type="checkbox" class="compare-box" .checked=${picked} ?disabled=${full}
            aria-label=${t(lang, 'parks.compareThis', { name })} @change=${() => this.#toggle(p.id)} />
          ${t(lang, 'parks.compare')}
        </label>
      </div>
      <dl class="facts">
        <dt>${t(lang, 'parks.industries')}</dt>
        <dd>${this.#industries(f)}</dd>
        <dt>${t(lang, 'parks.output')}</dt>
        <dd>${this.#output(f)}</dd>
        <dt>${t(lang, 'parks.area')}</dt>
        <dd>${this.#area(f)}</dd>
        ${(d.distances.get(p.id) ?? []).map(
          (row) => html`<dt>${t(lang, `parks.dest.${row.dest}` as const)}</dt>
            <dd data-dest=${row.dest}>${this.#distance(row)}</dd>`,
        )}
      </dl>
      ${node.children.length > 0 ? html`<ul>${node.children.map((c) => this.#renderPark(c, d))}</ul>` : nothing}
    </li>`;
  }

  #renderCompare(ids: string[], d: Derived) {
    const lang = this.lang;
    const parks = ids.map((id) => d.byId.get(id)!);
    const rows: { label: string; cell: (f: PlanFeature) => unknown }[] = [
      { label: t(lang, 'parks.output'), cell: (f) => this.#output(f) },
      { label: t(lang, 'parks.area'), cell: (f) => this.#area(f) },
      { label: t(lang, 'parks.industries'), cell: (f) => this.#industries(f) },
      ...(d.distances.get(ids[0]) ?? []).map((row) => ({
        label: t(lang, `parks.dest.${row.dest}` as const),
        cell: (f: PlanFeature) => {
          const r = d.distances.get(f.properties.id)?.find((x) => x.dest === row.dest);
          return r ? this.#distance(r) : nothing;
        },
      })),
    ];
    return html`<section class="compare" aria-labelledby="compare-title">
      <header>
        <h3 id="compare-title">${t(lang, 'parks.compareTitle')}</h3>
        <span>
          <button class="fit-compare" @click=${() => this.#fit(parks)}>${t(lang, 'parks.showCompared')}</button>
          <button class="clear-compare" @click=${() => this.#clearCompare()}>${t(lang, 'parks.clearCompare')}</button>
        </span>
      </header>
      <table>
        <thead>
          <tr>
            <td></td>
            ${parks.map((f) => html`<th scope="col" data-id=${f.properties.id}>${this.#name(f.properties)}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (r) => html`<tr>
              <th scope="row">${r.label}</th>
              ${parks.map((f) => html`<td>${r.cell(f)}</td>`)}
            </tr>`,
          )}
        </tbody>
      </table>
      <p class="note">${t(lang, 'parks.distanceNote')}</p>
      ${this.kiosk ? nothing : this.#linkRow(parks)}
    </section>`;
  }

  override render() {
    const lang = this.lang;
    const d = derive(this.features);
    const shownTree = filterTree(d.tree, this.industry);
    const total = d.byId.size;
    const shown = flattenTree(shownTree).length;
    const loaded = this.features.length > 0;
    const compareIds = loaded ? validCompareIds(this.compare, this.features) : [];
    const unknown = loaded ? this.compare.filter((id) => !d.byId.has(id)) : [];
    return html`
      <header>
        <h2 id="parks-title">${t(lang, 'parks.title')}</h2>
        <button @click=${() => this.emit('close')} aria-label=${t(lang, 'parks.close')}>×</button>
      </header>
      <div class="scroll">
        <p class="intro">${t(lang, 'parks.intro')}</p>
        ${
          unknown.length > 0
            ? html`<p class="warning" role="alert">
                ${t(lang, 'parks.unknownCompare', { ids: unknown.map((u) => `“${u}”`).join(', ') })}
              </p>`
            : nothing
        }
        ${compareIds.length >= COMPARE_MIN ? this.#renderCompare(compareIds, d) : nothing}
        ${this.#renderChips(total, shown)}
        <p class="note">${t(lang, 'parks.distances')}: ${t(lang, 'parks.distanceNote')} ${t(lang, 'parks.coreNote')}</p>
        <p class="note">${t(lang, 'parks.compareHint')}</p>
        ${
          shown === 0 && loaded
            ? html`<p class="note">${t(lang, 'parks.none')}</p>`
            : html`<ul class="parks" aria-labelledby="parks-title">
                ${shownTree.map((n) => this.#renderPark(n, d))}
              </ul>`
        }
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'park-finder': ParkFinder;
  }
}
