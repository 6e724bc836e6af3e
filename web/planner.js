// The planner behind <funnel-planner> (planner-element.js): the input
// (state), the language, the tabs and the views' panels, the funnel editor,
// persistence and the share link, and one turn through the core per
// keystroke. The element holds the host's side: attributes, lifecycle, events.
import { copyText, downloadText } from './actions.js';
import { Announcer } from './announcer.js';
import { drawFunnel } from './chart.js';
import { fillDefinitions } from './definition-list.js';
import { respellFields } from './fields.js';
import { formatters } from './format.js';
import { applyHostSettings } from './host-settings.js';
import { LANGUAGES, STRINGS, stringsReady } from './i18n.js';
import { InputCycle } from './input-cycle.js';
import { Panels } from './panels.js';
import { Persistence } from './persistence.js';
import { conversionsOf, stateFrom, today } from './planner-state.js';
import { webAddress } from './safe-attributes.js';
import { showNotices } from './notice-box.js';
import { listen } from './shell-events.js';
import { StageEditor } from './stage-editor.js';
import { summaryBar } from './summary-bar.js';
import { changePeriod, fillFunnel, putValues } from './value-moves.js';
import { printPages } from './print-page.js';
import { planRequest } from './views/plan/request.js';

export class Planner {
  #root;
  #host;  // { element, setting(name, fallback), changed(input, result, lang), cta(detail, event) } of the element
  #core = null;
  #state = null;
  #rules = null;  // core.funnelRules(): stage limits and default stages
  #lang = 'de';
  #width = 480;
  #notices = null;  // { source: 'link' | 'storage', list: [{ field, code }] } of what could not be taken over
  #persistence = null;
  #announcer;
  #editor;
  #panels;
  #cycle = null;  // the input's turn through the core, from the start on
  #started = false;  // the open view's panel is shown: settings and language may apply
  #languageOfInput = false;  // the language came from a link or the last visit

  // sheet: css -> CSSStyleSheet, for the views' styles.
  constructor(root, host, sheet) {
    this.#root = root;
    this.#host = host;
    this.#announcer = new Announcer(root.getElementById('announce'));
    const planner = this;
    this.#editor = new StageEditor(root, {
      get state() { return planner.#state; }, get rules() { return planner.#rules; }, fmt: () => this.#fmt(), strings: () => this.#strings(),
      collect: () => this.#cycle.collect(), stagesChanged: () => this.#stagesChanged(), part: () => this.#panels.slotted('funnel'),
    });
    this.#panels = new Panels(root, this.#services(), sheet);
  }

  get started() { return this.#started; }
  // Whether a link or the last visit chose the language (it speaks for the person, over the host's default).
  get languageOfInput() { return this.#languageOfInput; }
  get lang() { return this.#lang; }
  get plan() { return this.#cycle?.shown?.result ?? null; }
  get request() { return this.#cycle?.shown?.request ?? null; }

  #byId(id) { return this.#root.getElementById(id); }
  #strings() { return STRINGS[this.#lang]; }
  #fmt() { return formatters(this.#core, this.#lang, this.#host.element.currency); }

  // From the core and the page's language to the first plan on screen: the
  // input a link or the last visit holds (or the worked example), the open
  // view's panel, the editor, and the first turn.
  async start(core, lang) {
    this.#core = core;
    this.#lang = lang;
    const { element, setting } = this.#host;
    this.#persistence = new Persistence(core, {
      storage: () => setting('storage', true),
      urlSync: () => element.hasAttribute('url-sync') && element.getAttribute('url-sync') !== 'off',
      // The page a share link opens: the host's (share-url, a web address), else the page the planner is on.
      shareUrl: () => webAddress(element.getAttribute('share-url')),
    });
    const { shared, notices } = this.#persistence.read();
    this.#notices = notices;
    // A link or the last visit speaks for the person, over the host's default language.
    this.#languageOfInput = LANGUAGES.includes(shared.lang);
    if (this.#languageOfInput) this.#lang = shared.lang;
    await stringsReady(this.#lang);  // at once, but for English on a page that asked for German
    const goalText = element.getAttribute('goal');
    const goal = goalText ? core.parseNumber(goalText, 'en') : { ok: false };
    this.#rules = core.funnelRules();  // the limits and the default stages: the core's, not a copy
    const views = this.#panels.showViews(element.getAttribute('views'));
    this.#state = stateFrom(shared, this.#fmt(), goal.ok && goal.value > 0 ? goal.value : undefined, views, this.#rules.defaultStages);
    const planner = this;
    this.#cycle = new InputCycle(this.#root, {
      core, panels: this.#panels, editor: this.#editor, persistence: this.#persistence, announcer: this.#announcer,
    }, {
      get state() { return planner.#state; },
      get lang() { return planner.#lang; },
      get currency() { return planner.#host.element.currency; },
      strings: () => this.#strings(),
      fmt: () => this.#fmt(),
      answered: (input, result) => this.#host.changed(input, result, this.#lang),
    });
    const { panel, instance } = await this.#panels.open(this.#state.view, this.#lang);
    this.#cycle.fill(panel);
    this.#byId('loading').hidden = true;
    this.#byId('planner').hidden = false;  // before the first recompute: it reads only shown fields
    this.#panels.show(this.#state.view);
    this.#width = this.#panels.chartWidth() || this.#width;
    this.#editor.build();
    instance.sync();
    this.#started = true;
  }

  // After the start: every other view, once the page is idle.
  prefetch() { this.#panels.prefetch(this.#lang); }

  stop() {
    this.#announcer.stop();
    this.#panels.stop();
    this.#persistence?.store();  // an element taken out of the page keeps its last input
  }

  // Another language, once its words are there: what was typed is kept, every readable number re-spelled.
  async language(lang) {
    await Promise.all([stringsReady(lang), this.#panels.ready(lang)]);  // English comes in its own files, the first time
    if (lang === this.#lang) return;
    const next = formatters(this.#core, lang, this.#host.element.currency);
    this.#cycle.collect();
    respellFields(this.#root, this.#core, { lang: this.#lang, currency: this.#host.element.currency, stages: this.#state.stages }, next, this.#state.texts);
    this.#lang = lang;
    this.#editor.respell(next);
  }

  // What a view gets from the shell (docs/architecture.md, "The view contract");
  // panels.js adds each view's own strings().
  #services() {
    const host = this;
    return {
      get core() { return host.#core; },
      get state() { return host.#state; },
      get lang() { return host.#lang; },
      fmt: () => this.#fmt(),
      // What views share is passed in, not imported: a lazily loaded view then
      // brings only its own code, and nothing is split out of the first load.
      funnel: (values) => conversionsOf(this.#state, values),
      // The plan's request as the plan view makes it (the hand-off's commitments are that plan's).
      planInput: (values) => planRequest(this.#state, values, this.#lang, conversionsOf(this.#state, values)),
      drawFunnel: (figure, chart) => drawFunnel(figure, { ...chart, width: this.#width, strings: this.#strings() }),
      chartWidth: () => this.#width,  // a view's own chart is drawn at this width, in px
      copy: (text, done) => copyText(text, this.#byId('copied'), { done, failed: this.#strings().copyFailed }),
      download: downloadText,
      definitions: fillDefinitions,
      changePeriod: (period) => changePeriod(this.#moveParts(), period),
      link: () => this.#persistence.address(),  // every export names it
      putValues: (values) => this.#put(() => putValues(this.#moveParts(), values)),  // [{ field, value }], as typed
      refresh: () => this.#cycle.run(),  // a view's answer changed on its own (a file was read)
      today,  // "YYYY-MM-DD" on this computer's calendar
    };
  }

  // Listeners and observers until `signal` aborts (the element leaving the page).
  connect(signal) {
    listen(this.#root, signal, {
      input: (field) => {
        this.#cycle.edited(field);
        this.#cycle.run();
      },
      left: (field) => { if (this.#cycle.left(field)) this.#cycle.run(); },
      pastedName: (index, text) => {
        this.#cycle.refuseName(index, text);
        this.#cycle.run();
      },
      pastedRow: (field, text) => this.#pastedRow(field, text),
      change: (target) => this.#onChange(target),
      click: (target, event) => this.#onClick(target, event),
    });
    window.addEventListener('pagehide', () => this.#persistence.store(), { signal });
    printPages(signal, () => this.#panels.active?.view);
    summaryBar(this.#root, signal, () => this.#panels.active.panel.querySelector('.results'));
    this.#panels.observe(signal, (width) => {
      if (width > 0 && width !== this.#width) {
        this.#width = width;
        this.#cycle.draw();
      }
    });
  }

  applySettings() {
    applyHostSettings(this.#host.element, this.#root, { setting: this.#host.setting, leadOffer: this.#strings().leadOffer });
    // A view the host no longer shows gives way to the plan.
    if (!this.#panels.showViews(this.#host.element.getAttribute('views')).includes(this.#state.view)) this.#openView(this.#panels.shown[0]);
    this.#applyTexts();
    this.#cycle.run();
  }

  // Every label in the current language: the shell's, the open view's, the editor's.
  #applyTexts() {
    for (const button of this.#root.querySelectorAll('[data-lang]')) button.setAttribute('aria-pressed', String(button.dataset.lang === this.#lang));
    this.#panels.applyTexts(this.#lang, this.#strings().printedOn(this.#fmt().date(new Date())));
    this.#showNotices();
    this.#editor.label();
  }

  #showNotices() {
    const notices = this.#notices;
    const lang = this.#lang;
    showNotices(this.#root, notices, {
      lang, strings: this.#strings(), fmt: this.#fmt(), state: this.#state, fieldLabels: () => this.#panels.fieldLabels(lang),
      current: () => this.#notices === notices && this.#lang === lang,  // not dismissed or re-spelled meanwhile
    });
  }

  #stagesChanged() {
    this.#cycle.stagesMoved();
    this.#editor.build();
    this.#applyTexts();
    this.#cycle.run();
  }

  // Opens a view: its panel (loaded the first time), its tab, the shared parts in its slots.
  async #openView(id) {
    this.#cycle.collect();
    this.#state.view = id;
    this.#panels.select(id);
    const { panel, instance } = await this.#panels.open(id, this.#lang);
    if (this.#state.view !== id) return;  // another tab was chosen meanwhile
    if (!panel.dataset.filled) this.#cycle.fill(panel);
    this.#panels.show(id);
    this.#width = this.#panels.chartWidth() || this.#width;
    instance.sync();
    this.#applyTexts();
    this.#cycle.run();
  }

  #onChange(target) {
    const state = this.#state;
    if (!state) return;
    const { instance } = this.#panels.active;
    if (this.#editor.change(target, (index) => instance.rateOf(index))) {
      instance.label();  // a view's labels may name stages
    } else if (instance.change(target)) {
      instance.sync();
      this.#applyTexts();  // labels name the period and the currency
    } else {
      return;
    }
    this.#cycle.run();
  }

  #onClick(target, event) {
    if (!this.#state) return;
    const { view, instance } = this.#panels.active;
    if (target.dataset.viewTab || target.dataset.openView) {  // a tab, or a view's button that opens another
      this.#openView(target.dataset.viewTab ?? target.dataset.openView);
    } else if (target.dataset.lang) {
      this.#host.element.setAttribute('lang', target.dataset.lang);
    } else if (this.#editor.click(target) || instance.click?.(target)) {
      // the editor's (it asked for a new turn itself) or one of the view's own buttons
    } else if (target.dataset.applyHint) {
      this.#cycle.applyHint(target.dataset.applyHint);
    } else if (target.id === 'share-notice-close') {
      this.#notices = null;
      this.#showNotices();
    } else if (target.id === 'share') {
      copyText(this.#persistence.address(), this.#byId('copied'), { done: this.#strings().shareDone, failed: this.#strings().copyFailed });
    } else if (target.parentElement?.id === 'view-actions' && this.#cycle.shown?.view === view.id) {
      instance.export(target.id.slice(view.id.length + 1));
    } else if (target.id === 'print') {
      window.print();
    } else if (target.id === 'cta') {
      this.#host.cta(target, event);
    } else if (target.id === 'lead') {
      const parts = { core: this.#core, lang: this.#lang, fmt: this.#fmt(), state: this.#state, values: this.#cycle.shown?.values ?? {}, link: this.#persistence.address(), host: this.#host.element };
      import('./lead-capture.js').then(({ openLeadForm }) => openLeadForm(this.#root, parts));  // loaded on first use
    }
  }

  // What value-moves.js needs to put values into fields.
  #moveParts() {
    const { currency } = this.#host.element;
    return { core: this.#core, state: this.#state, cycle: this.#cycle, lang: this.#lang, currency, fmt: this.#fmt(), strings: this.#strings() };
  }

  // Values put into fields (a pasted row, an import): the editor rebuilt around them, a new turn.
  #put(move) {
    if (move() === false) return false;
    this.#editor.build();
    this.#editor.label();
    this.#cycle.run();
    return true;
  }

  // A row pasted into a count: the funnel's counts from it, the field kept in focus.
  #pastedRow(input, text) {
    const { field } = input.dataset;
    if (!this.#put(() => fillFunnel(this.#moveParts(), field, text))) return false;
    this.#root.querySelector(`input[data-field="${CSS.escape(field)}"]`)?.focus();
    return true;
  }
}
