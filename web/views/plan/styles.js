// What only the plan view shows: the chance sentence, the overall rate, the
// warnings, what helps most and how it was worked out.
export const STYLES = `
.chance { margin: 0 0 16px; padding: 12px 14px; border-radius: 10px; background: var(--fp-accent-soft); font-size: 15px; transition: opacity .2s; }
.chance.pending { opacity: .55; }
.overall {
  display: flex; justify-content: space-between; gap: 12px; margin: 16px 0 0; padding: 12px 14px;
  background: var(--fp-accent-soft); border-radius: 10px; font-size: 15px;
}
.overall strong { color: var(--fp-accent); }
.warnings { list-style: none; padding: 0; }
.warnings li { padding: 8px 12px; border-radius: 10px; background: #fffaeb; color: #7a2e0e; font-size: 14px; margin-top: 8px; }
.sensitivity, .steps { padding-left: 1.4em; font-variant-numeric: tabular-nums; }
.sensitivity li, .steps li { padding: 3px 0; }
.sensitivity li:first-child { font-weight: 700; }
.print-only { display: none; }
.print-plan { border-collapse: collapse; width: 100%; font-size: 13px; font-variant-numeric: tabular-nums; }
.print-plan th, .print-plan td { padding: 3px 8px; border-bottom: 1px solid var(--fp-line); text-align: right; }
.print-plan th:first-child, .print-plan td:first-child { text-align: left; }
@media print {
  .sensitivity, .steps { break-inside: avoid; }
  /* One page to hand to sales: the inputs in two columns, the lists a size smaller. */
  .print-only { display: block; margin-bottom: 12px; }
  table.print-only { display: table; }
  /* On paper the table says it in a few lines, for up to 8 stages; how it is worked out stays on screen. */
  #plan-chart, .screen-only { display: none; }
  .print-only h3 { margin-top: 0; }
  .print-inputs { display: grid; grid-template-columns: max-content 1fr max-content 1fr; gap: 2px 12px; margin: 0; font-size: 13px; }
  .chance { padding: 8px 12px; margin-bottom: 8px; font-size: 14px; }
  h3 { margin: 12px 0 4px; }
  .sensitivity li, .steps li { font-size: 13px; padding: 1px 0; }
  .print-inputs dt { color: var(--fp-muted); }
  .print-inputs dd { margin: 0; font-variant-numeric: tabular-nums; }
}
`;
