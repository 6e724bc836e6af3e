// The views' panels: each view's markup stamped into a panel of its own when
// the view is first opened, one panel shown at a time, and the shell's shared
// parts (the funnel editor, the status line, the actions) moved into the open
// panel's slots, so that a view lays them out where it wants them.
import { STRINGS } from './i18n.js';
import { VIEWS, loadView } from './views/registry.js';

const SLOTS = ['funnel', 'status', 'actions'];
const sheets = new Map();  // view id -> its CSSStyleSheet, one per page

export class Panels {
  #root;
  #shellFor;  // view -> what the shell gives it
  #sheet;  // css -> CSSStyleSheet
  #opened = new Map();  // id -> { view, panel, instance }
  #active = null;
  #merged = new Map();  // "id|lang" -> the view's words over the shell's
  #slotted = {};  // slot name -> the shell's part that fills it

  constructor(root, shellFor, sheet) {
    this.#root = root;
    this.#shellFor = shellFor;
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
    const entry = { view, panel, instance: view.create(panel, this.#shellFor(view)) };
    this.#opened.set(id, entry);
    return entry;
  }

  // Every opened view's words in `lang` (a view's English may load on its own).
  ready(lang) {
    return Promise.all([...this.#opened.keys()].map((id) => loadView(id, lang)));
  }

  // Shows an opened view's panel, alone, with the shared parts in its slots.
  show(id) {
    this.#active = id;
    for (const { panel, view } of this.#opened.values()) panel.hidden = view.id !== id;
    const { panel } = this.#opened.get(id);
    for (const name of SLOTS) panel.querySelector(`[data-slot="${name}"]`)?.append(this.#slotted[name]);
    for (const tab of this.#root.querySelectorAll('[data-view-tab]')) {
      const selected = tab.dataset.viewTab === id;
      tab.setAttribute('aria-selected', String(selected));
      tab.tabIndex = selected ? 0 : -1;
    }
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
