// Wires the page to the core: read fields, ask the core, show the answer.
// Every number is parsed, checked and computed in C++ (funnel-core.wasm).
import createFunnelCore from './funnel-core.mjs';
import { formatters } from './format.js';
import { LANGUAGES, STRINGS } from './i18n.js';
import { renderForecast, renderPlan } from './render.js';

// The worked example: 1000 of 4000 MQLs became SQLs, 500 of 1000 SQLs customers, in 12 months.
// Rate fields start empty: switching a conversion to "rate" fills in the rate its counts gave.
const EXAMPLE = {
  'goal.customers': 50,
  'volume.count': 300,
  'conversions[0].fromCount': 4000,
  'conversions[0].toCount': 1000,
  'conversions[1].fromCount': 1000,
  'conversions[1].toCount': 500,
  historyMonths: 12,
};

// The funnel's stages and conversions, top first, with the i18n keys of their labels.
const STAGES = ['MQL', 'SQL', 'Customer'];
const CONVERSIONS = [
  { legend: 'legend0', from: 'fromMql', to: 'toSql' },
  { legend: 'legend1', from: 'fromSql', to: 'toCustomer' },
];
// With "point plan" the page still asks for this level, to say how much more it would take.
const DEFAULT_CONFIDENCE = 0.9;
const ANNOUNCE_AFTER_MS = 800;

const state = { core: null, lang: 'de', view: 'plan', shown: null, announceTimer: 0 };
const inputs = () => [...document.querySelectorAll('input[data-field]')];
const isActive = (input) => !input.closest('[hidden]');
const conversionMode = (index) => document.querySelector(`input[name="mode-${index}"]:checked`).value;
const chosenConfidence = () => Number(document.querySelector('input[name="confidence"]:checked').value) || null;

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

function conversionInputs(values) {
  return CONVERSIONS.map((_, index) =>
    conversionMode(index) === 'rate'
      ? { rate: values[`conversions[${index}].rate`] }
      : { fromCount: values[`conversions[${index}].fromCount`], toCount: values[`conversions[${index}].toCount`] },
  );
}

function request(values) {
  const conversions = conversionInputs(values);
  if (state.view === 'forecast') {
    const stage = document.getElementById('volume-stage').value;
    return { locale: state.lang, conversions, volume: { stage, count: values['volume.count'] } };
  }
  return {
    locale: state.lang,
    goal: { customers: values['goal.customers'] },
    conversions,
    historyMonths: values.historyMonths,
    confidence: chosenConfidence() ?? DEFAULT_CONFIDENCE,
  };
}

// Screen readers hear one line once typing pauses, not every redraw.
function announceLater(text) {
  clearTimeout(state.announceTimer);
  state.announceTimer = setTimeout(() => {
    document.getElementById('announce').textContent = text;
  }, ANNOUNCE_AFTER_MS);
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
  const input = request(values);
  const result = state.view === 'forecast' ? state.core.forecast(input) : state.core.plan(input);
  if (!result.ok) {
    // A field that could not be read is "missing" to the core: keep the reader's message.
    for (const error of result.errors) if (!messages.has(error.field)) messages.set(error.field, error.message);
  }
  for (const field of inputs()) showError(field, messages.get(field.dataset.field));

  const strings = STRINGS[state.lang];
  const fmt = formatters(state.lang);
  const invalid = messages.size > 0;
  const stale = document.getElementById('stale');
  stale.hidden = !invalid || !state.shown;
  stale.textContent = strings.stale;
  document.getElementById('summary').classList.toggle('stale', invalid);
  if (invalid) {
    announceLater(strings.announceError(messages.values().next().value));
    return;
  }

  if (state.view === 'forecast') {
    renderForecast(document, result, fmt, strings);
  } else {
    const counts = conversionInputs(values).map((conversion) => (conversion.rate === undefined ? conversion : null));
    renderPlan(document, result, { counts, historyMonths: values.historyMonths, confidence: chosenConfidence() }, fmt, strings);
  }
  state.shown = { view: state.view, result };
  document.getElementById('plan').hidden = false;
  document.getElementById('loading').hidden = true;
  announceLater(strings.announcePlan(document.getElementById('summary').textContent));
}

function applyLanguage(lang) {
  const previous = state.lang;
  // Keep what people typed: re-spell every readable number in the new language.
  if (state.core && previous !== lang) {
    for (const input of inputs()) {
      const parsed = parseField(input, previous);
      if (parsed.ok && input.value.trim() !== '') input.value = formatValue(input, parsed.value, lang);
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
  const fmt = formatters(lang);
  for (const option of document.querySelectorAll('#volume-stage option')) option.textContent = fmt.stage(option.value, 2);
  showView(state.view);
  const url = new URL(window.location.href);
  if (lang === 'de') url.searchParams.delete('lang');
  else url.searchParams.set('lang', lang);
  window.history.replaceState(null, '', url);
  if (state.core) recompute();
}

function showView(view) {
  state.view = view;
  for (const part of document.querySelectorAll('[data-view]')) part.hidden = part.dataset.view !== view;
  for (const tab of document.querySelectorAll('[data-view-tab]')) {
    const selected = tab.dataset.viewTab === view;
    tab.setAttribute('aria-selected', String(selected));
    tab.tabIndex = selected ? 0 : -1;
    if (selected) document.getElementById('panel').setAttribute('aria-labelledby', tab.id);
  }
  const strings = STRINGS[state.lang];
  document.getElementById('results-title').textContent = view === 'plan' ? strings.resultsTitle : strings.forecastTitle;
}

function switchConversionMode(index, mode) {
  const fieldset = document.querySelector(`fieldset[data-index="${index}"]`);
  for (const part of fieldset.querySelectorAll('[data-mode]')) part.hidden = part.dataset.mode !== mode;
  // Moving from counts to a rate for the first time: start from the rate the counts gave.
  const rateInput = fieldset.querySelector('input[data-kind="percent"]');
  const shownPlan = state.shown?.view === 'plan' ? state.shown.result : null;
  if (mode === 'rate' && rateInput.value.trim() === '' && shownPlan) {
    rateInput.value = formatters(state.lang).precisePercent(shownPlan.conversions[index].rate);
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
  const volumeStage = document.getElementById('volume-stage');
  for (const name of STAGES.slice(0, -1)) volumeStage.append(new Option(name, name));
}

function fillExample() {
  for (const input of inputs()) {
    const value = EXAMPLE[input.dataset.field];
    input.value = value === undefined ? '' : formatValue(input, value, state.lang);
  }
}

function wireTabs() {
  const tabs = [...document.querySelectorAll('[data-view-tab]')];
  for (const tab of tabs) {
    tab.addEventListener('click', () => {
      showView(tab.dataset.viewTab);
      recompute();
    });
    // Arrow keys move between tabs, as in every tablist.
    tab.addEventListener('keydown', (event) => {
      if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
      const next = tabs[(tabs.indexOf(tab) + (event.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length];
      next.focus();
      next.click();
    });
  }
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
  wireTabs();
  form.addEventListener('input', (event) => {
    if (event.target.matches('input[data-field]')) recompute();
  });
  form.addEventListener('change', (event) => {
    const target = event.target;
    if (target.matches('input[name^="mode-"]')) {
      switchConversionMode(Number(target.closest('fieldset').dataset.index), target.value);
    } else if (target.matches('input[name="confidence"], select')) {
      recompute();
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
