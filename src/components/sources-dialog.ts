import { css, html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { Source } from '../data/schema.ts';
import { t } from '../i18n/i18n.ts';
import { AtlasElement } from '../ui/atlas-element.ts';
import { sharedStyles } from '../ui/shared-styles.ts';

/** Attribution for every data source, with its licence. */
@customElement('sources-dialog')
export class SourcesDialog extends AtlasElement {
  static override styles = [
    sharedStyles,
    css`
      dialog {
        border: none;
        border-radius: var(--atlas-radius);
        box-shadow: var(--atlas-shadow);
        max-width: min(640px, 92vw);
        padding: 16px 20px;
      }
      h2 {
        margin-top: 0;
        font-size: 1.1rem;
      }
      dt {
        font-weight: 700;
        margin-top: 10px;
      }
      dd {
        margin: 2px 0 0;
        color: var(--atlas-text-muted);
      }
      .close {
        float: right;
      }
      .notices-text {
        max-height: 40vh;
        overflow: auto;
        white-space: pre-wrap;
        font-size: 0.75rem;
        background: var(--atlas-surface);
        padding: 8px;
      }
    `,
  ];

  @property({ attribute: false }) sources: readonly Source[] = [];
  /** The third-party notices file, shown in the dialog (not a page of its own: a kiosk opens no page). */
  @state() private notices: string | null = null;
  @query('dialog') private dialog!: HTMLDialogElement;

  show() {
    this.dialog.showModal();
  }

  #showNotices = async () => {
    try {
      const res = await fetch(`${import.meta.env.BASE_URL}third-party-notices.txt`);
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      this.notices = await res.text();
    } catch (err) {
      this.notices = t(this.lang, 'attribution.softwareFailed', { reason: (err as Error).message });
    }
  };

  override render() {
    const lang = this.lang;
    return html`<dialog aria-labelledby="sources-title">
      <button class="close" @click=${() => this.dialog.close()} aria-label=${t(lang, 'panel.close')}>×</button>
      <h2 id="sources-title">${t(lang, 'attribution.title')}</h2>
      <p>${t(lang, 'attribution.plan')}</p>
      <p>${t(lang, 'attribution.indicative')}</p>
      <dl>
        ${this.sources.map(
          (s) => html`<dt>${s.name}</dt>
            <dd>${s.attribution} · ${s.licence}</dd>
            <dd>${lang === 'zh' ? s.used_for_zh : s.used_for_en}</dd>`,
        )}
      </dl>
      <p><button class="notices" @click=${this.#showNotices}>${t(lang, 'attribution.software')}</button></p>
      ${this.notices === null ? nothing : html`<pre class="notices-text" tabindex="0">${this.notices}</pre>`}
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sources-dialog': SourcesDialog;
  }
}
