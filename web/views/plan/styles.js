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
@media print {
  .sensitivity, .steps { break-inside: avoid; }
  .print-only { display: block; margin-bottom: 16px; }
  .print-only h3 { margin-top: 0; }
  .print-inputs { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 0; font-size: 14px; }
  .print-inputs dt { color: var(--fp-muted); }
  .print-inputs dd { margin: 0; font-variant-numeric: tabular-nums; }
}
`;
