// Wires the page to the core: read fields, ask the core, show the answer.
// Every number is parsed, checked and computed in C++ (funnel-core.wasm).
import createFunnelCore from './funnel-core.mjs';
import { formatters } from './format.js';
import { LANGUAGES, STRINGS } from './i18n.js';
import { renderPlan } from './render.js';

// The worked example: 1000 of 4000 MQLs became SQLs, 500 of 1000 SQLs customers, in 12 months.
const EXAMPLE = {
  'goal.customers': 50,
  'conversions[0].fromCount': 4000,
  'conversions[0].toCount': 1000,
  'conversions[0].rate': 0.25,
  'conversions[1].fromCount': 1000,
  'conversions[1].toCount': 500,
  'conversions[1].rate': 0.5,
  historyMonths: 12,
};

// The funnel's conversions, top first, with the i18n keys of their labels.
const CONVERSIONS = [
  { legend: 'legend0', from: 'fromMql', to: 'toSql' },
  { legend: 'legend1', from: 'fromSql', to: 'toCustomer' },
];

const state = { core: null, lang: 'de', hasPlan: false, lastPlan: null };
const inputs = () => [...document.querySelectorAll('input[data-field]')];
const isActive = (input) => !input.closest('[data-mode][hidden]');
const conversionMode = (index) => document.querySelector(`input[name="mode-${index}"]:checked`).value;

function parseField(input, lang = state.lang) {
  const parse = input.dataset.kind === 'percent' ? state.core.parsePercent : state.core.parseNumber;
  return parse(input.value, lang);
}

// Spells a number for a field without losing a digit of it.
function formatValue(input, value, lang) {
  const fmt = formatters(lang);
  return input.dataset.kind === 'percent' ? fmt.exactPercent(value) : fmt.exact(value);
}

function showError(input, message) {
  const error = document.getElementById(`${input.id}-error`);
  error.textContent = message ?? '';
  error.hidden = !message;
  if (message) input.setAttribute('aria-invalid', 'true');
  else input.removeAttribute('aria-invalid');
}

function planInput(values) {
  const conversions = [0, 1].map((index) =>
    conversionMode(index) === 'rate'
      ? { rate: values[`conversions[${index}].rate`] }
      : { fromCount: values[`conversions[${index}].fromCount`], toCount: values[`conversions[${index}].toCount`] },
  );
  return {
    locale: state.lang,
    goal: { customers: values['goal.customers'] },
    conversions,
    historyMonths: values.historyMonths,
  };
}

function recompute() {
  const values = {};
  const messages = new Map();
  for (const input of inputs().filter(isActive)) {
    if (input.hasAttribute('data-optional') && input.value.trim() === '') continue;
    const parsed = parseField(input);
    if (parsed.ok) values[input.dataset.field] = parsed.value;
    else messages.set(input.dataset.field, parsed.message);
  }
  const plan = state.core.plan(planInput(values));
  if (!plan.ok) {
    // A field that could not be read is "missing" to the plan: keep the reader's message.
    for (const error of plan.errors) if (!messages.has(error.field)) messages.set(error.field, error.message);
  }
  for (const input of inputs()) showError(input, messages.get(input.dataset.field));

  const stale = document.getElementById('stale');
  stale.hidden = messages.size === 0 || !state.hasPlan;
  stale.textContent = STRINGS[state.lang].stale;
  if (messages.size > 0) return;

  const strings = STRINGS[state.lang];
  const topCount = conversionMode(0) === 'counts' ? values['conversions[0].fromCount'] : undefined;
  renderPlan(document, plan, { topCount, historyMonths: values.historyMonths }, formatters(state.lang), strings);
  state.hasPlan = true;
  state.lastPlan = plan;
  document.getElementById('plan').hidden = false;
  document.getElementById('loading').hidden = true;
}

function applyLanguage(lang) {
  const previous = state.lang;
  // Keep what people typed: re-spell every readable number in the new language.
  if (state.core && previous !== lang) {
    for (const input of inputs()) {
      const parsed = parseField(input, previous);
      if (parsed.ok) input.value = formatValue(input, parsed.value, lang);
    }
  }
  state.lang = lang;
  const strings = STRINGS[lang];
  document.documentElement.lang = lang;
  document.title = strings.pageTitle;
  document.querySelector('meta[name="description"]').content = strings.pageDescription;
  for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = strings[node.dataset.i18n];
  for (const node of document.querySelectorAll('[data-i18n-label]')) {
    node.setAttribute('aria-label', strings[node.dataset.i18nLabel]);
  }
  for (const button of document.querySelectorAll('[data-lang]')) {
    button.setAttribute('aria-pressed', String(button.dataset.lang === lang));
  }
  const url = new URL(window.location.href);
  if (lang === 'de') url.searchParams.delete('lang');
  else url.searchParams.set('lang', lang);
  window.history.replaceState(null, '', url);
  if (state.core) recompute();
}

function switchMode(index, mode) {
  const fieldset = document.querySelector(`fieldset[data-index="${index}"]`);
  for (const part of fieldset.querySelectorAll('[data-mode]')) part.hidden = part.dataset.mode !== mode;
  // Moving from counts to a rate: start from the rate the counts gave.
  const rateInput = fieldset.querySelector('input[data-kind="percent"]');
  if (mode === 'rate' && state.lastPlan) {
    rateInput.value = formatters(state.lang).precisePercent(state.lastPlan.conversions[index].rate);
  }
  recompute();
}

// One fieldset per conversion from the template: ids, names and paths follow the index.
function buildConversions() {
  const template = document.getElementById('conversion-template');
  const fieldsets = CONVERSIONS.map((labels, index) => {
    const fieldset = template.content.firstElementChild.cloneNode(true);
    fieldset.dataset.index = index;
    fieldset.querySelector('legend').dataset.i18n = labels.legend;
    for (const radio of fieldset.querySelectorAll('input[type="radio"]')) radio.name = `mode-${index}`;
    for (const input of fieldset.querySelectorAll('input[data-part]')) {
      const part = input.dataset.part;
      input.id = `c${index}-${part}`;
      input.dataset.field = `conversions[${index}].${part}`;
      const field = input.closest('.field');
      field.querySelector('label').htmlFor = input.id;
      field.querySelector('.error').id = `${input.id}-error`;
    }
    const [fromLabel, toLabel] = fieldset.querySelectorAll('.pair label');
    fromLabel.dataset.i18n = labels.from;
    toLabel.dataset.i18n = labels.to;
    return fieldset;
  });
  document.getElementById('conversions').replaceChildren(...fieldsets);
}

function fillExample() {
  for (const input of inputs()) input.value = formatValue(input, EXAMPLE[input.dataset.field], state.lang);
}

async function start() {
  buildConversions();
  const requested = new URL(window.location.href).searchParams.get('lang');
  applyLanguage(LANGUAGES.includes(requested) ? requested : 'de');
  for (const button of document.querySelectorAll('[data-lang]')) {
    button.addEventListener('click', () => applyLanguage(button.dataset.lang));
  }
  for (const input of inputs()) {
    const described = [input.getAttribute('aria-describedby'), `${input.id}-error`].filter(Boolean);
    input.setAttribute('aria-describedby', described.join(' '));
  }
  const form = document.getElementById('inputs');
  form.addEventListener('submit', (event) => event.preventDefault());
  try {
    state.core = await createFunnelCore();
  } catch (error) {
    document.getElementById('loading').textContent = STRINGS[state.lang].loadFailed;
    throw error;
  }
  fillExample();
  form.addEventListener('input', (event) => {
    if (event.target.matches('input[data-field]')) recompute();
  });
  form.addEventListener('change', (event) => {
    if (event.target.matches('input[type="radio"]')) {
      switchMode(Number(event.target.closest('fieldset').dataset.index), event.target.value);
    }
  });
  recompute();
  // The phone summary bar is only useful while the plan itself is out of sight.
  const summary = document.getElementById('summary');
  new IntersectionObserver(([entry]) => summary.classList.toggle('covered', entry.isIntersecting)).observe(
    document.querySelector('.results'),
  );
}

start();
