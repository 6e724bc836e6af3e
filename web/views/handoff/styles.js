// What only the hand-off view shows: the criteria table (a tick, the name, the
// group, the points, the order), the grids of settings, the lead check and
// the capacity, and the SLA as a document, which is what prints: A4, with the
// date under its title and the page numbers at the foot of every page.
export const STYLES = `
#panel-handoff.layout { grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); }
#panel-handoff .results { position: static; }
#panel-handoff .goal-line { margin: 0 0 12px; padding: 10px 14px; border-radius: 10px; background: var(--fp-accent-soft); font-weight: 600; }
#panel-handoff .link { border: 0; background: none; padding: 0 0 0 6px; color: var(--fp-accent); font: inherit; font-weight: 600; text-decoration: underline; cursor: pointer; }
#panel-handoff .intro { margin: 0 0 12px; }
#panel-handoff .group { border: 0; border-top: 1px solid var(--fp-line); margin: 0 0 8px; padding: 12px 0 4px; min-width: 0; }
#panel-handoff .group legend { font-weight: 700; font-size: 16px; padding: 0 8px 0 0; }
#panel-handoff .table-scroll { overflow-x: auto; }
.handoff-grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(190px, 1fr)); gap: 4px 16px; align-items: start; }
.handoff-grid input[type="date"] { min-height: 44px; padding: 8px 10px; border: 1px solid #8a91a5; border-radius: 8px; font: inherit; width: 100%; box-sizing: border-box; }
.criteria-table { border-collapse: collapse; width: 100%; font-size: 14px; }
.criteria-table th { font-size: 12px; color: var(--fp-muted); font-weight: 600; text-align: left; padding: 4px 6px 4px 0; }
.criteria-table td { padding: 3px 6px 3px 0; vertical-align: top; }
.criteria-table td:last-child { white-space: nowrap; }
.criteria-table tr[data-group="behaviour"] td:first-child { box-shadow: inset 3px 0 0 color-mix(in srgb, var(--fp-accent) 45%, transparent); }
.criteria-table input[type="checkbox"] { width: 22px; height: 22px; margin: 8px 8px 0 8px; accent-color: var(--fp-accent); }
.criteria-table input.name, .criteria-table input.points {
  min-height: 38px; padding: 6px 8px; border: 1px solid #8a91a5; border-radius: 8px; background: #fff; color: var(--fp-ink); font: inherit; box-sizing: border-box;
}
.criteria-table input.name { width: 100%; min-width: 10em; }
.criteria-table input.points { width: 4em; text-align: right; font-variant-numeric: tabular-nums; }
.criteria-table input[aria-invalid="true"] { border-color: var(--fp-error); background: #fef3f2; }
.criteria-table select { min-height: 38px; border: 1px solid #8a91a5; border-radius: 8px; background: #fff; font: inherit; padding: 0 4px; }
.criteria-table .move { border: 1px solid var(--fp-line); background: var(--fp-surface); border-radius: 8px; min-width: 30px; min-height: 38px; padding: 0 6px; cursor: pointer; margin-right: 2px; }
.criteria-table .move:disabled { opacity: 0.35; cursor: default; }
.criteria-table .error { max-width: 12em; font-size: 12px; }
.handoff-grid .wide { grid-column: 1 / -1; }
#panel-handoff .sources { display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: center; margin: 12px 0 4px; }
#panel-handoff .done { margin: 0; color: #067647; font-size: 14px; }
#panel-handoff .done:empty { display: none; }
#panel-handoff .funnel-details { margin-top: 8px; }
#panel-handoff .funnel-details summary { cursor: pointer; font-weight: 700; }
#panel-handoff .check, #panel-handoff .capacity { padding: 12px 14px; border-radius: 10px; background: var(--fp-accent-soft); margin-bottom: 12px; }
#panel-handoff .check h3, #panel-handoff .capacity h3 { margin: 0 0 4px; font-size: 15px; }
#handoff-check, #handoff-capacity { margin: 0; font-weight: 700; }
#handoff-check[data-stage="sql"] { color: #067647; }
#handoff-decisive { margin: 4px 0 0; }
#handoff-decisive:empty, #handoff-short:empty { display: none; }
#handoff-short { margin: 6px 0 0; font-size: 14px; }
#handoff-short[data-short="true"] { padding: 8px 12px; border-radius: 8px; background: #fffaeb; color: #7a2e0e; font-weight: 600; }
.sla { border: 1px solid var(--fp-line); border-radius: 10px; padding: 20px 24px; background: #fff; font-size: 14px; line-height: 1.5; color: var(--fp-ink); }
.sla .sla-title { font-size: 19px; margin: 0 0 4px; }
.sla h4 { font-size: 15px; margin: 18px 0 6px; }
.sla p { margin: 0 0 8px; }
.sla ul { margin: 0 0 8px; padding-left: 20px; }
.sla li { margin-bottom: 4px; }
.sla-table { border-collapse: collapse; width: 100%; margin: 4px 0 10px; font-size: 13px; font-variant-numeric: tabular-nums; }
.sla-table th, .sla-table td { text-align: left; padding: 4px 8px 4px 0; border-bottom: 1px solid var(--fp-line); }
.sla-table th { color: var(--fp-muted); font-weight: 600; }
.sla-table .number { text-align: right; white-space: nowrap; }
.sla-columns { display: grid; grid-template-columns: repeat(auto-fit, minmax(240px, 1fr)); gap: 0 20px; align-items: start; }
.signatures { display: grid; grid-template-columns: 1fr 1fr; gap: 24px; margin-top: 28px; break-inside: avoid; }
.signature .role { font-weight: 700; }
.signature .line { border-top: 1px solid var(--fp-ink); padding-top: 4px; margin-top: 36px; font-size: 12px; color: var(--fp-muted); }
@container (max-width: 820px) {
  #panel-handoff.layout { grid-template-columns: 1fr; }
}
/* A narrow card: each criterion on two lines, its name first, then its group, points and order. */
@container (max-width: 560px) {
  .criteria-table thead { display: none; }
  .criteria-table tr { display: grid; grid-template-columns: auto minmax(0, 1fr) auto auto; gap: 4px 6px; padding: 6px 0; border-bottom: 1px solid var(--fp-line); }
  .criteria-table td { padding: 0; }
  .criteria-table td:nth-child(2) { grid-column: 2 / -1; }
  .criteria-table td:nth-child(3) { grid-column: 2; }
  .criteria-table input.name { min-width: 0; }
  .criteria-table tr[data-group="behaviour"] td:first-child { box-shadow: none; }
  .criteria-table tr[data-group="behaviour"] { box-shadow: inset 3px 0 0 color-mix(in srgb, var(--fp-accent) 45%, transparent); }
}
@container (max-width: 480px) {
  .sla { padding: 14px; }
  .signatures { grid-template-columns: 1fr; }
}
@media print {
  #panel-handoff .screen-only, #panel-handoff .printed { display: none; }
  /* The document is the SLA alone: not the shell's line under the planner. */
  #panels:has(> #panel-handoff:not([hidden])) ~ .privacy { display: none; }
  .sla { border: 0; padding: 0; font-size: 10pt; line-height: 1.35; }
  .sla .sla-title { font-size: 15pt; }
  .sla h4 { font-size: 11pt; margin: 10px 0 3px; break-after: avoid; }
  .sla p, .sla ul { margin-bottom: 6px; }
  .sla li { margin-bottom: 2px; }
  .sla-table { font-size: 9pt; margin: 2px 0 6px; }
  .sla-table th, .sla-table td { padding: 2px 8px 2px 0; }
  .signatures { margin-top: 16px; }
  .sla-columns { grid-template-columns: 1fr 1fr; }
  .sla-table td:first-child { white-space: nowrap; }
  #panel-handoff .results, .sla { background: none; }
  .signature .line { margin-top: 26px; }
  .sla-table tr, .sla li { break-inside: avoid; }
}
`;
