// What only the import view shows: the drop zone, the progress, the report.
export const STYLES = `
.drop {
  display: flex; flex-direction: column; gap: 6px; align-items: center; justify-content: center; text-align: center;
  padding: 28px 16px; border: 2px dashed var(--fp-line); border-radius: 14px; background: var(--fp-page); cursor: pointer;
}
.drop.over, .drop:hover, .drop:focus-within { border-color: var(--fp-accent); background: var(--fp-accent-soft); }
.drop-title { font-weight: 700; color: var(--fp-accent); }
.drop input { max-width: 100%; font-size: 14px; }
.samples { display: flex; flex-wrap: wrap; gap: 4px 12px; align-items: baseline; margin: 12px 0; font-size: 14px; color: var(--fp-muted); }
.link { border: 0; background: none; padding: 0; color: var(--fp-accent); font: inherit; font-weight: 600; text-decoration: underline; cursor: pointer; }
.paste summary { cursor: pointer; font-weight: 600; margin: 8px 0; }
.paste textarea { width: 100%; box-sizing: border-box; font: 13px ui-monospace, monospace; border: 1px solid var(--fp-line); border-radius: 10px; padding: 8px; }
.progress { display: flex; flex-wrap: wrap; gap: 8px 12px; align-items: center; margin-top: 14px; }
.progress progress { flex: 1 1 200px; height: 10px; accent-color: var(--fp-accent); }
.overview { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 0 0 12px; font-size: 14px; }
.overview dt { color: var(--fp-muted); }
.overview dd { margin: 0; font-weight: 600; overflow-wrap: anywhere; }
.mapping { display: grid; grid-template-columns: repeat(auto-fill, minmax(200px, 1fr)); gap: 0 12px; }
.history, .lags, .skipped { padding-left: 1.2em; font-size: 14px; font-variant-numeric: tabular-nums; }
.history li, .lags li, .skipped li { padding: 2px 0; }
.maturing { color: #9a3412; }
.warnings { list-style: none; padding: 0; }
.warnings li { padding: 8px 12px; border-radius: 10px; background: #fffaeb; color: #7a2e0e; font-size: 14px; margin-top: 8px; }
#panel-import .secondary, #panel-import .primary { margin-top: 8px; }
.apply { display: flex; flex-wrap: wrap; gap: 8px 12px; align-items: center; margin: 12px 0; }
.apply .done { flex-basis: 100%; margin: 0; color: #067647; font-size: 14px; }
.empty { color: var(--fp-muted); }
.funnel-details { margin-top: 16px; border-top: 1px solid var(--fp-line); padding-top: 12px; }
.funnel-details summary { cursor: pointer; font-weight: 600; }
.table-scroll { overflow-x: auto; max-height: 420px; overflow-y: auto; }
.months { border-collapse: collapse; width: 100%; font-size: 13px; font-variant-numeric: tabular-nums; }
.months th, .months td { padding: 4px 8px; border-bottom: 1px solid var(--fp-line); text-align: right; white-space: nowrap; }
.months th[scope="row"], .months thead th:first-child { text-align: left; }
.months thead th { position: sticky; top: 0; background: var(--fp-surface); color: var(--fp-muted); font-size: 12px; }
`;
