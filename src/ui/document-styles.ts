/**
 * Styles for the page itself (not a shadow root) as constructed style sheets: the strict
 * Content-Security-Policy (index.html, `style-src 'self'`) refuses inline `<style>` elements, but
 * not sheets built through the CSSOM. Returns the function that takes the sheet away again.
 */
export function adoptDocumentStyles(css: string, doc: Document = document): () => void {
  const sheet = new (doc.defaultView ?? window).CSSStyleSheet();
  sheet.replaceSync(css);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  return () => {
    doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
  };
}
