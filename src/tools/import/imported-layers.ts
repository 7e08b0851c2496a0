import { html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import '../../ui/legend-swatch.ts';
import { formatNumber } from '../../format/format.ts';
import type { WebOffset } from '../../geo/china-offsets.ts';
import { t } from '../../i18n/i18n.ts';
import { importSwatch } from '../../map/user-layers.ts';
import { AtlasElement } from '../../ui/atlas-element.ts';
import { sharedStyles } from '../../ui/shared-styles.ts';
import type { StoredImport } from '../../user-data/user-data-store.ts';
import { formatArea, formatLength } from '../format-measure.ts';
import type { PlannerSession } from '../session.ts';
import { toolsStyles } from '../tools-styles.ts';

/**
 * The imported layers, kept across reloads: each with its toggle, colour, zoom-to, remove and
 * measures, the Chinese web map its file came from if the user says so (converted to WGS84, never
 * without that choice), and one action that forgets them all (and the outlines assigned from them).
 */
@customElement('imported-layers')
export class ImportedLayers extends AtlasElement {
  static override styles = [sharedStyles, toolsStyles];

  @property({ attribute: false }) session?: PlannerSession;

  #off?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#listen();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#off?.();
    this.#off = undefined;
  }

  protected override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('session')) this.#listen();
  }

  #listen() {
    this.#off?.();
    this.#off = this.session?.data.subscribe(() => this.requestUpdate());
  }

  #forget() {
    const data = this.session?.data;
    if (!data) return;
    if (!window.confirm(t(this.lang, 'tools.import.forgetConfirm'))) return;
    void data.forgetAll();
  }

  #date(iso: string) {
    return new Date(iso).toLocaleDateString(this.lang === 'zh' ? 'zh-CN' : 'en-GB');
  }

  /** The choice of the web map a layer's file came from; the layer is redrawn converted. */
  #offset(layer: StoredImport) {
    const lang = this.lang;
    const option = (value: WebOffset | '', key: Parameters<typeof t>[1]) =>
      html`<option value=${value} ?selected=${(layer.offset ?? '') === value}>${t(lang, key)}</option>`;
    return html`<div class="row offset-choice">
      <label>${t(lang, 'tools.import.offset')}
        <select class="offset" @change=${(e: Event) => {
          const value = (e.target as HTMLSelectElement).value;
          this.session?.setOffset(layer.id, value === '' ? undefined : (value as WebOffset));
        }}>
          ${option('', 'tools.import.offsetNone')}
          ${option('gcj02', 'tools.import.offsetGcj02')}
          ${option('bd09', 'tools.import.offsetBd09')}
        </select>
      </label>
      ${
        layer.offset
          ? html`<small class="offset-done">${t(lang, 'tools.import.offsetDone', { system: layer.offset === 'gcj02' ? 'GCJ-02' : 'BD-09' })}</small>`
          : nothing
      }
    </div>`;
  }

  #layer(layer: StoredImport) {
    const lang = this.lang;
    const data = this.session?.data;
    return html`<li class="user-layer" data-file=${layer.fileName}>
      <div class="row">
        <label class="row">
          <input type="checkbox" class="toggle" .checked=${layer.visible}
            @change=${(e: Event) => data?.setVisible(layer.id, (e.target as HTMLInputElement).checked)} />
          <legend-swatch .swatch=${importSwatch(layer.colour)}></legend-swatch>
          <span class="file">${layer.fileName}</span>
        </label>
        <small>${t(lang, 'tools.import.importedOn', { date: this.#date(layer.importedAt) })}</small>
        <button class="zoom" ?disabled=${!layer.bbox}
          @click=${() => layer.bbox && this.session?.controller.fitBounds(layer.bbox)}>${t(lang, 'tools.import.zoom')}</button>
        <button class="remove" @click=${() => data?.removeImport(layer.id)}>${t(lang, 'tools.import.remove')}</button>
      </div>
      ${this.#offset(layer)}
      <details>
        <summary class="import-total">${t(lang, 'tools.import.totals', { n: formatNumber(layer.rowCount, lang) })}:
          ${formatArea(layer.totals.areaM2, lang)}${layer.totals.lengthM > 0 ? `, ${formatLength(layer.totals.lengthM, lang)}` : ''}</summary>
        <table class="measured">
          <thead><tr><th>${t(lang, 'tools.import.name')}</th><th>${t(lang, 'tools.import.type')}</th><th class="num">${t(lang, 'tools.import.measure')}</th></tr></thead>
          <tbody>
            ${layer.rows.map(
              (row) => html`<tr>
                <td>${row.name}</td>
                <td>${row.type}</td>
                <td class="num">${row.areaM2 > 0 ? formatArea(row.areaM2, lang) : row.lengthM > 0 ? formatLength(row.lengthM, lang) : '—'}</td>
              </tr>`,
            )}
          </tbody>
        </table>
        ${layer.rowCount > layer.rows.length ? html`<p class="hint">${t(lang, 'tools.import.moreRows', { n: layer.rowCount - layer.rows.length })}</p>` : nothing}
      </details>
    </li>`;
  }

  override render() {
    const lang = this.lang;
    const data = this.session?.data.state;
    if (!data || (data.imports.length === 0 && data.outlines.length === 0)) return nothing;
    return html`
      <h3>${t(lang, 'tools.import.layers', { n: data.imports.length })}</h3>
      <ul class="user-layers">${data.imports.map((l) => this.#layer(l))}</ul>
      <p class="hint offset-hint">${t(lang, 'tools.import.offsetHint')}</p>
      <p class="hint">${t(lang, 'tools.import.kept')}</p>
      <button class="forget" @click=${() => this.#forget()}>${t(lang, 'tools.import.forget')}</button>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'imported-layers': ImportedLayers;
  }
}
