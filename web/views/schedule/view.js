// The schedule view: the plan over months (core.schedule), with the sales
// cycle's lag between stages, seasonality and growth, as a sentence, a chart
// and a month table; and the pacing of the current month in German working
// days (core.pace). Its calls are in a WebAssembly module of its own, loaded
// with the view (../shared/months-module.js). The view contract is in docs/architecture.md.
import { timelineChart } from './chart.js';
import { monthsModule, prepareMonths } from '../shared/months-module.js';
import { scheduleRequest } from '../shared/schedule-request.js';
import { answerSchedule } from './request.js';
import { fillTable, monthLabel, renderPace, scheduleSentence } from './render.js';
import { inputRows, scheduleFields, weightField } from './inputs.js';
import { STRINGS } from './strings.js';
import { STYLES } from './styles.js';
import { TEMPLATE } from './template.js';

const ACROSS_FROM_PX = 640;  // months as columns from this width; below, as rows

class ScheduleView {
  #panel;
  #shell;
  #rules;  // core.scheduleRules(): horizons, seasonality presets, holiday regions
  #optionsFor = '';  // the language the choices are spelled in
  #shown = null;  // { result, request } of the last schedule drawn

  constructor(panel, shell) {
    this.#panel = panel;
    this.#shell = shell;
    this.#rules = monthsModule().scheduleRules();
  }

  #part(name) { return this.#panel.querySelector(`#schedule-${name}`); }

  label() {
    const strings = this.#shell.strings();
    const { state } = this.#shell;
    if (this.#optionsFor !== this.#shell.lang) this.#spellChoices(strings);
    this.#part('goal').textContent = strings.goalLine(this.#goalText(strings));
    this.#part('season-hint').textContent = strings.seasonHint[state.schedule.seasonality];
    scheduleFields(this.#panel, this.#shell, strings);
    this.#part('actual-title').textContent = strings.paceActualTitle(monthLabel(state.schedule.asOf.slice(0, 7), strings));
    const method = [...strings.method, strings.pacingMethod].map((text) => Object.assign(document.createElement('p'), { textContent: text }));
    this.#part('method').replaceChildren(...method);
  }

  // The goal as typed in the plan view, for the line that names it.
  #goalText(strings) {
    const { state } = this.#shell;
    const fmt = this.#shell.fmt();
    const period = strings.periods[state.period];
    const typed = (field) => state.texts[field]?.trim() || '–';
    if (state.goalKind === 'revenue') return strings.revenueOf(`${typed('goal.revenue')} ${fmt.currencySymbol}`, `${typed('goal.dealValue')} ${fmt.currencySymbol}`, period);
    // The count as read (so that 1 customer is one), the text as typed.
    const { lang, core } = this.#shell;
    const read = core.readField({ field: 'goal.customers', text: typed('goal.customers'), locale: lang, currency: fmt.currency, stages: state.stages });
    return strings.goalOf(typed('goal.customers'), fmt.stage(state.stages.at(-1), read.ok ? read.value : 2), period);
  }

  // The choices' options in the page's language.
  #spellChoices(strings) {
    const options = (select, entries) => select.replaceChildren(...entries.map(([value, text]) => new Option(text, String(value))));
    options(this.#part('start-month'), strings.months.map((name, index) => [String(index + 1).padStart(2, '0'), name]));
    options(this.#part('horizon'), this.#rules.horizons.map((months) => [months, strings.horizon(months)]));
    options(this.#part('season'), [...this.#rules.seasonality.map(({ id }) => id), 'custom'].map((id) => [id, strings.seasons[id]]));
    options(this.#part('holidays'), this.#rules.holidayRegions.map((region) => [region, strings.regions[region]]));
    this.#optionsFor = this.#shell.lang;
    this.sync();
  }

  sync() {
    const { schedule } = this.#shell.state;
    const [year, month] = schedule.start.split('-');
    const thisYear = new Date().getFullYear();
    const years = [];
    for (let y = Math.min(thisYear - 1, Number(year)); y <= Math.max(thisYear + 3, Number(year)); y += 1) years.push(y);
    const yearChoice = this.#part('start-year');
    if (yearChoice.options.length !== years.length || yearChoice.options[0]?.value !== String(years[0])) {
      yearChoice.replaceChildren(...years.map((y) => new Option(String(y), String(y))));
    }
    yearChoice.value = year;
    this.#part('start-month').value = month;
    this.#part('horizon').value = String(schedule.months);
    this.#part('season').value = schedule.seasonality;
    this.#part('holidays').value = schedule.holidays;
    this.#part('as-of').value = schedule.asOf;
    this.#part('weights').hidden = schedule.seasonality !== 'custom';
  }

  change(target) {
    const { schedule, texts } = this.#shell.state;
    const id = target.id.replace(/^schedule-/, '');
    if (id === 'start-month' || id === 'start-year') {
      schedule.start = `${this.#part('start-year').value}-${this.#part('start-month').value}`;
      schedule.startChosen = true;
    } else if (id === 'horizon') {
      schedule.months = Number(target.value);
    } else if (id === 'season') {
      // Own values start from the preset left, when none were typed yet.
      const left = this.#rules.seasonality.find((preset) => preset.id === schedule.seasonality) ?? this.#rules.seasonality[0];
      schedule.seasonality = target.value;
      const fields = Array.from({ length: 12 }, (_, month) => weightField(month));
      if (target.value === 'custom' && fields.every((field) => !texts[field]?.trim())) {
        const fmt = this.#shell.fmt();
        fields.forEach((field, month) => {
          texts[field] = fmt.exact(left.weights[month]);
          this.#panel.querySelector(`input[data-field="${field}"]`).value = texts[field];
        });
      }
    } else if (id === 'holidays') {
      schedule.holidays = target.value;
    } else if (id === 'as-of') {
      schedule.asOf = target.value || this.#shell.today();  // cleared: today
    } else {
      return false;
    }
    return true;
  }

  request(values) {
    const { state, lang } = this.#shell;
    return { call: 'schedule', input: scheduleRequest(state, values, lang, this.#shell.funnel(values), this.#rules) };
  }

  answer(input) {
    return answerSchedule(monthsModule(), input);
  }

  rateOf() {
    return undefined;
  }

  render(result, values, request) {
    const context = { fmt: this.#shell.fmt(), strings: this.#shell.strings() };
    const { fmt, strings } = context;
    const sentence = scheduleSentence(result, context);
    this.#part('sentence').textContent = sentence;
    const width = this.#shell.chartWidth();
    this.#part('chart').replaceChildren(timelineChart({
      rows: result.stages.map((stage) => ({ name: fmt.stage(stage.name, 2), peak: `${strings.total} ${fmt.whole(stage.total)}`, perMonth: stage.perMonth })),
      months: result.months.map((month) => monthLabel(month, strings, true)),
      leadMonths: result.leadMonths,
      leadLabel: strings.leadMonths,
      width,
      title: strings.chartTitle,
      description: sentence,
      id: 'schedule-chart',
    }));
    this.#part('lead-note').textContent = result.leadMonths > 0 ? strings.leadNote(result.leadMonths) : '';
    fillTable(this.#part('table'), result, context, width >= ACROSS_FROM_PX);
    fillTable(this.#part('print-table'), result, context, false);  // on paper, one row per month
    this.#part('warnings').replaceChildren(...result.warnings.map((warning) => Object.assign(document.createElement('li'), { textContent: warning.message })));
    const typed = request.pace.actual.map((count) => count !== undefined);
    renderPace({ days: this.#part('pace-days'), note: this.#part('pace-note'), table: this.#part('pace-table') }, result.pace, result, typed, context);
    this.#shown = { result, request };
    this.#shell.definitions(this.#part('print-inputs'), inputRows(request, this.#shell, strings).map(({ label, text }) => [label, text]));
    return sentence;
  }

  get exports() {
    const strings = this.#shell.strings();
    return [{ id: 'csv', text: strings.csv }, { id: 'markdown', text: strings.markdown }];
  }

  // The schedule on screen, as it is now.
  async export(id) {
    const { result, request } = this.#shown;
    const strings = this.#shell.strings();
    const context = {
      core: this.#shell.core, lang: this.#shell.lang, fmt: this.#shell.fmt(), strings,
      inputRows: inputRows(request, this.#shell, strings), monthName: (month) => monthLabel(month, strings), sentence: this.#part('sentence').textContent, link: this.#shell.link(),
    };
    const { scheduleCsv, scheduleMarkdown } = await import('./export.js');  // loaded on the first export
    if (id === 'csv') this.#shell.download(scheduleCsv(result, context), { name: 'funnel-zeitplan.csv', type: 'text/csv;charset=utf-8' });
    else this.#shell.copy(scheduleMarkdown(result, context), strings.markdownDone);
  }

  stop() {}
}

// How a notice (a link's part it could not take over) or an error names a field of this view.
function fieldLabel(field, { strings, fmt, state }) {
  const [, list, index] = /^([\w.]+)\[(\d+)\]$/.exec(field) ?? [];
  const stage = (i) => fmt.stage(state.stages[i] ?? '', 2);
  const labels = {
    scheduleStart: () => strings.startLabel,
    start: () => strings.startLabel,
    scheduleMonths: () => strings.horizonLabel,
    months: () => strings.horizonLabel,
    seasonality: () => strings.seasonLabel,
    weights: () => strings.seasonLabel,
    growth: () => strings.growthLabel,
    lagDays: () => strings.lagTitle,
    holidays: () => strings.holidaysLabel,
    paceAsOf: () => strings.paceAsOfLabel,
    paceActual: () => strings.paceTitle,
  };
  if (list === 'lagDays') return `${strings.lagTitle}: ${strings.lagLabel(stage(Number(index)), stage(Number(index) + 1))}`;
  if (list === 'weights' || list === 'seasonality') return `${strings.seasonLabel}: ${strings.months[Number(index)] ?? index}`;
  if (list === 'paceActual' || list === 'pace.actual') return `${strings.paceTitle}: ${stage(Number(index))}`;
  return Object.hasOwn(labels, field) ? labels[field]() : null;
}

export default {
  id: 'schedule',
  fieldLabel,
  styles: STYLES,
  template: TEMPLATE,
  strings: STRINGS,
  prepare: prepareMonths,
  create: (panel, shell) => new ScheduleView(panel, shell),
};
