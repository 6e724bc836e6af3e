// What only the forecast view shows: the revenue and the goal under the funnel.
export const STYLES = `
.outcome {
  display: grid; grid-template-columns: max-content 1fr; gap: 6px 16px; margin: 16px 0 0; padding: 12px 14px;
  background: var(--fp-accent-soft); border-radius: 10px; font-size: 15px; font-variant-numeric: tabular-nums;
}
.outcome:empty { display: none; }
.outcome dt { color: var(--fp-muted); }
.outcome dd { margin: 0; font-weight: 600; }
@container (max-width: 480px) {
  .outcome { grid-template-columns: 1fr; gap: 0; }
  .outcome dd + dt { margin-top: 8px; }
}
`;
