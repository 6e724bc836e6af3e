// <funnel-planner>: the shell of the planner, one custom element with a shadow
// root. It holds the host's settings (attributes, the source of truth: a bad
// value falls back to its default and never breaks the page), the language,
// the tabs and the input, and lends the funnel editor, the status line and the
// actions to the open view (web/views/). The element sends nothing anywhere:
// no fetch, no cookies, no analytics; it only raises DOM events for the host.
import { copyText, downloadText } from './actions.js';
import { Announcer } from './announcer.js';
import { loadCore } from './core-loader.js';
import { respellFields } from './fields.js';
import { InputCycle } from './input-cycle.js';
import { formatters, validCurrency } from './format.js';
import { LANGUAGES, LOADING, STRINGS, browserLanguage, stringsReady } from './i18n.js';
import { applyHostSettings } from './host-settings.js';
import { Persistence } from './persistence.js';
import { STYLES } from './planner-styles.js';
import { TEMPLATE } from './planner-template.js';
import { conversionsOf, stateFrom } from './planner-state.js';
import { drawFunnel } from './chart.js';
import { listen } from './shell-events.js';
import { StageEditor } from './stage-editor.js';
import { VIEWS, VIEW_IDS } from './views/registry.js';
import { Panels } from './panels.js';

const sheet = (css) => { const made = new CSSStyleSheet(); made.replaceSync(css); return made; };
let shellSheet = null;

export class FunnelPlanner extends HTMLElement {
  static observedAttributes = ['lang', 'goal', 'currency', 'accent', 'cta-text', 'cta-href', 'share', 'storage', 'url-sync'];

  // Registers the tag; harmless when the module is loaded twice.
  static define(tag = 'funnel-planner', registry = customElements) {
    if (!registry.get(tag)) registry.define(tag, this);
  }

  #root;
  #core = null;
  #state = null;
  #rules = null;  // core.funnelRules(): stage limits and default stages
  #lang = 'de';
  #width = 480;
  #pendingRender = false;
  #languageChanged = false;
  #starting = false;
  #notices = null;  // { source: 'link' | 'storage', list: [{ field, code }] } of what could not be taken over
  #persistence = null;
  #announcer;
  #editor;
  #panels;
  #cycle = null;  // the input's turn through the core, from the start on
  #connection = null;  // aborts the listeners and observers of one connection to a document

  constructor() {
    super();
    this.#root = this.attachShadow({ mode: 'open' });
    this.#root.adoptedStyleSheets = [shellSheet ??= sheet(STYLES)];
    this.#root.innerHTML = TEMPLATE;  // static markup, no data
    this.#announcer = new Announcer(this.#byId('announce'));
    const host = this;
    this.#editor = new StageEditor(this.#root, {
      get state() { return host.#state; }, get rules() { return host.#rules; }, fmt: () => this.#fmt(), strings: () => this.#strings(),
      collect: () => this.#cycle.collect(), stagesChanged: () => this.#stagesChanged(),
    });
    this.#panels = new Panels(this.#root, this.#services(), sheet);
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
  get plan() { return this.#cycle?.shown?.result ?? null; }

  async connectedCallback() {
    if (this.#state) this.#connect();
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
    this.#persistence = new Persistence(this.#core, {
      storage: () => this.#setting('storage', true),
      urlSync: () => this.hasAttribute('url-sync') && this.getAttribute('url-sync') !== 'off',
    });
    const { shared, notices } = this.#persistence.read();
    this.#notices = notices;
    // A link or the last visit speaks for the person, over the host's default language.
    if (LANGUAGES.includes(shared.lang)) this.#lang = shared.lang;
    await stringsReady(this.#lang);  // at once, but for English on a page that asked for German
    const goal = this.getAttribute('goal') ? this.#core.parseNumber(this.getAttribute('goal'), 'en') : { ok: false };
    this.#rules = this.#core.funnelRules();  // the limits and the default stages: the core's, not a copy
    this.#state = stateFrom(shared, this.#fmt(), goal.ok && goal.value > 0 ? goal.value : undefined, VIEW_IDS, this.#rules.defaultStages);
    const host = this;
    this.#cycle = new InputCycle(this.#root, {
      core: this.#core, panels: this.#panels, editor: this.#editor, persistence: this.#persistence, announcer: this.#announcer,
    }, {
      get state() { return host.#state; },
      get lang() { return host.#lang; },
      strings: () => this.#strings(),
      answered: (input, result) => this.dispatchEvent(new CustomEvent('funnel-planner-change', {
        bubbles: true, composed: true, detail: { input, result },
      })),
    });
    const { panel, instance } = await this.#panels.open(this.#state.view, this.#lang);
    this.#cycle.fill(panel);
    loading.hidden = true;
    this.#byId('planner').hidden = false;  // before the first recompute: it reads only shown fields
    this.#panels.show(this.#state.view);
    this.#width = this.#panels.chartWidth() || this.#width;
    this.#editor.build();
    instance.sync();
    this.#connect();
    this.#applySettings();
    this.#panels.prefetch(this.#lang);
  }

  disconnectedCallback() {
    this.#connection?.abort();
    this.#connection = null;
    this.#announcer.stop();
    this.#panels.stop();
    this.#persistence?.store();  // an element taken out of the page keeps its last input
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
        await Promise.all([stringsReady(lang), this.#panels.ready(lang)]);  // English comes in its own files, the first time
        if (lang !== this.#lang) this.#switchLanguage(lang);
      }
      this.#applySettings();
    });
  }

  #byId(id) { return this.#root.getElementById(id); }
  #strings() { return STRINGS[this.#lang]; }
  #fmt() { return formatters(this.#core, this.#lang, this.currency); }

  #attributeLanguage() {
    const value = (this.getAttribute('lang') ?? '').toLowerCase();
    return LANGUAGES.includes(value) ? value : browserLanguage();
  }

  #setting(name, fallback) {
    const value = (this.getAttribute(name) ?? '').trim().toLowerCase();
    return value === 'on' || value === 'off' ? value === 'on' : fallback;
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
      drawFunnel: (figure, chart) => drawFunnel(figure, { ...chart, width: this.#width, strings: this.#strings() }),
      copy: (text, done) => copyText(text, this.#byId('copied'), { done, failed: this.#strings().copyFailed }),
      download: downloadText,
    };
  }

  // Listeners and observers of this connection; disconnectedCallback releases them.
  #connect() {
    this.#connection?.abort();
    this.#connection = new AbortController();
    const { signal } = this.#connection;
    listen(this.#root, signal, {
      input: (field) => {
        this.#cycle.edited(field);
        this.#cycle.run();
      },
      pastedName: (index, text) => {
        this.#cycle.refuseName(index, text);
        this.#cycle.run();
      },
      change: (target) => this.#onChange(target),
      click: (target, event) => this.#onClick(target, event),
    });
    window.addEventListener('pagehide', () => this.#persistence.store(), { signal });
    this.#panels.observe(signal, (width) => {
      if (width > 0 && width !== this.#width) {
        this.#width = width;
        this.#cycle.draw();
      }
    });
  }

  #applySettings() {
    applyHostSettings(this, this.#root, this.#setting('share', true));
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

  // What a link or the last visit held that could not be taken over, named
  // part by part in the page's language (notices.js, loaded only then, with
  // every view: each names its own fields).
  #showNotices() {
    const notices = this.#notices;
    const lang = this.#lang;
    this.#byId('share-notice').hidden = !notices;
    if (!notices) return;
    Promise.all([import('./notices.js'), this.#panels.fieldLabels(lang)]).then(([{ renderNotices }, labelOf]) => {
      if (this.#notices !== notices || this.#lang !== lang) return;  // dismissed or re-spelled meanwhile
      const context = { lang, strings: this.#strings(), fmt: this.#fmt(), stages: this.#state.stages };
      renderNotices(this.#root, notices, { ...context, labelOf: (field) => labelOf(field, { fmt: context.fmt, state: this.#state }) });
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
    for (const tab of this.#root.querySelectorAll('[data-view-tab]')) tab.setAttribute('aria-selected', String(tab.dataset.viewTab === id));
    for (const { panel } of this.#panels.opened) panel.hidden = true;
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
    if (target.dataset.viewTab) {
      this.#openView(target.dataset.viewTab);
    } else if (target.dataset.lang) {
      this.setAttribute('lang', target.dataset.lang);
    } else if (this.#editor.click(target)) {
      // the editor rebuilt itself and asked for a new turn (stagesChanged)
    } else if (target.id === 'share-notice-close') {
      this.#notices = null;
      this.#showNotices();
    } else if (target.id === 'share') {
      const url = new URL(window.location.href);
      url.hash = this.#persistence.link();
      copyText(url.href, this.#byId('copied'), { done: this.#strings().shareDone, failed: this.#strings().copyFailed });
    } else if (target.parentElement?.id === 'view-actions' && this.#cycle.shown?.view === view.id) {
      instance.export(target.id.slice(view.id.length + 1));
    } else if (target.id === 'print') {
      window.print();
    } else if (target.id === 'cta') {
      const allowed = this.dispatchEvent(new CustomEvent('funnel-planner-cta', {
        bubbles: true, composed: true, cancelable: true, detail: { input: this.#cycle.shown?.request ?? null, result: this.plan },
      }));
      if (!allowed || target.getAttribute('href') === '#') event.preventDefault();
    }
  }

  #switchLanguage(lang) {
    // Keep what people typed: re-spell every readable number in the new language.
    const next = formatters(this.#core, lang, this.currency);
    respellFields(this.#root, this.#core, this.#lang, next);
    this.#cycle.collect();
    this.#lang = lang;
    this.#editor.respell(next);
  }
}
