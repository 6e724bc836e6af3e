// The shell's shadow DOM: the toolbar, one panel per view (web/views/, filled
// when a view is first opened), and the parts the shell lends to the open
// view's slots (the funnel editor, the status line, the actions). Static
// markup only: texts are filled in by textContent, never by concatenating
// HTML with data.
export const TEMPLATE = `
<p class="loading" id="loading" role="status"></p>
<div class="planner" id="planner" part="planner" hidden>
  <div class="brand" id="brand" part="brand" hidden><span id="brand-name"></span></div>
  <div class="toolbar">
    <div class="tabs" role="tablist" id="tabs" data-label="tabsLabel"></div>
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
  <div id="panels"></div>
  <a class="summary" id="summary" href="#" hidden></a>
  <p class="privacy" data-text="privacy"></p>
  <p class="powered" id="powered" data-text="powered"></p>
  <p class="visually-hidden" id="announce" aria-live="polite"></p>
  <span id="colour-probe" hidden></span>
</div>

<template id="funnel-template">
  <div class="funnel">
    <h3 class="section" data-text="funnelTitle"></h3>
    <p class="error" id="stages-error" data-error-for="*" hidden></p>
    <button type="button" class="add" id="add-top" data-text="addStageTop"></button>
    <ol class="editor" id="editor"></ol>
  </div>
</template>

<template id="status-template">
  <p class="notice" id="stale" role="status" hidden></p>
</template>

<template id="actions-template">
  <div class="take-away">
    <div class="actions" role="group" data-label="actionsLabel">
      <button type="button" id="share" part="button" data-text="share"></button>
      <span class="view-actions" id="view-actions"></span>
      <button type="button" id="print" part="button" data-text="print"></button>
    </div>
    <p class="copied" id="copied" role="status"></p>
    <button type="button" class="lead-button" id="lead" part="lead" hidden></button>
    <a class="cta" id="cta" part="cta" hidden></a>
  </div>
</template>

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
          <input inputmode="decimal" data-part="fromCount">
          <p class="error" hidden></p>
        </div>
        <div class="field">
          <label></label>
          <input inputmode="decimal" data-part="toCount">
          <p class="error" hidden></p>
        </div>
      </div>
      <div class="field" data-mode="rate" hidden>
        <label data-text="rateLabel"></label>
        <input inputmode="decimal" data-part="rate">
        <p class="error" hidden></p>
      </div>
      <button type="button" class="add insert" data-text="insertStage"></button>
    </fieldset>
  </li>
</template>
`;
