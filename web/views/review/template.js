// The KPI review's panel: the months (a period, a table with a field per month
// and stage, typed, pasted or taken from the import), the settings (targets,
// baseline, warning threshold, offsets between stages) and the funnel (the
// shell's editor, folded); then the review: a one-line state, the findings
// with the team that should act, a chart per conversion and the volumes
// against their targets. The table's fields and the lags are built by the
// view. Every id begins with "review-".
export const TEMPLATE = `
<form class="card inputs" id="review-inputs" part="card inputs" novalidate autocomplete="off" aria-labelledby="review-inputs-title">
  <h2 id="review-inputs-title" data-text="inputsTitle"></h2>
  <p class="hint intro" data-text="intro"></p>
  <div class="range">
    <fieldset class="choice">
      <legend data-text="fromLabel"></legend>
      <div class="pair">
        <div class="field"><label for="review-from-month" class="visually-hidden" data-text="monthLabel"></label><select id="review-from-month"></select></div>
        <div class="field"><label for="review-from-year" class="visually-hidden" data-text="yearLabel"></label><select id="review-from-year"></select></div>
      </div>
    </fieldset>
    <fieldset class="choice">
      <legend data-text="toLabel"></legend>
      <div class="pair">
        <div class="field"><label for="review-to-month" class="visually-hidden" data-text="monthLabel"></label><select id="review-to-month"></select></div>
        <div class="field"><label for="review-to-year" class="visually-hidden" data-text="yearLabel"></label><select id="review-to-year"></select></div>
      </div>
    </fieldset>
    <div class="sources">
      <button type="button" class="secondary" id="review-from-import" data-text="fromImport" hidden></button>
      <button type="button" class="link" id="review-sample" data-text="sample"></button>
    </div>
  </div>
  <p class="hint" id="review-outside" hidden><span id="review-outside-text"></span> <button type="button" class="link" id="review-widen" data-text="widen"></button></p>
  <p class="done" id="review-filled" aria-live="polite"></p>
  <div class="table-scroll" tabindex="0" role="region" data-label="tableLabel">
    <table class="entry" id="review-table"></table>
  </div>
  <p class="error" data-error-for="review.months" hidden></p>
  <details class="settings-box">
    <summary data-text="settingsTitle"></summary>
    <div class="review-settings">
      <div class="field">
        <label for="review-targets" data-text="targetsLabel"></label>
        <select id="review-targets"></select>
      </div>
      <div class="field">
        <label for="review-baseline" data-text="baselineLabel"></label>
        <select id="review-baseline"></select>
        <p class="error" data-error-for="review.baseline" hidden></p>
      </div>
      <div class="field">
        <label for="review-alpha" data-text="alphaLabel"></label>
        <select id="review-alpha" aria-describedby="review-alpha-hint"></select>
        <p class="hint" id="review-alpha-hint" data-text="alphaHint"></p>
      </div>
      <fieldset class="choice lags">
        <legend data-text="lagTitle"></legend>
        <div class="lag-fields" id="review-lags"></div>
        <p class="hint" data-text="lagHint"></p>
      </fieldset>
    </div>
  </details>
  <details class="funnel-details">
    <summary data-text="funnelTitle"></summary>
    <p class="hint" data-text="funnelHint"></p>
    <div data-slot="funnel"></div>
  </details>
</form>

<section class="card results" part="card results" aria-labelledby="review-title">
  <p class="printed"></p>
  <h2 id="review-title" data-text="resultsTitle"></h2>
  <div data-slot="status"></div>
  <div class="result" hidden>
    <p class="empty" id="review-empty" data-text="empty" hidden></p>
    <div id="review-shown">
      <p class="state" id="review-state"></p>
      <section aria-labelledby="review-findings-title" id="review-findings-box">
        <h3 id="review-findings-title" data-text="findingsTitle"></h3>
        <ol class="findings" id="review-findings"></ol>
      </section>
      <h3 data-text="ratesTitle"></h3>
      <p class="hint" data-text="chartNote"></p>
      <div class="rates" id="review-rates"></div>
      <h3 data-text="volumesTitle"></h3>
      <p class="hint" id="review-targets-note"></p>
      <div class="table-scroll" tabindex="0" role="region" data-label="volumesLabel">
        <table class="months volumes" id="review-volumes"></table>
      </div>
      <section class="print-only" aria-hidden="true">
        <h3 data-text="inputsPrinted"></h3>
        <dl class="print-inputs" id="review-print-inputs"></dl>
      </section>
      <details class="method screen-only">
        <summary data-text="methodTitle"></summary>
        <div id="review-method"></div>
      </details>
    </div>
    <div data-slot="actions"></div>
  </div>
</section>
`;
