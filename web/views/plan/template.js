// The plan view's panel: the goal and its settings, the funnel (the shell's
// editor, lent to the slot), the history; then the plan. Every id begins with
// "plan-": no id is shared with another view.
export const TEMPLATE = `
<form class="card inputs" id="plan-inputs" part="card inputs" novalidate autocomplete="off" aria-labelledby="plan-inputs-title">
  <h2 id="plan-inputs-title" data-text="inputsTitle"></h2>
  <fieldset class="choice">
    <legend data-text="goalKindLabel"></legend>
    <div class="segments">
      <label><input type="radio" name="plan-goal-kind" value="customers" checked><span data-text="goalKindCustomers"></span></label>
      <label><input type="radio" name="plan-goal-kind" value="revenue"><span data-text="goalKindRevenue"></span></label>
    </div>
  </fieldset>
  <div class="field goal" data-goal="customers">
    <label for="plan-goal" id="plan-goal-label"></label>
    <input id="plan-goal" inputmode="decimal" data-field="goal.customers" aria-describedby="plan-goal-error">
    <p class="error" id="plan-goal-error" hidden></p>
  </div>
  <div class="pair" data-goal="revenue" hidden>
    <div class="field">
      <label for="plan-revenue" id="plan-revenue-label"></label>
      <input id="plan-revenue" inputmode="decimal" data-field="goal.revenue" aria-describedby="plan-revenue-error">
      <p class="error" id="plan-revenue-error" hidden></p>
    </div>
    <div class="field">
      <label for="plan-deal" id="plan-deal-label"></label>
      <input id="plan-deal" inputmode="decimal" data-field="goal.dealValue" aria-describedby="plan-deal-error">
      <p class="error" id="plan-deal-error" hidden></p>
    </div>
  </div>
  <div class="pair">
    <div class="field">
      <label for="plan-period" data-text="periodLabel"></label>
      <select id="plan-period">
        <option value="1"></option>
        <option value="3"></option>
        <option value="12"></option>
      </select>
    </div>
  </div>
  <fieldset class="choice">
    <legend data-text="confidenceLabel"></legend>
    <div class="segments">
      <label><input type="radio" name="plan-confidence" value="" checked><span data-text="confidencePoint"></span></label>
      <label><input type="radio" name="plan-confidence" value="0.8"><span>80 %</span></label>
      <label><input type="radio" name="plan-confidence" value="0.9"><span>90 %</span></label>
      <label><input type="radio" name="plan-confidence" value="0.95"><span>95 %</span></label>
    </div>
    <p class="hint" data-text="confidenceHint"></p>
    <p class="error" id="plan-confidence-error" data-error-for="confidence" hidden></p>
  </fieldset>
  <div data-slot="funnel"></div>
  <div class="field">
    <label for="plan-history" data-text="historyLabel"></label>
    <input id="plan-history" inputmode="decimal" data-field="historyMonths" data-optional aria-describedby="plan-history-hint plan-history-error">
    <p class="hint" id="plan-history-hint" data-text="historyHint"></p>
    <p class="error" id="plan-history-error" hidden></p>
  </div>
</form>

<section class="card results" part="card results" aria-labelledby="plan-title">
  <p class="printed"></p>
  <h2 id="plan-title"></h2>
  <section class="print-only" aria-hidden="true">
    <h3 data-text="inputsPrinted"></h3>
    <dl class="print-inputs" id="plan-print-inputs"></dl>
  </section>
  <div data-slot="status"></div>
  <div class="result" hidden>
    <p class="chance" id="plan-chance" part="chance"></p>
    <p class="hint" id="plan-pooling" hidden></p>
    <figure class="chart" id="plan-chart" part="chart"></figure>
    <table class="print-only print-plan" id="plan-print-table"></table>
    <p class="overall" id="plan-overall"></p>
    <ul class="warnings" id="plan-warnings"></ul>
    <h3 data-text="sensitivityTitle"></h3>
    <ol class="sensitivity" id="plan-sensitivity"></ol>
    <p class="hint" id="plan-sensitivity-note" data-text="sensitivityAtAverage" hidden></p>
    <div class="screen-only">
      <h3 data-text="stepsTitle"></h3>
      <ol class="steps" id="plan-steps"></ol>
      <p class="footnote" data-text="rounding"></p>
    </div>
    <div data-slot="actions"></div>
  </div>
</section>
`;
