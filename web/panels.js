// The views' panels: each view's markup stamped into a panel of its own when
// the view is first opened, one panel shown at a time, and the shell's shared
// parts (the funnel editor, the status line, the actions) moved into the open
// panel's slots, so that a view lays them out where it wants them.
import { STRINGS } from './i18n.js';
import { VIEWS, VIEW_IDS, loadView, shownViews, viewWords } from './views/registry.js';

const SLOTS = ['funnel', 'status', 'actions'];
const sheets = new Map();  // view id -> its CSSStyleSheet, one per page

export class Panels {
  #root;
  #services;  // what the shell gives every view (docs/architecture.md)
  #sheet;  // css -> CSSStyleSheet
  #opened = new Map();  // id -> { view, panel, instance }
  #active = null;
  #merged = new Map();  // "id|lang" -> the view's words over the shell's
  #slotted = {};  // slot name -> the shell's part that fills it
  #summary;
  #observers = [];  // of the open panel's results card
  #watch = null;  // observes the open panel's results card again
  #shown = VIEW_IDS;  // the views the host shows (its views attribute)

  constructor(root, services, sheet) {
    this.#root = root;
    this.#summary = root.getElementById('summary');
    this.#services = services;
    this.#sheet = sheet;
    for (const name of SLOTS) this.#slotted[name] = root.getElementById(`${name}-template`).content.firstElementChild.cloneNode(true);
    for (const { id } of VIEWS) {
      const tab = document.createElement('button');
      tab.type = 'button';
      tab.id = `tab-${id}`;
      tab.tabIndex = -1;
      tab.dataset.viewTab = id;
      tab.setAttribute('role', 'tab');
      root.getElementById('tabs').append(tab);
    }
  }

  get active() { return this.#opened.get(this.#active); }
  get shown() { return this.#shown; }

  // Only the tabs of the views the host shows (`attribute`: its views attribute), and no row for a single one.
  showViews(attribute) {
    this.#shown = shownViews(attribute);
    for (const tab of this.#root.querySelectorAll('[data-view-tab]')) tab.hidden = !this.#shown.includes(tab.dataset.viewTab);
    this.#root.getElementById('tabs').hidden = this.#shown.length < 2;
    return this.#shown;
  }
  // The shell's part that fills slot `name`, in the open panel or out of the page.
  slotted(name) { return this.#slotted[name]; }
  get opened() { return [...this.#opened.values()]; }

  // Loads a view (the first time) and stamps its panel, hidden.
  async open(id, lang) {
    const view = await loadView(id, lang);
    if (this.#opened.has(id)) return this.#opened.get(id);
    if (view.styles) {
      if (!sheets.has(id)) sheets.set(id, this.#sheet(view.styles));
      this.#root.adoptedStyleSheets = [...this.#root.adoptedStyleSheets, sheets.get(id)];
    }
    const panel = document.createElement('div');
    panel.className = 'layout';
    panel.id = `panel-${id}`;
    panel.dataset.panel = id;
    panel.setAttribute('role', 'tabpanel');
    panel.setAttribute('aria-labelledby', `tab-${id}`);
    panel.hidden = true;
    panel.innerHTML = view.template;  // static markup, no data
    this.#root.getElementById('panels').append(panel);
    this.#root.getElementById(`tab-${id}`).setAttribute('aria-controls', panel.id);
    // The shell's services, live (its getters), and the view's own words.
    const shell = Object.create(this.#services, { strings: { value: () => this.strings(view, this.#services.lang) } });
    const entry = { view, panel, instance: view.create(panel, shell) };
    this.#opened.set(id, entry);
    return entry;
  }

  // Every other view, once the page has loaded and the browser is idle, so
  // that opening one is instant; not before: the first plan comes first.
  prefetch(lang) {
    const idle = window.requestIdleCallback ?? ((run) => setTimeout(run, 1000));
    // The views' code only: a view's own WebAssembly module (the schedule's, 33 KB) loads when it is opened.
    const load = () => idle(() => { for (const id of this.#shown) viewWords(id, lang).catch(() => {}); });
    if (document.readyState === 'complete') load();
    else window.addEventListener('load', load, { once: true });
  }

  // Every opened view's words in `lang` (a view's English may load on its own).
  ready(lang) {
    return Promise.all([...this.#opened.keys()].map((id) => viewWords(id, lang)));
  }

  // Shows an opened view's panel, alone, with the shared parts in its slots.
  show(id) {
    this.#active = id;
    this.select(id);
    const { panel } = this.#opened.get(id);
    for (const name of SLOTS) panel.querySelector(`[data-slot="${name}"]`)?.append(this.#slotted[name]);
    this.#watch?.();
  }

  // The tab of `id` selected and every other panel hidden: at once on a click,
  // while the view may still be loading.
  select(id) {
    for (const { panel, view } of this.#opened.values()) panel.hidden = view.id !== id;
    for (const tab of this.#root.querySelectorAll('[data-view-tab]')) {
      const selected = tab.dataset.viewTab === id;
      tab.setAttribute('aria-selected', String(selected));
      tab.tabIndex = selected ? 0 : -1;
    }
    this.#tabInSight();
  }

  // On a phone the row of tabs scrolls: the chosen one in sight (the row only, never the page).
  #tabInSight() {
    const tab = this.#root.querySelector('[data-view-tab][aria-selected="true"]');
    const row = tab?.parentElement;
    if (!row || row.scrollWidth <= row.clientWidth) return;
    const left = tab.getBoundingClientRect().left - row.getBoundingClientRect().left + row.scrollLeft;
    if (left < row.scrollLeft || left + tab.offsetWidth > row.scrollLeft + row.clientWidth) row.scrollLeft = left - 8;
  }

  // Every label in `lang`: each panel's words are its view's (over the shell's),
  // outside the panels the shell's; the tabs, the print date, the open view's
  // exports and its own labels (view.label(), for texts that follow the state).
  applyTexts(lang, printed) {
    const words = new Map(this.opened.map((entry) => [entry.panel, this.strings(entry.view, lang)]));
    const wordsOf = (node) => words.get(node.closest('[data-panel]')) ?? STRINGS[lang];
    for (const node of this.#root.querySelectorAll('[data-text]')) node.textContent = wordsOf(node)[node.dataset.text];
    for (const node of this.#root.querySelectorAll('[data-label]')) node.setAttribute('aria-label', wordsOf(node)[node.dataset.label]);
    for (const { id, tab } of VIEWS) {
      // "Planen" and ": Ziel → Leads": a phone shows the first part only; the name stays whole.
      const [name, rest] = tab[lang].split(/(?=: )/);
      const button = this.#root.getElementById(`tab-${id}`);
      button.replaceChildren(name, ...(rest ? [Object.assign(document.createElement('span'), { className: 'tab-rest', textContent: rest })] : []));
      button.setAttribute('aria-label', tab[lang]);
    }
    for (const node of this.#root.querySelectorAll('.printed')) node.textContent = printed;
    this.#tabInSight();
    this.showActions(lang);
    this.active.instance.label();
  }

  // The open view's exports beside "copy link" and "print". Built again only for
  // another view or language: a button replaced under the pointer (a name's
  // change event fires as the field loses focus to it) would lose the click.
  showActions(lang) {
    const { view, instance } = this.active;
    const box = this.#root.getElementById('view-actions');
    const key = `${view.id}|${lang}`;
    if (box.dataset.for === key) return;
    box.dataset.for = key;
    box.replaceChildren(...instance.exports.map((item) => {
      const button = Object.assign(document.createElement('button'), { type: 'button', id: `${view.id}-${item.id}`, textContent: item.text });
      button.setAttribute('part', 'button');
      return button;
    }));
  }

  // The open view's chart is drawn at its results card's content width, in px.
  chartWidth() {
    const results = this.active.panel.querySelector('.results');
    const style = getComputedStyle(results);
    return Math.floor(results.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight));
  }

  // Watches the open panel's results card until `signal` aborts: onWidth(width)
  // when its width changes; the summary bar shows only while it is out of sight.
  observe(signal, onWidth) {
    const watch = () => {
      for (const observer of this.#observers) observer.disconnect();
      const results = this.active.panel.querySelector('.results');
      this.#observers = [
        new ResizeObserver(() => onWidth(this.chartWidth())),
        new IntersectionObserver((entries) => this.#summary.classList.toggle('covered', entries.at(-1).isIntersecting)),
      ];
      for (const observer of this.#observers) observer.observe(results);
    };
    watch();
    this.#watch = watch;
    signal.addEventListener('abort', () => {
      for (const observer of this.#observers) observer.disconnect();
      this.#watch = null;
    });
  }

  // How the views name their fields (for the notice about a link's parts):
  // every view is loaded for it. Resolves to labelOf(field, { fmt, state }).
  async fieldLabels(lang) {
    const views = await Promise.all(VIEWS.map(({ id }) => viewWords(id, lang)));
    return (field, context) => views.map((view) => view.fieldLabel(field, { ...context, strings: this.strings(view, lang) }))
      .find((label) => label) ?? null;
  }

  // A view's words in `lang`, over the shell's (STRINGS, i18n.js).
  strings(view, lang) {
    const key = `${view.id}|${lang}`;
    if (!this.#merged.has(key)) this.#merged.set(key, { ...STRINGS[lang], ...view.strings[lang] });  // loaded: see ready()
    return this.#merged.get(key);
  }

  stop() {
    for (const { instance } of this.#opened.values()) instance.stop();
  }
}
