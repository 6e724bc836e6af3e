// What only the channels view shows: one column (the table and the bars need
// the width), the channel table of fields, the bars of today's and the
// recommended spend.
export const STYLES = `
#panel-channels.layout { grid-template-columns: 1fr; }
#panel-channels .results { position: static; }
#panel-channels[data-empty="true"] #view-actions, #panel-channels[data-empty="true"] #print { display: none; }
.goal-line { margin: 0 0 12px; padding: 10px 14px; border-radius: 10px; background: var(--fp-accent-soft); font-weight: 600; }
.link { border: 0; background: none; padding: 0 0 0 6px; color: var(--fp-accent); font: inherit; font-weight: 600; text-decoration: underline; cursor: pointer; }
.intro { margin: 0 0 8px; max-width: 760px; }
.table-scroll { overflow-x: auto; margin-top: 8px; }
.table-scroll:focus-visible { outline: 3px solid color-mix(in srgb, var(--fp-accent) 45%, transparent); }
.channel-table { border-collapse: collapse; font-variant-numeric: tabular-nums; }
.channel-table th { position: relative; font-size: 12px; color: var(--fp-muted); font-weight: 600; text-align: left; padding: 4px 8px 4px 0; vertical-align: bottom; }
.channel-table td { padding: 3px 6px 3px 0; vertical-align: top; }
.channel-table input {
  width: 7.5em; min-height: 38px; padding: 6px 10px; border: 1px solid #8a91a5; border-radius: 8px; background: #fff;
  color: var(--fp-ink); font-size: 15px; font-variant-numeric: tabular-nums; text-align: right;
}
.channel-table input.name { width: 10em; text-align: left; font-weight: 600; }
.channel-table select.mode { display: block; margin-top: 4px; font-size: 12px; border: 0; background: none; color: var(--fp-muted); padding: 0; }
.channel-table input[aria-invalid="true"] { border-color: var(--fp-error); background: #fef3f2; }
.channel-table input[data-to-fill] { border-style: dashed; border-color: var(--fp-accent); }
.channel-table .error, .channel-table .slip { max-width: 9em; font-size: 12px; }
.channel-table .remove { border: 1px solid var(--fp-line); background: var(--fp-surface); border-radius: 8px; min-width: 36px; min-height: 38px; cursor: pointer; }
.sources { display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: center; margin: 12px 0 16px; }
.done { margin: 0; color: #067647; font-size: 14px; }
.done:empty { display: none; }
.budget { max-width: 320px; }
.funnel-details { margin-top: 8px; }
.funnel-details summary { cursor: pointer; font-weight: 700; }
.sentence { margin: 0 0 16px; padding: 12px 14px; border-radius: 10px; background: var(--fp-accent-soft); font-size: 16px; font-weight: 700; }
.months { border-collapse: collapse; width: 100%; font-size: 13px; font-variant-numeric: tabular-nums; }
.months th, .months td { padding: 6px; border-bottom: 1px solid var(--fp-line); text-align: right; white-space: nowrap; }
.months th.corner, .months th.row { text-align: left; position: sticky; left: 0; background: var(--fp-surface); }
.months thead th { font-size: 12px; color: var(--fp-muted); font-weight: 600; }
.months tbody td:last-child { font-weight: 700; }
.bars { margin: 8px 0; }
.bars .name { fill: var(--fp-ink); font: 600 12px var(--fp-font); }
.bars .amount { fill: var(--fp-muted); font: 11px var(--fp-font); }
.bars .bar.today { fill: color-mix(in srgb, var(--fp-accent) 30%, transparent); }
.bars .bar.recommended { fill: var(--fp-accent); }
#channels-budget-result { margin: 0 0 4px; font-weight: 600; }
#channels-budget-list { margin: 0; padding-left: 20px; font-size: 14px; }
.warnings { list-style: none; padding: 0; }
.warnings li { padding: 8px 12px; border-radius: 10px; background: #fffaeb; color: #7a2e0e; font-size: 14px; margin-top: 8px; }
.method { margin-top: 20px; font-size: 14px; color: var(--fp-muted); }
.method summary { cursor: pointer; font-weight: 700; color: var(--fp-ink); }
@container (max-width: 480px) {
  .channel-table input { width: 5.2em; padding: 6px; }
  .channel-table input.name { width: 7em; }
}
@media print {
  .table-scroll { overflow: visible; }
  .screen-only { display: none; }
}
`;
