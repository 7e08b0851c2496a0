import { css, html } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
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
    `,
  ];

  @property({ attribute: false }) sources: readonly Source[] = [];
  @query('dialog') private dialog!: HTMLDialogElement;

  show() {
    this.dialog.showModal();
  }

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
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sources-dialog': SourcesDialog;
  }
}
