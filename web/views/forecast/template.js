// The forecast view's panel: this month's leads at a stage, the funnel (the
// shell's editor, lent to the slot); then what they turn into. Every id begins
// with "forecast-": no id is shared with another view.
export const TEMPLATE = `
<form class="card inputs" id="forecast-inputs" part="card inputs" novalidate autocomplete="off" aria-labelledby="forecast-inputs-title">
  <h2 id="forecast-inputs-title" data-text="inputsTitle"></h2>
  <div class="pair volume">
    <div class="field goal">
      <label for="forecast-volume" data-text="volumeLabel"></label>
      <input id="forecast-volume" inputmode="decimal" data-field="volume.count" aria-describedby="forecast-volume-error">
      <p class="error" id="forecast-volume-error" hidden></p>
    </div>
    <div class="field">
      <label for="forecast-volume-stage" data-text="volumeStageLabel"></label>
      <select id="forecast-volume-stage"></select>
    </div>
  </div>
  <div data-slot="funnel"></div>
</form>

<section class="card results" part="card results" aria-labelledby="forecast-title">
  <p class="printed"></p>
  <h2 id="forecast-title" data-text="forecastTitle"></h2>
  <div data-slot="status"></div>
  <div class="result" hidden>
    <figure class="chart" id="forecast-chart" part="chart"></figure>
    <p class="footnote" data-text="forecastNote"></p>
    <div data-slot="actions"></div>
  </div>
</section>
`;
