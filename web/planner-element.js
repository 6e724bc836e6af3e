// <funnel-planner>: the whole planner as one custom element with a shadow
// root. Attributes are the source of truth for the host's settings; a bad
// value falls back to its default and never breaks the page. The element
// sends nothing anywhere: no fetch, no cookies, no analytics. It only raises
// DOM events the host page can listen to.
import { loadCore } from './core-loader.js';
import { formatters, validCurrency } from './format.js';
import { LANGUAGES, LOADING, STRINGS, browserLanguage, stringsReady } from './i18n.js';
import { STYLES } from './planner-styles.js';
import { TEMPLATE } from './planner-template.js';
import { MAX_STAGES, MIN_STAGES, conversionField, requestOf, sharedOf, stateFrom } from './planner-state.js';
import { renderChance, renderForecast, renderPlan, shownRequirements } from './render.js';
import { colourOf, linkOf } from './safe-attributes.js';

const STORAGE_KEY = 'funnel-planner';
// The fragments url-sync last put into this tab's address, newest first, one
// a line (sessionStorage: per tab). The last write, as the page goes, may not
// reach the address a reload opens: the one before it is kept too.
const ADDRESS_KEY = 'funnel-planner-address';
const ADDRESSES_KEPT = 3;
// With "point plan" the planner still asks, once typing pauses, what this level
// would take: for huge goals that costs tens of milliseconds, too much per keystroke.
const DEFAULT_CONFIDENCE = 0.9;
const CHANCE_AFTER_MS = 150;
const ANNOUNCE_AFTER_MS = 800;
const KEEP_AFTER_MS = 300;

let sheet = null;
function styleSheet() {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(STYLES);
  }
  return sheet;
}

export class FunnelPlanner extends HTMLElement {
  static observedAttributes = ['lang', 'goal', 'currency', 'accent', 'cta-text', 'cta-href', 'share', 'storage', 'url-sync'];

  // Registers the tag; harmless when the module is loaded twice.
  static define(tag = 'funnel-planner', registry = customElements) {
    if (!registry.get(tag)) registry.define(tag, this);
  }

  #root;
  #core = null;
  #state = null;
  #lang = 'de';
  #shown = null;  // { view, result, values } of the last valid answer
  #pendingRender = false;
  #announceTimer = 0;
  #width = 480;
  #shared = null;  // the share-link state of the last input
  #fragment = '';  // its link form, written when first needed
  #keepTimer = 0;
  #chanceTimer = 0;
  #pendingChance = null;
  #starting = false;
  #languageChanged = false;
  #notices = null;  // { source: 'link' | 'storage', list: [{ field, code }] } of what could not be taken over
  #refusedName = null;  // { index, text }: a pasted name with a line break, refused until the field is edited

  constructor() {
    super();
    this.#root = this.attachShadow({ mode: 'open' });
    this.#root.adoptedStyleSheets = [styleSheet()];
    this.#root.innerHTML = TEMPLATE;  // static markup, no data
    loadCore().catch(() => {});  // start now; connectedCallback reports a failure
    stringsReady(this.#attributeLanguage()).catch(() => {});  // English comes in its own file
  }

  // Properties mirror the attributes.
  get lang() { return this.#lang; }
  set lang(value) { this.setAttribute('lang', value); }
  get goal() { return this.getAttribute('goal'); }
  set goal(value) { this.setAttribute('goal', value); }
  get currency() { return validCurrency(this.getAttribute('currency') ?? 'EUR'); }
  set currency(value) { this.setAttribute('currency', value); }

  // The current input and answer, as the change event carries them.
  get plan() { return this.#shown?.result ?? null; }

  async connectedCallback() {
    if (this.#state || this.#starting) return;
    this.#starting = true;
    this.#adoptEarlyProperties();
    // The element is usually defined once the core is there; if the core is
    // slow (funnel-planner.js), only one line shows until it is. Either way the
    // planner is laid out once, complete, with its first plan, so nothing on the
    // page shifts and the browser does that work once.
    const loading = this.#byId('loading');
    loading.textContent = LOADING[this.#attributeLanguage()].loading;
    try {
      [this.#core] = await Promise.all([loadCore(), stringsReady(this.#attributeLanguage())]);
    } catch (error) {
      loading.textContent = LOADING[this.#attributeLanguage()].loadFailed;
      throw error;
    }
    this.#lang = this.#attributeLanguage();  // the host may have set it while the core loaded
    const saved = this.#saved();  // a link or the last visit may speak another language
    await stringsReady(this.#lang);  // at once, but for English on a page that asked for German
    this.#wireEvents();
    window.addEventListener('pagehide', () => this.#store());
    loading.hidden = true;
    this.#byId('planner').hidden = false;  // before the first recompute: it reads only shown fields
    this.#width = this.#chartWidth() || this.#width;
    this.#state = this.#stateOf(saved);
    this.#buildEditor();
    this.#applySettings();
    this.#observeSize();
  }

  // The element is defined only once the core is there, so a host may well have
  // set `goal` or `currency` before: those landed on the element itself and
  // would hide the setters. Hand them to the setters.
  #adoptEarlyProperties() {
    for (const name of ['goal', 'currency']) {
      if (!Object.hasOwn(this, name)) continue;
      const value = this[name];
      delete this[name];
      this[name] = value;
    }
  }

  attributeChangedCallback(name) {
    if (name === 'lang') this.#languageChanged = true;
    // Several attribute changes in one task become one render.
    if (this.#pendingRender || !this.#state) return;
    this.#pendingRender = true;
    queueMicrotask(async () => {
      this.#pendingRender = false;
      if (this.#languageChanged) {
        this.#languageChanged = false;
        const lang = this.#attributeLanguage();
        await stringsReady(lang);  // English comes in its own file, the first time
        if (lang !== this.#lang) this.#switchLanguage(lang);
      }
      this.#applySettings();
    });
  }

  #byId(id) { return this.#root.getElementById(id); }
  #strings() { return STRINGS[this.#lang]; }
  #fmt() { return formatters(this.#core, this.#lang, this.currency); }
  #periodName() { return this.#strings().periods[this.#state.period]; }
  #inputs() { return [...this.#root.querySelectorAll('input[data-field]')]; }

  #attributeLanguage() {
    const value = (this.getAttribute('lang') ?? '').toLowerCase();
    return LANGUAGES.includes(value) ? value : browserLanguage();
  }

  #setting(name, fallback) {
    const value = (this.getAttribute(name) ?? '').trim().toLowerCase();
    return value === 'on' || value === 'off' ? value === 'on' : fallback;
  }

  // Where the input comes from: a share link in the URL, else the last input on
  // this device (the goal attribute and the worked example fill in the rest).
  // Empty text holds nothing to read: a first visit makes no call for it,
  // each of which would compile more of the core before the first plan.
  #saved() {
    let shared = {};
    const read = (text) => (text ? this.#core.readShareLink(text) : { ok: false });
    const take = (answer, source) => {
      shared = answer.state;
      if (answer.notices.length) this.#notices = { source, list: answer.notices };
    };
    const fromLink = read(window.location.hash);
    let stored = { ok: false };
    let ownAddress = false;
    if (this.#setting('storage', true)) {
      try {
        stored = read(window.localStorage.getItem(STORAGE_KEY));
        const written = (window.sessionStorage.getItem(ADDRESS_KEY) ?? '').split('\n');
        ownAddress = written.includes(window.location.hash.slice(1));
      } catch {
        // Storage can be off or full in private windows: then nothing is kept.
      }
    }
    // url-sync writes the address once typing pauses (browsers throttle it),
    // storage as the page goes: after a quick reload the address this tab
    // wrote itself is one step behind storage. Any other link wins.
    if (fromLink.ok && !(ownAddress && stored.ok)) take(fromLink, 'link');
    else if (stored.ok) take(stored, 'storage');
    // A link or the last visit speaks for the person, over the host's default language.
    if (LANGUAGES.includes(shared.lang)) this.#lang = shared.lang;
    return shared;
  }

  #stateOf(shared) {
    const goalText = this.getAttribute('goal');
    const goal = goalText ? this.#core.parseNumber(goalText, 'en') : { ok: false };
    return stateFrom(shared, this.#fmt(), goal.ok && goal.value > 0 ? goal.value : undefined);
  }

  // What a link or the last visit held that could not be taken over, named
  // part by part in the page's language (notices.js, loaded only then).
  #showNotices() {
    const box = this.#byId('share-notice');
    box.hidden = !this.#notices;
    if (!this.#notices) return;
    const notices = this.#notices;
    import('./notices.js').then(({ renderNotices }) => {
      if (this.#notices !== notices) return;  // dismissed meanwhile
      renderNotices(this.#root, notices, {
        lang: this.#lang, strings: this.#strings(), fmt: this.#fmt(), stages: this.#state.stages, period: this.#periodName(),
      });
    });
  }

  #applySettings() {
    // A colour only, as the browser computes it: never var(), url() or anything that could fetch.
    const accent = colourOf(this.getAttribute('accent'), this.#byId('colour-probe'));
    if (accent) this.style.setProperty('--fp-accent', accent);
    else this.style.removeProperty('--fp-accent');
    const cta = this.#byId('cta');
    const text = (this.getAttribute('cta-text') ?? '').trim();
    const href = linkOf(this.getAttribute('cta-href'));
    cta.hidden = !text;
    cta.textContent = text;
    cta.setAttribute('href', href ? href.href : '#');
    // In a frame (embed.html), a call to action opens its page in a tab of its
    // own, not squeezed into the frame; noopener: that page cannot reach back.
    if (window.top !== window) {
      cta.target = '_blank';
      cta.rel = 'noopener';
    }
    this.#byId('share').hidden = !this.#setting('share', true);
    this.#applyTexts();
    this.#recompute();
  }

  // Every label in the current language.
  #applyTexts() {
    const strings = this.#strings();
    const fmt = this.#fmt();
    for (const node of this.#root.querySelectorAll('[data-text]')) node.textContent = strings[node.dataset.text];
    for (const node of this.#root.querySelectorAll('[data-label]')) node.setAttribute('aria-label', strings[node.dataset.label]);
    for (const button of this.#root.querySelectorAll('[data-lang]')) button.setAttribute('aria-pressed', String(button.dataset.lang === this.#lang));
    if (!this.#state) return;
    const period = this.#periodName();
    this.#byId('goal-label').textContent = strings.goalLabel(period);
    // Naming the currency takes an Intl formatter (10-15 ms the first time): only once it shows.
    if (this.#state.goalKind === 'revenue') {
      this.#byId('revenue-label').textContent = strings.revenueLabel(period, fmt.currencySymbol);
      this.#byId('deal-label').textContent = strings.dealValueLabel(fmt.currencySymbol);
    }
    for (const option of this.#byId('period').options) option.textContent = strings.periods[option.value];
    this.#byId('results-title').textContent = this.#state.view === 'plan' ? strings.resultsTitle(period) : strings.forecastTitle;
    this.#showNotices();
    this.#byId('printed').textContent = strings.printedOn(fmt.date(new Date()));
    this.#labelEditor();
  }

  // ---- the stage editor: names, and a conversion between each pair ----

  #buildEditor() {
    const { stages, modes, texts } = this.#state;
    const stageTemplate = this.#byId('stage-template').content.firstElementChild;
    const conversionTemplate = this.#byId('conversion-template').content.firstElementChild;
    const rows = [];
    stages.forEach((name, index) => {
      const row = stageTemplate.cloneNode(true);
      const input = row.querySelector('input');
      input.id = `stage-${index}`;
      input.dataset.stage = index;
      input.dataset.field = `stages[${index}]`;
      input.dataset.kind = 'name';
      input.value = this.#fmt().stageField(name);  // "Customer" reads "Kunde" until someone renames it
      row.querySelector('label').htmlFor = input.id;
      row.querySelector('.error').id = `${input.id}-error`;
      input.setAttribute('aria-describedby', `${input.id}-error`);
      row.querySelector('.remove').dataset.remove = index;
      row.querySelector('.remove').hidden = stages.length <= MIN_STAGES;
      rows.push(row);
      if (index === stages.length - 1) return;
      const conversion = conversionTemplate.cloneNode(true);
      conversion.querySelector('fieldset').dataset.index = index;
      for (const radio of conversion.querySelectorAll('input[type="radio"]')) {
        radio.name = `mode-${index}`;
        radio.checked = radio.value === modes[index];
      }
      for (const part of conversion.querySelectorAll('[data-mode]')) part.hidden = part.dataset.mode !== modes[index];
      for (const field of conversion.querySelectorAll('input[data-part]')) {
        field.id = `c${index}-${field.dataset.part}`;
        field.dataset.field = conversionField(index, field.dataset.part);
        field.value = texts[field.dataset.field] ?? '';
        const wrapper = field.closest('.field');
        wrapper.querySelector('label').htmlFor = field.id;
        wrapper.querySelector('.error').id = `${field.id}-error`;
        field.setAttribute('aria-describedby', `${field.id}-error`);
      }
      conversion.querySelector('.insert').dataset.insert = index;
      conversion.querySelector('.insert').hidden = stages.length >= MAX_STAGES;
      rows.push(conversion);
    });
    this.#byId('editor').replaceChildren(...rows);
    this.#byId('add-top').hidden = stages.length >= MAX_STAGES;
    for (const id of ['goal', 'revenue', 'deal', 'history', 'volume']) {
      const input = this.#byId(id);
      input.value = this.#state.texts[input.dataset.field] ?? '';
      if (!input.hasAttribute('aria-describedby')) input.setAttribute('aria-describedby', `${id}-error`);
    }
    this.#syncChoices();
    this.#applyTexts();
  }

  #labelEditor() {
    const strings = this.#strings();
    const fmt = this.#fmt();
    const { stages } = this.#state;
    const plural = (name) => fmt.stage(name, 2);
    for (const row of this.#root.querySelectorAll('.stage-row')) {
      const index = Number(row.querySelector('input').dataset.stage);
      row.querySelector('label').textContent = strings.stageLabel(index + 1);
      row.querySelector('.remove').setAttribute('aria-label', strings.removeStage(fmt.stage(stages[index], 1)));
    }
    for (const fieldset of this.#root.querySelectorAll('fieldset.conversion')) {
      const index = Number(fieldset.dataset.index);
      fieldset.querySelector('legend').textContent = `${fmt.stage(stages[index], 1)} → ${fmt.stage(stages[index + 1], 1)}`;
      const [fromLabel, toLabel] = fieldset.querySelectorAll('.pair label');
      fromLabel.textContent = strings.fromLabel(plural(stages[index]));
      toLabel.textContent = strings.toLabel(plural(stages[index + 1]));
    }
    const volumeStage = this.#byId('volume-stage');
    volumeStage.replaceChildren(...stages.slice(0, -1).map((name, index) => new Option(plural(name), String(index))));
    volumeStage.value = String(this.#state.volumeStage);
  }

  #syncChoices() {
    const { view, goalKind, period, confidence } = this.#state;
    for (const part of this.#root.querySelectorAll('[data-view]')) part.hidden = part.dataset.view !== view;
    for (const tab of this.#root.querySelectorAll('[data-view-tab]')) {
      const selected = tab.dataset.viewTab === view;
      tab.setAttribute('aria-selected', String(selected));
      tab.tabIndex = selected ? 0 : -1;
      if (selected) this.#byId('panel').setAttribute('aria-labelledby', tab.id);
    }
    for (const part of this.#root.querySelectorAll('[data-goal]')) part.hidden = part.dataset.goal !== goalKind;
    for (const radio of this.#root.querySelectorAll('input[name="goal-kind"]')) radio.checked = radio.value === goalKind;
    for (const radio of this.#root.querySelectorAll('input[name="confidence"]')) radio.checked = Number(radio.value || 0) === (confidence ?? 0);
    this.#byId('period').value = String(period);
  }

  #changeStages(change) {
    this.#refusedName = null;  // its place may move
    this.#collectTexts();
    const { stages, modes, texts } = this.#state;
    const moved = {};
    const conversions = stages.slice(0, -1).map((_, index) => ['fromCount', 'toCount', 'rate'].map((part) => texts[conversionField(index, part)]));
    change({ stages, modes, conversions });
    conversions.forEach((values, index) => ['fromCount', 'toCount', 'rate'].forEach((part, k) => {
      if (values?.[k] !== undefined) moved[conversionField(index, part)] = values[k];
    }));
    for (const key of Object.keys(texts)) if (key.startsWith('conversions[')) delete texts[key];
    Object.assign(texts, moved);
    this.#state.volumeStage = Math.min(this.#state.volumeStage, stages.length - 2);
    this.#buildEditor();
    this.#recompute();
  }

  #addStageOnTop() {
    this.#changeStages(({ stages, modes, conversions }) => {
      stages.unshift(this.#strings().newStage);
      modes.unshift('counts');
      conversions.unshift(undefined);
    });
  }

  #insertStage(index) {
    // The new stage goes below stage `index`: its old conversion stays above the new stage.
    this.#changeStages(({ stages, modes, conversions }) => {
      stages.splice(index + 1, 0, this.#strings().newStage);
      modes.splice(index + 1, 0, 'counts');
      conversions.splice(index + 1, 0, undefined);
    });
    this.#root.getElementById(`stage-${index + 1}`)?.focus();
  }

  #removeStage(index) {
    this.#changeStages(({ stages, modes, conversions }) => {
      stages.splice(index, 1);
      // The conversion leaving the removed stage goes, or for the bottom stage the one into it.
      const gone = Math.min(index, modes.length - 1);
      modes.splice(gone, 1);
      conversions.splice(gone, 1);
    });
  }

  #collectTexts() {
    for (const input of this.#inputs()) {
      if (input.dataset.kind !== 'name') this.#state.texts[input.dataset.field] = input.value;
    }
    for (const input of this.#root.querySelectorAll('input.stage-name')) {
      const index = Number(input.dataset.stage);
      if (input.value !== this.#fmt().stageField(this.#state.stages[index])) this.#state.stages[index] = input.value;
    }
  }

  // ---- computing and showing ----

  #recompute() {
    if (!this.#state || !this.#core) return;
    this.#collectTexts();
    const state = this.#state;
    const values = {};
    const messages = new Map();
    // Every field is read, hidden ones too, so that storage and the link keep
    // their numbers as numbers; only a shown field's problem is the person's to fix now.
    for (const input of this.#inputs()) {
      if (input.dataset.kind === 'name') continue;
      const shown = !input.closest('[hidden]');
      if (input.value.trim() === '' && (!shown || input.hasAttribute('data-optional'))) continue;
      const parse = input.dataset.kind === 'percent' ? this.#core.parsePercent : this.#core.parseNumber;
      const parsed = parse(input.value, this.#lang);
      if (parsed.ok) values[input.dataset.field] = parsed.value;
      else if (shown) messages.set(input.dataset.field, parsed.message);
    }
    // A refused name is checked instead of the field's text, for the core's message on it.
    const refused = this.#refusedName;
    const checked = refused ? { ...state, stages: state.stages.map((name, i) => (i === refused.index ? refused.text : name)) } : state;
    const request = requestOf(checked, values, this.#lang);
    const result = state.view === 'forecast' ? this.#core.forecast(request) : this.#core.plan(request);
    if (!result.ok) {
      // A field that could not be read is "missing" to the core: keep the reader's message.
      for (const error of result.errors) if (!messages.has(error.field)) messages.set(error.field, error.message);
    }
    this.#showErrors(messages);
    this.#keep(values);

    const strings = this.#strings();
    const invalid = messages.size > 0;
    const stale = this.#byId('stale');
    stale.hidden = !invalid;
    stale.textContent = this.#shown ? strings.stale : strings.fixFirst;
    this.#byId('loading').hidden = true;
    this.#byId('summary').classList.toggle('stale', invalid);
    if (invalid) {
      this.#announce(strings.announceError(messages.values().next().value));
    } else {
      this.#shown = { view: state.view, result, values, request };
      this.#draw();
    }
    this.dispatchEvent(new CustomEvent('funnel-planner-change', {
      bubbles: true, composed: true, detail: { input: request, result },
    }));
  }

  #draw() {
    if (!this.#shown) return;
    const { view, result, values } = this.#shown;
    const context = {
      fmt: this.#fmt(),
      strings: this.#strings(),
      width: this.#width,
      periodName: this.#periodName(),
      inputs: {
        counts: this.#state.modes.map((mode, index) => (mode === 'counts'
          ? { fromCount: values[conversionField(index, 'fromCount')], toCount: values[conversionField(index, 'toCount')] }
          : null)),
        historyMonths: values.historyMonths,
        revenue: this.#state.goalKind === 'revenue' ? values['goal.revenue'] : undefined,
        dealValue: values['goal.dealValue'],
        confidence: this.#state.confidence,
      },
    };
    const sentence = view === 'forecast' ? renderForecast(this.#root, result, context) : renderPlan(this.#root, result, context);
    const first = this.#byId('result').hidden;
    if (view === 'plan' && !result.confidence) this.#chanceLater(this.#shown, context, first);
    if (first) performance.mark('funnel-planner:first-plan');  // for scripts/bench
    this.#byId('result').hidden = false;
    this.#announce(this.#strings().announcePlan(sentence));
  }

  // The first plan comes with its sentence, so nothing moves once it is on
  // screen; while typing, the old sentence stays, dimmed, until typing pauses.
  #chanceLater(shown, context, now) {
    clearTimeout(this.#chanceTimer);
    if (shown.chance !== undefined) {
      renderChance(this.#root, shown.result, shown.chance, context);
      return;
    }
    this.#pendingChance = () => {
      this.#pendingChance = null;
      if (this.#shown !== shown) return;  // typing went on
      const answer = this.#core.plan({ ...shown.request, confidence: DEFAULT_CONFIDENCE });
      shown.chance = answer.ok ? answer.confidence : null;  // beyond 2^53: no sentence, the plan stands
      renderChance(this.#root, shown.result, shown.chance, context);
    };
    if (now) this.#pendingChance();
    else this.#chanceTimer = setTimeout(() => this.#pendingChance?.(), CHANCE_AFTER_MS);
  }

  #showErrors(messages) {
    const unplaced = [];
    for (const [field, message] of messages) {
      if (field !== 'confidence' && !this.#root.querySelector(`input[data-field="${CSS.escape(field)}"]`)) unplaced.push(message);
    }
    this.#byId('confidence-error').textContent = messages.get('confidence') ?? '';
    this.#byId('confidence-error').hidden = !messages.has('confidence');
    for (const input of this.#inputs()) {
      const message = messages.get(input.dataset.field);
      const error = this.#byId(`${input.id}-error`);
      error.textContent = message ?? '';
      error.hidden = !message;
      if (message) input.setAttribute('aria-invalid', 'true');
      else input.removeAttribute('aria-invalid');
    }
    // Errors about the funnel as a whole ("2 to 8 stages") stand above the editor.
    this.#byId('stages-error').textContent = unplaced.join(' ');
    this.#byId('stages-error').hidden = unplaced.length === 0;
  }

  // The last input stays on this device, and in the page's URL with url-sync.
  // Written once typing pauses: history.replaceState alone took 8 ms a call,
  // and the link itself is not needed before (nor before the first plan shows).
  #keep(values) {
    this.#shared = sharedOf(this.#state, values, this.#lang);
    this.#fragment = '';
    clearTimeout(this.#keepTimer);
    this.#keepTimer = setTimeout(() => this.#store(), KEEP_AFTER_MS);
  }

  #link() {
    if (!this.#fragment && this.#shared) this.#fragment = this.#core.writeShareLink(this.#shared);
    return this.#fragment;
  }

  #store() {
    clearTimeout(this.#keepTimer);
    const fragment = this.#link();
    if (!fragment) return;
    if (this.#setting('storage', true)) {
      try {
        window.localStorage.setItem(STORAGE_KEY, fragment);
      } catch {
        // Private windows may refuse: the planner still works.
      }
    }
    if (this.hasAttribute('url-sync') && this.getAttribute('url-sync') !== 'off') {
      window.history.replaceState(window.history.state, '', `#${fragment}`);
      if (!this.#setting('storage', true)) return;
      try {
        const written = (window.sessionStorage.getItem(ADDRESS_KEY) ?? '').split('\n');
        window.sessionStorage.setItem(ADDRESS_KEY, [fragment, ...written].slice(0, ADDRESSES_KEPT).join('\n'));
      } catch {
        // As above: the address then simply wins.
      }
    }
  }

  #announce(text) {
    clearTimeout(this.#announceTimer);
    this.#announceTimer = setTimeout(() => {
      this.#byId('announce').textContent = text;
    }, ANNOUNCE_AFTER_MS);
  }

  #switchLanguage(lang) {
    // Keep what people typed: re-spell every readable number in the new language.
    const next = formatters(this.#core, lang, this.currency);
    for (const input of this.#inputs()) {
      if (input.dataset.kind === 'name' || input.value.trim() === '') continue;
      const parse = input.dataset.kind === 'percent' ? this.#core.parsePercent : this.#core.parseNumber;
      const parsed = parse(input.value, this.#lang);
      if (parsed.ok) input.value = input.dataset.kind === 'percent' ? next.exactPercent(parsed.value) : next.exact(parsed.value);
    }
    this.#collectTexts();
    this.#lang = lang;
    for (const input of this.#root.querySelectorAll('input.stage-name')) {
      input.value = next.stageField(this.#state.stages[Number(input.dataset.stage)]);
    }
  }

  // The chart is drawn at the results card's content width, in px; the first
  // time before the first plan, so the plan is drawn once, at its final size.
  #chartWidth() {
    const results = this.#root.querySelector('.results');
    const style = getComputedStyle(results);
    return Math.floor(results.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight));
  }

  #observeSize() {
    const results = this.#root.querySelector('.results');
    new ResizeObserver(() => {
      const width = this.#chartWidth();
      if (width > 0 && width !== this.#width) {
        this.#width = width;
        this.#draw();
      }
    }).observe(results);
    const summary = this.#byId('summary');
    new IntersectionObserver(([entry]) => summary.classList.toggle('covered', entry.isIntersecting)).observe(results);
  }

  // ---- events ----

  #wireEvents() {
    const root = this.#root;
    root.addEventListener('input', (event) => {
      if (!event.target.matches('input[data-field]')) return;
      if (this.#refusedName?.index === Number(event.target.dataset.stage)) this.#refusedName = null;
      this.#recompute();
    });
    // A text field drops the line breaks of pasted text without a word: a name
    // with one is refused instead, with the core's message, until the field is edited.
    root.addEventListener('paste', (event) => {
      const text = event.clipboardData?.getData('text/plain') ?? '';
      if (!event.target.matches('input.stage-name') || !/[\r\n]/.test(text)) return;
      event.preventDefault();
      this.#refusedName = { index: Number(event.target.dataset.stage), text };
      this.#recompute();
    });
    root.addEventListener('change', (event) => this.#onChange(event.target));
    root.addEventListener('click', (event) => this.#onClick(event));
    root.addEventListener('submit', (event) => event.preventDefault());
    root.addEventListener('keydown', (event) => {
      const tab = event.target.closest?.('[data-view-tab]');
      if (!tab || (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft')) return;
      const tabs = [...root.querySelectorAll('[data-view-tab]')];
      const next = tabs[(tabs.indexOf(tab) + 1) % tabs.length];
      next.focus();
      next.click();
    });
  }

  #onChange(target) {
    const state = this.#state;
    if (!state) return;
    if (target.name?.startsWith('mode-')) {
      const index = Number(target.closest('fieldset').dataset.index);
      state.modes[index] = target.value;
      const fieldset = target.closest('fieldset');
      for (const part of fieldset.querySelectorAll('[data-mode]')) part.hidden = part.dataset.mode !== target.value;
      // Moving from counts to a rate for the first time: start from the rate the counts gave.
      const rate = fieldset.querySelector('input[data-kind="percent"]');
      const shown = this.#shown?.view === 'plan' ? this.#shown.result : null;
      if (target.value === 'rate' && rate.value.trim() === '' && shown?.conversions[index]) {
        rate.value = this.#fmt().precisePercent(shown.conversions[index].rate);
      }
    } else if (target.name === 'goal-kind') {
      state.goalKind = target.value;
      this.#applyTexts();  // the revenue fields' labels name the currency
    } else if (target.name === 'confidence') {
      state.confidence = Number(target.value) || null;
    } else if (target.id === 'period') {
      state.period = Number(target.value);
      this.#applyTexts();
    } else if (target.id === 'volume-stage') {
      state.volumeStage = Number(target.value);
    } else if (target.classList.contains('stage-name')) {
      this.#labelEditor();
    } else {
      return;
    }
    this.#syncChoices();
    this.#recompute();
  }

  #onClick(event) {
    const target = event.target.closest('button, a');
    if (!target || !this.#state) return;
    if (target.dataset.viewTab) {
      this.#state.view = target.dataset.viewTab;
      this.#syncChoices();
      this.#applyTexts();
      this.#recompute();
    } else if (target.dataset.lang) {
      this.setAttribute('lang', target.dataset.lang);
    } else if (target.dataset.remove !== undefined) {
      this.#removeStage(Number(target.dataset.remove));
    } else if (target.dataset.insert !== undefined) {
      this.#insertStage(Number(target.dataset.insert));
    } else if (target.id === 'add-top') {
      this.#addStageOnTop();
      this.#root.getElementById('stage-0')?.focus();
    } else if (target.id === 'share-notice-close') {
      this.#notices = null;
      this.#showNotices();
    } else if (target.id === 'share') {
      const url = new URL(window.location.href);
      url.hash = this.#link();
      this.#copy(url.href, this.#strings().shareDone);
    } else if (target.id === 'csv') {
      this.#download();
    } else if (target.id === 'markdown') {
      this.#exportPlan().then(({ planMarkdown, plan, context }) => this.#copy(planMarkdown(plan, context), this.#strings().markdownDone));
    } else if (target.id === 'print') {
      window.print();
    } else if (target.id === 'cta') {
      const allowed = this.dispatchEvent(new CustomEvent('funnel-planner-cta', {
        bubbles: true, composed: true, cancelable: true, detail: { input: this.#shown?.request ?? null, result: this.plan },
      }));
      if (!allowed || target.getAttribute('href') === '#') event.preventDefault();
    }
  }

  // The writers (export.js, loaded on first use), the plan shown, and what
  // they need to lay it out, taken now: the plan may change while they load.
  async #exportPlan() {
    const plan = this.#shown.result;
    const context = { ...this.#exportContext(), required: shownRequirements(plan, this.#state.confidence) };
    return { ...await import('./export.js'), plan, context };
  }

  #exportContext() {
    this.#pendingChance?.();  // an export right after typing still gets the sentence
    const strings = this.#strings();
    return {
      core: this.#core,
      lang: this.#lang,
      strings,
      fmt: this.#fmt(),
      periodName: this.#periodName(),
      date: this.#fmt().date(new Date()),
      chance: this.#byId('chance').textContent,
    };
  }

  async #download() {
    const { planCsv, plan, context } = await this.#exportPlan();
    const blob = new Blob([planCsv(plan, context)], { type: 'text/csv;charset=utf-8' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = 'funnel-plan.csv';
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  }

  async #copy(text, done) {
    const status = this.#byId('copied');
    try {
      await navigator.clipboard.writeText(text);
      status.textContent = done;
    } catch {
      status.textContent = `${this.#strings().copyFailed} ${text.length < 300 ? text : ''}`;
    }
  }
}
