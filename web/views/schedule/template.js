// The schedule view's panel: the goal (the plan's, per period), when it starts
// and for how long, the season and growth, the days between stages, the funnel
// (the shell's editor, lent to the slot); then the schedule, its chart and
// table, the pacing of the current month and how it is calculated. The fields
// per conversion and per stage are built by the view. Every id begins with "schedule-".
export const TEMPLATE = `
<form class="card inputs" id="schedule-inputs" part="card inputs" novalidate autocomplete="off" aria-labelledby="schedule-inputs-title">
  <h2 id="schedule-inputs-title" data-text="inputsTitle"></h2>
  <p class="goal-line"><span id="schedule-goal"></span> <button type="button" class="link" data-open-view="plan" data-text="changeGoal"></button></p>
  <p class="error" data-error-for="schedule.goal" hidden></p>
  <div class="settings">
  <fieldset class="choice start">
    <legend data-text="startLabel"></legend>
    <div class="pair">
      <div class="field">
        <label for="schedule-start-month" data-text="startMonthLabel"></label>
        <select id="schedule-start-month"></select>
      </div>
      <div class="field">
        <label for="schedule-start-year" data-text="startYearLabel"></label>
        <select id="schedule-start-year"></select>
      </div>
    </div>
    <p class="error" data-error-for="start" hidden></p>
  </fieldset>
  <div class="field">
    <label for="schedule-horizon" data-text="horizonLabel"></label>
    <select id="schedule-horizon"></select>
    <p class="error" data-error-for="months" hidden></p>
  </div>
  <div class="field">
    <label for="schedule-growth" data-text="growthLabel"></label>
    <input id="schedule-growth" inputmode="decimal" data-field="growth" data-optional aria-describedby="schedule-growth-hint schedule-growth-error">
    <p class="hint" id="schedule-growth-hint" data-text="growthHint"></p>
    <p class="error" id="schedule-growth-error" hidden></p>
  </div>
  <div class="field season">
    <label for="schedule-season" data-text="seasonLabel"></label>
    <select id="schedule-season"></select>
    <p class="hint" id="schedule-season-hint"></p>
    <div class="weights" id="schedule-weights" hidden></div>
    <p class="error" data-error-for="seasonality" hidden></p>
  </div>
  <fieldset class="choice lags">
    <legend data-text="lagTitle"></legend>
    <div class="lag-fields" id="schedule-lags"></div>
    <p class="hint" data-text="lagHint"></p>
    <p class="error" data-error-for="lagDays" hidden></p>
  </fieldset>
  </div>
  <div data-slot="funnel"></div>
</form>

<section class="card results" part="card results" aria-labelledby="schedule-title">
  <p class="printed"></p>
  <h2 id="schedule-title" data-text="scheduleTitle"></h2>
  <section class="print-only" aria-hidden="true">
    <h3 data-text="inputsPrinted"></h3>
    <dl class="print-inputs" id="schedule-print-inputs"></dl>
  </section>
  <div data-slot="status"></div>
  <div class="result" hidden>
    <p class="sentence" id="schedule-sentence"></p>
    <figure class="chart timeline" id="schedule-chart" part="chart"></figure>
    <p class="hint" id="schedule-lead-note"></p>
    <div class="table-scroll" id="schedule-table-box" tabindex="0" role="region" data-label="tableLabel">
      <table class="months" id="schedule-table"></table>
    </div>
    <table class="months print-only" id="schedule-print-table"></table>
    <ul class="warnings" id="schedule-warnings"></ul>
    <section class="pace" id="schedule-pace" aria-labelledby="schedule-pace-title">
      <h3 id="schedule-pace-title" data-text="paceTitle"></h3>
      <div class="pair">
        <div class="field">
          <label for="schedule-as-of" data-text="paceAsOfLabel"></label>
          <input id="schedule-as-of" type="date" min="1900-01-01" max="2999-12-31">
        </div>
        <div class="field">
          <label for="schedule-holidays" data-text="holidaysLabel"></label>
          <select id="schedule-holidays"></select>
          <p class="error" data-error-for="pace.holidays" hidden></p>
        </div>
      </div>
      <p class="pace-days" id="schedule-pace-days"></p>
      <fieldset class="choice actuals">
        <legend id="schedule-actual-title"></legend>
        <div class="actual-fields" id="schedule-actuals"></div>
      </fieldset>
      <p class="hint" id="schedule-pace-note"></p>
      <div class="table-scroll"><table class="pace-table" id="schedule-pace-table"></table></div>
    </section>
    <details class="method screen-only">
      <summary data-text="methodTitle"></summary>
      <div id="schedule-method"></div>
    </details>
    <div data-slot="actions"></div>
  </div>
</section>
`;
