/**
 * A print layout through CSS print: the composed map image (title, legend, scale bar, north
 * arrow, attribution and date already on it) on one landscape A4 or A3 page, everything
 * else hidden. The sheet lives in the page (not in a shadow root) so that the print
 * stylesheet reaches it, and is removed after printing.
 */
import { adoptDocumentStyles } from '../../ui/document-styles.ts';
export type PageSize = 'A4' | 'A3';

const SHEET_ID = 'atlas-print-sheet';

export function printCss(size: PageSize): string {
  return `
@page { size: ${size} landscape; margin: 8mm; }
#${SHEET_ID} { display: none; }
@media print {
  html, body { height: auto !important; background: #fff !important; }
  body > :not(#${SHEET_ID}) { display: none !important; }
  #${SHEET_ID} { display: flex !important; align-items: center; justify-content: center; width: 100%; height: 100vh; }
  #${SHEET_ID} img { max-width: 100%; max-height: 100%; object-fit: contain; }
}`;
}

/** Puts the sheet in the page; returns a function that takes it away again. */
export async function mountPrintSheet(image: Blob, size: PageSize, alt: string): Promise<() => void> {
  document.getElementById(SHEET_ID)?.remove();
  const unstyle = adoptDocumentStyles(printCss(size));
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

export async function printImage(image: Blob, size: PageSize, alt: string): Promise<void> {
  const unmount = await mountPrintSheet(image, size, alt);
  window.addEventListener('afterprint', unmount, { once: true });
  window.print();
}
