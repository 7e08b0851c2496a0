/**
 * The staff's view of the usage figures: a button on the staff line opens the summary, and
 * "Export CSV" saves every day's counters. The kiosk renders this element only when the kiosk
 * was started with `staff` in its URL or build, never for the corner long-press a visitor might
 * find, so visitors reach neither the figures nor a download.
 */
import { css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { t } from '../i18n/i18n.ts';
import { AtlasElement } from '../ui/atlas-element.ts';
import { sharedStyles } from '../ui/shared-styles.ts';
import { summarise, type UsageSummary, usageCsv } from './usage-figures.ts';
import type { UsageStore } from './usage-store.ts';

const TOP = 8;

@customElement('kiosk-usage')
export class KioskUsage extends AtlasElement {
  static override styles = [
    sharedStyles,
    css`
      /* Bottom right, above the attribution: clear of the top bar and the map's zoom buttons. */
      :host {
        position: absolute;
        bottom: 120px;
        right: 16px;
        display: flex;
        flex-direction: column-reverse;
        align-items: flex-end;
        pointer-events: auto;
        font-size: 16px;
      }
      .sheet {
        margin-bottom: 8px;
        width: min(560px, calc(100vw - 32px));
        max-height: calc(100vh - 240px);
        overflow: auto;
        padding: 16px 20px;
        background: #fff;
        border-radius: 12px;
        box-shadow: var(--atlas-shadow);
      }
      h3 {
        margin: 14px 0 4px;
        font-size: 16px;
      }
      ol {
        margin: 0;
        padding-left: 22px;
      }
      .actions {
        display: flex;
        gap: 12px;
        justify-content: flex-end;
      }
      button {
        min-height: 48px;
        padding: 0 18px;
      }
    `,
  ];

  @property({ attribute: false }) store: UsageStore | null = null;
  @state() private summary: UsageSummary | null = null;

  async #toggle(): Promise<void> {
    this.summary = this.summary || !this.store ? null : summarise(await this.store.days());
  }

  async #export(): Promise<void> {
    if (!this.store) return;
    const blob = new Blob([usageCsv(await this.store.days())], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `atlas-usage-${new Date().toISOString().slice(0, 10)}.csv`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  override render() {
    const lang = this.lang;
    const s = this.summary;
    const list = (key: Parameters<typeof t>[1], rows: [string, number][]) =>
      rows.length
        ? html`<h3>${t(lang, key)}</h3><ol>${rows.slice(0, TOP).map(([k, n]) => html`<li>${k}: ${n}</li>`)}</ol>`
        : nothing;
    return html`
      <div class="actions">
        <button class="open" @click=${() => void this.#toggle()}>
          ${t(lang, s ? 'kiosk.usage.close' : 'kiosk.usage.open')}</button>
        <button class="export" @click=${() => void this.#export()}>${t(lang, 'kiosk.usage.export')}</button>
      </div>
      ${
        s
          ? html`<section class="sheet" aria-label=${t(lang, 'kiosk.usage.open')}>
              ${
                s.days
                  ? html`<p>${t(lang, 'kiosk.usage.kept', { from: s.from ?? '', to: s.to ?? '', days: s.days })}</p>
                    <p class="totals">${t(lang, 'kiosk.usage.totals', {
                      sessions: s.sessions,
                      seconds: s.meanSessionS,
                      taps: s.taps,
                      starts: s.tourStarts,
                      interrupts: s.tourInterrupts,
                    })}</p>`
                  : html`<p>${t(lang, 'kiosk.usage.none')}</p>`
              }
              ${list('kiosk.usage.byFeature', s.byFeature)} ${list('kiosk.usage.byLayer', s.byLayer)}
              ${list('kiosk.usage.langs', s.langs)}
              ${list(
                'kiosk.usage.hours',
                s.hours.flatMap((n, h) =>
                  n ? [[`${String(h).padStart(2, '0')}:00`, n] as [string, number]] : [],
                ),
              )}
            </section>`
          : nothing
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-usage': KioskUsage;
  }
}
