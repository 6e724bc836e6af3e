// The KPI review view: the months' counts per stage (typed, pasted from a
// sheet, or taken from the import) against the plan, and an early warning
// that tests whether each conversion rate really changed (core.review: Fisher's
// exact test, Newcombe's interval) and names the team that should act. Its
// calls are in the months module (../shared/months-module.js, with the
// schedule's). The view contract is in docs/architecture.md.
import { rateChart } from './chart.js';
import { monthsModule, prepareMonths } from '../shared/months-module.js';
import { conversionName, fillVolumes, findingItems, stateLine, targetsNote } from './render.js';
import { answerReview, reviewRequest } from './request.js';
import { fieldLabel, importedCells, inputRows } from './inputs.js';
import { buildLags, buildTable, cellField, labelTable, monthLabel, monthsBetween } from './table.js';
import { sampleMonths } from './sample.js';
import { STRINGS } from './strings.js';
import { STYLES } from './styles.js';
import { TEMPLATE } from './template.js';

const TARGETS = ['plan', 'schedule', 'none'];
const BASELINES = ['earlier', 'plan'];
const ALPHAS = [0.01, 0.05, 0.1];
const MOST_MONTHS = 60;

class ReviewView {
  #panel;
  #shell;
  #rules;  // core.scheduleRules(), for targets from the schedule
  #optionsFor = '';  // the language the choices are spelled in
  #shown = null;  // { result, request } of the last review drawn

  constructor(panel, shell) {
    this.#panel = panel;
    this.#shell = shell;
    this.#rules = monthsModule().scheduleRules();
    panel.addEventListener('paste', (event) => this.#paste(event));
    // Opened for the first time with nothing typed, after an import: its months.
    if (shell.state.imported && !this.#typedMonths().length) this.#fill(...this.#imported(), undefined, false);
  }

  #part(name) { return this.#panel.querySelector(`#review-${name}`); }

  // The months of the period, and those outside it that hold a typed count.
  #months() { return monthsBetween(this.#shell.state.review.from, this.#shell.state.review.to, MOST_MONTHS); }
  #typedMonths() {
    const months = new Set();
    for (const [field, text] of Object.entries(this.#shell.state.texts)) {
      const cell = /^review\.(\d{4}-\d{2})\[\d+\]$/.exec(field);
      if (cell && text.trim()) months.add(cell[1]);
    }
    return [...months].sort();
  }

  label() {
    const strings = this.#shell.strings();
    const { state } = this.#shell;
    const fmt = this.#shell.fmt();
    if (this.#optionsFor !== this.#shell.lang) this.#spellChoices(strings);
    const table = this.#part('table');
    buildTable(table, this.#months(), state);
    labelTable(table, { strings, fmt, stages: state.stages });
    buildLags(this.#part('lags'), { strings, fmt, stages: state.stages, texts: state.texts });
    this.#part('from-import').hidden = !state.imported;
    const shown = new Set(this.#months());
    const outside = this.#typedMonths().filter((month) => !shown.has(month));
    this.#part('outside').hidden = outside.length === 0;
    this.#part('outside-text').textContent = strings.outside(outside.length);
    this.#part('method').replaceChildren(...strings.method.map((text) => Object.assign(document.createElement('p'), { textContent: text })));
  }

  #spellChoices(strings) {
    const options = (select, entries) => select.replaceChildren(...entries.map(([value, text]) => new Option(text, String(value))));
    for (const end of ['from', 'to']) options(this.#part(`${end}-month`), strings.months.map((name, i) => [String(i + 1).padStart(2, '0'), name]));
    options(this.#part('targets'), TARGETS.map((id) => [id, strings.targets[id]]));
    options(this.#part('baseline'), BASELINES.map((id) => [id, strings.baselines[id]]));
    options(this.#part('alpha'), ALPHAS.map((alpha) => [alpha, strings.alphas[alpha]]));
    this.#optionsFor = this.#shell.lang;
    this.sync();
  }

  sync() {
    const { review } = this.#shell.state;
    const thisYear = Number(this.#shell.today().slice(0, 4));
    const first = Math.min(thisYear - 5, Number(review.from.slice(0, 4)));
    const last = Math.max(thisYear + 1, Number(review.to.slice(0, 4)));
    for (const [end, month] of [['from', review.from], ['to', review.to]]) {
      const years = this.#part(`${end}-year`);
      if (years.options[0]?.value !== String(first) || years.options.length !== last - first + 1) {
        years.replaceChildren(...Array.from({ length: last - first + 1 }, (_, i) => new Option(String(first + i), String(first + i))));
      }
      years.value = month.slice(0, 4);
      this.#part(`${end}-month`).value = month.slice(5);
    }
    this.#part('targets').value = review.targets;
    this.#part('baseline').value = review.baseline;
    this.#part('alpha').value = String(review.alpha);
  }

  change(target) {
    const { review } = this.#shell.state;
    const id = target.id.replace(/^review-/, '');
    const chosen = (end) => `${this.#part(`${end}-year`).value}-${this.#part(`${end}-month`).value}`;
    if (/^(from|to)-(month|year)$/.test(id)) {
      // The other end follows when the period would turn around or exceed 60 months.
      const movedFrom = id.startsWith('from');
      let [from, to] = [chosen('from'), chosen('to')];
      if (from > to) [from, to] = movedFrom ? [from, from] : [to, to];
      const span = monthsBetween(from, to, Infinity);
      if (span.length > MOST_MONTHS) [from, to] = movedFrom ? [from, span[MOST_MONTHS - 1]] : [span.at(-MOST_MONTHS), to];
      Object.assign(review, { from, to });
    } else if (id === 'targets') {
      review.targets = target.value;
    } else if (id === 'baseline') {
      review.baseline = target.value;
    } else if (id === 'alpha') {
      review.alpha = Number(target.value);
    } else {
      return false;
    }
    return true;
  }

  click(target) {
    const strings = this.#shell.strings();
    if (target.id === 'review-from-import') this.#fill(...this.#imported());
    else if (target.id === 'review-sample') this.#fill(sampleMonths(this.#shell.today()), strings.sampleLoaded);
    else if (target.id === 'review-widen') this.#fill([], '', this.#typedMonths());
    else return false;
    return true;
  }

  // Texts into their fields as if typed, the period widened to hold them (and `months`), a line saying
  // what happened; then a new turn, unless the view is being created (the shell draws it then).
  #fill(cells, said, months = cells.map(({ month }) => month), refresh = true) {
    const { state } = this.#shell;
    for (const { month, stage, text } of cells) {
      state.texts[cellField(month, stage)] = text;
      const field = this.#panel.querySelector(`input[data-field="${CSS.escape(cellField(month, stage))}"]`);
      if (field) field.value = text;
    }
    if (months.length) {
      const all = [...months, state.review.from, state.review.to].sort();
      const span = monthsBetween(all[0], all.at(-1), MOST_MONTHS);
      Object.assign(state.review, { from: span[0], to: span.at(-1) });
    }
    this.#part('filled').textContent = said;
    if (!refresh) return;
    this.sync();
    this.label();
    this.#shell.refresh();
  }

  // The import's counts as cells, and the line that says so.
  #imported() {
    const { imported, stages } = this.#shell.state;
    return importedCells(imported, stages, { fmt: this.#shell.fmt(), strings: this.#shell.strings() });
  }

  // A block from a sheet pasted into a cell: the core reads where each value goes (core.readSheet).
  #paste(event) {
    const field = event.target.dataset?.field;
    const cell = /^review\.(\d{4}-\d{2})\[(\d+)\]$/.exec(field ?? '');
    const text = event.clipboardData?.getData('text/plain') ?? '';
    if (!cell || !/[\t;\r\n]/.test(text.trim())) return;
    event.preventDefault();
    const { lang, state } = this.#shell;
    const read = monthsModule().readSheet({ text, locale: lang, month: cell[1], stage: Number(cell[2]), stages: state.stages.length });
    const strings = this.#shell.strings();
    if (!read.ok) {
      this.#part('filled').textContent = strings.pasteFailed;
      return;
    }
    let said = strings.pasted(read.months, monthLabel(read.first, strings), monthLabel(read.last, strings));
    if (read.header) said += strings.pastedHeader;
    if (read.across) said += strings.pastedAcross;
    if (read.droppedColumns) said += strings.pastedColumns(read.droppedColumns);
    if (read.labels.length) said += strings.pastedLabels(read.labels.slice(0, 3).join(', '));
    if (read.droppedMonths) said += strings.pastedMonths(read.droppedMonths);
    this.#fill(read.cells, said);
  }

  request(values) {
    const { state, lang } = this.#shell;
    const fmt = this.#shell.fmt();
    const conversions = this.#shell.funnel(values);
    return { call: 'review', input: reviewRequest(state, values, lang, { conversions, names: state.stages.map(fmt.stageField), rules: this.#rules }) };
  }

  answer(input) {
    const result = answerReview(monthsModule(), input);
    if (result.ok || !result.errors.some((error) => error.field === 'review.baseline')) return result;
    // The plan's history as the baseline needs counts: say so beside the choice.
    const message = this.#shell.strings().baselineNeedsCounts;
    return { ...result, errors: result.errors.map((error) => (error.field === 'review.baseline' ? { ...error, message } : error)) };
  }

  rateOf() {
    return undefined;
  }

  render(result, values, request) {
    const strings = this.#shell.strings();
    const fmt = this.#shell.fmt();
    const context = { fmt, strings, stages: this.#shell.state.stages };
    this.#part('empty').hidden = !result.empty;
    this.#part('shown').hidden = Boolean(result.empty);
    this.#shown = result.empty ? null : { result, request };
    this.#panel.dataset.empty = String(Boolean(result.empty));
    if (result.empty) return strings.emptySummary;
    const line = stateLine(result, context);
    const state = this.#part('state');
    state.textContent = line;
    state.dataset.warnings = String(result.findings.some((finding) => finding.kind === 'drop' || finding.kind === 'below_target'));
    this.#part('findings-box').hidden = result.findings.length === 0;
    this.#part('findings').replaceChildren(...findingItems(result, context));
    this.#drawRates(result, context);
    this.#part('targets-note').textContent = targetsNote(result.targetsFrom, strings);
    fillVolumes(this.#part('volumes'), result, context);
    this.#shell.definitions(this.#part('print-inputs'), inputRows(request, this.#shell.state, context).map(({ label, text }) => [label, text]));
    return line;
  }

  #drawRates(result, context) {
    const { fmt, strings } = context;
    const width = this.#shell.chartWidth();
    const months = result.volumes[0].months.map(({ month }) => monthLabel(month, strings, true));
    this.#part('rates').replaceChildren(...result.conversions.map((conversion, index) => {
      const box = document.createElement('section');
      box.className = 'rate-box';
      const name = conversionName(index, context);
      box.append(
        Object.assign(document.createElement('h4'), { textContent: name }),
        Object.assign(document.createElement('p'), { className: 'owner', textContent: strings.owner(strings.teams[conversion.owner]) }),
      );
      const figure = document.createElement('figure');
      figure.className = 'chart rate-chart';
      figure.append(rateChart({
        conversion, months, width, title: strings.chartTitle(name), id: `review-chart-${index}`,
        planLabel: conversion.reference === null ? '' : strings.planRate(fmt.percent(conversion.reference)), format: fmt.level,
      }));
      box.append(figure, ...conversion.windows.map((window) => {
        const text = Object.assign(document.createElement('p'), { className: 'window-text', textContent: window.message });
        text.dataset.status = window.status;
        return text;
      }));
      return box;
    }));
  }

  get exports() {
    const strings = this.#shell.strings();
    return [{ id: 'csv', text: strings.csv }, { id: 'markdown', text: strings.markdown }];
  }

  async export(id) {
    if (!this.#shown) return;
    const { result, request } = this.#shown;
    const strings = this.#shell.strings();
    const fmt = this.#shell.fmt();
    const rows = inputRows(request, this.#shell.state, { fmt, strings });
    const { stages } = this.#shell.state;
    const context = {
      core: this.#shell.core, lang: this.#shell.lang, fmt, strings, stages, inputRows: rows, link: this.#shell.link(),
      stateLine: this.#part('state').textContent, today: fmt.date(new Date()), period: rows[0].text,
      monthName: (month) => monthLabel(month, strings), conversionName: (index) => `${fmt.stageCell(stages[index])} → ${fmt.stageCell(stages[index + 1])}`,
    };
    const { reviewCsv, reviewMarkdown } = await import('./export.js');  // loaded on the first export
    if (id === 'csv') this.#shell.download(reviewCsv(result, context), { name: 'kpi-review.csv', type: 'text/csv;charset=utf-8' });
    else this.#shell.copy(reviewMarkdown(result, context), strings.markdownDone);
  }

  stop() {}
}

export default {
  id: 'review',
  fieldLabel,
  styles: STYLES,
  template: TEMPLATE,
  strings: STRINGS,
  prepare: prepareMonths,
  create: (panel, shell) => new ReviewView(panel, shell),
};
