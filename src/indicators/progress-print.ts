/**
 * The progress report's print view: a sheet in the document (not in a shadow root, so that the
 * print stylesheet reaches it) with the report's title, the file, the date, a note that these are
 * the user's values and not the plan's, and the table of src/indicators/progress-report.ts. Only
 * the sheet goes on the paper; it is removed after printing. Every text goes in as text, never as
 * HTML: the file's names and sources are a user's input. Never reached in kiosk mode (the
 * progress tools are not rendered there).
 */
import { type Lang, t } from '../i18n/i18n.ts';
import { adoptDocumentStyles } from '../ui/document-styles.ts';
import { reportLines } from './progress-report.ts';
import type { ProgressFile } from './progress-store.ts';

const REPORT_SHEET_ID = 'atlas-progress-report';

const CSS = `
#${REPORT_SHEET_ID} { display: none; }
@media print {
  @page { size: A4 portrait; margin: 14mm; }
  html, body { height: auto !important; background: #fff !important; overflow: visible !important; }
  body > :not(#${REPORT_SHEET_ID}) { display: none !important; }
  #${REPORT_SHEET_ID} { display: block !important; font: 9pt "Noto Sans SC", system-ui, sans-serif; color: #1f2733; }
  #${REPORT_SHEET_ID} h1 { font-size: 15pt; margin: 0 0 2pt; }
  #${REPORT_SHEET_ID} p { margin: 2pt 0; }
  #${REPORT_SHEET_ID} .note { border: 0.3mm dashed #b35c00; padding: 2pt 4pt; margin: 4pt 0; }
  #${REPORT_SHEET_ID} table { width: 100%; border-collapse: collapse; margin-top: 4pt; }
  #${REPORT_SHEET_ID} th, #${REPORT_SHEET_ID} td { border-bottom: 0.2mm solid #d0d5dd; padding: 2pt 3pt; text-align: left; vertical-align: top; }
  #${REPORT_SHEET_ID} th { border-bottom: 0.4mm solid #1f2733; }
  #${REPORT_SHEET_ID} .num { text-align: right; white-space: nowrap; }
  #${REPORT_SHEET_ID} tr { break-inside: avoid; }
}`;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string) {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (className) e.className = className;
  return e;
}

/** Builds the sheet for `file` in `lang` and puts it in the page; returns what takes it away. */
function mountReportSheet(file: ProgressFile, lang: Lang): () => void {
  const now = new Date();
  document.getElementById(REPORT_SHEET_ID)?.remove();
  const unstyle = adoptDocumentStyles(CSS);
  const sheet = el('section');
  sheet.id = REPORT_SHEET_ID;
  sheet.lang = lang === 'zh' ? 'zh-CN' : 'en';
  // The reader's own calendar day, as the report's as-of dates are written (YYYY-MM-DD).
  const date = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  sheet.append(
    el('h1', t(lang, 'progress.report.title')),
    el('p', t(lang, 'app.title')),
    el(
      'p',
      t(lang, 'progress.report.file', {
        file: file.fileName,
        loaded: file.values.length,
        bad: file.problems.length,
        date,
      }),
    ),
    el('p', t(lang, 'progress.report.note'), 'note'),
  );
  const table = el('table');
  const head = el('tr');
  const columns = [
    ['progress.report.kind', ''],
    ['progress.report.name', ''],
    ['progress.report.value', 'num'],
    ['progress.report.asOf', ''],
    ['progress.report.source', ''],
    ['progress.report.target', 'num'],
    ['progress.report.ofTarget', 'num'],
  ] as const;
  for (const [key, cls] of columns) head.append(el('th', t(lang, key), cls));
  table.append(el('thead'), el('tbody'));
  table.tHead!.append(head);
  for (const line of reportLines(file, lang)) {
    const tr = el('tr');
    tr.dataset.id = line.id;
    const kind = t(
      lang,
      line.kind === 'indicator' ? 'progress.report.indicator' : 'progress.report.commitment',
    );
    const cells = [
      kind,
      `${line.name} (${line.id})`,
      line.value,
      line.asOf,
      line.source,
      line.target,
      line.ofTarget,
    ];
    tr.append(...cells.map((text, i) => el('td', text, columns[i][1])));
    table.tBodies[0].append(tr);
  }
  sheet.append(table);
  document.body.append(sheet);
  return () => {
    sheet.remove();
    unstyle();
  };
}

/** Prints the report: the sheet goes on the paper, and away again once the dialog closes. */
export function printReport(file: ProgressFile, lang: Lang): void {
  const unmount = mountReportSheet(file, lang);
  window.addEventListener('afterprint', unmount, { once: true });
  window.print();
}
