// The channels view's panel: the goal (the plan's, per month) and the
// history window, the channel table (a row per channel: its name, its count
// at each stage, its cost in the window, its ceiling), the budget and the
// funnel (the shell's editor, folded); then the sentence for the budget
// meeting, the cost per lead and per customer, today's and the recommended
// mix, what the budget brings, and the notes. The table is built by the view.
// Every id begins with "channels-".
export const TEMPLATE = `
<form class="card inputs" id="channels-inputs" part="card inputs" novalidate autocomplete="off" aria-labelledby="channels-inputs-title">
  <h2 id="channels-inputs-title" data-text="inputsTitle"></h2>
  <p class="goal-line"><span id="channels-goal"></span> <button type="button" class="link" data-open-view="plan" data-text="changeGoal"></button></p>
  <p class="error" data-error-for="channels.goal" hidden></p>
  <p class="hint intro" data-text="intro"></p>
  <div class="table-scroll" tabindex="0" role="region" data-label="tableLabel">
    <table class="channel-table" id="channels-table"></table>
  </div>
  <p class="error" data-error-for="channels.list" hidden></p>
  <div class="sources">
    <button type="button" class="secondary" id="channels-add" data-text="add"></button>
    <button type="button" class="secondary" id="channels-from-import" data-text="fromImport" hidden></button>
    <p class="done" id="channels-filled" aria-live="polite"></p>
  </div>
  <div class="field budget">
    <label for="channels-budget" id="channels-budget-label"></label>
    <input id="channels-budget" inputmode="decimal" data-field="budget" data-optional aria-describedby="channels-budget-hint channels-budget-error">
    <p class="hint" id="channels-budget-hint" data-text="budgetHint"></p>
    <p class="error" id="channels-budget-error" hidden></p>
  </div>
  <details class="funnel-details">
    <summary data-text="funnelTitle"></summary>
    <div data-slot="funnel"></div>
  </details>
</form>

<section class="card results" part="card results" aria-labelledby="channels-title">
  <p class="printed"></p>
  <h2 id="channels-title" data-text="resultsTitle"></h2>
  <div data-slot="status"></div>
  <div class="result" hidden>
    <p class="empty" id="channels-empty" data-text="empty" hidden></p>
    <div id="channels-shown">
      <p class="sentence" id="channels-sentence"></p>
      <h3 data-text="costTitle"></h3>
      <p class="hint" data-text="costNote"></p>
      <div class="table-scroll" tabindex="0" role="region" data-label="costTitle"><table class="months" id="channels-costs"></table></div>
      <h3 data-text="mixTitle"></h3>
      <p class="hint" id="channels-mix-note"></p>
      <div class="bars" id="channels-bars"></div>
      <div class="table-scroll" tabindex="0" role="region" data-label="mixTable"><table class="months" id="channels-mix"></table></div>
      <section id="channels-budget-box" hidden>
        <h3 data-text="budgetTitle"></h3>
        <p id="channels-budget-result"></p>
        <ul id="channels-budget-list"></ul>
      </section>
      <section id="channels-warnings-box" hidden>
        <h3 data-text="warningsTitle"></h3>
        <ul class="warnings" id="channels-warnings"></ul>
      </section>
      <details class="method screen-only">
        <summary data-text="methodTitle"></summary>
        <div id="channels-method"></div>
      </details>
    </div>
    <div data-slot="actions"></div>
  </div>
</section>
`;
