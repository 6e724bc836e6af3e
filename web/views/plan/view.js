// The plan view: from a goal back to the leads each stage needs (core.plan),
// with the chance to reach it, what helps most and how it was worked out.
// The view contract is in docs/architecture.md.
import { planRequest } from './request.js';
import { conversionRows, inputRows } from './inputs-summary.js';
import { renderChance, renderPlan, shownStages } from './render.js';
import { DE } from './strings.js';
import { STYLES } from './styles.js';
import { TEMPLATE } from './template.js';

// With "point plan" the planner still asks, once typing pauses, what this level
// would take: for huge goals that costs tens of milliseconds, too much per keystroke.
const DEFAULT_CONFIDENCE = 0.9;
const CHANCE_AFTER_MS = 150;

class PlanView {
  #panel;
  #shell;
  #parts;
  #shown = null;  // { result, request, context, chance } of the last plan drawn
  #chanceTimer = 0;
  #pendingChance = null;

  constructor(panel, shell) {
    this.#panel = panel;
    this.#shell = shell;
    const part = (name) => panel.querySelector(`#plan-${name}`);
    const names = { printInputs: 'print-inputs', printTable: 'print-table', chance: 'chance', pooling: 'pooling', chart: 'chart', overall: 'overall', warnings: 'warnings', sensitivity: 'sensitivity', sensitivityNote: 'sensitivity-note', steps: 'steps' };
    this.#parts = Object.fromEntries(Object.entries(names).map(([key, name]) => [key, part(name)]));
  }

  #periodName() { return this.#shell.strings().periods[this.#shell.state.period]; }

  // Texts that follow the state: the goal's labels name the period and the currency.
  label() {
    const strings = this.#shell.strings();
    const { state } = this.#shell;
    const period = this.#periodName();
    const part = (name) => this.#panel.querySelector(`#plan-${name}`);
    part('goal-label').textContent = strings.goalLabel(period);
    // Naming the currency takes an Intl formatter (10-15 ms the first time): only once it shows.
    if (state.goalKind === 'revenue') {
      const { currencySymbol } = this.#shell.fmt();
      part('revenue-label').textContent = strings.revenueLabel(period, currencySymbol);
      part('deal-label').textContent = strings.dealValueLabel(currencySymbol);
    }
    for (const option of part('period').options) option.textContent = strings.periods[option.value];
    this.#title();
  }

  // The heading names the period of the plan under it: while an input is
  // wrong, the last valid plan's, not the period just chosen.
  #title() {
    const strings = this.#shell.strings();
    const period = this.#shown?.request.periodMonths ?? this.#shell.state.period;
    this.#panel.querySelector('#plan-title').textContent = strings.resultsTitle(strings.periods[period]);
  }

  // The choices as the state holds them.
  sync() {
    const { goalKind, confidence, period } = this.#shell.state;
    for (const part of this.#panel.querySelectorAll('[data-goal]')) part.hidden = part.dataset.goal !== goalKind;
    for (const radio of this.#panel.querySelectorAll('input[name="plan-goal-kind"]')) radio.checked = radio.value === goalKind;
    for (const radio of this.#panel.querySelectorAll('input[name="plan-confidence"]')) radio.checked = Number(radio.value || 0) === (confidence ?? 0);
    this.#panel.querySelector('#plan-period').value = String(period);
  }

  // A choice of this view changed: true when it was one.
  change(target) {
    const { state } = this.#shell;
    if (target.name === 'plan-goal-kind') state.goalKind = target.value;
    else if (target.name === 'plan-confidence') state.confidence = Number(target.value) || null;
    else if (target.id === 'plan-period') this.#shell.changePeriod(Number(target.value));
    else return false;
    return true;
  }



  request(values) {
    return { call: 'plan', input: planRequest(this.#shell.state, values, this.#shell.lang, this.#shell.funnel(values)) };
  }

  // The rate the counts of conversion `index` gave in the last plan.
  rateOf(index) {
    return this.#shown?.result.conversions[index]?.rate;
  }

  // Draws a valid plan; returns the funnel as one sentence.
  render(result, values, request, first) {
    const { state } = this.#shell;
    const context = {
      fmt: this.#shell.fmt(),
      strings: this.#shell.strings(),
      drawFunnel: this.#shell.drawFunnel,
      periodName: this.#periodName(),
      periodMonths: request.periodMonths,
      inputs: {
        counts: state.modes.map((mode, index) => (mode === 'counts'
          ? { fromCount: values[`conversions[${index}].fromCount`], toCount: values[`conversions[${index}].toCount`] }
          : null)),
        historyMonths: values.historyMonths,
        revenue: state.goalKind === 'revenue' ? values['goal.revenue'] : undefined,
        dealValue: values['goal.dealValue'],
        confidence: state.confidence,
      },
    };
    const previous = this.#shown;
    const { lang } = this.#shell;
    this.#shown = { result, request, context, lang, chance: previous?.result === result ? previous.chance : undefined };
    const sentence = renderPlan(this.#parts, result, context);
    this.#printInputs(result, context);
    this.#title();
    // Typing waits for its sentence; a first plan or another language gets it at once.
    if (!result.confidence) this.#chanceLater(this.#shown, first || previous?.lang !== lang);
    return sentence;
  }

  // What the printout shows: the inputs the plan shown rests on, then the
  // plan at its level as a table (the chart is for the screen).
  #printInputs(plan, context) {
    const rows = [...inputRows(plan, context), ...conversionRows(plan, context)];
    this.#shell.definitions(this.#parts.printInputs, rows.map(({ label, name, text }) => [label ?? name, text]));
    const { fmt, strings, periodName, periodMonths } = context;
    const one = (n) => (n === null ? '' : fmt.oneDecimal(n));
    const perMonth = periodMonths !== 1;
    const line = (tag, cells) => {
      const row = document.createElement('tr');
      row.append(...cells.map((text) => Object.assign(document.createElement(tag), { textContent: text })));
      return row;
    };
    const header = strings.printHeader(periodName, perMonth);
    const body = shownStages(plan, context.inputs.confidence).map((stage, index) => {
      const conversion = plan.conversions[index];
      return line('td', [fmt.stage(stage.name, 2), fmt.whole(stage.required), ...(perMonth ? [one(stage.perMonth)] : []),
        one(stage.perWeek), one(stage.perWorkingDay), conversion ? fmt.percent(conversion.rate) : '']);
    });
    this.#parts.printTable.replaceChildren(line('th', header), ...body);
  }

  // The first plan comes with its sentence, so nothing moves once it is on
  // screen; while typing, the old sentence stays, dimmed, until typing pauses.
  #chanceLater(shown, now) {
    clearTimeout(this.#chanceTimer);
    if (shown.chance !== undefined) {
      renderChance(this.#parts, shown.result, shown.chance, shown.context);
      return;
    }
    this.#pendingChance = () => {
      this.#pendingChance = null;
      if (this.#shown !== shown) return;  // typing went on
      const answer = this.#shell.core.plan({ ...shown.request, confidence: DEFAULT_CONFIDENCE });
      shown.chance = answer.ok ? answer.confidence : null;  // beyond 2^53: no sentence, the plan stands
      renderChance(this.#parts, shown.result, shown.chance, shown.context);
    };
    if (now) this.#pendingChance();
    else this.#chanceTimer = setTimeout(() => this.#pendingChance?.(), CHANCE_AFTER_MS);
  }

  // The exports this view offers beside "copy link" and "print".
  get exports() {
    const strings = this.#shell.strings();
    return [{ id: 'csv', text: strings.csv }, { id: 'markdown', text: strings.markdown }];
  }

  // Runs an export of the plan shown, as it is now: an export right after
  // typing still gets the chance sentence.
  async export(id) {
    this.#pendingChance?.();
    const { result: plan, context: shown } = this.#shown;
    const strings = this.#shell.strings();
    // The plan on screen, with its own period, level and inputs: not the choices made since.
    const context = {
      ...shown,
      core: this.#shell.core,
      lang: this.#shell.lang,
      date: shown.fmt.date(new Date()),
      link: this.#shell.link(),
      chance: this.#parts.chance.textContent,
    };
    context.inputRows = inputRows(plan, context);
    context.conversionRows = conversionRows(plan, context);
    context.stages = shownStages(plan, shown.inputs.confidence);
    const { planCsv, planMarkdown } = await import('./export.js');  // loaded on the first export
    if (id === 'csv') this.#shell.download(planCsv(plan, context), { name: 'funnel-plan.csv', type: 'text/csv;charset=utf-8' });
    else this.#shell.copy(planMarkdown(plan, context), strings.markdownDone);
  }

  stop() {
    clearTimeout(this.#chanceTimer);
  }
}

// How a notice names a field of this view. context: { strings (the view's), fmt, state }.
function fieldLabel(field, { strings, fmt, state }) {
  const period = strings.periods[state.period];
  const labels = {
    'goal.customers': () => strings.goalLabel(period),
    'goal.revenue': () => strings.revenueLabel(period, fmt.currencySymbol),
    'goal.dealValue': () => strings.dealValueLabel(fmt.currencySymbol),
    goal: () => strings.goalKindLabel,
    historyMonths: () => strings.historyLabel,
    periodMonths: () => strings.periodLabel,
    confidence: () => strings.confidenceLabel,
  };
  return Object.hasOwn(labels, field) ? labels[field]() : null;
}

export default {
  id: 'plan',
  fieldLabel,
  styles: STYLES,
  template: TEMPLATE,
  strings: { de: DE, en: () => import('./strings-en.js').then((module) => module.EN) },
  create: (panel, shell) => new PlanView(panel, shell),
};
