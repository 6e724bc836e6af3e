// What only the KPI review shows. Its panel is one column: the month table and
// the charts need the full width. On paper it is a one-pager for the meeting:
// the day, the state, the findings, the charts and the volumes; no inputs.
export const STYLES = `
#panel-review.layout { grid-template-columns: 1fr; }
#panel-review .results { position: static; }
/* Before any month holds a number there is nothing to export or print: only the link is offered. */
#panel-review[data-empty="true"] #view-actions, #panel-review[data-empty="true"] #print { display: none; }
.intro { margin: 0 0 12px; max-width: 760px; }
.range { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr) minmax(0, 1.2fr); gap: 0 20px; align-items: end; max-width: 980px; }
.range .field { margin-bottom: 0; }
.sources { display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: center; margin-bottom: 16px; }
.link { border: 0; background: none; padding: 0; color: var(--fp-accent); font: inherit; font-weight: 600; text-decoration: underline; cursor: pointer; }
.done { margin: 4px 0; color: #067647; font-size: 14px; min-height: 0; }
.done:empty { display: none; }
.table-scroll { overflow-x: auto; margin-top: 8px; }
.table-scroll:focus-visible { outline: 3px solid color-mix(in srgb, var(--fp-accent) 45%, transparent); }
.entry { border-collapse: collapse; font-variant-numeric: tabular-nums; }
.entry th { font-size: 12px; color: var(--fp-muted); font-weight: 600; text-align: left; padding: 4px 8px 4px 0; white-space: nowrap; }
.entry thead th { text-align: left; }
.entry td { padding: 3px 6px 3px 0; vertical-align: top; }
.entry input {
  width: 8.5em; min-height: 38px; padding: 6px 10px; border: 1px solid #8a91a5; border-radius: 8px; background: #fff;
  color: var(--fp-ink); font-size: 15px; font-variant-numeric: tabular-nums; text-align: right;
}
.entry input[aria-invalid="true"] { border-color: var(--fp-error); background: #fef3f2; }
.entry input[data-to-fill] { border-style: dashed; border-color: var(--fp-accent); }
.entry .error, .entry .slip { max-width: 9em; font-size: 12px; }
.settings-box, .funnel-details { margin-top: 16px; }
.settings-box summary, .funnel-details summary { cursor: pointer; font-weight: 700; }
.review-settings { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 0 20px; align-items: start; margin-top: 12px; }
.review-settings .lags { grid-column: 1 / -1; }
.lag-fields { display: grid; grid-template-columns: repeat(auto-fill, minmax(150px, 1fr)); gap: 0 12px; }
.field.compact { margin-bottom: 4px; gap: 2px; }
.field.compact label { font-size: 12px; font-weight: 600; color: var(--fp-muted); }
.field.compact input { min-height: 38px; padding: 6px 8px; }
.state { margin: 0 0 16px; padding: 12px 14px; border-radius: 10px; background: var(--fp-accent-soft); font-size: 16px; font-weight: 700; }
.state[data-warnings="true"] { background: #fef3f2; color: #912018; }
.findings { list-style: none; padding: 0; margin: 0 0 20px; display: grid; gap: 10px; }
.finding { padding: 12px 14px; border-radius: 10px; border: 1px solid var(--fp-line); border-left: 4px solid #f79009; }
.finding[data-severity="high"] { border-left-color: #d92d20; }
.finding.rise, .finding.fewer_but_better { border-left-color: #12b76a; }
.finding-head { display: flex; gap: 8px; margin: 0 0 6px; font-size: 12px; font-weight: 700; }
.badge, .team { padding: 2px 8px; border-radius: 999px; background: var(--fp-page); }
.finding[data-severity="high"] .badge { background: #fee4e2; color: #912018; }
.finding .message { margin: 0 0 6px; font-weight: 600; }
.finding details { font-size: 14px; }
.finding summary { cursor: pointer; color: var(--fp-accent); font-weight: 600; }
.finding ul { margin: 6px 0 0; padding-left: 20px; }
.finding li { margin: 2px 0; }
.rates { display: grid; gap: 16px; margin-bottom: 20px; }
.rate-box h4 { margin: 0; font-size: 14px; }
.rate-box .owner { margin: 0 0 4px; font-size: 12px; color: var(--fp-muted); }
.rate-box .window-text { margin: 2px 0; font-size: 13px; }
.rate-box .window-text[data-status="drop"] { color: #b42318; font-weight: 600; }
.rate-box .window-text[data-status="rise"] { color: #067647; font-weight: 600; }
.rate-chart .grid { stroke: var(--fp-line); }
.rate-chart .axis, .rate-chart .plan-label { fill: var(--fp-muted); font: 11px var(--fp-font); }
.rate-chart .plan { stroke: var(--fp-muted); stroke-width: 1.5; stroke-dasharray: 5 4; }
.rate-chart .interval { stroke: color-mix(in srgb, var(--fp-accent) 55%, transparent); stroke-width: 3; stroke-linecap: round; }
.rate-chart .rate { fill: var(--fp-accent); }
.rate-chart .window { fill: var(--fp-page); }
.rate-chart .window.drop { fill: #fef3f2; }
.rate-chart .window.rise { fill: #ecfdf3; }
.months { border-collapse: collapse; width: 100%; font-size: 13px; font-variant-numeric: tabular-nums; }
.months th, .months td { padding: 6px; border-bottom: 1px solid var(--fp-line); text-align: right; white-space: nowrap; vertical-align: top; }
.months th.corner, .months th.row { text-align: left; position: sticky; left: 0; background: var(--fp-surface); }
.months thead th { font-size: 12px; color: var(--fp-muted); font-weight: 600; }
.volumes .target { display: block; font-size: 11px; color: var(--fp-muted); }
.volumes .gap.below { color: #b42318; font-weight: 700; }
.method { margin-top: 20px; font-size: 14px; color: var(--fp-muted); }
.method summary { cursor: pointer; font-weight: 700; color: var(--fp-ink); }
.print-only { display: none; }
@container (max-width: 820px) {
  .review-settings { grid-template-columns: minmax(0, 1fr); }
  .range { grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); }
  .sources { grid-column: 1 / -1; margin-top: 8px; }
}
@container (max-width: 480px) {
  .entry input { width: 5.2em; padding: 6px; }
  .range { grid-template-columns: minmax(0, 1fr); }
  .range .pair { grid-template-columns: 1.4fr 1fr; gap: 8px; }
}
@media print {
  .print-only { display: block; margin-bottom: 12px; }
  /* What the review rests on, as one run of text: "Zeitraum: Januar 2026 – Dezember 2026 · Zielwerte: …". */
  .print-inputs { margin: 0; font-size: 10px; }
  .print-inputs dt, .print-inputs dd { display: inline; margin: 0; }
  .print-inputs dt { color: var(--fp-muted); }
  .print-inputs dt::after { content: ": "; }
  .print-inputs dd:not(:last-child)::after { content: " · "; }
  .screen-only, .finding summary { display: none; }
  .findings { gap: 6px; }
  .finding { padding: 6px 10px; break-inside: avoid; }
  .rate-box { break-inside: avoid; }
  .table-scroll { overflow: visible; margin-top: 4px; }
  .months { font-size: 10px; }
  .months th, .months td { padding: 0 4px; }
  .volumes .target { display: inline; margin-left: 6px; }
  .state { padding: 6px 10px; font-size: 14px; margin-bottom: 8px; }
  h3 { margin: 10px 0 4px; font-size: 14px; }
  .hint { font-size: 10px; margin: 0 0 4px; }
  .finding .message { font-size: 13px; margin-bottom: 2px; }
  .finding details { font-size: 11px; }
  .rates { gap: 6px; margin-bottom: 8px; }
  .rate-box .window-text { font-size: 10px; margin: 0; }
  .rate-chart svg { width: 100%; height: auto; max-height: 76px; }
  .rate-box h4, .rate-box .owner { display: inline; margin: 0 8px 0 0; }
  .rate-box .chart { margin: 0; }
}
`;
