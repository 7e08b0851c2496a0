import { html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { LayerId, PlanFeature } from '../../data/schema.ts';
import { shapesCollection } from '../../geo/shape-measures.ts';
import { t } from '../../i18n/i18n.ts';
import { layersByGroup } from '../../layers/registry.ts';
import { canvasToPng, type LegendRow, type MapImageLayout } from '../../map/map-image.ts';
import { DRAW_SWATCH, IMPORT_SWATCH } from '../../map/user-layers.ts';
import { targetRows, targetsCsv } from '../../targets/targets.ts';
import { AtlasElement } from '../../ui/atlas-element.ts';
import { sharedStyles } from '../../ui/shared-styles.ts';
import { formatLength } from '../format-measure.ts';
import type { PlannerSession } from '../session.ts';
import { toolsStyles } from '../tools-styles.ts';
import { dateStamp, downloadBlob } from './download.ts';
import { geojsonBlob, visibleFeaturesCollection } from './geojson-export.ts';
import { type PageSize, printImage } from './print.ts';

const ATTRIBUTION = '© GeoNames (CC BY 4.0), AMap/echarts, NBS';

/** Export: the map as PNG (1×–3×), GeoJSON of visible features or drawn shapes, the targets CSV, print. */
@customElement('export-section')
export class ExportSection extends AtlasElement {
  static override styles = [sharedStyles, toolsStyles];

  @property({ attribute: false }) session?: PlannerSession;
  @property({ attribute: false }) features: readonly PlanFeature[] = [];
  @property({ attribute: false }) visibleLayers: readonly LayerId[] = [];
  @state() private scale: 1 | 2 | 3 = 2;
  @state() private pageSize: PageSize = 'A4';
  @state() private busy = false;
  /** Layout of the last exported image, in its pixels. */
  lastLayout?: MapImageLayout;

  /** Legend rows of what the map shows now, in the layer panel's order. */
  legendRows(): LegendRow[] {
    const lang = this.lang;
    const shown = new Set(this.visibleLayers);
    const rows: LegendRow[] = [];
    for (const g of layersByGroup())
      for (const l of g.layers)
        if (shown.has(l.id)) for (const e of l.legend) rows.push({ label: e.label[lang], swatch: e.swatch });
    if ((this.session?.draw.shapes.length ?? 0) > 0)
      rows.push({ label: t(lang, 'tools.legend.drawn'), swatch: DRAW_SWATCH });
    const imported = this.session?.imported;
    if (imported?.visible)
      rows.push({
        label: t(lang, 'tools.legend.imported', { file: imported.result.fileName }),
        swatch: IMPORT_SWATCH,
      });
    return rows;
  }

  async #image(scale: 1 | 2 | 3) {
    const session = this.session;
    if (!session) throw new Error('no map');
    const lang = this.lang;
    const now = new Date();
    // Spelled out from the message, so that every character is in the app's font subset.
    const date = {
      y: now.getFullYear(),
      m: now.getMonth() + 1,
      d: now.getDate(),
    };
    const { canvas, layout } = await session.controller.tools.renderImage({
      scale,
      title: t(lang, 'app.title'),
      subtitle: t(lang, 'app.subtitle'),
      legendTitle: t(lang, 'tools.legend.title'),
      legend: this.legendRows(),
      attribution: `${ATTRIBUTION} · ${t(lang, 'tools.export.planSource')}`,
      date: t(lang, 'tools.export.date', date),
      formatDistance: (m) => formatLength(m, lang),
      northLabel: t(lang, 'tools.export.north'),
    });
    this.lastLayout = layout;
    return canvasToPng(canvas);
  }

  async #run(task: () => Promise<void>) {
    this.busy = true;
    try {
      await task();
    } finally {
      this.busy = false;
    }
  }

  #png = () =>
    this.#run(async () => {
      const png = await this.#image(this.scale);
      downloadBlob(png, `yongchuan-plan-atlas-${dateStamp()}-${this.scale}x.png`);
      this.dispatchEvent(new CustomEvent('exported', { detail: { kind: 'png' } }));
    });

  #print = () =>
    this.#run(async () => {
      const png = await this.#image(2);
      await printImage(png, this.pageSize, t(this.lang, 'app.title'));
    });

  #geojsonVisible = () =>
    downloadBlob(
      geojsonBlob(visibleFeaturesCollection(this.features, this.visibleLayers)),
      `yongchuan-plan-visible-${dateStamp()}.geojson`,
    );

  #geojsonDrawn = () =>
    downloadBlob(
      geojsonBlob(shapesCollection(this.session?.draw.shapes ?? [])),
      `yongchuan-drawn-${dateStamp()}.geojson`,
    );

  #csv = () =>
    downloadBlob(
      new Blob([targetsCsv(targetRows(this.features))], { type: 'text/csv;charset=utf-8' }),
      `yongchuan-area-targets-${dateStamp()}.csv`,
    );

  override render() {
    const lang = this.lang;
    const drawn = this.session?.draw.shapes.length ?? 0;
    return html`
      <h3>${t(lang, 'tools.export.png')}</h3>
      <div class="row" role="radiogroup" aria-label=${t(lang, 'tools.export.scale')}>
        ${([1, 2, 3] as const).map(
          (n) => html`<button class="scale" data-scale=${n} role="radio" aria-checked=${this.scale === n}
            aria-pressed=${this.scale === n} @click=${() => (this.scale = n)}>${n}×</button>`,
        )}
        <button class="primary export-png" ?disabled=${this.busy} @click=${this.#png}>${t(lang, 'tools.export.pngButton')}</button>
      </div>
      <p class="hint">${t(lang, 'tools.export.pngHint')}</p>
      <h3>GeoJSON</h3>
      <div class="row">
        <button class="export-visible" @click=${this.#geojsonVisible}>${t(lang, 'tools.export.visible')}</button>
        <button class="export-drawn" ?disabled=${drawn === 0} @click=${this.#geojsonDrawn}>${t(lang, 'tools.export.drawn')}</button>
      </div>
      <p class="hint">${t(lang, 'tools.export.visibleHint')}</p>
      <h3>CSV</h3>
      <div class="row"><button class="export-csv" @click=${this.#csv}>${t(lang, 'tools.export.csv')}</button></div>
      <h3>${t(lang, 'tools.export.print')}</h3>
      <div class="row">
        <label>${t(lang, 'tools.export.pageSize')}
          <select class="page-size" @change=${(e: Event) => (this.pageSize = (e.target as HTMLSelectElement).value as PageSize)}>
            <option value="A4" ?selected=${this.pageSize === 'A4'}>A4 ${t(lang, 'tools.export.landscape')}</option>
            <option value="A3" ?selected=${this.pageSize === 'A3'}>A3 ${t(lang, 'tools.export.landscape')}</option>
          </select>
        </label>
        <button class="print" ?disabled=${this.busy} @click=${this.#print}>${t(lang, 'tools.export.printButton')}</button>
      </div>
    `;
  }
}
