/**
 * One register entry inside the reader (`entry=`): what the register holds about a commitment,
 * for those no feature places (district-wide, not located) and for any other asked for by id.
 */
import { html, nothing } from 'lit';
import type { Commitment } from '../data/schema.ts';
import { formatFigure, statusLabel } from '../format/format.ts';
import { type Lang, t } from '../i18n/i18n.ts';
import { numberLabel } from './headings.ts';

export interface EntryActions {
  back(): void;
  showText(c: Commitment): void;
  showMap(c: Commitment): void;
}

export function registerEntry(c: Commitment, lang: Lang, actions: EntryActions) {
  const other: Lang = lang === 'zh' ? 'en' : 'zh';
  const name = (l: Lang) => (l === 'zh' ? c.name_zh : c.name_en);
  const ref = c.plan_ref;
  const placed = c.features.length > 0;
  return html`<section class="entry" aria-labelledby="entry-title" data-id=${c.id}>
    <p class="note">${t(lang, 'entry.kind')}</p>
    <h3 id="entry-title">${name(lang)}</h3>
    <p class="note" lang=${other === 'zh' ? 'zh-CN' : 'en'}>${name(other)}</p>
    <dl class="facts">
      <dt>${t(lang, 'entry.theme')}</dt><dd>${t(lang, `theme.${c.theme}` as const)}</dd>
      <dt>${t(lang, 'entry.location')}</dt>
      <dd><span class="dot ${c.location}"></span>${t(lang, `location.${c.location}` as const)}</dd>
      <dt>${t(lang, 'panel.status')}</dt>
      <dd>${statusLabel(c.status, lang)}${c.target_year ? ` · ${c.target_year}` : ''}</dd>
    </dl>
    <h4>${t(lang, 'panel.figures')}</h4>
    ${
      c.figures.length === 0
        ? html`<p class="note">${t(lang, 'panel.noFigures')}</p>`
        : html`<dl class="figures">${c.figures.map((f) => {
            const ff = formatFigure(f, lang);
            return html`<dt>${ff.label}</dt><dd>${ff.value}${ff.year ? html` <small>${ff.year}</small>` : nothing}</dd>`;
          })}</dl>`
    }
    ${c.note ? html`<h4>${t(lang, 'entry.note')}</h4><p>${c.note[lang]}</p>` : nothing}
    <h4>${t(lang, 'panel.citation')}</h4>
    <p class="note">${[ref.chapter, ref.section, ref.box]
      .filter((x): x is string => Boolean(x))
      .map((l) => numberLabel(l, lang))
      .join(' · ')}</p>
    <blockquote lang="zh-CN">${ref.quote}</blockquote>
    ${lang === 'en' && ref.quote_en ? html`<p class="quote-en" lang="en">${ref.quote_en}</p>` : nothing}
    <div class="entry-actions">
      <button class="back" @click=${actions.back}>← ${t(lang, 'entry.back')}</button>
      <button class="show-text" @click=${() => actions.showText(c)}>${t(lang, 'entry.showText')}</button>
      ${placed ? html`<button class="show-map" @click=${() => actions.showMap(c)}>${t(lang, 'entry.showMap')}</button>` : nothing}
    </div>
  </section>`;
}
