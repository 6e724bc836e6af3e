// The hand-off view: the criteria that make a lead marketing- and
// sales-qualified (with points, thresholds and a live lead check), the sales
// capacity the plan's commitments need, and an SLA written from the plan's
// own figures, in German or English (core.handoff, in the months module with
// the schedule, whose months the commitments may follow). The view contract
// is in docs/architecture.md.
import { addCriterion, buildCriteria, labelCriteria, moveCriterion, removeCriterion } from './criteria.js';
import { monthsModule, prepareMonths } from '../shared/months-module.js';
import { scheduleRequest } from '../shared/schedule-request.js';
import { capacityLines, leadCheck } from './render.js';
import { answerHandoff, criterionField, handoffRequest } from './request.js';
import { drawSla, markdownBlocks, plainText, slaBlocks, slaFacts } from './sla.js';
import { STRINGS } from './strings.js';
import { PRINT_PAGE } from './paper.js';
import { STYLES } from './styles.js';
import { TEMPLATE } from './template.js';

const SOURCES = ['plan', 'schedule'];
// The fields the core's defaults fill (core.handoffDefaults), and where in its answer each default is.
const DEFAULT_FIELDS = [
  ['handoff.mql', (d) => d.thresholds.mql], ['handoff.sql', (d) => d.thresholds.sql], ['handoff.minFit', (d) => d.thresholds.sqlMinFit],
  ['handoff.perPerson', (d) => d.capacity.perPerson], ['sla.response', (d) => d.levels.responseHours],
  ['sla.demoResponse', (d) => d.levels.demoResponseHours], ['sla.attempts', (d) => d.levels.attempts],
  ['sla.attemptDays', (d) => d.levels.attemptDays], ['sla.feedbackDays', (d) => d.levels.feedbackDays], ['sla.term', (d) => d.levels.termMonths],
];

class HandoffView {
  #panel;
  #shell;
  #rules;  // core.scheduleRules(), for commitments from the schedule
  #namesIn;  // the language the criteria's default names are in
  #shown = null;  // { result, request, blocks } of the last answer drawn

  constructor(panel, shell) {
    this.#panel = panel;
    this.#shell = shell;
    this.#rules = monthsModule().scheduleRules();
    panel.addEventListener('input', (event) => this.#typed(event.target));
    this.#start();
  }

  #part(name) { return this.#panel.querySelector(`#handoff-${name}`); }
  #defaults() { return monthsModule().handoffDefaults(this.#shell.lang); }

  // The core's suggestion, where nothing is set yet: the criteria (in the page's language, until edited)
  // and every setting left undefined; `all`: every one of them, as when the suggestion is restored.
  #start(all = false) {
    const { state } = this.#shell;
    const fmt = this.#shell.fmt();
    const defaults = this.#defaults();
    const { handoff } = state;
    if (all || !handoff.criteria) {
      for (const field of Object.keys(state.texts)) if (field.startsWith('criterion[')) delete state.texts[field];
      handoff.criteria = defaults.criteria.map(({ name, group }) => ({ name, group }));
      handoff.met = defaults.criteria.map(() => false);
      defaults.criteria.forEach(({ points }, i) => { state.texts[criterionField(i)] = fmt.exact(points); });
      handoff.edited = false;
      handoff.order = (handoff.order ?? 0) + 1;
    }
    for (const [field, of] of DEFAULT_FIELDS) {
      if (all || state.texts[field] === undefined) state.texts[field] = of(defaults) === null ? '' : fmt.exact(of(defaults));
    }
    this.#namesIn = this.#shell.lang;
  }

  // A criterion's name and the parties are the view's to keep (no field the core reads as a number).
  #typed(target) {
    const { handoff } = this.#shell.state;
    if (target.dataset.criterionName !== undefined) {
      handoff.criteria[Number(target.dataset.criterionName)].name = target.value;
      handoff.edited = true;
    } else if (target.dataset.party !== undefined) {
      handoff.parties[Number(target.dataset.party)] = target.value;
    } else {
      if (target.dataset.field?.startsWith('criterion[')) handoff.edited = true;
      return;
    }
    this.#shell.refresh();
  }

  label() {
    const strings = this.#shell.strings();
    const fmt = this.#shell.fmt();
    const { state } = this.#shell;
    const { handoff, stages } = state;
    // Suggested criteria follow the page's language until someone changes them.
    if (!handoff.edited && this.#namesIn !== this.#shell.lang) {
      this.#defaults().criteria.forEach(({ name }, i) => { if (handoff.criteria[i]) handoff.criteria[i].name = name; });
      this.#namesIn = this.#shell.lang;
      this.#part('criteria').dataset.built = '';
    }
    const stage = (index, count) => fmt.stage(stages[Math.max(0, index)], count);
    const typed = (field) => state.texts[field]?.trim() || '–';
    const goal = state.goalKind === 'revenue' ? `${typed('goal.revenue')} ${fmt.currencySymbol}` : `${typed('goal.customers')} ${stage(stages.length - 1, 2)}`;
    this.#part('goal').textContent = strings.goalLine(goal, strings.periods[state.period]);
    const handoffStage = this.#shown?.result.handoffStage ?? stages.length - 2;
    const topStage = this.#shown?.result.topStage ?? 0;
    this.#part('mql-label').textContent = strings.mqlLabel(stage(topStage, 1));
    this.#part('sql-label').textContent = strings.sqlLabel(stage(handoffStage, 1));
    this.#part('per-person-label').textContent = strings.perPersonLabel(stage(handoffStage, 2));
    this.#part('hours-label').textContent = strings.hoursLabel(stage(handoffStage, 1));
    const source = this.#part('source');
    source.replaceChildren(...SOURCES.map((id) => new Option(strings.sources[id], id)));
    source.value = handoff.source;
    const table = this.#part('criteria');
    buildCriteria(table, handoff, state.texts);
    labelCriteria(table, handoff, strings);
  }

  sync() {
    const { handoff } = this.#shell.state;
    this.#part('source').value = handoff.source;
    handoff.parties.forEach((name, i) => { this.#part(`party-${i}`).value = name; });
    this.#part('start').value = handoff.start;
  }

  change(target) {
    const { handoff } = this.#shell.state;
    if (target.dataset.criterionMet !== undefined) {
      handoff.met[Number(target.dataset.criterionMet)] = target.checked;
    } else if (target.dataset.criterionGroup !== undefined) {
      handoff.criteria[Number(target.dataset.criterionGroup)].group = target.value;
      target.closest('tr').dataset.group = target.value;
      handoff.edited = true;
    } else if (target.id === 'handoff-source') {
      handoff.source = target.value;
    } else if (target.id === 'handoff-start') {
      handoff.start = target.value;
    } else {
      return false;
    }
    return true;
  }

  click(target) {
    const { state } = this.#shell;
    const strings = this.#shell.strings();
    let focus = null;
    if (target.id === 'handoff-add-fit' || target.id === 'handoff-add-behaviour') {
      const group = target.id.endsWith('fit') ? 'fit' : 'behaviour';
      focus = addCriterion(state, group, strings.newCriterion[group]);
    } else if (target.dataset.moveCriterion !== undefined) {
      const [index, by] = target.dataset.moveCriterion.split(':').map(Number);
      moveCriterion(state, index, by);
      focus = index + by;
    } else if (target.dataset.removeCriterion !== undefined) {
      removeCriterion(state, Number(target.dataset.removeCriterion));
    } else if (target.id === 'handoff-reset') {
      this.#start(true);
      this.#panel.querySelectorAll('.handoff-grid input[data-field]').forEach((input) => { input.value = state.texts[input.dataset.field] ?? ''; });
      this.#part('done').textContent = strings.resetDone;
    } else {
      return false;
    }
    this.label();
    if (focus !== null) this.#part(`name-${focus}`)?.focus();
    this.#shell.refresh();
    return true;
  }

  request(values) {
    const { state, lang } = this.#shell;
    const conversions = this.#shell.funnel(values);
    const schedule = scheduleRequest(state, values, lang, conversions, this.#rules).schedule;
    return { call: 'handoff', input: handoffRequest(state, values, lang, { plan: this.#shell.planInput(values), schedule }) };
  }

  answer(input) {
    const result = answerHandoff(this.#shell.core, monthsModule(), input);
    if (result.ok) return result;
    const strings = this.#shell.strings();
    return {
      ...result,
      errors: result.errors.map((error) => {
        if (error.field === 'handoff.plan') return { ...error, message: strings.planIncomplete(error.message) };
        const name = /^criteria\[(\d+)\]\.name$/.exec(error.at ?? '');
        return name ? { ...error, message: `${strings.criterionName(Number(name[1]) + 1)}: ${error.message}` } : error;
      }),
    };
  }

  rateOf() {
    return undefined;
  }

  #context() {
    const strings = this.#shell.strings();
    const fmt = this.#shell.fmt();
    const { state } = this.#shell;
    const monthName = (month) => `${strings.months[Number(month.slice(5)) - 1]} ${month.slice(0, 4)}`;
    return { fmt, strings, state, lang: this.#shell.lang, stages: state.stages, monthName, alpha: state.review.alpha };
  }

  render(result, values, request) {
    const context = this.#context();
    const { strings, fmt } = context;
    const check = leadCheck(result, request, context);
    this.#part('check').textContent = check.line;
    this.#part('check').dataset.stage = check.stage;
    this.#part('decisive').textContent = check.decisive;
    const capacity = capacityLines(result, request, context);
    this.#part('capacity').textContent = capacity.line;
    this.#part('short').textContent = capacity.team;
    this.#part('short').dataset.short = String(capacity.short);
    const blocks = slaBlocks(slaFacts(result, request, context), this.#shell.lang);
    drawSla(this.#part('sla'), blocks);
    this.#shown = { result, request, blocks };
    // Criteria too long for the share link are left out of it (the core's writer): said here, once the turn kept the input.
    queueMicrotask(() => { this.#part('left-out').hidden = !this.#shell.link().includes('&qx='); });
    this.label();  // the stages the thresholds and the capacity name are the answer's
    // While a lead is being checked, the summary bar (on a phone the check is far below the ticks) says its score.
    if (request.handoff.criteria.some((criterion) => criterion.met)) return check.line;
    const [first] = result.commitments;
    const stage = (index) => fmt.stage(context.stages[index], 2);
    return strings.summary(fmt.whole(first.top), stage(result.topStage), fmt.whole(first.handoff), stage(result.handoffStage), result.capacity.people);
  }

  get exports() {
    const strings = this.#shell.strings();
    return [{ id: 'markdown', text: strings.markdown }, { id: 'md', text: strings.downloadMd }, { id: 'txt', text: strings.downloadTxt }];
  }

  export(id) {
    if (!this.#shown) return;
    const strings = this.#shell.strings();
    const link = { kind: 'paragraph', text: this.#shell.link() };
    const blocks = [...this.#shown.blocks, link];
    if (id === 'txt') {
      this.#shell.download(plainText(blocks), { name: `${strings.fileName}.txt`, type: 'text/plain;charset=utf-8' });
      return;
    }
    const markdown = this.#shell.core.writeMarkdown({ blocks: markdownBlocks(blocks) });
    if (id === 'md') this.#shell.download(markdown, { name: `${strings.fileName}.md`, type: 'text/markdown;charset=utf-8' });
    else this.#shell.copy(markdown, strings.markdownDone);
  }

  stop() {}
}

// How a notice (a link's part it could not take over) names a field of this view.
function fieldLabel(field, { strings }) {
  const criterion = /^handoffCriteria\[(\d+)\]/.exec(field);
  if (criterion) return `${strings.criteriaTitle}: ${strings.criterionName(Number(criterion[1]) + 1)}`;
  const parts = {
    handoffCriteria: strings.criteriaTitle, handoffThresholds: strings.thresholdsTitle, handoffCapacity: strings.capacityTitle,
    handoffLevels: strings.slaTitle, handoffParties: strings.slaTitle, handoffStart: strings.startLabel, handoffSource: strings.sourceLabel,
  };
  return parts[field.replace(/\[\d+\]$/, '')] ?? null;
}

export default {
  id: 'handoff',
  fieldLabel,
  styles: STYLES,
  printPage: PRINT_PAGE,
  template: TEMPLATE,
  strings: STRINGS,
  prepare: prepareMonths,
  create: (panel, shell) => new HandoffView(panel, shell),
};
