// The hand-off's panel: the plan it follows; the criteria (a table built by
// the view: tick, name, group, points, order), the thresholds, the sales
// capacity and the agreement's settings; then the lead check, the capacity
// and the SLA as a document, the part that prints. Every id begins with
// "handoff-".
const field = (id, path, text, { optional = false, hint = '' } = {}) => `
      <div class="field">
        <label for="handoff-${id}" ${text}></label>
        <input id="handoff-${id}" inputmode="numeric" data-field="${path}"${optional ? ' data-optional' : ''} aria-describedby="${hint ? `handoff-${id}-hint ` : ''}handoff-${id}-error">
        ${hint ? `<p class="hint" id="handoff-${id}-hint" data-text="${hint}"></p>` : ''}
        <p class="error" id="handoff-${id}-error" hidden></p>
      </div>`;
const party = (index, text) => `
      <div class="field">
        <label for="handoff-party-${index}" data-text="${text}"></label>
        <input id="handoff-party-${index}" data-party="${index}" maxlength="80" autocomplete="off">
      </div>`;

export const TEMPLATE = `
<form class="card inputs" id="handoff-inputs" part="card inputs" novalidate autocomplete="off" aria-labelledby="handoff-inputs-title">
  <h2 id="handoff-inputs-title" data-text="inputsTitle"></h2>
  <p class="goal-line"><span id="handoff-goal"></span> <button type="button" class="link" data-open-view="plan" data-text="changeGoal"></button></p>
  <p class="error" data-error-for="handoff.plan" hidden></p>
  <p class="hint intro" data-text="intro"></p>
  <fieldset class="group">
    <legend data-text="criteriaTitle"></legend>
    <p class="hint" data-text="criteriaIntro"></p>
    <div class="table-scroll" tabindex="0" role="region" data-label="tableLabel">
      <table class="criteria-table" id="handoff-criteria"></table>
    </div>
    <p class="error" data-error-for="handoff.criteria" hidden></p>
    <div class="sources">
      <button type="button" class="secondary" id="handoff-add-fit" data-text="addFit"></button>
      <button type="button" class="secondary" id="handoff-add-behaviour" data-text="addBehaviour"></button>
      <button type="button" class="link" id="handoff-reset" data-text="reset"></button>
    </div>
    <p class="done" id="handoff-done" aria-live="polite"></p>
    <p class="hint" id="handoff-left-out" data-text="leftOut" hidden></p>
  </fieldset>
  <fieldset class="group">
    <legend data-text="thresholdsTitle"></legend>
    <div class="handoff-grid">${field('mql', 'handoff.mql', 'id="handoff-mql-label"')}${field('sql', 'handoff.sql', 'id="handoff-sql-label"')}
      ${field('min-fit', 'handoff.minFit', 'data-text="minFitLabel"', { optional: true, hint: 'minFitHint' })}
    </div>
  </fieldset>
  <fieldset class="group">
    <legend data-text="capacityTitle"></legend>
    <div class="handoff-grid">${field('per-person', 'handoff.perPerson', 'id="handoff-per-person-label"')}
      ${field('hours', 'handoff.hours', 'id="handoff-hours-label"', { optional: true })}${field('team', 'handoff.team', 'data-text="teamLabel"', { optional: true })}
      <div class="field wide">
        <label for="handoff-source" data-text="sourceLabel"></label>
        <select id="handoff-source"></select>
        <p class="error" data-error-for="handoff.schedule" hidden></p>
      </div>
    </div>
  </fieldset>
  <fieldset class="group">
    <legend data-text="slaTitle"></legend>
    <div class="handoff-grid">${party(0, 'companyLabel')}${party(1, 'marketingLabel')}${party(2, 'salesLabel')}
      <div class="field">
        <label for="handoff-start" data-text="startLabel"></label>
        <input id="handoff-start" type="date">
      </div>
      ${field('term', 'sla.term', 'data-text="termLabel"')}${field('response', 'sla.response', 'data-text="responseLabel"')}
      ${field('demo', 'sla.demoResponse', 'data-text="demoLabel"')}${field('attempts', 'sla.attempts', 'data-text="attemptsLabel"')}
      ${field('attempt-days', 'sla.attemptDays', 'data-text="attemptDaysLabel"')}${field('feedback', 'sla.feedbackDays', 'data-text="feedbackLabel"')}
    </div>
  </fieldset>
  <details class="funnel-details">
    <summary data-text="funnelTitle"></summary>
    <div data-slot="funnel"></div>
  </details>
</form>

<section class="card results" part="card results" aria-labelledby="handoff-title">
  <p class="printed"></p>
  <h2 id="handoff-title" class="screen-only" data-text="resultsTitle"></h2>
  <div data-slot="status"></div>
  <div class="result" hidden>
    <section class="check screen-only" aria-labelledby="handoff-check-title">
      <h3 id="handoff-check-title" data-text="checkTitle"></h3>
      <p id="handoff-check" aria-live="polite"></p>
      <p class="hint" id="handoff-decisive"></p>
    </section>
    <section class="capacity screen-only" aria-labelledby="handoff-capacity-title">
      <h3 id="handoff-capacity-title" data-text="capacityTitle"></h3>
      <p id="handoff-capacity"></p>
      <p class="warning" id="handoff-short"></p>
    </section>
    <h3 class="screen-only" data-text="slaPreview"></h3>
    <article class="sla" id="handoff-sla"></article>
    <div data-slot="actions"></div>
  </div>
</section>
`;
