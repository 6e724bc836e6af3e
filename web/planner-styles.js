// The planner's styles, adopted as a constructable stylesheet: it applies
// under a strict CSP (no <style> element) and no host page CSS reaches in.
// Sizes are in px: a host's html { font-size } must not scale the planner.
// Seven text sizes (13, 14, 15, 16, 18, 22, 26 px): each size and weight of a
// font is a lookup the browser makes before the first plan shows; twelve sizes
// cost ~10 ms more of it (docs/performance.md, "Performance budgets").
// Theme from outside with the custom properties below or with ::part().
export const STYLES = `
:host {
  display: block !important;
  --fp-accent: #3b2fc9;
  --fp-accent-soft: #ecebfd;
  --fp-ink: #1c1f2e;
  --fp-muted: #545b70;
  --fp-line: #dfe2ec;
  --fp-surface: #ffffff;
  --fp-page: #f4f5fa;
  --fp-error: #b42318;
  --fp-radius: 14px;
  --fp-font: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
}
:host([hidden]) { display: none !important; }
.planner {
  all: initial; display: block; box-sizing: border-box; font-family: var(--fp-font); font-size: 16px;
  line-height: 1.5; color: var(--fp-ink); text-align: left; container-type: inline-size;
}
.planner *, .planner *::before, .planner *::after { box-sizing: border-box; }
h2, h3, p, ol, ul, figure, fieldset { margin: 0; padding: 0; }
h2 { font-size: 18px; line-height: 1.3; margin-bottom: 16px; }
h3 { font-size: 15px; margin: 22px 0 8px; }
button, input, select { font: inherit; color: inherit; letter-spacing: normal; }
[hidden] { display: none !important; }
button:focus-visible, input:focus-visible, select:focus-visible, a:focus-visible {
  outline: 3px solid color-mix(in srgb, var(--fp-accent) 45%, transparent); outline-offset: 1px;
}

.toolbar { display: flex; flex-wrap: wrap; gap: 12px; justify-content: space-between; align-items: center; margin-bottom: 16px; }
.tabs { display: inline-flex; gap: 4px; padding: 4px; background: #e8e9f3; border-radius: 12px; }
.tabs button {
  border: 0; background: none; font-weight: 600; font-size: 15px; color: var(--fp-muted);
  padding: 10px 16px; border-radius: 9px; cursor: pointer; min-height: 44px;
}
.tabs button[aria-selected="true"] { background: var(--fp-surface); color: var(--fp-accent); box-shadow: 0 1px 3px rgb(16 24 40 / 14%); }
.language { display: inline-flex; border: 1px solid var(--fp-line); border-radius: 999px; padding: 3px; background: var(--fp-surface); }
.language button {
  border: 0; background: none; font-size: 14px; font-weight: 700; color: var(--fp-muted);
  padding: 6px 14px; border-radius: 999px; cursor: pointer; min-width: 44px; min-height: 36px;
}
.language button[aria-pressed="true"] { background: var(--fp-accent); color: #fff; }

.layout { display: grid; grid-template-columns: minmax(0, 5fr) minmax(0, 6fr); gap: 24px; align-items: start; }
.card {
  background: var(--fp-surface); border: 1px solid var(--fp-line); border-radius: var(--fp-radius); padding: 24px;
  box-shadow: 0 1px 2px rgb(16 24 40 / 4%), 0 8px 24px rgb(16 24 40 / 5%); min-width: 0;
}

.field { display: flex; flex-direction: column; gap: 6px; margin-bottom: 16px; min-width: 0; }
.field label, .choice legend { font-weight: 600; font-size: 14px; }
.field input, .field select {
  font-size: 16px; font-variant-numeric: tabular-nums; padding: 10px 12px; border: 1px solid #8a91a5;
  border-radius: 10px; background: #fff; color: var(--fp-ink); width: 100%; min-height: 44px;
}
.field input[aria-invalid="true"] { border-color: var(--fp-error); background: #fef3f2; }
.field input[data-to-fill] { border-style: dashed; border-color: var(--fp-accent); }
.goal input { font-size: 22px; font-weight: 700; }
.hint { font-size: 13px; color: var(--fp-muted); }
.error { font-size: 14px; color: var(--fp-error); font-weight: 600; }
.error::before { content: "⚠ "; }
.slip { font-size: 14px; background: #fffaeb; border-left: 3px solid #b54708; border-radius: 6px; padding: 6px 10px; }
.slip p + p { margin-top: 4px; }
.slip .apply {
  border: 1px solid var(--fp-accent); background: var(--fp-surface); color: var(--fp-accent); border-radius: 999px;
  padding: 2px 12px; font-size: 14px; font-weight: 600; cursor: pointer; min-height: 32px;
}
.pair { display: grid; grid-template-columns: 1fr 1fr; gap: 12px; align-items: start; }
.choice { border: 0; margin: 0 0 16px; min-width: 0; }
.choice legend { padding: 0; margin-bottom: 6px; }
.choice .hint { margin-top: 6px; }
.segments, .mode { display: flex; flex-wrap: wrap; gap: 4px; background: var(--fp-page); border-radius: 10px; padding: 3px; }
.mode { display: inline-flex; margin-bottom: 12px; }
.segments label, .mode label { position: relative; flex: 1 1 auto; text-align: center; }
.segments input, .mode input { position: absolute; opacity: 0; inset: 0; margin: 0; cursor: pointer; width: 100%; height: 100%; }
.segments span, .mode span { display: block; padding: 8px 12px; border-radius: 8px; font-size: 14px; font-weight: 600; color: var(--fp-muted); }
.segments input:checked + span, .mode input:checked + span {
  background: var(--fp-surface); color: var(--fp-accent); box-shadow: 0 1px 3px rgb(16 24 40 / 12%);
}
.segments input:focus-visible + span, .mode input:focus-visible + span { outline: 3px solid color-mix(in srgb, var(--fp-accent) 45%, transparent); }

.section { margin-top: 8px; }
.editor { list-style: none; padding: 0; margin: 0 0 16px; }
.name-row { display: flex; gap: 8px; }
.stage-name { font-weight: 700; }
.remove, .add {
  border: 1px solid var(--fp-line); background: var(--fp-surface); border-radius: 10px; cursor: pointer;
  color: var(--fp-muted); font-weight: 600;
}
.remove { min-width: 44px; font-size: 18px; line-height: 1; }
.add { display: block; width: 100%; padding: 8px 12px; font-size: 14px; margin: 0 0 12px; border-style: dashed; min-height: 40px; }
.add:hover, .remove:hover { color: var(--fp-accent); border-color: var(--fp-accent); }
.conversion { border: 1px solid var(--fp-line); border-left: 4px solid var(--fp-accent); border-radius: 12px; padding: 12px 14px 0; margin: 0 0 16px; }
.conversion legend { font-weight: 700; padding: 0 6px; }
.insert { margin-top: 0; }

.results { position: sticky; top: 16px; }
.loading {
  all: initial; display: flex; justify-content: center; box-sizing: border-box; padding: 64px 16px;
  /* At least the screen's height (the planner is taller): what the host has
     below stays out of sight until the planner is there, so it never jumps. */
  min-height: min(100vh, 1600px); border-radius: var(--fp-radius); background: var(--fp-surface);
  font-family: var(--fp-font); font-size: 16px; color: var(--fp-muted);
}
.notice {
  margin: 0 0 16px; padding: 10px 12px; border-radius: 10px; background: #fffaeb; color: #7a2e0e;
  border: 1px solid #fedf89; font-size: 14px;
}
.notice p { margin: 0; }
.notice ul { margin: 6px 0 0; padding-left: 20px; }
.notice ul:empty { display: none; }
.notice .dismiss {
  margin-top: 10px; border: 1px solid #b54708; color: #7a2e0e; background: #fff; border-radius: 10px;
  padding: 6px 14px; font-size: 14px; font-weight: 600; cursor: pointer; min-height: 36px;
}
.notice .dismiss:hover { background: #fef0c7; }
.chart { margin: 0; }
.chart svg { display: block; width: 100%; height: auto; }
.chart .bar { fill: var(--fp-accent); }
.chart .count { fill: #fff; font: 800 26px var(--fp-font); }
.chart .name { fill: #fff; font: 600 15px var(--fp-font); }
.chart .meta { fill: var(--fp-muted); font: 13px var(--fp-font); }
.chart .more { fill: #9a3412; font-weight: 700; }
.chart .less { fill: #067647; font-weight: 700; }
.chart .point { fill: var(--fp-ink); font-weight: 700; }
.chart .rate { fill: var(--fp-accent); font: 700 15px var(--fp-font); }
.chart .range { fill: var(--fp-muted); font: 13px var(--fp-font); }
.footnote { font-size: 13px; color: var(--fp-muted); margin-top: 14px; padding-top: 12px; border-top: 1px solid var(--fp-line); }
.actions { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 18px; }
.view-actions { display: contents; }
/* A view's own buttons (the import's, the review's, the channels'): one look wherever they are. */
.secondary, .primary {
  border: 1px solid var(--fp-accent); border-radius: 10px; padding: 8px 14px; font-size: 14px; font-weight: 600; cursor: pointer; min-height: 40px;
  color: var(--fp-accent); background: var(--fp-surface);
}
.primary { background: var(--fp-accent); color: #fff; }
.actions button {
  border: 1px solid var(--fp-accent); color: var(--fp-accent); background: var(--fp-surface); border-radius: 10px;
  padding: 8px 14px; font-size: 14px; font-weight: 600; cursor: pointer; min-height: 40px;
}
.actions button:hover { background: var(--fp-accent-soft); }
.copied { font-size: 13px; color: #067647; min-height: 1.5em; margin-top: 6px; }
.lead-button { display: block; margin-top: 12px; padding: 12px 18px; border: 0; border-radius: 10px; background: var(--fp-accent); color: #fff; font: inherit; font-weight: 700; cursor: pointer; }
.lead-dialog { border: 0; border-radius: 14px; padding: 24px; width: min(440px, calc(100vw - 32px)); box-sizing: border-box; box-shadow: 0 20px 60px rgb(0 0 0 / 0.25); color: var(--fp-ink); }
.lead-dialog::backdrop { background: rgb(20 20 40 / 0.45); }
.lead-dialog h2 { margin: 0 0 6px; font-size: 20px; }
.lead-dialog .hint { margin: 0 0 14px; }
.lead-dialog .consent { margin: 12px 0; font-size: 14px; }
.lead-dialog .consent label { display: flex; gap: 8px; align-items: flex-start; }
.lead-dialog .consent input { width: 20px; height: 20px; margin-top: 2px; flex: none; accent-color: var(--fp-accent); }
.lead-dialog .status { font-weight: 600; min-height: 1.5em; }
.lead-dialog .lead-actions { display: flex; flex-wrap: wrap; gap: 8px; }
.lead-dialog .muted { color: var(--fp-muted); font-weight: 400; }
.copy-by-hand { display: block; width: 100%; box-sizing: border-box; margin-top: 4px; font: 12px ui-monospace, monospace; color: var(--fp-ink); border: 1px solid var(--fp-line); border-radius: 8px; padding: 6px; resize: vertical; }
.cta {
  display: block; margin-top: 12px; padding: 14px 18px; border-radius: 12px; background: var(--fp-accent); color: #fff;
  font-size: 16px; font-weight: 700; text-align: center; text-decoration: none; cursor: pointer;
}
.cta:hover { filter: brightness(1.08); }
.printed { display: none; }
.privacy { text-align: center; font-size: 14px; color: var(--fp-muted); margin-top: 16px; }
.powered { text-align: center; font-size: 12px; color: var(--fp-muted); margin: 4px 0 0; }
.brand { display: flex; align-items: center; gap: 12px; margin-bottom: 12px; font-size: 18px; font-weight: 700; color: var(--fp-ink); }
.brand img { max-height: 40px; max-width: 180px; object-fit: contain; }
.visually-hidden {
  position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden;
  clip: rect(0 0 0 0); white-space: nowrap; border: 0;
}
.summary { display: none; }

@container (max-width: 820px) {
  .layout { grid-template-columns: 1fr; }
  .results { position: static; }
  .summary:not([hidden]):not(.covered):not(.typing) {
    display: block; position: sticky; bottom: 0; z-index: 1; padding: 12px 16px; background: var(--fp-accent);
    color: #fff; font-weight: 700; text-align: center; text-decoration: none; font-variant-numeric: tabular-nums;
    box-shadow: 0 -4px 16px rgb(16 24 40 / 18%);
  }
  .summary.stale { opacity: 0.55; }
  /* Seven tabs do not fit a column this narrow side by side: the row scrolls, each tab with its first word. */
  .tabs { display: flex; overflow-x: auto; width: 100%; box-sizing: border-box; scrollbar-width: none; }
  .tabs button { flex: 0 0 auto; }
  .tabs .tab-rest { display: none; }
}
@container (max-width: 480px) {
  .card { padding: 18px 14px; }
  .pair { grid-template-columns: 1fr; gap: 0; }
  .tabs button { padding: 8px 10px; font-size: 13px; }
  .toolbar { justify-content: flex-end; }
}
@media print {
  .toolbar, .inputs, .actions, .copied, .cta, .summary, .notice, #announce { display: none !important; }
  .layout { display: block; }
  .card { box-shadow: none; border: 0; padding: 0; }
  .printed { display: block; color: var(--fp-muted); font-size: 12px; margin-bottom: 4px; }
  .chart { break-inside: avoid; }
}
`;
