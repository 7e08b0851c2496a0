import { html, nothing } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import './imported-layers.ts';
import { gaussKrugerZone } from '../../data/import/gauss-kruger-zones.ts';
import type { ImportCheck, ImportIssueRow } from '../../data/import/import-check.ts';
import { IMPORT_LIMITS } from '../../data/import/import-limits.ts';
import { formatNumber } from '../../format/format.ts';
import { say, t } from '../../i18n/i18n.ts';
import { AtlasElement } from '../../ui/atlas-element.ts';
import { sharedStyles } from '../../ui/shared-styles.ts';
import type { ImportReport, PlannerSession } from '../session.ts';
import { toolsStyles } from '../tools-styles.ts';

/** The CGCS2000 3° zones (without the zone prefix) from 99° to 111° E: the district's, 105° E, in the middle. */
const NEARBY_ZONES = [4542, 4543, 4544, 4545, 4546];

/** Import GeoJSON, a zipped shapefile, KML or KMZ: pick or drop a file, see progress and the issues; the imported layers are listed below. */
@customElement('import-section')
export class ImportSection extends AtlasElement {
  static override styles = [sharedStyles, toolsStyles];

  @property({ attribute: false }) session?: PlannerSession;
  @query('input[type=file]') private input!: HTMLInputElement;

  #off?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#off = this.session?.onChange(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#off?.();
  }

  protected override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('session')) {
      this.#off?.();
      this.#off = this.session?.onChange(() => this.requestUpdate());
    }
  }

  #pick = () => {
    const file = this.input.files?.[0];
    if (file) void this.session?.importFile(file);
    this.input.value = '';
  };

  #status() {
    const lang = this.lang;
    const s = this.session?.importStatus;
    if (!s) return nothing;
    if (s.phase === 'failed')
      return html`<p class="error import-failed">${say(lang, { key: 'tools.import.failed', params: { message: s.error ?? '' } })}</p>`;
    if (s.phase === 'cancelled')
      return html`<p class="hint import-cancelled" role="status">${t(lang, 'tools.import.cancelled', { file: s.fileName })}</p>`;
    if (s.phase !== 'done') {
      const label =
        s.phase === 'reading'
          ? t(lang, 'tools.import.reading', { percent: Math.round(s.ratio * 100) })
          : t(lang, `tools.import.${s.phase}` as const);
      return html`<div class="progress" role="status">
        <span class="phase">${label}</span>
        <progress max="1" value=${s.phase === 'reading' ? s.ratio : nothing}></progress>
        <button class="cancel-import" @click=${() => this.session?.cancelImport()}>${t(lang, 'tools.import.cancel')}</button>
      </div>`;
    }
    if (!s.report) return nothing;
    // A zip of several shapefiles: a report per layer. One zone choice, at the first whose zone is
    // a guess, reads them all again (a zone a .prj names stays as it is).
    const reports = [s.report, ...(s.others ?? [])];
    const chooser = reports.findIndex((r) => r.zone?.from === 'default' || r.zone?.from === 'chosen');
    return reports.map((r, k) => this.#report(r, k === chooser));
  }

  #report(r: ImportReport, withZoneChoice: boolean) {
    const lang = this.lang;
    return html`
      <p class=${r.issueCount > 0 ? 'error import-summary' : 'ok import-summary'} role="status">
        ${
          r.refused
            ? t(lang, 'tools.import.refused', { file: r.fileName })
            : t(lang, 'tools.import.summary', { file: r.fileName, accepted: r.accepted, total: r.total })
        }
        ${r.issueCount > 0 ? html`<br />${t(lang, 'tools.import.issues', { n: r.issueCount })}` : nothing}
      </p>
      ${withZoneChoice ? this.#zoneChoice(r.zone) : nothing}
      ${r.issueCount > 0 ? this.#rows('issues', r.issues, r.issueCount - r.issues.length) : nothing}
      ${
        r.warningCount > 0
          ? html`<p class="hint import-warnings">${t(lang, 'tools.import.warnings', { n: r.warningCount })}</p>
            ${this.#rows('warnings', r.warnings, r.warningCount - r.warnings.length)}`
          : nothing
      }
    `;
  }

  /**
   * A guessed (or chosen) Gauss–Krüger zone, with the zones around the district's to read the file
   * in instead. A guess is only made for eastings without the zone prefix, so only those zones are offered.
   */
  #zoneChoice(zone: ImportCheck['zone']) {
    if (!zone || (zone.from !== 'default' && zone.from !== 'chosen')) return nothing;
    const lang = this.lang;
    const current = gaussKrugerZone(zone.epsg);
    if (!current) return nothing;
    const params = { cm: current.centralMeridian, epsg: current.epsg };
    return html`<p class="hint zone-choice">
      <label>${t(lang, zone.from === 'default' ? 'tools.import.zoneGuessed' : 'tools.import.zoneChosen', params)}
        <select class="zone" ?disabled=${this.session?.importRunning}
          @change=${(e: Event) => void this.session?.reimportInZone(Number((e.target as HTMLSelectElement).value))}>
          ${NEARBY_ZONES.map((epsg) => {
            const z = gaussKrugerZone(epsg);
            return z
              ? html`<option value=${epsg} ?selected=${epsg === zone.epsg}>${t(lang, 'tools.import.zoneOption', { zone: z.zone, cm: z.centralMeridian, epsg })}</option>`
              : nothing;
          })}
        </select>
      </label>
    </p>`;
  }

  /** A table of problems or warnings (feature, path, words); `more` were not sent to the panel. */
  #rows(kind: 'issues' | 'warnings', rows: readonly ImportIssueRow[], more: number) {
    const lang = this.lang;
    return html`<table class=${kind}>
        <thead><tr><th>${t(lang, 'tools.import.feature')}</th><th>${t(lang, 'tools.import.path')}</th><th>${t(lang, 'tools.import.problem')}</th></tr></thead>
        <tbody>
          ${rows.map((i) => html`<tr><td>${i.feature || t(lang, 'tools.import.wholeFile')}</td><td><code>${i.path || '—'}</code></td><td>${i.says ? say(lang, i.says) : i.problem}</td></tr>`)}
        </tbody>
      </table>
      ${more > 0 ? html`<p class="hint">${t(lang, kind === 'issues' ? 'tools.import.more' : 'tools.import.moreWarnings', { n: more })}</p>` : nothing}`;
  }

  override render() {
    const lang = this.lang;
    return html`
      <p class="hint">${t(lang, 'tools.import.hint')}</p>
      <p class="hint import-limits">
        ${t(lang, 'tools.import.limits', {
          megabytes: formatNumber(IMPORT_LIMITS.bytes / (1024 * 1024), lang),
          vertices: formatNumber(IMPORT_LIMITS.vertices, lang),
        })}
      </p>
      <div class="row">
        <label class="pick">
          <span class="visually-hidden">${t(lang, 'tools.import.pick')}</span>
          <input type="file" accept=".geojson,.json,.zip,.kml,.kmz,application/geo+json,application/json,application/zip,application/vnd.google-earth.kml+xml,application/vnd.google-earth.kmz" @change=${this.#pick} />
        </label>
      </div>
      ${this.#status()}
      <imported-layers .session=${this.session}></imported-layers>
    `;
  }
}
