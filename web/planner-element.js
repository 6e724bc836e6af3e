// <funnel-planner>: the shell of the planner, one custom element with a shadow
// root. It holds the host's settings (attributes, the source of truth: a bad
// value falls back to its default and never breaks the page), the language,
// the tabs and the input, and lends the funnel editor, the status line and the
// actions to the open view (web/views/). The element sends nothing anywhere:
// no fetch, no cookies, no analytics; it only raises DOM events for the host.
import { copyText, downloadText } from './actions.js';
import { Announcer } from './announcer.js';
import { loadCore } from './core-loader.js';
import { fieldInputs, placeErrors, readFields, respellFields, shownFields } from './fields.js';
import { formatters, validCurrency } from './format.js';
import { LANGUAGES, LOADING, STRINGS, browserLanguage, stringsReady } from './i18n.js';
import { Persistence } from './persistence.js';
import { STYLES } from './planner-styles.js';
import { TEMPLATE } from './planner-template.js';
import { conversionsOf, sharedOf, stateFrom } from './planner-state.js';
import { drawFunnel } from './chart.js';
import { colourOf, linkOf } from './safe-attributes.js';
import { StageEditor } from './stage-editor.js';
import { VIEWS, VIEW_IDS, loadView } from './views/registry.js';
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
  #lang = 'de';
  #shown = null;  // { view, result, values, request } of the last valid answer
  #width = 480;
  #pendingRender = false;
  #languageChanged = false;
  #starting = false;
  #notices = null;  // { source: 'link' | 'storage', list: [{ field, code }] } of what could not be taken over
  #refusedName = null;  // { index, text }: a pasted name with a line break, refused until the field is edited
  #persistence = null;
  #announcer;
  #editor;
  #panels;
  #connection = null;  // aborts the listeners and observers of one connection to a document

  constructor() {
    super();
    this.#root = this.attachShadow({ mode: 'open' });
    this.#root.adoptedStyleSheets = [shellSheet ??= sheet(STYLES)];
    this.#root.innerHTML = TEMPLATE;  // static markup, no data
    this.#announcer = new Announcer(this.#byId('announce'));
    const host = this;
    this.#editor = new StageEditor(this.#root, {
      get state() { return host.#state; }, fmt: () => this.#fmt(), strings: () => this.#strings(),
      collect: () => this.#collect(), stagesChanged: () => this.#stagesChanged(),
    });
    this.#panels = new Panels(this.#root, (view) => this.#viewShell(view), sheet);
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
    this.#state = stateFrom(shared, this.#fmt(), goal.ok && goal.value > 0 ? goal.value : undefined, VIEW_IDS);
    const { panel, instance } = await this.#panels.open(this.#state.view, this.#lang);
    this.#fill(panel);
    loading.hidden = true;
    this.#byId('planner').hidden = false;  // before the first recompute: it reads only shown fields
    this.#panels.show(this.#state.view);
    this.#width = this.#chartWidth() || this.#width;
    this.#editor.build();
    instance.sync();
    this.#connect();
    this.#applySettings();
  }

  disconnectedCallback() {
    this.#connection?.abort();
    this.#connection = null;
    this.#announcer.stop();
    this.#panels.stop();
    this.#persistence?.store();
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

  // What a view gets from the shell (docs/architecture.md, "The view contract").
  #viewShell(view) {
    const host = this;
    return {
      get core() { return host.#core; },
      get state() { return host.#state; },
      get lang() { return host.#lang; },
      strings: () => this.#panels.strings(view, this.#lang),
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
    const root = this.#root;
    const on = (type, handler, target = root) => target.addEventListener(type, handler, { signal });
    on('input', (event) => {
      if (!event.target.matches('input[data-field]')) return;
      if (this.#refusedName?.index === Number(event.target.dataset.stage)) this.#refusedName = null;
      this.#recompute();
    });
    // A text field drops the line breaks of pasted text without a word: a name
    // with one is refused instead, with the core's message, until the field is edited.
    on('paste', (event) => {
      const text = event.clipboardData?.getData('text/plain') ?? '';
      if (!event.target.matches('input.stage-name') || !/[\r\n]/.test(text)) return;
      event.preventDefault();
      this.#refusedName = { index: Number(event.target.dataset.stage), text };
      this.#recompute();
    });
    on('change', (event) => this.#onChange(event.target));
    on('click', (event) => this.#onClick(event));
    on('submit', (event) => event.preventDefault());
    on('keydown', (event) => {
      const tab = event.target.closest?.('[data-view-tab]');
      if (!tab || (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft')) return;
      const tabs = [...root.querySelectorAll('[data-view-tab]')];
      const next = tabs[(tabs.indexOf(tab) + (event.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length];
      next.focus();
      next.click();
    });
    on('pagehide', () => this.#persistence.store(), window);
    // The chart is drawn at the results card's width; the summary bar shows while the results are out of sight.
    const resize = new ResizeObserver(() => {
      const width = this.#chartWidth();
      if (width > 0 && width !== this.#width) {
        this.#width = width;
        this.#draw();
      }
    });
    const summary = this.#byId('summary');
    const covered = new IntersectionObserver((entries) => summary.classList.toggle('covered', entries.at(-1).isIntersecting));
    const observe = () => {
      for (const observer of [resize, covered]) observer.disconnect();
      const results = this.#results();
      resize.observe(results);
      covered.observe(results);
    };
    observe();
    this.#root.addEventListener('funnel-planner-view', observe, { signal });
    signal.addEventListener('abort', () => { resize.disconnect(); covered.disconnect(); });
  }

  #results() { return this.#panels.active.panel.querySelector('.results'); }

  // The chart is drawn at the results card's content width, in px; the first
  // time before the first plan, so the plan is drawn once, at its final size.
  #chartWidth() {
    const results = this.#results();
    const style = getComputedStyle(results);
    return Math.floor(results.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight));
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

  // Every label in the current language: the shell's, the open view's, and the view's exports.
  #applyTexts() {
    const { view, instance } = this.#panels.active;
    const strings = this.#panels.strings(view, this.#lang);
    // Each panel's words are its view's (over the shell's); outside the panels, the shell's.
    const words = new Map(this.#panels.opened.map((entry) => [entry.panel, this.#panels.strings(entry.view, this.#lang)]));
    const wordsOf = (node) => words.get(node.closest('[data-panel]')) ?? this.#strings();
    for (const node of this.#root.querySelectorAll('[data-text]')) node.textContent = wordsOf(node)[node.dataset.text];
    for (const node of this.#root.querySelectorAll('[data-label]')) node.setAttribute('aria-label', wordsOf(node)[node.dataset.label]);
    for (const button of this.#root.querySelectorAll('[data-lang]')) button.setAttribute('aria-pressed', String(button.dataset.lang === this.#lang));
    for (const { id, tab } of VIEWS) this.#byId(`tab-${id}`).textContent = tab[this.#lang];
    const printed = strings.printedOn(this.#fmt().date(new Date()));
    for (const node of this.#root.querySelectorAll('.printed')) node.textContent = printed;
    this.#viewActions(view, instance);
    this.#showNotices();
    this.#editor.label();
    instance.label();
  }

  // The open view's exports beside "copy link" and "print". Built again only for
  // another view or language: a button replaced under the pointer (a name's
  // change event fires as the field loses focus to it) would lose the click.
  #viewActions(view, instance) {
    const box = this.#byId('view-actions');
    const key = `${view.id}|${this.#lang}`;
    if (box.dataset.for === key) return;
    box.dataset.for = key;
    box.replaceChildren(...instance.exports.map((item) => {
      const button = Object.assign(document.createElement('button'), { type: 'button', id: `${view.id}-${item.id}`, textContent: item.text });
      button.setAttribute('part', 'button');
      return button;
    }));
  }

  // What a link or the last visit held that could not be taken over, named
  // part by part in the page's language (notices.js, loaded only then, with
  // every view: each names its own fields).
  #showNotices() {
    const box = this.#byId('share-notice');
    box.hidden = !this.#notices;
    if (!this.#notices) return;
    const notices = this.#notices;
    const lang = this.#lang;
    Promise.all([import('./notices.js'), ...VIEW_IDS.map((id) => loadView(id, lang))]).then(([{ renderNotices }, ...views]) => {
      if (this.#notices !== notices || this.#lang !== lang) return;  // dismissed or re-spelled meanwhile
      const context = { strings: this.#strings(), fmt: this.#fmt(), state: this.#state };
      const labelOf = (field) => views.map((view) => view.fieldLabel(field, { ...context, strings: this.#panels.strings(view, lang) }))
        .find((label) => label) ?? null;
      renderNotices(this.#root, notices, { lang, strings: context.strings, fmt: context.fmt, stages: this.#state.stages, labelOf });
    });
  }

  // A new panel's fields show their texts as kept (names are the editor's).
  #fill(panel) {
    for (const input of fieldInputs(panel)) if (input.dataset.kind !== 'name') input.value = this.#state.texts[input.dataset.field] ?? '';
    panel.dataset.filled = 'yes';
  }

  // The fields' texts and the names, as typed, into the state.
  #collect() {
    for (const input of fieldInputs(this.#root)) {
      if (input.dataset.kind !== 'name') this.#state.texts[input.dataset.field] = input.value;
    }
    this.#editor.collectNames();
  }

  #recompute() {
    if (!this.#state || !this.#core) return;
    this.#collect();
    const state = this.#state;
    const { values, messages } = readFields(state.texts, shownFields(this.#root), this.#core, this.#lang);
    const { view, instance, panel } = this.#panels.active;
    let { call, input: request } = instance.request(values);
    // A refused name is checked instead of the field's text, for the core's message on it.
    const refused = this.#refusedName;
    if (refused) request = { ...request, stages: state.stages.map((name, i) => (i === refused.index ? refused.text : name)) };
    const result = this.#core[call](request);
    // A field that could not be read is "missing" to the core: keep the reader's message.
    if (!result.ok) for (const error of result.errors) if (!messages.has(error.field)) messages.set(error.field, error.message);
    placeErrors(this.#root, messages);
    this.#persistence.keep(sharedOf(state, values, this.#lang));

    const strings = this.#strings();
    const invalid = messages.size > 0;
    const stale = this.#byId('stale');
    stale.hidden = !invalid;
    stale.textContent = panel.querySelector('.result').hidden ? strings.fixFirst : strings.stale;
    this.#byId('summary').classList.toggle('stale', invalid);
    if (invalid) {
      this.#announcer.say(strings.announceError(messages.values().next().value));
    } else {
      this.#shown = { view: view.id, result, values, request };
      this.#draw();
    }
    this.dispatchEvent(new CustomEvent('funnel-planner-change', {
      bubbles: true, composed: true, detail: { input: request, result },
    }));
  }

  #draw() {
    const { view, instance, panel } = this.#panels.active;
    if (this.#shown?.view !== view.id) return;
    const { result, values, request } = this.#shown;
    const box = panel.querySelector('.result');
    const sentence = instance.render(result, values, request, box.hidden);
    if (!performance.getEntriesByName('funnel-planner:first-plan').length) performance.mark('funnel-planner:first-plan');  // for scripts/bench
    box.hidden = false;
    const summary = this.#byId('summary');
    summary.textContent = sentence;
    summary.setAttribute('aria-label', `${this.#strings().summaryLabel}: ${sentence}`);
    summary.hidden = false;
    this.#announcer.say(this.#strings().announcePlan(sentence));
  }

  #stagesChanged() {
    this.#refusedName = null;  // its place may move
    this.#editor.build();
    this.#applyTexts();
    this.#recompute();
  }

  // Opens a view: its panel (loaded the first time), its tab, the shared parts in its slots.
  async #openView(id) {
    this.#collect();
    this.#state.view = id;
    for (const tab of this.#root.querySelectorAll('[data-view-tab]')) tab.setAttribute('aria-selected', String(tab.dataset.viewTab === id));
    for (const { panel } of this.#panels.opened) panel.hidden = true;
    const { panel, instance } = await this.#panels.open(id, this.#lang);
    if (this.#state.view !== id) return;  // another tab was chosen meanwhile
    if (!panel.dataset.filled) this.#fill(panel);
    this.#panels.show(id);
    this.#root.dispatchEvent(new Event('funnel-planner-view'));  // the observers follow the open panel
    this.#width = this.#chartWidth() || this.#width;
    instance.sync();
    this.#applyTexts();
    this.#recompute();
  }

  #onChange(target) {
    const state = this.#state;
    if (!state) return;
    const { instance } = this.#panels.active;
    if (target.name?.startsWith('mode-')) {
      this.#editor.switchMode(target, instance.rateOf(Number(target.closest('fieldset').dataset.index)));
    } else if (target.classList.contains('stage-name')) {
      this.#collect();
      this.#applyTexts();
    } else if (instance.change(target)) {
      instance.sync();
      this.#applyTexts();  // labels name the period and the currency
    } else {
      return;
    }
    this.#recompute();
  }

  #onClick(event) {
    const target = event.target.closest('button, a');
    if (!target || !this.#state) return;
    const { view, instance } = this.#panels.active;
    if (target.dataset.viewTab) {
      this.#openView(target.dataset.viewTab);
    } else if (target.dataset.lang) {
      this.setAttribute('lang', target.dataset.lang);
    } else if (target.dataset.remove !== undefined) {
      this.#editor.remove(Number(target.dataset.remove));
    } else if (target.dataset.insert !== undefined) {
      this.#editor.insertBelow(Number(target.dataset.insert));
    } else if (target.id === 'add-top') {
      this.#editor.addOnTop();
    } else if (target.id === 'share-notice-close') {
      this.#notices = null;
      this.#showNotices();
    } else if (target.id === 'share') {
      const url = new URL(window.location.href);
      url.hash = this.#persistence.link();
      copyText(url.href, this.#byId('copied'), { done: this.#strings().shareDone, failed: this.#strings().copyFailed });
    } else if (target.parentElement?.id === 'view-actions' && this.#shown?.view === view.id) {
      instance.export(target.id.slice(view.id.length + 1));
    } else if (target.id === 'print') {
      window.print();
    } else if (target.id === 'cta') {
      const allowed = this.dispatchEvent(new CustomEvent('funnel-planner-cta', {
        bubbles: true, composed: true, cancelable: true, detail: { input: this.#shown?.request ?? null, result: this.plan },
      }));
      if (!allowed || target.getAttribute('href') === '#') event.preventDefault();
    }
  }

  #switchLanguage(lang) {
    // Keep what people typed: re-spell every readable number in the new language.
    const next = formatters(this.#core, lang, this.currency);
    respellFields(this.#root, this.#core, this.#lang, next);
    this.#collect();
    this.#lang = lang;
    this.#editor.respell(next);
  }
}
