import { html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { PlanFeature } from '../../data/schema.ts';
import { formatPercent } from '../../format/format.ts';
import { crossesItself } from '../../geo/shape-measures.ts';
import { t } from '../../i18n/i18n.ts';
import { layerById } from '../../layers/registry.ts';
import { AtlasElement } from '../../ui/atlas-element.ts';
import { sharedStyles } from '../../ui/shared-styles.ts';
import { formatArea } from '../format-measure.ts';
import type { PlannerSession } from '../session.ts';
import { toolsStyles } from '../tools-styles.ts';
import { drawnPolygons, importedPolygons, type UserPolygon } from '../user-polygons.ts';
import './assign-outline.ts';
import { isZone, overlapWithZones, type ZoneOverlap } from './overlap.ts';

/**
 * A drawn or imported polygon against the plan: every zone it touches with the overlap's area, its share
 * of the zone and of the zone's area target; or one zone picked from the list.
 */
@customElement('compare-section')
export class CompareSection extends AtlasElement {
  static override styles = [sharedStyles, toolsStyles];

  @property({ attribute: false }) session?: PlannerSession;
  @property({ attribute: false }) features: readonly PlanFeature[] = [];
  @state() private polygonId: string | null = null;
  @state() private zoneId = '';

  #off: (() => void)[] = [];
  #cache?: { key: string; rows: ZoneOverlap[] };

  override connectedCallback(): void {
    super.connectedCallback();
    this.#listen();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const off of this.#off) off();
    this.#off = [];
    this.session?.draw.setOverlap(null);
  }

  protected override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('session')) this.#listen();
  }

  #listen() {
    for (const off of this.#off) off();
    const s = this.session;
    this.#off = s
      ? [s.draw.onChange(() => this.requestUpdate()), s.data.subscribe(() => this.requestUpdate())]
      : [];
  }

  #polygons(): UserPolygon[] {
    const s = this.session;
    if (!s) return [];
    return [...drawnPolygons(s.draw.shapes, this.lang), ...importedPolygons(s.data.state.imports, this.lang)];
  }

  #rows(shape: UserPolygon): ZoneOverlap[] {
    const key = `${shape.key}:${JSON.stringify(shape.geometry.coordinates)}:${this.features.length}`;
    if (this.#cache?.key === key) return this.#cache.rows;
    const rows = overlapWithZones(shape.geometry, this.features);
    this.#cache = { key, rows };
    return rows;
  }

  #name(r: { name_zh: string; name_en: string }) {
    return this.lang === 'zh' ? r.name_zh : r.name_en;
  }

  #row(r: ZoneOverlap) {
    const lang = this.lang;
    const layer = layerById(r.layer as never);
    return html`<tr data-id=${r.id} @mouseenter=${() => this.session?.draw.setOverlap(r.geometry)}>
      <td>
        <button class="link zone" @click=${() => this.#select(r.id)}>${this.#name(r)}</button>
        <br /><small>${layer ? layer.title[lang] : r.layer}</small>
      </td>
      <td class="num overlap">${formatArea(r.overlapM2, lang)}</td>
      <td class="num share-zone">${formatPercent(r.shareOfZone, lang)}</td>
      <td class="num share-target">${r.shareOfTarget === undefined ? '—' : formatPercent(r.shareOfTarget, lang)}</td>
    </tr>`;
  }

  #assign(polygon: UserPolygon | undefined) {
    return html`<assign-outline .session=${this.session} .features=${this.features} .polygon=${polygon}
      .outlines=${this.session?.data.state.outlines ?? []}></assign-outline>`;
  }

  #select(id: string) {
    this.emit('select-feature', { id, keepPanel: true });
  }

  override render() {
    const lang = this.lang;
    const polygons = this.#polygons();
    // With no polygon left, the outlines assigned earlier can still be removed.
    if (polygons.length === 0)
      return html`<p class="hint">${t(lang, 'tools.compare.none')}</p>${this.#assign(undefined)}`;
    const shape = polygons.find((p) => p.key === this.polygonId) ?? polygons[polygons.length - 1];
    // A polygon whose edges cross has no meaningful area, so nor has its overlap with a zone.
    if (shape.geometry.type === 'Polygon' && crossesItself(shape.geometry))
      return html`<p class="error self-intersecting">${t(lang, 'tools.draw.selfIntersecting')}</p>`;
    const rows = this.#rows(shape);
    const zones = this.features.filter(isZone);
    const picked = this.zoneId ? zones.find((z) => z.properties.id === this.zoneId) : undefined;
    const pickedRow = picked ? (rows.find((r) => r.id === picked.properties.id) ?? null) : undefined;
    return html`
      <div class="row">
        <label>${t(lang, 'tools.compare.polygon')}
          <select class="polygon" @change=${(e: Event) => (this.polygonId = (e.target as HTMLSelectElement).value)}>
            ${polygons.map((p) => html`<option value=${p.key} ?selected=${p.key === shape.key}>${p.label}</option>`)}
          </select>
        </label>
      </div>
      <div class="row">
        <label>${t(lang, 'tools.compare.zone')}
          <select class="zone-pick" @change=${(e: Event) => (this.zoneId = (e.target as HTMLSelectElement).value)}>
            <option value="">${t(lang, 'tools.compare.allTouched')}</option>
            ${zones.map((z) => html`<option value=${z.properties.id} ?selected=${z.properties.id === this.zoneId}>${this.#name(z.properties)}</option>`)}
          </select>
        </label>
      </div>
      ${
        picked && pickedRow === null
          ? html`<p class="ok no-overlap">${t(lang, 'tools.compare.noOverlap', { zone: this.#name(picked.properties) })}</p>`
          : html`<p class="hint">${
              rows.length === 0
                ? t(lang, 'tools.compare.touchesNone')
                : t(lang, 'tools.compare.touches', {
                    n: rows.length,
                    names: rows.map((r) => this.#name(r)).join(lang === 'zh' ? '、' : ', '),
                  })
            }</p>
            ${
              rows.length > 0
                ? html`<table class="overlaps">
                    <thead><tr>
                      <th>${t(lang, 'tools.compare.zoneName')}</th>
                      <th class="num">${t(lang, 'tools.compare.overlap')}</th>
                      <th class="num">${t(lang, 'tools.compare.ofZone')}</th>
                      <th class="num">${t(lang, 'tools.compare.ofTarget')}</th>
                    </tr></thead>
                    <tbody @mouseleave=${() => this.session?.draw.setOverlap(null)}>
                      ${(pickedRow ? [pickedRow] : rows).map((r) => this.#row(r))}
                    </tbody>
                  </table>
                  <p class="hint">${t(lang, 'tools.compare.note')}</p>`
                : nothing
            }`
      }
      ${this.#assign(shape)}
    `;
  }
}
