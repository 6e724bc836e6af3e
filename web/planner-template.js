// The planner's shadow DOM. Static markup only: texts are filled in by the
// element (textContent), never by concatenating HTML with data.
export const TEMPLATE = `
<p class="loading" id="loading" role="status"></p>
<div class="planner" id="planner" part="planner" hidden>
  <div class="toolbar">
    <div class="tabs" role="tablist" data-label="tabsLabel">
      <button type="button" role="tab" id="tab-plan" data-view-tab="plan" aria-controls="panel" data-text="tabPlan"></button>
      <button type="button" role="tab" id="tab-forecast" data-view-tab="forecast" aria-controls="panel" data-text="tabForecast"></button>
    </div>
    <div class="language" role="group" data-label="languageGroup">
      <button type="button" data-lang="de" lang="de">DE</button>
      <button type="button" data-lang="en" lang="en">EN</button>
    </div>
  </div>
  <div class="notice" id="share-notice" role="status" hidden>
    <p id="share-notice-lead"></p>
    <ul id="share-notice-list"></ul>
    <button type="button" class="dismiss" id="share-notice-close" data-text="noticeClose"></button>
  </div>

  <div class="layout" role="tabpanel" id="panel">
    <form class="card inputs" id="inputs" part="card inputs" novalidate autocomplete="off" aria-labelledby="inputs-title">
      <h2 id="inputs-title" data-text="inputsTitle"></h2>

      <div data-view="plan">
        <fieldset class="choice">
          <legend data-text="goalKindLabel"></legend>
          <div class="segments">
            <label><input type="radio" name="goal-kind" value="customers" checked><span data-text="goalKindCustomers"></span></label>
            <label><input type="radio" name="goal-kind" value="revenue"><span data-text="goalKindRevenue"></span></label>
          </div>
        </fieldset>
        <div class="field goal" data-goal="customers">
          <label for="goal" id="goal-label"></label>
          <input id="goal" inputmode="decimal" data-field="goal.customers" data-kind="number">
          <p class="error" id="goal-error" hidden></p>
        </div>
        <div class="pair" data-goal="revenue" hidden>
          <div class="field">
            <label for="revenue" id="revenue-label"></label>
            <input id="revenue" inputmode="decimal" data-field="goal.revenue" data-kind="number">
            <p class="error" id="revenue-error" hidden></p>
          </div>
          <div class="field">
            <label for="deal" id="deal-label"></label>
            <input id="deal" inputmode="decimal" data-field="goal.dealValue" data-kind="number">
            <p class="error" id="deal-error" hidden></p>
          </div>
        </div>
        <div class="pair">
          <div class="field">
            <label for="period" data-text="periodLabel"></label>
            <select id="period">
              <option value="1"></option>
              <option value="3"></option>
              <option value="12"></option>
            </select>
          </div>
        </div>
        <fieldset class="choice">
          <legend data-text="confidenceLabel"></legend>
          <div class="segments">
            <label><input type="radio" name="confidence" value="" checked><span data-text="confidencePoint"></span></label>
            <label><input type="radio" name="confidence" value="0.8"><span>80 %</span></label>
            <label><input type="radio" name="confidence" value="0.9"><span>90 %</span></label>
            <label><input type="radio" name="confidence" value="0.95"><span>95 %</span></label>
          </div>
          <p class="hint" data-text="confidenceHint"></p>
          <p class="error" id="confidence-error" hidden></p>
        </fieldset>
      </div>

      <div class="pair volume" data-view="forecast" hidden>
        <div class="field goal">
          <label for="volume" data-text="volumeLabel"></label>
          <input id="volume" inputmode="decimal" data-field="volume.count" data-kind="number">
          <p class="error" id="volume-error" hidden></p>
        </div>
        <div class="field">
          <label for="volume-stage" data-text="volumeStageLabel"></label>
          <select id="volume-stage"></select>
        </div>
      </div>

      <h3 class="section" data-text="funnelTitle"></h3>
      <p class="error" id="stages-error" hidden></p>
      <button type="button" class="add" id="add-top" data-text="addStageTop"></button>
      <ol class="editor" id="editor"></ol>

      <div class="field" data-view="plan">
        <label for="history" data-text="historyLabel"></label>
        <input id="history" inputmode="decimal" data-field="historyMonths" data-kind="number" data-optional aria-describedby="history-hint history-error">
        <p class="hint" id="history-hint" data-text="historyHint"></p>
        <p class="error" id="history-error" hidden></p>
      </div>
    </form>

    <section class="card results" part="card results" aria-labelledby="results-title">
      <p class="printed" id="printed"></p>
      <h2 id="results-title"></h2>
      <p class="notice" id="stale" role="status" hidden></p>
      <div id="result" hidden>
        <p class="chance" id="chance" part="chance"></p>
        <figure class="chart" id="chart" part="chart"></figure>
        <div data-view="plan">
          <p class="overall" id="overall"></p>
          <ul class="warnings" id="warnings"></ul>
          <div id="sensitivity-block">
            <h3 data-text="sensitivityTitle"></h3>
            <ol class="sensitivity" id="sensitivity"></ol>
          </div>
          <h3 data-text="stepsTitle"></h3>
          <ol class="steps" id="steps"></ol>
          <p class="footnote" data-text="rounding"></p>
        </div>
        <p class="footnote" data-view="forecast" data-text="forecastNote" hidden></p>
        <div class="actions" role="group" data-label="actionsLabel">
          <button type="button" id="share" part="button" data-text="share"></button>
          <button type="button" id="csv" part="button" data-text="csv" data-view="plan"></button>
          <button type="button" id="markdown" part="button" data-text="markdown" data-view="plan"></button>
          <button type="button" id="print" part="button" data-text="print"></button>
        </div>
        <p class="copied" id="copied" role="status"></p>
        <a class="cta" id="cta" part="cta" hidden></a>
      </div>
      <p class="visually-hidden" id="announce" aria-live="polite"></p>
    </section>
  </div>

  <a class="summary" id="summary" href="#" hidden></a>
  <p class="privacy" data-text="privacy"></p>
  <span id="colour-probe" hidden></span>
</div>

<template id="stage-template">
  <li class="stage-row">
    <div class="field name">
      <label></label>
      <div class="name-row">
        <input class="stage-name" autocomplete="off">
        <button type="button" class="remove">×</button>
      </div>
      <p class="error" hidden></p>
    </div>
  </li>
</template>

<template id="conversion-template">
  <li class="conversion-row">
    <fieldset class="conversion">
      <legend></legend>
      <div class="mode" role="radiogroup" data-label="modeGroup">
        <label><input type="radio" value="counts" checked><span data-text="modeCounts"></span></label>
        <label><input type="radio" value="rate"><span data-text="modeRate"></span></label>
      </div>
      <div class="pair" data-mode="counts">
        <div class="field">
          <label></label>
          <input inputmode="decimal" data-part="fromCount" data-kind="number">
          <p class="error" hidden></p>
        </div>
        <div class="field">
          <label></label>
          <input inputmode="decimal" data-part="toCount" data-kind="number">
          <p class="error" hidden></p>
        </div>
      </div>
      <div class="field" data-mode="rate" hidden>
        <label data-text="rateLabel"></label>
        <input inputmode="decimal" data-part="rate" data-kind="percent">
        <p class="error" hidden></p>
      </div>
      <button type="button" class="add insert" data-text="insertStage"></button>
    </fieldset>
  </li>
</template>
`;
