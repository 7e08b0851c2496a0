/**
 * Printing the print page (print-page.ts) through CSS print: the page image, already at print
 * resolution with its margins and title block, fills one sheet of the chosen paper and
 * orientation, and everything else is hidden. The sheet lives in the document (not in a shadow
 * root) so that the print stylesheet reaches it, and is removed after printing.
 */
import { adoptDocumentStyles } from '../../ui/document-styles.ts';
import type { PrintSpec } from './print-layout.ts';

const SHEET_ID = 'atlas-print-sheet';

export function printCss({ paper, orientation }: Pick<PrintSpec, 'paper' | 'orientation'>): string {
  return `
@page { size: ${paper} ${orientation}; margin: 0; }
#${SHEET_ID} { display: none; }
@media print {
  html, body { height: auto !important; background: #fff !important; }
  body > :not(#${SHEET_ID}) { display: none !important; }
  #${SHEET_ID} { display: block !important; width: 100%; height: 100vh; }
  #${SHEET_ID} img { display: block; width: 100%; height: 100%; object-fit: contain; }
}`;
}

/** Puts the sheet in the page; returns a function that takes it away again. */
export async function mountPrintSheet(image: Blob, spec: PrintSpec, alt: string): Promise<() => void> {
  document.getElementById(SHEET_ID)?.remove();
  const unstyle = adoptDocumentStyles(printCss(spec));
  const sheet = document.createElement('div');
  sheet.id = SHEET_ID;
  const img = document.createElement('img');
  const url = URL.createObjectURL(image);
  img.src = url;
  img.alt = alt;
  sheet.append(img);
  document.body.append(sheet);
  await img.decode();
  return () => {
    sheet.remove();
    unstyle();
    URL.revokeObjectURL(url);
  };
}

export async function printImage(image: Blob, spec: PrintSpec, alt: string): Promise<void> {
  const unmount = await mountPrintSheet(image, spec, alt);
  window.addEventListener('afterprint', unmount, { once: true });
  window.print();
}
