// The fields a person types into. A field's path is its data-field attribute,
// the same path the core names in its errors ("goal.customers",
// "conversions[1].toCount"), so every message lands next to its field.

export const fieldInputs = (root) => [...root.querySelectorAll('input[data-field]')];

// A rate and the schedule's growth are shown in percent; every other field as a plain number.
const isPercent = (field) => field.endsWith('.rate') || field === 'growth';

// A value the core gave for a field, spelled for that field in `fmt`'s language.
export const spell = (field, value, fmt) => (isPercent(field) ? fmt.exactPercent(value) : fmt.exact(value));

// Reads the text of every field as the core reads it for that field (a count,
// money, a rate in percent, months; core.readField): fields hidden or not
// built yet too, so that storage and the link keep their numbers as numbers.
// Only a shown field's problem is the person's to fix now; an empty optional
// one is no problem. texts: path -> text; shown: path -> { optional } of the
// fields on screen; reading: { lang, currency, stages }. Returns
// { values: path -> number, messages: Map path -> message, hints: [hint] }.
export function readFields(texts, shown, core, reading) {
  const values = {};
  const messages = new Map();
  const hints = [];
  const { lang: locale, currency, stages } = reading;
  for (const [field, text] of Object.entries(texts)) {
    const onScreen = shown.get(field);
    if (text.trim() === '' && (!onScreen || onScreen.optional)) continue;
    const read = core.readField({ field, text, locale, currency, stages });
    if (read.ok) values[field] = read.value;
    else if (onScreen) messages.set(field, read.message);
    if (read.ok && read.hint && onScreen) hints.push(read.hint);
  }
  return { values, messages, hints };
}

// Each field's hints below it (a likely slip, or how its text was read), with
// a button when one click can apply what it suggests; a field without hints
// shows none. hints: [{ field, message, apply }]; applyLabel: the button's word.
export function placeHints(root, hints, applyLabel) {
  const byField = new Map();
  for (const hint of hints) byField.set(hint.field, [...(byField.get(hint.field) ?? []), hint]);
  for (const input of fieldInputs(root)) {
    const list = byField.get(input.dataset.field) ?? [];
    let box = root.getElementById(`${input.id}-slip`);
    if (!box && list.length === 0) continue;
    if (!box) {
      box = document.createElement('div');
      box.className = 'slip';
      box.id = `${input.id}-slip`;
      box.setAttribute('aria-live', 'polite');
      (root.getElementById(`${input.id}-error`) ?? input).after(box);
      input.setAttribute('aria-describedby', `${input.getAttribute('aria-describedby')} ${box.id}`.trim());
    }
    box.hidden = list.length === 0;
    box.replaceChildren(...list.map((hint, index) => {
      const line = document.createElement('p');
      line.textContent = hint.message;
      if (hint.apply.length) {
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'apply';
        button.dataset.applyHint = `${input.dataset.field}#${index}`;
        button.textContent = applyLabel;
        line.append(' ', button);
      }
      return line;
    }));
  }
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

// The same numbers in another language: what reads in `reading.lang` is spelled in `next`'s formatters,
// in the state's texts and in the fields on the page.
export function respellFields(root, core, reading, next, texts) {
  const { lang: locale, currency, stages } = reading;
  // Every text the state keeps, also of fields not on the page yet (a view not opened: the channels' example).
  for (const [field, text] of Object.entries(texts)) {
    if (text.trim() === '') continue;
    const read = core.readField({ field, text, locale, currency, stages });
    if (read.ok) texts[field] = spell(field, read.value, next);
  }
  for (const input of fieldInputs(root)) {
    if (input.dataset.kind !== 'name' && texts[input.dataset.field] !== undefined) input.value = texts[input.dataset.field];
  }
}
