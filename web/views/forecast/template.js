// The forecast view's panel: the leads of this period at a stage, the deal
// value, the funnel (the shell's editor, lent to the slot); then what they
// turn into, what that is worth and how it compares with the goal. Every id
// begins with "forecast-": no id is shared with another view.
export const TEMPLATE = `
<form class="card inputs" id="forecast-inputs" part="card inputs" novalidate autocomplete="off" aria-labelledby="forecast-inputs-title">
  <h2 id="forecast-inputs-title" data-text="inputsTitle"></h2>
  <div class="pair volume">
    <div class="field goal">
      <label for="forecast-volume" id="forecast-volume-label"></label>
      <input id="forecast-volume" inputmode="decimal" data-field="volume.count" aria-describedby="forecast-volume-error">
      <p class="error" id="forecast-volume-error" hidden></p>
    </div>
    <div class="field">
      <label for="forecast-volume-stage" data-text="volumeStageLabel"></label>
      <select id="forecast-volume-stage"></select>
    </div>
  </div>
  <div class="pair">
    <div class="field">
      <label for="forecast-period" data-text="periodLabel"></label>
      <select id="forecast-period">
        <option value="1"></option>
        <option value="3"></option>
        <option value="12"></option>
      </select>
    </div>
    <div class="field">
      <label for="forecast-deal" id="forecast-deal-label"></label>
      <input id="forecast-deal" inputmode="decimal" data-field="dealValue" data-optional aria-describedby="forecast-deal-hint forecast-deal-error">
      <p class="hint" id="forecast-deal-hint" data-text="dealHint"></p>
      <p class="error" id="forecast-deal-error" hidden></p>
    </div>
  </div>
  <div data-slot="funnel"></div>
</form>

<section class="card results" part="card results" aria-labelledby="forecast-title">
  <p class="printed"></p>
  <h2 id="forecast-title"></h2>
  <div data-slot="status"></div>
  <div class="result" hidden>
    <figure class="chart" id="forecast-chart" part="chart"></figure>
    <dl class="outcome" id="forecast-outcome"></dl>
    <p class="footnote" data-text="forecastNote"></p>
    <div data-slot="actions"></div>
  </div>
</section>
`;
