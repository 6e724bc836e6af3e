// The import view's panel: the file (dropped, chosen or pasted; or a sample),
// the reading's progress with a cancel button; then what was read: the
// columns used for each stage (changeable), the report, the monthly counts,
// the days between stages and the history, and buttons that take the numbers
// into the plan and the schedule. The funnel (the shell's editor) is folded
// away: its stage names are what the columns are matched to. Every id begins with "import-".
export const TEMPLATE = `
<section class="card inputs" id="import-inputs" part="card inputs" aria-labelledby="import-inputs-title">
  <h2 id="import-inputs-title" data-text="inputsTitle"></h2>
  <p class="hint" data-text="privacy"></p>
  <label class="drop" id="import-drop" for="import-file">
    <span class="drop-title" data-text="dropTitle"></span>
    <span class="hint" data-text="dropHint"></span>
    <input type="file" id="import-file" accept=".csv,.tsv,.txt,text/csv,text/plain">
  </label>
  <div class="samples">
    <span data-text="samplesLabel"></span>
    <button type="button" class="link" id="import-sample-sheet" data-text="sampleSheet"></button>
    <button type="button" class="link" id="import-sample-export" data-text="sampleExport"></button>
  </div>
  <details class="paste">
    <summary data-text="pasteTitle"></summary>
    <label for="import-paste" class="visually-hidden" data-text="pasteTitle"></label>
    <textarea id="import-paste" rows="6" spellcheck="false"></textarea>
    <button type="button" class="secondary" id="import-paste-read" data-text="pasteRead"></button>
  </details>
  <div class="progress" id="import-progress" hidden>
    <progress id="import-progress-bar" max="1"></progress>
    <span id="import-progress-text" aria-live="polite"></span>
    <button type="button" class="secondary" id="import-cancel" data-text="cancel"></button>
  </div>
  <p class="error" id="import-failed" hidden></p>
  <details class="funnel-details">
    <summary data-text="funnelTitle"></summary>
    <p class="hint" data-text="funnelHint"></p>
    <div data-slot="funnel"></div>
  </details>
</section>

<section class="card results" part="card results" aria-labelledby="import-title">
  <h2 id="import-title" data-text="resultsTitle"></h2>
  <div data-slot="status"></div>
  <div class="result" hidden>
    <p class="empty" id="import-empty" data-text="nothingYet"></p>
    <section class="kept" id="import-kept" hidden>
      <p id="import-kept-text"></p>
      <p class="hint" id="import-kept-cut" hidden></p>
      <button type="button" class="secondary" id="import-forget" data-text="forget"></button>
    </section>
    <div id="import-read" hidden>
      <dl class="overview" id="import-overview"></dl>
      <ul class="warnings" id="import-warnings"></ul>
      <h3 data-text="mappingTitle"></h3>
      <p class="hint" id="import-mapping-hint"></p>
      <div class="mapping" id="import-mapping"></div>
      <h3 data-text="historyTitle"></h3>
      <div class="pair window">
        <div class="field">
          <label for="import-window" data-text="windowLabel"></label>
          <select id="import-window"></select>
        </div>
        <div class="field">
          <label for="import-skip" data-text="skipLabel"></label>
          <select id="import-skip"></select>
        </div>
      </div>
      <ul class="history" id="import-history"></ul>
      <h3 data-text="lagsTitle"></h3>
      <ul class="lags" id="import-lags"></ul>
      <div class="apply">
        <button type="button" class="primary" id="import-to-plan" data-text="toPlan"></button>
        <button type="button" class="secondary" id="import-to-schedule" data-text="toSchedule"></button>
        <p class="done" id="import-applied" aria-live="polite"></p>
      </div>
    </div>
    <div id="import-per-month" hidden>
      <h3 data-text="countsTitle"></h3>
      <div class="table-scroll" tabindex="0" role="region" data-label="countsTitle"><table class="months" id="import-counts"></table></div>
    </div>
    <div id="import-skipped-box" hidden>
      <h3 data-text="skippedTitle"></h3>
      <ul class="skipped" id="import-skipped"></ul>
    </div>
    <div data-slot="actions"></div>
  </div>
</section>
`;
