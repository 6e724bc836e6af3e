// The open view's page for printing: its module's `printPage` (@page rules:
// the paper, the margins, the page numbers), which the styles of a shadow
// root cannot set. It is adopted by the document only while printing, so
// that the host page's own printouts stay as they are; a constructed sheet,
// so that a strict style-src allows it.
export function printPages(signal, activeView) {
  let sheet = null;
  const remove = () => {
    if (sheet) document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
    sheet = null;
  };
  window.addEventListener('beforeprint', () => {
    remove();
    const css = activeView()?.printPage;
    if (!css || !('adoptedStyleSheets' in document)) return;
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }, { signal });
  window.addEventListener('afterprint', remove, { signal });
}
