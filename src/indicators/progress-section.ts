/**
 * The planner's progress tools in the indicators view: load a progress file, download the
 * template, export the progress report as CSV or print it, and see which rows did not load and
 * why. Never shown in kiosk mode: it opens a file chooser, downloads and prints.
 */
import { html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { loadRegister } from '../data/plan-register.ts';
import { say, t } from '../i18n/i18n.ts';
import { downloadBlob } from '../tools/export/download.ts';
import { AtlasElement } from '../ui/atlas-element.ts';
import { panelViewStyles, sharedStyles } from '../ui/shared-styles.ts';
import { loadIndicators } from './indicator-data.ts';
import { indicatorsStyles } from './indicators-styles.ts';
import { parseProgress, progressReportCsv, progressTargets } from './progress.ts';
import { printReport } from './progress-print.ts';
import { type ProgressFile, type ProgressTarget, progressStore } from './progress-store.ts';

/** The template shipped beside the app (`npm run progress:template` writes it from geodata/). */
export const TEMPLATE_FILE = 'progress-template.csv';

@customElement('progress-section')
export class ProgressSection extends AtlasElement {
  static override styles = [sharedStyles, panelViewStyles, indicatorsStyles];

  /** Set in kiosk mode: then nothing here renders at all. */
  @property({ type: Boolean }) kiosk = false;
  @state() private file: ProgressFile | null = progressStore.state.file;
  @state() private readError?: string;

  #targets?: Promise<Map<string, ProgressTarget[]>>;

  override connectedCallback(): void {
    super.connectedCallback();
    this.own(progressStore.subscribe((s) => (this.file = s.file)));
  }

  #loadTargets() {
    this.#targets ??= Promise.all([loadIndicators(), loadRegister()]).then(([i, r]) => progressTargets(i, r));
    this.#targets.catch(() => (this.#targets = undefined));
    return this.#targets;
  }

  #pick = async (e: Event) => {
    const input = e.target as HTMLInputElement;
    const picked = input.files?.[0];
    input.value = '';
    if (!picked) return;
    this.readError = undefined;
    try {
      const [text, targets] = await Promise.all([picked.text(), this.#loadTargets()]);
      progressStore.set({ file: parseProgress(text, picked.name, targets) });
    } catch (err) {
      this.readError = t(this.lang, 'progress.readFailed', {
        file: picked.name,
        reason: (err as Error).message,
      });
    }
  };

  #export = () => {
    if (!this.file) return;
    downloadBlob(
      new Blob([progressReportCsv(this.file)], { type: 'text/csv;charset=utf-8' }),
      'yongchuan-plan-progress-report.csv',
    );
  };

  override render() {
    if (this.kiosk) return nothing;
    const lang = this.lang;
    const f = this.file;
    return html`<section class="progress-tools" aria-labelledby="progress-title">
      <h3 id="progress-title">${t(lang, 'progress.title')}</h3>
      <p class="intro">${t(lang, 'progress.intro')}</p>
      <div class="tabs">
        <label class="load">${t(lang, 'progress.load')}
          <input type="file" accept=".csv,.json,text/csv,application/json" @change=${this.#pick} />
        </label>
        <a class="template" href=${`${import.meta.env.BASE_URL}${TEMPLATE_FILE}`} download=${TEMPLATE_FILE}>${t(lang, 'progress.template')}</a>
        ${
          f
            ? html`<button class="export" @click=${this.#export}>${t(lang, 'progress.export')}</button>
              <button class="print" @click=${() => printReport(f, this.lang)}>${t(lang, 'progress.print')}</button>
              <button class="clear" @click=${() => progressStore.set({ file: null })}>${t(lang, 'progress.clear')}</button>`
            : nothing
        }
      </div>
      ${this.readError ? html`<p class="error" role="alert">${this.readError}</p>` : nothing}
      ${
        f
          ? html`<p class=${f.problems.length ? 'error summary' : 'summary'} role="status">
              ${t(lang, 'progress.summary', { file: f.fileName, loaded: f.values.length, bad: f.problems.length, empty: f.empty })}
            </p>`
          : nothing
      }
      ${
        f?.problems.length
          ? html`<table class="problems" aria-label=${t(lang, 'progress.problems')}>
              <thead><tr><th class="no">${t(lang, 'progress.line')}</th><th>${t(lang, 'progress.problem')}</th></tr></thead>
              <tbody>
                ${f.problems.map(
                  (p) =>
                    html`<tr data-line=${p.line}><td class="num">${p.line || '—'}</td><td>${say(lang, p.message)}</td></tr>`,
                )}
              </tbody>
            </table>`
          : nothing
      }
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'progress-section': ProgressSection;
  }
}
