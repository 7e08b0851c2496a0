/**
 * The map-approval line (审图号) beside the attribution: maps shown in public in China carry the
 * number their review gave them (README, "Deploying in a hall"). Plain text, never markup.
 */
import { html, nothing } from 'lit';
import { type Lang, t } from '../i18n/i18n.ts';

export function approvalLine(lang: Lang, approval: string | null) {
  return approval
    ? html`<span class="approval"> · ${t(lang, 'attribution.approval', { number: approval })}</span>`
    : nothing;
}
