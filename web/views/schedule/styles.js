// What only the schedule view shows. Its panel is one column: the month table
// and the chart need the full width; the inputs lie in a grid above them.
export const STYLES = `
#panel-schedule.layout { grid-template-columns: 1fr; }
#panel-schedule .results { position: static; }
/* The settings in a grid: start, horizon, growth in a row; the season and the lags below. */
.settings { display: grid; grid-template-columns: repeat(4, minmax(0, 1fr)); gap: 0 20px; align-items: start; }
.settings .start, .settings .season, .settings .lags { grid-column: span 2; }
.settings .start .pair { gap: 12px; }
.lag-fields { display: grid; grid-template-columns: repeat(auto-fill, minmax(150px, 1fr)); gap: 0 12px; }
#schedule-inputs [data-slot] > * { max-width: 720px; }
.goal-line { margin: 0 0 16px; padding: 10px 14px; border-radius: 10px; background: var(--fp-accent-soft); font-weight: 600; }
.link { border: 0; background: none; padding: 0 0 0 6px; color: var(--fp-accent); font: inherit; font-weight: 600; text-decoration: underline; cursor: pointer; }
.weights { display: grid; grid-template-columns: repeat(6, 1fr); gap: 6px 8px; margin-top: 10px; }
.field.compact { margin-bottom: 4px; gap: 2px; }
.field.compact label { font-size: 12px; font-weight: 600; color: var(--fp-muted); }
.field.compact input { min-height: 38px; padding: 6px 8px; }
.lag-fields .field { margin-bottom: 10px; }
.sentence { margin: 0 0 16px; padding: 12px 14px; border-radius: 10px; background: var(--fp-accent-soft); font-size: 16px; font-weight: 600; }
.timeline .lead { fill: var(--fp-page); }
.timeline .start { stroke: var(--fp-accent); stroke-width: 1.5; stroke-dasharray: 4 3; }
.timeline .row-name .name { fill: var(--fp-ink); font: 700 13px var(--fp-font); }
.timeline .row-name .peak { fill: var(--fp-muted); font: 12px var(--fp-font); }
.timeline .axis, .timeline .lead-label { fill: var(--fp-muted); font: 11px var(--fp-font); }
.table-scroll { overflow-x: auto; margin-top: 12px; }
.table-scroll:focus-visible { outline: 3px solid color-mix(in srgb, var(--fp-accent) 45%, transparent); }
.months, .pace-table { border-collapse: collapse; width: 100%; font-size: 13px; font-variant-numeric: tabular-nums; }
.months th, .months td, .pace-table th, .pace-table td { padding: 6px; border-bottom: 1px solid var(--fp-line); text-align: right; white-space: nowrap; }
.months th.corner, .months th.row, .pace-table th:first-child { text-align: left; position: sticky; left: 0; background: var(--fp-surface); }
.months thead th { font-size: 12px; color: var(--fp-muted); font-weight: 600; }
.months .lead { background: var(--fp-page); }
.months th.row.lead { background: var(--fp-page); }
.months .total { font-weight: 700; }
.months tbody tr:last-child th, .months tbody tr:last-child td { border-bottom: 0; }
.warnings { list-style: none; padding: 0; }
.warnings li { padding: 8px 12px; border-radius: 10px; background: #fffaeb; color: #7a2e0e; font-size: 14px; margin-top: 8px; }
.pace { margin-top: 24px; padding-top: 16px; border-top: 1px solid var(--fp-line); }
.pace h3 { margin: 0 0 12px; }
.pace .pair { max-width: 560px; }
.pace-days { margin: 0 0 8px; font-weight: 600; }
.actual-fields { display: grid; grid-template-columns: repeat(auto-fill, minmax(110px, 1fr)); gap: 6px 12px; max-width: 720px; }
.pace-table thead th { font-size: 12px; color: var(--fp-muted); font-weight: 600; white-space: normal; }
.pace-table tr[data-on-track="true"] .status { color: #067647; font-weight: 700; }
.pace-table tr[data-on-track="false"] .status { color: #b42318; font-weight: 700; }
.method { margin-top: 20px; font-size: 14px; color: var(--fp-muted); }
.method summary { cursor: pointer; font-weight: 700; color: var(--fp-ink); }
.print-only { display: none; }
@container (max-width: 820px) {
  .settings { grid-template-columns: repeat(2, minmax(0, 1fr)); }
}
@container (max-width: 480px) {
  .settings { grid-template-columns: minmax(0, 1fr); }
  .settings .start, .settings .season, .settings .lags { grid-column: auto; }
  .weights { grid-template-columns: repeat(4, 1fr); }
  .pace-table thead { display: none; }
  .pace-table tr { display: block; padding: 8px 0; border-bottom: 1px solid var(--fp-line); }
  .pace-table th, .pace-table td { display: flex; justify-content: space-between; gap: 12px; border: 0; padding: 2px 0; position: static; }
  .pace-table td::before { content: attr(data-label); color: var(--fp-muted); white-space: normal; text-align: left; }
  .pace-table th { font-size: 15px; }
}
@media print {
  .print-only { display: block; margin-bottom: 12px; }
  table.print-only { display: table; }
  .table-scroll:has(#schedule-table) { display: none; }
  .print-inputs { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 0; font-size: 13px; }
  .print-inputs dt { color: var(--fp-muted); }
  .print-inputs dd { margin: 0; }
  #schedule-chart, .screen-only, .pace .pair, .actuals { display: none; }
  .table-scroll { overflow: visible; }
  .months, .pace-table { font-size: 11px; }
  .months th, .months td { padding: 2px 4px; }
}
`;
