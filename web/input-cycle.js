// One turn of the planner, on every keystroke: the fields' texts into the
// state, read as numbers by the core, the open view's request answered by the
// core, each problem next to its field, the input kept (storage, the link),
// and a valid answer drawn by the view. A wrong value never clears the last
// valid answer: it stays, marked as stale, until the input is valid again.
import { fieldInputs, fieldIsEmpty, placeErrors, placeHints, readFields, shownFields, spell } from './fields.js';
import { sharedOf } from './planner-state.js';

export class InputCycle {
  #root;
  #parts;  // { core, panels, editor, persistence, announcer } of the planner
  #host;  // { state, lang, currency, strings(), fmt(), answered(request, result) } of the planner
  #refusedName = null;  // { index, text }: a pasted name with a line break, refused until the field is edited
  // The fields a person has typed into or left since they appeared: an empty
  // field is marked as wrong only then. Before, it is one to fill, not an error
  // (a revenue goal just chosen, a stage just added).
  #touched = new Set();
  // Hints the core gave on the last turn, by "field#index" of their button;
  // and those pinned to a field until it is edited (a goal converted to
  // another period says so until the person types there).
  #hints = new Map();
  #pinned = new Map();
  shown = null;  // { view, result, values, request } of the last valid answer

  constructor(root, parts, host) {
    this.#root = root;
    this.#parts = parts;
    this.#host = host;
  }

  // A pasted name with a line break is checked instead of the field's text, for
  // the core's message on it; typing into that field (or moving stages) ends it.
  refuseName(index, text) { this.#refusedName = { index, text }; }
  edited(field) {
    if (this.#refusedName?.index === Number(field?.dataset.stage ?? -1)) this.#refusedName = null;
    if (field?.dataset.field) {
      this.#touched.add(field.dataset.field);
      this.#pinned.delete(field.dataset.field);
    }
  }

  // How the core reads a field here: the page's language and currency, the stage names as units.
  #reading() {
    const { lang, currency, state } = this.#host;
    return { lang, currency, stages: state.stages };
  }

  // The value the field's text reads as now, or undefined.
  valueOf(field) {
    this.collect();
    const text = this.#host.state.texts[field] ?? '';
    const { lang: locale, currency, stages } = this.#reading();
    const read = this.#parts.core.readField({ field, text, locale, currency, stages });
    return read.ok ? read.value : undefined;
  }

  // Puts a value into a field as if typed, spelled in the page's language,
  // with a hint that stays next to it until the field is edited.
  put(field, value, hint) {
    const text = spell(field, value, this.#host.fmt());
    this.#host.state.texts[field] = text;
    const input = this.#root.querySelector(`input[data-field="${CSS.escape(field)}"]`);
    if (input) input.value = text;
    this.#touched.add(field);
    if (hint) this.#pinned.set(field, hint);
    else this.#pinned.delete(field);
  }

  // A hint's button: what it suggests goes into its fields, as if typed.
  applyHint(key) {
    const hint = this.#hints.get(key);
    if (!hint) return;
    for (const { field, value } of hint.apply) this.put(field, value);
    this.run();
  }
  // A field left: true when it was one to fill, now to be marked if still empty.
  left(field) {
    const path = field.dataset.field;
    if (!path || this.#touched.has(path)) return false;
    this.#touched.add(path);
    return field.hasAttribute('data-to-fill');
  }
  // Stages moved: the fields' paths now name other fields, and new ones are to fill.
  stagesMoved() {
    this.#refusedName = null;
    this.#touched.clear();
  }

  // A new panel's fields show their texts as kept (names are the editor's).
  fill(panel) {
    for (const input of fieldInputs(panel)) if (input.dataset.kind !== 'name') input.value = this.#host.state.texts[input.dataset.field] ?? '';
    panel.dataset.filled = 'yes';
  }

  // The fields' texts and the names, as typed, into the state.
  collect() {
    for (const input of fieldInputs(this.#root)) {
      if (input.dataset.kind !== 'name') this.#host.state.texts[input.dataset.field] = input.value;
    }
    this.#parts.editor.collectNames();
  }

  run() {
    const { core, panels, persistence, announcer } = this.#parts;
    const { state, lang } = this.#host;
    this.collect();
    const { values, messages, hints } = readFields(state.texts, shownFields(this.#root), core, this.#reading());
    const { view, instance, panel } = panels.active;
    let { call, input: request } = instance.request(values);
    const refused = this.#refusedName;
    if (refused) request = { ...request, stages: state.stages.map((name, i) => (i === refused.index ? refused.text : name)) };
    // A view whose calls are in a module of its own answers itself (view.answer).
    const result = instance.answer ? instance.answer(request) : core[call](request);
    // A field that could not be read is "missing" to the core: keep the reader's message.
    if (!result.ok) for (const error of result.errors) if (!messages.has(error.field)) messages.set(error.field, error.message);
    // An empty field nobody has touched yet is to be filled, not wrong.
    const toFill = new Set([...messages.keys()].filter((field) => !this.#touched.has(field) && fieldIsEmpty(this.#root, field)));
    for (const field of toFill) messages.delete(field);
    placeErrors(this.#root, messages, toFill);
    this.#showHints([...this.#pinned.values(), ...hints, ...(result.ok ? result.hints ?? [] : [])]);
    persistence.keep(sharedOf(state, values, lang));

    const strings = this.#host.strings();
    const invalid = messages.size > 0 || toFill.size > 0;
    const stale = this.#root.getElementById('stale');
    stale.hidden = !invalid;
    const first = panel.querySelector('.result').hidden;
    stale.textContent = messages.size > 0 ? (first ? strings.fixFirst : strings.stale) : (first ? strings.fillFirst : strings.fillStale);
    this.#root.getElementById('summary').classList.toggle('stale', invalid);
    if (invalid) {
      if (messages.size > 0) announcer.say(strings.announceError(messages.values().next().value));
    } else {
      this.shown = { view: view.id, result, values, request };
      this.draw();
    }
    this.#host.answered(request, result);
  }

  #showHints(hints) {
    this.#hints = new Map();
    const count = new Map();
    for (const hint of hints) {
      const index = count.get(hint.field) ?? 0;
      count.set(hint.field, index + 1);
      this.#hints.set(`${hint.field}#${index}`, hint);
    }
    placeHints(this.#root, hints, this.#host.strings().applyHint);
  }

  // Draws the last valid answer, when it is the open view's (again at another width).
  draw() {
    const { view, instance, panel } = this.#parts.panels.active;
    if (this.shown?.view !== view.id) return;
    const { result, values, request } = this.shown;
    const box = panel.querySelector('.result');
    const sentence = instance.render(result, values, request, box.hidden);
    if (!performance.getEntriesByName('funnel-planner:first-plan').length) performance.mark('funnel-planner:first-plan');  // for scripts/bench
    box.hidden = false;
    const strings = this.#parts.panels.strings(view, this.#host.lang);  // the view's words over the shell's: "Ihre Prognose"
    const summary = this.#root.getElementById('summary');
    summary.textContent = sentence;
    summary.setAttribute('aria-label', `${strings.summaryLabel}: ${sentence}`);
    summary.hidden = false;
    this.#parts.announcer.say(strings.announcePlan(sentence));
  }
}
