// The SLA's paper (planner's print-page.js puts it into the document while printing): A4, its page numbers.
export const PRINT_PAGE = `@page { size: A4; margin: 14mm 16mm 16mm; @bottom-right { content: counter(page) " / " counter(pages); font: 9pt sans-serif; color: #555; } }`;
