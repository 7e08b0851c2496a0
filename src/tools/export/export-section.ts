import { html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { LayerId, PlanFeature } from '../../data/schema.ts';
import { formatNumber } from '../../format/format.ts';
import { shapesCollection } from '../../geo/shape-measures.ts';
import { t } from '../../i18n/i18n.ts';
import { layersByGroup } from '../../layers/registry.ts';
import { canvasToPng } from '../../map/canvas-draw.ts';
import type { LegendRow, MapImageLayout } from '../../map/map-image.ts';
import { DRAW_SWATCH, importSwatch, MEASURED_SWATCH } from '../../map/user-layers.ts';
import { citationText, targetRows, targetsCsv } from '../../targets/targets.ts';
import { AtlasElement } from '../../ui/atlas-element.ts';
import { sharedStyles } from '../../ui/shared-styles.ts';
import { readApproval } from '../../url/map-approval.ts';
import { formatLength } from '../format-measure.ts';
import type { PlannerSession } from '../session.ts';
import { toolsStyles } from '../tools-styles.ts';
import { dateStamp, downloadBlob } from './download.ts';
import { geojsonBlob, visibleFeaturesCollection } from './geojson-export.ts';
import { printImage } from './print.ts';
import {
  type Orientation,
  type PaperSize,
  type PrintDpi,
  type PrintSpec,
  pageLayout,
} from './print-layout.ts';
import { composePrintPage, type PrintPageReport } from './print-page.ts';

/** Export: the map as PNG (1×–3×), GeoJSON of visible features or drawn shapes, the targets CSV, print. */
@customElement('export-section')
export class ExportSection extends AtlasElement {
  static override styles = [sharedStyles, toolsStyles];

  @property({ attribute: false }) session?: PlannerSession;
  @property({ attribute: false }) features: readonly PlanFeature[] = [];
  @property({ attribute: false }) visibleLayers: readonly LayerId[] = [];
  /** The map's attribution line as the shell shows it: every source drawn, a built basemap and terrain included. */
  @property() credits = '';
  @state() private scale: 1 | 2 | 3 = 2;
  @state() private print: PrintSpec = { paper: 'A4', orientation: 'landscape', dpi: 300 };
  @state() private busy = false;
  /** Layout of the last exported image, in its pixels. */
  lastLayout?: MapImageLayout;
  /** What the last print page holds, in its pixels (for tests). */
  lastPrint?: PrintPageReport;

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
    const data = this.session?.data.state;
    for (const layer of data?.imports ?? [])
      if (layer.visible)
        rows.push({
          label: t(lang, 'tools.legend.imported', { file: layer.fileName }),
          swatch: importSwatch(layer.colour),
        });
    if ((data?.outlines.length ?? 0) > 0)
      rows.push({ label: t(lang, 'tools.legend.measured'), swatch: MEASURED_SWATCH });
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
    const { canvas, layout } = await session.tools.renderImage({
      scale,
      title: t(lang, 'app.title'),
      subtitle: t(lang, 'app.subtitle'),
      legendTitle: t(lang, 'tools.legend.title'),
      legend: this.legendRows(),
      attribution: `© ${this.credits} · ${t(lang, 'tools.export.planSource')}`,
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

  /** The print page at its resolution: the map redrawn for the page's frame, with the title block. */
  async #page(): Promise<Blob> {
    const session = this.session;
    if (!session) throw new Error('no map');
    const lang = this.lang;
    const layout = pageLayout(this.print);
    const map = await session.tools.renderMapArea({
      cssWidth: layout.mapCss.width,
      cssHeight: layout.mapCss.height,
      pixelRatio: layout.pixelRatio,
    });
    const now = new Date();
    // The deployment's map-approval number (审图号), printed when the URL or the build sets one.
    const { approval } = readApproval(location.search);
    const { canvas, report } = composePrintPage(layout, map, {
      title: t(lang, 'app.title'),
      subtitle: t(lang, 'app.subtitle'),
      date: t(lang, 'tools.export.date', { y: now.getFullYear(), m: now.getMonth() + 1, d: now.getDate() }),
      scale: (n) => t(lang, 'tools.print.scale', { n: formatNumber(n, lang, 0) }),
      formatDistance: (m) => formatLength(m, lang),
      sources: `© ${this.credits} · ${t(lang, 'tools.export.planSource')}`,
      citations: planReferences(this.features, this.visibleLayers).map((r) =>
        t(lang, 'tools.print.references', { refs: r }),
      ),
      approval: approval ? t(lang, 'attribution.approval', { number: approval }) : undefined,
      linkLabel: t(lang, 'tools.print.link'),
      url: location.href,
      legendTitle: t(lang, 'tools.legend.title'),
      legend: this.legendRows(),
      northLabel: t(lang, 'tools.export.north'),
    });
    this.lastPrint = report;
    return canvasToPng(canvas);
  }

  #print = () =>
    this.#run(async () => {
      await printImage(await this.#page(), this.print, t(this.lang, 'app.title'));
    });

  #printPng = () =>
    this.#run(async () => {
      const { paper, orientation, dpi } = this.print;
      downloadBlob(
        await this.#page(),
        `yongchuan-plan-atlas-${dateStamp()}-${paper}-${orientation}-${dpi}dpi.png`,
      );
      this.dispatchEvent(new CustomEvent('exported', { detail: { kind: 'print-png' } }));
    });

  #setPrint(patch: Partial<PrintSpec>) {
    this.print = { ...this.print, ...patch };
  }

  #geojsonVisible = () =>
    downloadBlob(
      geojsonBlob(
        visibleFeaturesCollection(this.features, this.visibleLayers, this.session?.data.state.outlines),
      ),
      `yongchuan-plan-visible-${dateStamp()}.geojson`,
    );

  #geojsonDrawn = () =>
    downloadBlob(
      geojsonBlob(shapesCollection(this.session?.draw.shapes ?? [])),
      `yongchuan-drawn-${dateStamp()}.geojson`,
    );

  #csv = () =>
    downloadBlob(
      new Blob([targetsCsv(targetRows(this.features, this.session?.data.state.outlines))], {
        type: 'text/csv;charset=utf-8',
      }),
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
      <div class="row print-options">
        <label>${t(lang, 'tools.export.pageSize')}
          <select class="page-size" @change=${(e: Event) => this.#setPrint({ paper: (e.target as HTMLSelectElement).value as PaperSize })}>
            ${(['A4', 'A3'] as const).map((p) => html`<option value=${p} ?selected=${this.print.paper === p}>${p}</option>`)}
          </select>
        </label>
        <label>${t(lang, 'tools.print.orientation')}
          <select class="orientation" @change=${(e: Event) => this.#setPrint({ orientation: (e.target as HTMLSelectElement).value as Orientation })}>
            ${(['landscape', 'portrait'] as const).map(
              (o) =>
                html`<option value=${o} ?selected=${this.print.orientation === o}>${t(lang, `tools.print.${o}`)}</option>`,
            )}
          </select>
        </label>
        <label>${t(lang, 'tools.print.dpi')}
          <select class="dpi" @change=${(e: Event) => this.#setPrint({ dpi: Number((e.target as HTMLSelectElement).value) as PrintDpi })}>
            ${([150, 300] as const).map((d) => html`<option value=${d} ?selected=${this.print.dpi === d}>${d} DPI</option>`)}
          </select>
        </label>
      </div>
      <div class="row">
        <button class="print" ?disabled=${this.busy} @click=${this.#print}>${t(lang, 'tools.export.printButton')}</button>
        <button class="print-png" ?disabled=${this.busy} @click=${this.#printPng}>${t(lang, 'tools.print.png')}</button>
      </div>
      <p class="hint">${t(lang, 'tools.print.hint')}</p>
    `;
  }
}

/**
 * The plan's chapters, sections and 专栏 that the printed layers come from, most used first, in
 * lines of a few each: where a reader of the paper finds the text behind the map.
 */
function planReferences(features: readonly PlanFeature[], layers: readonly LayerId[]): string[] {
  const shown = new Set(layers);
  const counts = new Map<string, number>();
  for (const f of features)
    if (shown.has(f.properties.layer)) {
      const ref = citationText(f);
      counts.set(ref, (counts.get(ref) ?? 0) + 1);
    }
  const refs = [...counts].sort((a, b) => b[1] - a[1]).map(([ref]) => ref);
  const lines: string[] = [];
  for (let i = 0; i < refs.length && lines.length < 3; i += 3) lines.push(refs.slice(i, i + 3).join(' · '));
  return lines;
}
