// The fields a person types into. A field's path is its data-field attribute,
// the same path the core names in its errors ("goal.customers",
// "conversions[1].toCount"), so every message lands next to its field.

export const fieldInputs = (root) => [...root.querySelectorAll('input[data-field]')];

// A rate is typed in percent; every other field is a plain number.
const isPercent = (field) => field.endsWith('.rate');

// Reads the text of every field as the core spells numbers in `lang`: fields
// hidden or not built yet too, so that storage and the link keep their numbers
// as numbers. Only a shown field's problem is the person's to fix now; an empty
// optional one is no problem. texts: path -> text; shown: path -> { optional }
// of the fields on screen. Returns { values: path -> number, messages: Map path -> message }.
export function readFields(texts, shown, core, lang) {
  const values = {};
  const messages = new Map();
  for (const [field, text] of Object.entries(texts)) {
    const onScreen = shown.get(field);
    if (text.trim() === '' && (!onScreen || onScreen.optional)) continue;
    const parsed = (isPercent(field) ? core.parsePercent : core.parseNumber)(text, lang);
    if (parsed.ok) values[field] = parsed.value;
    else if (onScreen) messages.set(field, parsed.message);
  }
  return { values, messages };
}

// The fields on screen, by path: those outside a hidden part.
export function shownFields(root) {
  const shown = new Map();
  for (const input of fieldInputs(root)) {
    if (!input.closest('[hidden]')) shown.set(input.dataset.field, { optional: input.hasAttribute('data-optional') });
  }
  return shown;
}

// Whether the field of that path is on the page and empty (a stage name too).
export function fieldIsEmpty(root, field) {
  const input = root.querySelector(`input[data-field="${CSS.escape(field)}"]`);
  return Boolean(input) && input.value.trim() === '';
}

// Each message next to its field: an input's goes into the element its
// aria-describedby names "<id>-error"; a choice's into [data-error-for="path"].
// What has no place of its own (errors about the funnel as a whole, "2 to 8
// stages") goes into [data-error-for="*"], above the funnel editor. The fields
// in `toFill` (empty, not touched yet) are marked as to be filled, not as wrong.
export function placeErrors(root, messages, toFill = new Set()) {
  const placed = new Set();
  const show = (box, message) => {
    box.textContent = message ?? '';
    box.hidden = !message;
  };
  for (const input of fieldInputs(root)) {
    const { field } = input.dataset;
    placed.add(field);
    show(root.getElementById(`${input.id}-error`), messages.get(field));
    if (messages.has(field)) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
    input.toggleAttribute('data-to-fill', toFill.has(field));
  }
  for (const box of root.querySelectorAll('[data-error-for]:not([data-error-for="*"])')) {
    placed.add(box.dataset.errorFor);
    show(box, messages.get(box.dataset.errorFor));
  }
  const rest = [...messages].filter(([field]) => !placed.has(field)).map(([, message]) => message);
  for (const box of root.querySelectorAll('[data-error-for="*"]')) show(box, rest.join(' '));
}

// The same numbers in another language: what reads in `from` is spelled in `to`'s formatters.
export function respellFields(root, core, from, next) {
  for (const input of fieldInputs(root)) {
    if (input.dataset.kind === 'name' || input.value.trim() === '') continue;
    const percent = isPercent(input.dataset.field);
    const parsed = (percent ? core.parsePercent : core.parseNumber)(input.value, from);
    if (parsed.ok) input.value = percent ? next.exactPercent(parsed.value) : next.exact(parsed.value);
  }
}
