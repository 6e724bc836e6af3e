// <funnel-planner>: the planner as one custom element with a shadow root. The
// element is the host's side: its attributes (the source of truth for the
// host's settings: a bad value falls back to its default and never breaks
// the page), its properties, its lifecycle and the events it raises. The
// planner behind it (planner.js) holds the input, the language, the tabs and
// the views (web/views/). The element sends nothing anywhere: no fetch, no
// cookies, no analytics; it only raises DOM events the host can listen to.
import { loadCore } from './core-loader.js';
import { validCurrency } from './format.js';
import { LANGUAGES, LOADING, browserLanguage, stringsReady } from './i18n.js';
import { Planner } from './planner.js';
import { STYLES } from './planner-styles.js';
import { TEMPLATE } from './planner-template.js';

const sheet = (css) => { const made = new CSSStyleSheet(); made.replaceSync(css); return made; };
let shellSheet = null;

export class FunnelPlanner extends HTMLElement {
  static observedAttributes = ['lang', 'goal', 'currency', 'accent', 'cta-text', 'cta-href', 'share', 'storage', 'url-sync', 'share-url', 'company', 'logo', 'powered-by', 'lead-to', 'lead-offer', 'views'];

  // Registers the tag; harmless when the module is loaded twice.
  static define(tag = 'funnel-planner', registry = customElements) {
    if (!registry.get(tag)) registry.define(tag, this);
  }

  #root;
  #planner;
  #starting = false;
  #pendingRender = false;
  #languageChanged = false;
  #connection = null;  // aborts the listeners and observers of one connection to a document

  constructor() {
    super();
    this.#root = this.attachShadow({ mode: 'open' });
    this.#root.adoptedStyleSheets = [shellSheet ??= sheet(STYLES)];
    this.#root.innerHTML = TEMPLATE;  // static markup, no data
    this.#planner = new Planner(this.#root, {
      element: this,
      setting: (name, fallback) => this.#setting(name, fallback),
      changed: (input, result, lang) => this.dispatchEvent(new CustomEvent('funnel-planner-change', {
        bubbles: true, composed: true, detail: { input, result, lang },
      })),
      cta: (link, event) => {
        const allowed = this.dispatchEvent(new CustomEvent('funnel-planner-cta', {
          bubbles: true, composed: true, cancelable: true, detail: { input: this.#planner.request, result: this.plan },
        }));
        if (!allowed || link.getAttribute('href') === '#') event.preventDefault();
      },
    }, sheet);
    loadCore().catch(() => {});  // start now; connectedCallback reports a failure
    stringsReady(this.#attributeLanguage()).catch(() => {});  // English comes in its own file
  }

  // Properties mirror the attributes.
  get lang() { return this.#planner.lang; }
  set lang(value) { this.setAttribute('lang', value); }
  get goal() { return this.getAttribute('goal'); }
  set goal(value) { this.setAttribute('goal', value); }
  get currency() { return validCurrency(this.getAttribute('currency') ?? 'EUR'); }
  set currency(value) { this.setAttribute('currency', value); }

  // The current input and answer, as the change event carries them.
  get plan() { return this.#planner.plan; }

  async connectedCallback() {
    if (this.#planner.started) this.#connect();
    if (this.#planner.started || this.#starting) return;
    this.#starting = true;
    this.#adoptEarlyProperties();
    // The element is usually defined once the core is there; if the core is
    // slow (funnel-planner.js), only one line shows until it is. Either way the
    // planner is laid out once, complete, with its first plan, so nothing on the
    // page shifts and the browser does that work once.
    const loading = this.#root.getElementById('loading');
    loading.textContent = LOADING[this.#attributeLanguage()].loading;
    let core;
    try {
      [core] = await Promise.all([loadCore(), stringsReady(this.#attributeLanguage())]);
    } catch (error) {
      loading.textContent = LOADING[this.#attributeLanguage()].loadFailed;
      throw error;
    }
    // The host may have set the language while the core loaded; its setting
    // while the planner starts (a view's files still on their way) applies
    // after, unless a link or the last visit chose the language.
    this.#languageChanged = false;
    await this.#planner.start(core, this.#attributeLanguage());
    if (this.#languageChanged && !this.#planner.languageOfInput) {
      this.#languageChanged = false;
      await this.#planner.language(this.#attributeLanguage());
    }
    this.#connect();
    this.#planner.applySettings();
    this.#planner.prefetch();
  }

  disconnectedCallback() {
    this.#connection?.abort();
    this.#connection = null;
    this.#planner.stop();
  }

  #connect() {
    this.#connection?.abort();
    this.#connection = new AbortController();
    this.#planner.connect(this.#connection.signal);
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
    if (this.#pendingRender || !this.#planner.started) return;
    this.#pendingRender = true;
    queueMicrotask(async () => {
      this.#pendingRender = false;
      if (this.#languageChanged) {
        this.#languageChanged = false;
        await this.#planner.language(this.#attributeLanguage());
      }
      this.#planner.applySettings();
    });
  }

  #attributeLanguage() {
    const value = (this.getAttribute('lang') ?? '').toLowerCase();
    return LANGUAGES.includes(value) ? value : browserLanguage();
  }

  #setting(name, fallback) {
    const value = (this.getAttribute(name) ?? '').trim().toLowerCase();
    return value === 'on' || value === 'off' ? value === 'on' : fallback;
  }
}
